#include "ui/technique_panel.h"

namespace glutea {

void TechniquePanel::draw(const UiSettings&, TechniqueUiRequest&) const {}

void drawCardTechniques(const Content&, const std::string&, Audience, CardRequests&) {}

} // namespace glutea
