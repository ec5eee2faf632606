#include "common/DataPaths.h"

#include <algorithm>
#include <cstdlib>
#include <unistd.h>

#include "common/Version.h"

namespace frontline {

namespace fs = std::filesystem;

namespace {

bool looksLikeRoot(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p / "assets" / "lexicon", ec) && fs::is_directory(p / "scenarios", ec);
}

fs::path executablePath(const char* argv0) {
    char buf[4096];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof(buf) - 1);
    if (n > 0) return fs::path(std::string(buf, static_cast<size_t>(n)));
    std::error_code ec;
    return argv0 ? fs::absolute(argv0, ec) : fs::path();
}

} // namespace

fs::path dataRoot(const char* argv0) {
    if (const char* home = std::getenv("FRONTLINE_HOME"); home && *home) return fs::path(home);
    // build/bin/frontline-cli -> repository root; share/frontline for an install.
    for (fs::path p = executablePath(argv0).parent_path(); !p.empty(); p = p.parent_path()) {
        if (looksLikeRoot(p)) return p;
        if (looksLikeRoot(p / "share" / "frontline")) return p / "share" / "frontline";
        if (p == p.root_path()) break;
    }
    return fs::path(kSourceDir);
}

fs::path userDataDir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg) return fs::path(xdg) / "frontline";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".local" / "share" / "frontline";
}

fs::path defaultDatabasePath() { return userDataDir() / "frontline.db"; }

fs::path userPacksDir() { return userDataDir() / "packs"; }

std::vector<fs::path> listPackDirs(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const bool hidden = entry.path().filename().string().rfind('.', 0) == 0;
        if (!hidden && entry.is_directory(ec) && fs::exists(entry.path() / "pack.json", ec)) out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace frontline
