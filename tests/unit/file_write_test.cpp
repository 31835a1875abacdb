// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
// Files are written whole or not at all, and a failing write says why.
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <sys/resource.h>

#include "base/error.h"
#include "base/file_write.h"

namespace glutea {
namespace {

std::filesystem::path freshFolder(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("glutea_file_write_" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::string contents(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t entries(const std::filesystem::path& dir) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir),
                                                  std::filesystem::directory_iterator()));
}

std::string messageOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

TEST(FileWrite, ReplacesWholeAndLeavesNoTemporaryFile) {
    const auto dir = freshFolder("replace");
    const auto file = dir / "settings.json";
    writeFileAtomically(file, "old");
    writeFileAtomically(file, "new contents");
    EXPECT_EQ(contents(file), "new contents");
    EXPECT_EQ(entries(dir), 1u);
}

TEST(FileWrite, FullDeviceGivesTheSystemsReason) {
    if (!std::filesystem::exists("/dev/full")) {
        GTEST_SKIP() << "no /dev/full here";
    }
    EXPECT_EQ(messageOf([] { writeFileAtomically("/dev/full", "x", "PNG"); }),
              "/dev/full: cannot write PNG: No space left on device");
}

TEST(FileWrite, ADirectoryIsNotOverwritten) {
    const auto dir = freshFolder("directory");
    EXPECT_EQ(messageOf([&] { writeFileAtomically(dir, "x", "PNG"); }),
              dir.string() + ": cannot write PNG: Is a directory");
}

TEST(FileWrite, AFailedWriteKeepsTheOldFile) {
    const auto dir = freshFolder("fail");
    const auto file = dir / "out.png";
    writeFileAtomically(file, "old");
    // A file size limit makes the write fail part-way, as a full disk would.
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    auto* previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 16;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const std::string message =
        messageOf([&] { writeFileAtomically(file, std::string(4096, 'x'), "PNG"); });
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);
    EXPECT_EQ(message, file.string() + ": cannot write PNG: File too large");
    EXPECT_EQ(contents(file), "old");
    EXPECT_EQ(entries(dir), 1u) << "the temporary file is removed";
}

TEST(FileWrite, CreatesAMissingFolder) {
    const auto dir = freshFolder("missing");
    const auto file = dir / "a" / "b" / "out.png";
    writeFileAtomically(file, "png");
    EXPECT_EQ(contents(file), "png");
}

} // namespace
} // namespace glutea
