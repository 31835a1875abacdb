#include "app/overlay_render.h"

namespace glutea {

void applyTechniqueOptions(const RenderOptions&, RenderScene&) {}

} // namespace glutea
