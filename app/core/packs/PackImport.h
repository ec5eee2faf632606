#pragma once
// Importing a pack (a .zip or a folder) into the user packs folder. The pack
// is staged in a hidden folder there, validated with loadPack, refused when
// its id is taken (by a bundled or a user pack), then renamed into place as
// user packs/<id> in one step. A refusal leaves nothing behind.
#include <filesystem>
#include <string>

#include "common/Result.h"
#include "packs/PackLibrary.h"
#include "packs/PackStaging.h"

namespace frontline {

struct InstalledPack {
    std::filesystem::path dir;
    std::string id;
    std::string title;
    std::string version;
    std::string language;
    std::string hash;
    int scenarios = 0;
    int warnings = 0;
};

// source: a folder holding pack.json, or a zip archive (PackArchive.h).
Result<InstalledPack> importPack(const std::filesystem::path& source, const PackDirs& dirs, const LexiconSet& lexicons);

// The common end of an import and a duplicate: stages the files in a hidden
// folder, validates the pack there, checks its id is free, and moves it to
// dirs.user/<id>. label names the source in messages, and stands for the
// staging folder in diagnostics.
Result<InstalledPack> installPackFiles(const PackFiles& files, const std::string& label, const PackDirs& dirs, const LexiconSet& lexicons);

// How many of a refused pack's problems a message lists.
constexpr size_t kListedProblems = 3;

} // namespace frontline
