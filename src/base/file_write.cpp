// SPDX-FileCopyrightText: 2026 The Glutea authors
// SPDX-License-Identifier: Apache-2.0
#include "base/file_write.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

#include "base/error.h"

namespace glutea {
namespace {

[[noreturn]] void fail(const std::filesystem::path& file, std::string_view what, int error) {
    throw Error(file.string() + ": cannot write " + std::string(what) + ": " +
                std::strerror(error));
}

// Writes all bytes to an open descriptor; returns 0 or the errno of the first failure.
int writeAll(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

} // namespace

void writeFileAtomically(const std::filesystem::path& file, std::string_view bytes,
                         std::string_view what, MissingFolder missingFolder) {
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        if (std::filesystem::is_directory(status)) {
            fail(file, what, EISDIR);
        }
        const int fd = ::open(file.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) {
            fail(file, what, errno);
        }
        const int error = writeAll(fd, bytes);
        const int closed = ::close(fd) == 0 ? 0 : errno;
        if (error || closed) {
            fail(file, what, error ? error : closed);
        }
        return;
    }
    const auto folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    if (missingFolder == MissingFolder::Refuse) {
        const auto folderStatus = std::filesystem::status(folder, ec);
        if (!std::filesystem::exists(folderStatus)) {
            throw Error(file.string() + ": cannot write " + std::string(what) + ": the folder " +
                        folder.string() + " does not exist (create it first)");
        }
        if (!std::filesystem::is_directory(folderStatus)) {
            throw Error(file.string() + ": cannot write " + std::string(what) + ": " +
                        folder.string() + " is not a folder");
        }
    }
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        throw Error(file.string() + ": cannot write " + std::string(what) +
                    ": cannot create the folder " + folder.string() + ": " + ec.message());
    }
    std::random_device random;
    const auto temporary =
        folder / ("." + file.filename().string() + ".tmp-" + std::to_string(random()));
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        fail(file, what, errno);
    }
    int error = writeAll(fd, bytes);
    if (!error && ::fsync(fd) != 0) {
        error = errno;
    }
    if (::close(fd) != 0 && !error) {
        error = errno;
    }
    if (!error && std::rename(temporary.c_str(), file.c_str()) != 0) {
        error = errno;
    }
    if (error) {
        std::filesystem::remove(temporary, ec);
        fail(file, what, error);
    }
}

} // namespace glutea
