// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Writing a file so that a failure leaves nothing half-written: the bytes go to a temporary file
// in the same folder, are flushed to disk, and the temporary file is renamed over the target (an
// atomic replace on POSIX). Special files that already exist (/dev/stdout, a pipe) are written
// in place, since renaming over them would replace the device. Every failing call is reported
// with the system's reason.
#include <filesystem>
#include <string_view>

namespace glutea {

// What to do when the folder of the file does not exist: the app's own files (settings in
// ~/.config/glutea) create it; a file the user named on the command line is refused, since a
// typo in the folder would otherwise leave the output somewhere unexpected.
enum class MissingFolder { Create, Refuse };

// Throws glutea::Error "FILE: cannot write WHAT: REASON".
void writeFileAtomically(const std::filesystem::path& file, std::string_view bytes,
                         std::string_view what = "file",
                         MissingFolder missingFolder = MissingFolder::Create);

} // namespace glutea
