// The shipped content must load and validate without a single problem.
#include <gtest/gtest.h>

#include "anatomy/content_loader.h"
#include "anatomy/content_validator.h"
#include "anatomy/convention_ids.h"

namespace glutea {
namespace {

const std::filesystem::path kContentDir =
    std::filesystem::path(GLUTEA_SOURCE_DIR) / "assets" / "atlas" / "content";

TEST(ContentDefault, LoadsAndValidatesClean) {
    ContentLoadResult loaded = loadContent(kContentDir);
    EXPECT_EQ(formatProblems(loaded.problems), "");
    const auto problems = validateContent(loaded.content, conventionIds());
    EXPECT_EQ(formatProblems(problems), "");
}

} // namespace
} // namespace glutea
