#include "app/technique_mode.h"

#include "app/window_state.h"

namespace glutea {

void TechniqueMode::attach(WindowState&) {}
bool TechniqueMode::onKey(WindowState&, int, int) {
    return false;
}
bool TechniqueMode::frame(WindowState&, float) {
    return false;
}
void TechniqueMode::stop(WindowState&) {}

} // namespace glutea
