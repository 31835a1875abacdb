// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// .glutea-view files: any bytes give a view or a glutea::Error; a view that reads is written out
// and reads back the same (what Ctrl+S saves, the next start opens).
#include <cstdlib>
#include <string_view>

#include "anatomy/view_file.h"
#include "base/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace glutea;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ViewFile view;
    try {
        view = parseViewFile(text, "fuzz.glutea-view");
    } catch (const Error&) {
        return 0;
    }
    try {
        if (!(parseViewFile(viewFileText(view), "again.glutea-view") == view)) {
            std::abort(); // written and read back, the view changed
        }
    } catch (const Error&) {
        std::abort(); // the app wrote a view file it cannot read
    }
    return 0;
}
