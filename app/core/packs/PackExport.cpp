#include "packs/PackExport.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/JsonFields.h"
#include "common/TextFile.h"
#include "packs/PackArchive.h"
#include "packs/PackEntryName.h"

namespace frontline {

namespace fs = std::filesystem;

Result<ExportedPack> exportPack(const fs::path& packDir, const fs::path& out, bool overwrite) {
    const fs::path manifestPath = packDir / "pack.json";
    auto text = readTextFile(manifestPath);
    if (!text) return makeError("cannot read the pack manifest: " + text.error().message, {manifestPath.string()});
    auto manifest = nlohmann::json::parse(*text, nullptr, false);
    if (!manifest.is_object() || !manifest.contains("id") || !manifest["id"].is_string() || !isValidId(manifest["id"]))
        return makeError("the manifest has no valid pack id (run 'frontline-cli validate')", {manifestPath.string()});
    const std::string id = manifest["id"];

    std::vector<std::string> names;
    if (manifest.contains("scenarios") && manifest["scenarios"].is_array()) {
        for (const auto& v : manifest["scenarios"]) {
            if (!v.is_string()) continue;
            const std::string name = v;
            if (!unsafeEntryReason(name).empty() || name.find('/') != std::string::npos || name == "pack.json") continue;
            std::error_code ec;
            if (!fs::is_regular_file(packDir / name, ec))
                return makeError("scenario file '" + name + "' listed in pack.json is missing", {manifestPath.string()});
            names.push_back(name);
        }
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    names.insert(names.begin(), "pack.json");

    std::vector<ArchiveFile> files;
    for (const auto& name : names) files.push_back({name, packDir / name});
    if (auto s = writePackArchive(out, id, files, overwrite); !s) return s.error();
    return ExportedPack{id, static_cast<int>(files.size())};
}

} // namespace frontline
