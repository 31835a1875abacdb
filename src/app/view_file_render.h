// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#pragma once
// `glutea render --view-file F` and `--save-view F`: a saved view (docs/VIEW-FILE.md) as render
// options (its animation and painted area) plus the camera, selection, visibility and layers set
// after the overlay is applied, and the view the render showed saved back.
#include <optional>
#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "anatomy/view_file.h"
#include "anatomy/view_state.h"
#include "app/commands.h"

namespace glutea {

// The options with the view file's animation and paint filled in (what the command line also
// gives wins); the file itself in `view`. Without --view-file: the options unchanged.
RenderOptions withViewFile(const RenderOptions& options, std::optional<ViewFile>& view);
// After the overlay: the file's camera, selection, visibility and layers, and its annotations as
// pins. Returns the lines to print (what did not match this atlas, each annotation).
std::vector<std::string> applyViewFileToRender(const ViewFile& file, const Atlas& atlas,
                                               ViewState& view);
// --save-view: what the render shows, with the options' animation and paint.
void saveRenderView(const RenderOptions& options, const Atlas& atlas, const ViewState& view);

// Writes whole or not at all (base/file_write); throws glutea::Error.
void writeViewFile(const std::filesystem::path& file, const ViewFile& view);

} // namespace glutea
