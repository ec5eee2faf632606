#pragma once
// Reads a pack folder with the checks an archive gets (PackArchive.h): only
// regular files directly in the folder, never through a link, with UTF-8
// names and within the limits of PackLimits.h.
#include <filesystem>

#include "common/Result.h"
#include "packs/PackStaging.h"

namespace frontline {

// The folder's files, sorted by name. Errors read "SOURCE: error: entry 'x' is a symbolic link".
Result<PackFiles> readPackFolder(const std::filesystem::path& source);

} // namespace frontline
