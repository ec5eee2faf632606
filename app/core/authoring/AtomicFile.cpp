#include "authoring/AtomicFile.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace frontline {

namespace {

Status writeAll(int fd, const std::string& contents) {
    size_t done = 0;
    while (done < contents.size()) {
        ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return makeError(std::strerror(errno));
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0) return makeError(std::strerror(errno));
    return Done{};
}

} // namespace

Status writeFileAtomically(const std::filesystem::path& file, const std::string& contents) {
    const std::string target = file.string();
    std::string temp = target + ".XXXXXX";
    int fd = ::mkstemp(temp.data());
    if (fd < 0) return makeError("cannot write " + target + ": " + std::strerror(errno));
    // mkstemp makes the file private; keep the mode of the file it replaces.
    struct stat old {};
    if (::stat(target.c_str(), &old) == 0) {
        ::fchmod(fd, old.st_mode & 07777);
    } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(fd, 0666 & ~mask);
    }
    Status written = writeAll(fd, contents);
    ::close(fd);
    if (written && std::rename(temp.c_str(), target.c_str()) != 0) written = makeError(std::strerror(errno));
    if (!written) {
        std::remove(temp.c_str());
        return makeError("cannot write " + target + ": " + written.error().message);
    }
    return Done{};
}

} // namespace frontline
