#pragma once
// ImGui 1.86 text fields on a std::string that grows as the person types
// (the bundled ImGui has no imgui_stdlib linked).
#include <string>

#include <imgui.h>

namespace frontline::gui {

bool inputString(const char* id, std::string& text, ImGuiInputTextFlags flags = 0, const char* hint = nullptr);
bool inputStringMultiline(const char* id, std::string& text, ImVec2 size, ImGuiInputTextFlags flags = 0);

} // namespace frontline::gui
