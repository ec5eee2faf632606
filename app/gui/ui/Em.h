#pragma once
// Lengths in font units (em), so no view holds a pixel literal and one UI
// scale setting resizes the layout with the text.
#include <imgui.h>

namespace frontline::gui {

inline float em(float v) { return ImGui::GetFontSize() * v; }
inline ImVec2 em(float x, float y) { return ImVec2(ImGui::GetFontSize() * x, ImGui::GetFontSize() * y); }

} // namespace frontline::gui
