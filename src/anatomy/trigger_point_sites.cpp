#include "anatomy/trigger_point_sites.h"

namespace glutea {

AnchorSiteLocator triggerPointLocator(const Atlas&) {
    return {}; // until the press resolver lands: ReferralFields' closest skin points
}

} // namespace glutea
