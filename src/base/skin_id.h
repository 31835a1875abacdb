// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The structure id of the body's envelope, the one id the code itself knows: referral and caution
// paint lie on it, techniques press on it, it keeps a finer display level and follows a moving
// leg by position. Every other structure is known only through the manifest and the content.
namespace glutea {

inline constexpr char kSkinId[] = "skin";

} // namespace glutea
