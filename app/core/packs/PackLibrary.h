#pragma once
// Every pack Frontline can play: the bundled ones (the data root's scenarios
// folder) and the user's (imported or duplicated, under userPacksDir()),
// each loaded and validated, with where it came from.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "scenario/PackLoader.h"

namespace frontline {

class LexiconSet;

enum class PackOrigin { Bundled, User };
const char* packOriginId(PackOrigin origin); // "bundled", "user"

struct PackDirs {
    std::filesystem::path bundled; // bundledScenariosDir(dataRoot(...)), or the app's --packs
    std::filesystem::path user;    // userPacksDir()
};

struct LibraryPack {
    PackOrigin origin = PackOrigin::Bundled;
    std::filesystem::path dir;
    PackLoad load;

    const Pack& pack() const { return load.pack; }
    int errors() const { return load.diagnostics.errorCount(); }
    int warnings() const { return load.diagnostics.warningCount(); }
    // The first problems, formatted (errors before warnings), at most max.
    std::vector<std::string> firstProblems(size_t max) const;
};

// Bundled packs first, then the user's; each group sorted by folder name.
std::vector<LibraryPack> loadPackLibrary(const PackDirs& dirs, const LexiconSet& lexicons);

// The pack with that id (a user pack wins over a bundled one of the same id).
const LibraryPack* findLibraryPack(const std::vector<LibraryPack>& library, const std::string& id);

// The pack folder in dirs whose manifest id (or folder name) is id, reading only
// the manifests: what an import or a duplicate checks before taking an id.
std::optional<std::filesystem::path> packWithId(const PackDirs& dirs, const std::string& id);

} // namespace frontline
