#include "app/referral_mode.h"

#include "app/window_state.h"

namespace glutea {

void ReferralMode::attach(WindowState&) {}
bool ReferralMode::onKey(WindowState&, int, int) {
    return false;
}
bool ReferralMode::frame(WindowState&, float) {
    return false;
}
void ReferralMode::stop(WindowState&) {}

} // namespace glutea
