#pragma once
// ImGui 1.86 text fields on a std::string that grows as the person types
// (the bundled ImGui has no imgui_stdlib linked), and on fixed buffers. Every
// field here notes typed characters the font lacks (text/TypedGlyphs.h), so
// the app adds them to the atlas; use these instead of ImGui::InputText.
#include <cstddef>
#include <string>

#include <imgui.h>

namespace frontline::gui {

bool inputString(const char* id, std::string& text, ImGuiInputTextFlags flags = 0, const char* hint = nullptr);
bool inputStringMultiline(const char* id, std::string& text, ImVec2 size, ImGuiInputTextFlags flags = 0);

bool inputText(const char* id, char* buffer, size_t bufferSize, ImGuiInputTextFlags flags = 0, const char* hint = nullptr);
bool inputTextMultiline(const char* id, char* buffer, size_t bufferSize, ImVec2 size, ImGuiInputTextFlags flags = 0);

} // namespace frontline::gui
