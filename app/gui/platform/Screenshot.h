#pragma once
// Saves what was just rendered (the back buffer, before present) as a PNG.
#include <filesystem>

#include "common/Result.h"

namespace frontline::gui {

Status saveBackBufferPng(const std::filesystem::path& file, int width, int height);

} // namespace frontline::gui
