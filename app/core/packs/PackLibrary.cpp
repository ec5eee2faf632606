#include "packs/PackLibrary.h"

#include <nlohmann/json.hpp>

#include "common/DataPaths.h"
#include "common/TextFile.h"

namespace frontline {

namespace fs = std::filesystem;

const char* packOriginId(PackOrigin origin) { return origin == PackOrigin::User ? "user" : "bundled"; }

std::vector<std::string> LibraryPack::firstProblems(size_t max) const {
    std::vector<std::string> out;
    for (Severity wanted : {Severity::Error, Severity::Warning}) {
        for (const auto& d : load.diagnostics.items()) {
            if (out.size() >= max) return out;
            if (d.severity == wanted) out.push_back(d.format());
        }
    }
    return out;
}

std::vector<LibraryPack> loadPackLibrary(const PackDirs& dirs, const LexiconSet& lexicons) {
    std::vector<LibraryPack> out;
    for (auto [dir, origin] : {std::pair{dirs.bundled, PackOrigin::Bundled}, std::pair{dirs.user, PackOrigin::User}}) {
        if (dir.empty()) continue;
        for (const auto& packDir : listPackDirs(dir)) out.push_back({origin, packDir, loadPack(packDir, lexicons)});
    }
    return out;
}

const LibraryPack* findLibraryPack(const std::vector<LibraryPack>& library, const std::string& id) {
    const LibraryPack* found = nullptr;
    for (const auto& p : library) {
        if (p.pack().id == id && (!found || p.origin == PackOrigin::User)) found = &p;
    }
    return found;
}

std::optional<fs::path> packWithId(const PackDirs& dirs, const std::string& id) {
    for (const auto& dir : {dirs.bundled, dirs.user}) {
        if (dir.empty()) continue;
        std::error_code ec;
        if (fs::exists(fs::symlink_status(dir / id, ec))) return dir / id;
        for (const auto& packDir : listPackDirs(dir)) {
            auto text = readTextFile(packDir / "pack.json");
            if (!text) continue;
            auto manifest = nlohmann::json::parse(*text, nullptr, false);
            if (manifest.is_object() && manifest.contains("id") && manifest["id"] == id) return packDir;
        }
    }
    return std::nullopt;
}

} // namespace frontline
