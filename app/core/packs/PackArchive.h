#pragma once
// Pack .zip archives, read and written with libzip. Reading checks every
// entry before anything is written: no absolute paths, no '..', no
// backslashes, no links or other special entries, no encryption, no
// duplicate or non-UTF-8 names, and the limits of PackLimits.h. The pack's
// files may sit at the root of the archive or in one top-level folder; a pack
// is one flat folder, so deeper folders are refused. Errors name the archive
// and the entry: "pack.zip: error: entry '../evil.json' leaves the pack folder".
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "common/Result.h"
#include "packs/PackStaging.h"

namespace frontline {

// Checks every entry, then reads the pack's files (top-level folder removed), in archive order.
Result<PackFiles> readPackArchive(const std::filesystem::path& zip);

// Writes files (name in the pack, file on disk) to a new archive under a
// top-level folder, through a temporary file renamed onto out. An existing out
// is refused unless overwrite.
struct ArchiveFile {
    std::string name;
    std::filesystem::path source;
};
Status writePackArchive(const std::filesystem::path& out, const std::string& folder, const std::vector<ArchiveFile>& files, bool overwrite);

} // namespace frontline
