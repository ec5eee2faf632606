#include "packs/PackStaging.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace frontline {

namespace fs = std::filesystem;

Result<StagingFolder> StagingFolder::create(const fs::path& parent) {
    std::error_code ec;
    fs::path madeFrom;
    for (fs::path p = parent; !p.empty() && !fs::exists(p, ec) && p != p.parent_path(); p = p.parent_path()) madeFrom = p;
    fs::create_directories(parent, ec);
    if (ec) return makeError("cannot create the user packs folder: " + ec.message(), {parent.string()});
    std::string pattern = (parent / ".staging-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        return makeError(std::string("cannot create a staging folder: ") + std::strerror(errno), {parent.string()});
    // mkdtemp makes it private (0700); the installed pack is an ordinary folder.
    ::chmod(pattern.c_str(), 0755);
    return StagingFolder(fs::path(pattern), madeFrom);
}

StagingFolder::StagingFolder(StagingFolder&& other) noexcept : path_(std::move(other.path_)), madeFrom_(std::move(other.madeFrom_)) {
    other.path_.clear();
}

StagingFolder::~StagingFolder() {
    if (path_.empty()) return;
    std::error_code ec;
    fs::remove_all(path_, ec);
    // The folders made for it go too, each only when empty.
    if (madeFrom_.empty()) return;
    fs::path p = path_.parent_path();
    while (fs::remove(p, ec) && p != madeFrom_) p = p.parent_path();
}

Status StagingFolder::commitAs(const fs::path& target) {
    // RENAME_NOREPLACE: rename(2) alone would replace an empty folder of that name.
    if (::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) != 0) {
        const int err = errno;
        if (err == EEXIST) return makeError("'" + target.string() + "' already exists");
        if (err != EINVAL && err != ENOSYS)
            return makeError(std::string("cannot move the pack into place: ") + std::strerror(err), {target.string()});
        // A file system without RENAME_NOREPLACE: check, then rename.
        std::error_code ec;
        if (fs::exists(fs::symlink_status(target, ec))) return makeError("'" + target.string() + "' already exists");
        if (::rename(path_.c_str(), target.c_str()) != 0)
            return makeError(std::string("cannot move the pack into place: ") + std::strerror(errno), {target.string()});
    }
    path_.clear();
    return Done{};
}

Status writeNewFile(const fs::path& path, const std::string& bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) return makeError(std::string("cannot create the file: ") + std::strerror(errno), {path.string()});
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            return makeError(std::string("cannot write the file: ") + std::strerror(err), {path.string()});
        }
        done += static_cast<size_t>(n);
    }
    if (::close(fd) != 0) return makeError(std::string("cannot write the file: ") + std::strerror(errno), {path.string()});
    return Done{};
}

Status writePackFiles(const PackFiles& files, const fs::path& dir) {
    for (const auto& f : files) {
        if (auto s = writeNewFile(dir / f.name, f.bytes); !s) return s;
    }
    return Done{};
}

} // namespace frontline
