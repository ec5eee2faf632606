#pragma once
// A hidden folder inside the user packs folder where an import or a duplicate
// builds its pack. It is renamed into place in one step when the pack is
// good, and removed with everything in it otherwise (and the user packs
// folder too when this made it and it is empty), so a refused or failed
// import leaves nothing behind.
#include <filesystem>
#include <string>
#include <vector>

#include "common/Result.h"

namespace frontline {

class StagingFolder {
public:
    // Creates parent (the user packs folder) when missing, then a fresh ".staging-XXXXXX" in it.
    static Result<StagingFolder> create(const std::filesystem::path& parent);

    StagingFolder(StagingFolder&& other) noexcept;
    StagingFolder& operator=(StagingFolder&&) = delete;
    StagingFolder(const StagingFolder&) = delete;
    ~StagingFolder();

    const std::filesystem::path& path() const { return path_; }
    // Renames the folder to target, which must not exist yet (checked by the
    // rename itself, so two imports of one id cannot both win).
    Status commitAs(const std::filesystem::path& target);

private:
    StagingFolder(std::filesystem::path path, std::filesystem::path madeFrom) : path_(std::move(path)), madeFrom_(std::move(madeFrom)) {}
    std::filesystem::path path_;     // empty once committed or moved from
    std::filesystem::path madeFrom_; // the topmost folder create() made for the parent; empty when it existed
};

// A pack's files, read and checked, in memory until they are staged.
struct PackFile {
    std::string name; // a plain file name
    std::string bytes;
};
using PackFiles = std::vector<PackFile>;

// Writes each file into dir (none may exist yet).
Status writePackFiles(const PackFiles& files, const std::filesystem::path& dir);

// Writes bytes to a file that must not exist yet (never through a link).
Status writeNewFile(const std::filesystem::path& path, const std::string& bytes);

} // namespace frontline
