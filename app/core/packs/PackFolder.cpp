#include "packs/PackFolder.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "packs/PackEntryName.h"
#include "packs/PackLimits.h"
#include "packs/PackStaging.h"

namespace frontline {

namespace fs = std::filesystem;

namespace {

struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
};

// Opens without following a link (O_NOFOLLOW), so a link swapped in after the
// listing is still refused, and reads at most kMaxPackFileBytes.
Result<std::string> readRegular(const fs::path& path, const std::string& name, const std::string& label) {
    auto refuse = [&](const std::string& reason) { return makeError(entryProblem(name, reason), {label}); };
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return refuse(errno == ELOOP ? "is a symbolic link" : std::string("cannot be read: ") + std::strerror(errno));
    FdCloser closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) return refuse(std::string("cannot be read: ") + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) return refuse("is a subfolder; a pack is one flat folder of files");
    if (!S_ISREG(st.st_mode)) return refuse("is not a regular file");
    const auto size = static_cast<uint64_t>(st.st_size);
    if (size > kMaxPackFileBytes)
        return refuse("is " + byteSizeText(size) + "; a pack file may be at most " + byteSizeText(kMaxPackFileBytes));
    std::string bytes(static_cast<size_t>(size) + 1, '\0'); // one more, to see a file that grew
    size_t got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return refuse(std::string("cannot be read: ") + std::strerror(errno));
        if (n == 0) break;
        got += static_cast<size_t>(n);
    }
    if (got > size) return refuse("changed while being read");
    bytes.resize(got);
    return bytes;
}

} // namespace

Result<PackFiles> readPackFolder(const fs::path& source) {
    const std::string label = source.string();
    std::error_code ec;
    if (!fs::is_directory(source, ec)) return makeError("no such folder", {label});
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(source, ec), end; !ec && it != end; it.increment(ec)) {
        entries.push_back(*it);
        if (entries.size() > kMaxPackEntries)
            return makeError("has more than " + std::to_string(kMaxPackEntries) + " entries, the most a pack may have", {label});
    }
    if (ec) return makeError("cannot list the folder: " + ec.message(), {label});
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });

    PackFiles files;
    uint64_t total = 0;
    bool manifest = false;
    for (const auto& entry : entries) {
        const std::string name = entry.path().filename().string();
        if (auto reason = unsafeEntryReason(name); !reason.empty()) return makeError(entryProblem(name, reason), {label});
        const auto status = entry.symlink_status(ec);
        if (fs::is_symlink(status)) return makeError(entryProblem(name, "is a symbolic link"), {label});
        if (fs::is_directory(status)) return makeError(entryProblem(name, "is a subfolder; a pack is one flat folder of files"), {label});
        auto bytes = readRegular(entry.path(), name, label);
        if (!bytes) return bytes.error();
        total += bytes->size();
        if (total > kMaxPackTotalBytes)
            return makeError("holds more than " + byteSizeText(kMaxPackTotalBytes) + ", the most a pack may hold", {label});
        manifest = manifest || name == "pack.json";
        files.push_back({name, std::move(*bytes)});
    }
    if (!manifest) return makeError("has no pack.json", {label});
    return files;
}

} // namespace frontline
