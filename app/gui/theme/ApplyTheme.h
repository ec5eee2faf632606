#pragma once
// Paints a Theme onto Dear ImGui's style. Lengths in em are multiplied by the
// body font size, so call this after the fonts are chosen.
#include <imgui.h>

#include "theme/Theme.h"

namespace frontline::gui {

// Returns warnings for names the style does not know (unknown colour names etc.).
std::vector<std::string> applyTheme(const Theme& theme, ImGuiStyle& style);

inline ImVec4 toImVec4(Rgba c) { return ImVec4(c.r, c.g, c.b, c.a); }
inline ImU32 toImU32(Rgba c) { return ImGui::ColorConvertFloat4ToU32(toImVec4(c)); }

} // namespace frontline::gui
