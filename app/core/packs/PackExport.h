#pragma once
// Exporting a pack folder to a .zip another Frontline can import: pack.json
// and the scenario files it lists, sorted, under a top-level folder named
// after the pack id.
#include <filesystem>
#include <string>

#include "common/Result.h"

namespace frontline {

struct ExportedPack {
    std::string id;
    int files = 0;
};

// Refuses an existing out unless overwrite; writes through a temporary file.
Result<ExportedPack> exportPack(const std::filesystem::path& packDir, const std::filesystem::path& out, bool overwrite);

} // namespace frontline
