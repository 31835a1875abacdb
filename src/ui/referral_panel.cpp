#include "ui/referral_panel.h"

namespace glutea {

void ReferralPanel::draw(const UiSettings&, ReferralUiRequest&) const {}

void drawCardReferral(const Content&, const std::string&, Audience, CardRequests&) {}

} // namespace glutea
