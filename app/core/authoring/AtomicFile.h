#pragma once
// Replaces a file's contents so that readers see the old file or the new one,
// never part of one: written to a temporary file beside it, flushed to disk,
// then renamed over it. A failed write leaves the old file untouched.
#include <filesystem>
#include <string>

#include "common/Result.h"

namespace frontline {

Status writeFileAtomically(const std::filesystem::path& file, const std::string& contents);

} // namespace frontline
