#include "packs/PackDuplicate.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/JsonFields.h"
#include "common/Utf8.h"
#include "packs/PackFolder.h"

namespace frontline {

namespace {

Status checkTitle(const std::string& title) {
    if (title.find_first_not_of(" \t") == std::string::npos) return makeError("the new title is empty");
    size_t chars = 0;
    for (size_t i = 0; i < title.size(); ++chars) {
        Utf8Char c = decodeUtf8(title, i);
        if (!c.valid) return makeError("the new title is not valid UTF-8");
        if (c.codePoint < 0x20 || c.codePoint == 0x7F) return makeError("the new title has control characters");
        i += c.length;
    }
    if (chars > kMaxPackTitleChars) return makeError("the new title is longer than " + std::to_string(kMaxPackTitleChars) + " characters");
    return Done{};
}

} // namespace

Result<InstalledPack> duplicatePack(const DuplicateRequest& request, const PackDirs& dirs, const LexiconSet& lexicons) {
    if (!isValidId(request.newId))
        return makeError("'" + request.newId +
                         "' is not a valid pack id (use a-z, 0-9, '-' and '_', starting with a letter or digit, at most 64 characters)");
    if (!request.title.empty()) {
        if (auto s = checkTitle(request.title); !s) return s.error();
    }
    auto source = packWithId(dirs, request.sourceId);
    if (!source) return makeError("no pack with id '" + request.sourceId + "'");
    if (auto taken = packWithId(dirs, request.newId))
        return makeError("pack id '" + request.newId + "' is already taken (" + taken->string() + ")");

    auto files = readPackFolder(*source);
    if (!files) return files.error();
    const std::string manifestLabel = (*source / "pack.json").string();
    auto manifestFile = std::find_if(files->begin(), files->end(), [](const PackFile& f) { return f.name == "pack.json"; });
    // ordered_json keeps the keys in the author's order, so a diff shows only what changed.
    auto manifest = nlohmann::ordered_json::parse(manifestFile->bytes, nullptr, false);
    if (!manifest.is_object()) return makeError("the pack manifest is not a JSON object (run 'frontline-cli validate')", {manifestLabel});
    std::string title = request.title;
    if (title.empty()) {
        const auto& old = manifest["title"];
        title = (old.is_string() ? old.get<std::string>() : request.sourceId) + request.copySuffix;
    }
    manifest["id"] = request.newId;
    manifest["title"] = title;
    manifest["version"] = kDuplicateVersion;
    manifestFile->bytes = manifest.dump(2, ' ', false) + "\n";
    return installPackFiles(*files, source->string(), dirs, lexicons);
}

} // namespace frontline
