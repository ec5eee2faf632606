#include "packs/PackImport.h"

#include "packs/PackArchive.h"
#include "packs/PackFolder.h"

namespace frontline {

namespace fs = std::filesystem;

namespace {

// The staging folder's path means nothing to the user: show the source instead.
std::string relabel(std::string text, const fs::path& staging, const std::string& label) {
    const std::string from = staging.string();
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + label.size()))
        text.replace(at, from.size(), label);
    return text;
}

std::string originOf(const fs::path& dir, const PackDirs& dirs) {
    return dir.parent_path() == dirs.bundled ? "a bundled pack" : dir.parent_path() == dirs.user ? "a user pack" : "a pack";
}

Result<InstalledPack> installStagedPack(StagingFolder& staging, const std::string& label, const PackDirs& dirs,
                                        const LexiconSet& lexicons) {
    PackLoad load = loadPack(staging.path(), lexicons);
    if (!load.ok()) {
        const int errors = load.diagnostics.errorCount();
        std::string message = "the pack has " + std::to_string(errors) + (errors == 1 ? " error" : " errors") +
                              " and was not imported (run 'frontline-cli validate' on it for all of them):";
        size_t listed = 0;
        for (const auto& d : load.diagnostics.items()) {
            if (d.severity != Severity::Error || listed++ >= kListedProblems) continue;
            message += "\n  " + relabel(d.format(), staging.path(), label);
        }
        return makeError(message, {label});
    }
    const Pack& pack = load.pack;
    if (auto taken = packWithId(dirs, pack.id))
        return makeError("pack id '" + pack.id + "' is already taken by " + originOf(*taken, dirs) + " (" + taken->string() + ")", {label});
    const fs::path target = dirs.user / pack.id;
    if (auto moved = staging.commitAs(target); !moved) return makeError(moved.error().message, {label});
    return InstalledPack{target,
                         pack.id,
                         pack.title,
                         pack.version,
                         pack.language,
                         pack.hash,
                         static_cast<int>(pack.scenarios.size()),
                         load.diagnostics.warningCount()};
}

} // namespace

Result<InstalledPack> importPack(const fs::path& source, const PackDirs& dirs, const LexiconSet& lexicons) {
    const std::string label = source.string();
    std::error_code ec;
    const bool folder = fs::is_directory(source, ec);
    if (!folder && !fs::is_regular_file(source, ec)) return makeError("no such file or folder", {label});
    // Everything is read and checked before the first byte is written.
    auto files = folder ? readPackFolder(source) : readPackArchive(source);
    if (!files) return files.error();
    return installPackFiles(*files, label, dirs, lexicons);
}

Result<InstalledPack> installPackFiles(const PackFiles& files, const std::string& label, const PackDirs& dirs, const LexiconSet& lexicons) {
    auto staging = StagingFolder::create(dirs.user);
    if (!staging) return staging.error();
    if (auto written = writePackFiles(files, staging->path()); !written) return written.error();
    return installStagedPack(*staging, label, dirs, lexicons);
}

} // namespace frontline
