#include "app/overlay_render.h"

namespace glutea {

void applyReferralOptions(const RenderOptions&, RenderScene&) {}

} // namespace glutea
