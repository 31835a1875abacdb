// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "anatomy/trigger_point_sites.h"

#include <memory>

namespace glutea {

AnchorSiteLocator triggerPointLocator(const Atlas& atlas, const Content& content) {
    // Shared: the locator is copied into ReferralFields::compute; building the resolver's ray
    // casting structures once is enough.
    return triggerPointLocator(std::make_shared<const PressResolver>(atlas, content));
}

AnchorSiteLocator triggerPointLocator(std::shared_ptr<const PressResolver> resolver) {
    return [resolver = std::move(resolver)](const TriggerPoint& tp,
                                            Side side) -> std::optional<AnchorSite> {
        const auto pressed = resolver->resolve(tp.anchor, side, tp.pressFrom);
        if (!pressed) {
            return std::nullopt;
        }
        return AnchorSite{pressed->target, pressed->skin};
    };
}

} // namespace glutea
