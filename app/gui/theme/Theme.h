#pragma once
// The look of the app as plain data, read from assets/theme/default.json (see
// assets/theme/README.md). Lengths are in em (multiples of the font size) so
// one UI scale setting resizes everything together.
#include <array>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "common/Result.h"

namespace frontline::gui {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
};

struct Theme {
    std::string name = "built-in";
    std::string base = "light"; // Dear ImGui preset applied before the colours: light, dark or classic
    float fontSizePx = 18.0f;   // at UI scale 1
    float headingScale = 1.35f; // heading font size relative to the body font
    float uiScale = 1.0f;
    std::map<std::string, float> roundingEm;               // "window", "frame", ...
    std::map<std::string, std::array<float, 2>> spacingEm; // "window_padding", ...
    std::map<std::string, float> lengthEm;                 // "indent", "scrollbar_size", ...
    std::map<std::string, float> borders;                  // "window", "frame", ... in pixels (0 or 1)
    std::map<std::string, Rgba> colors;                    // Dear ImGui colour names: "WindowBg", "Text", ...
    std::map<std::string, Rgba> palette;                   // colours views ask for by meaning: "accent", "error", ...
    std::vector<std::string> warnings;                     // unknown keys and the like; the theme still loads

    float bodyPx() const { return fontSizePx * uiScale; }
    float headingPx() const { return fontSizePx * uiScale * headingScale; }
    // A palette colour, or fallback when the theme does not define it.
    Rgba color(const std::string& name, Rgba fallback = {}) const;
};

// "#RRGGBB" or "#RRGGBBAA".
std::optional<Rgba> parseHexColor(const std::string& text);

Result<Theme> loadTheme(const std::filesystem::path& file);
Result<Theme> parseTheme(const std::string& file, std::string text);

} // namespace frontline::gui
