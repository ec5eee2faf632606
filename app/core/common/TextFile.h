#pragma once
#include <filesystem>
#include <string>

#include "common/Result.h"

namespace frontline {

// Whole file as bytes; files over maxBytes are refused rather than read.
Result<std::string> readTextFile(const std::filesystem::path& path, size_t maxBytes = 64u << 20);

} // namespace frontline
