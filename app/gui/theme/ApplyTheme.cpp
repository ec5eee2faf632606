#include "theme/ApplyTheme.h"

#include <cstring>

namespace frontline::gui {

namespace {

float* roundingField(ImGuiStyle& s, const std::string& name) {
    if (name == "window") return &s.WindowRounding;
    if (name == "child") return &s.ChildRounding;
    if (name == "frame") return &s.FrameRounding;
    if (name == "popup") return &s.PopupRounding;
    if (name == "scrollbar") return &s.ScrollbarRounding;
    if (name == "grab") return &s.GrabRounding;
    if (name == "tab") return &s.TabRounding;
    return nullptr;
}

ImVec2* spacingField(ImGuiStyle& s, const std::string& name) {
    if (name == "window_padding") return &s.WindowPadding;
    if (name == "frame_padding") return &s.FramePadding;
    if (name == "item_spacing") return &s.ItemSpacing;
    if (name == "item_inner_spacing") return &s.ItemInnerSpacing;
    if (name == "cell_padding") return &s.CellPadding;
    if (name == "touch_extra_padding") return &s.TouchExtraPadding;
    return nullptr;
}

float* lengthField(ImGuiStyle& s, const std::string& name) {
    if (name == "indent") return &s.IndentSpacing;
    if (name == "scrollbar_size") return &s.ScrollbarSize;
    if (name == "grab_min_size") return &s.GrabMinSize;
    if (name == "columns_min_spacing") return &s.ColumnsMinSpacing;
    return nullptr;
}

float* borderField(ImGuiStyle& s, const std::string& name) {
    if (name == "window") return &s.WindowBorderSize;
    if (name == "child") return &s.ChildBorderSize;
    if (name == "frame") return &s.FrameBorderSize;
    if (name == "popup") return &s.PopupBorderSize;
    if (name == "tab") return &s.TabBorderSize;
    return nullptr;
}

int colorIndex(const std::string& name) {
    for (int i = 0; i < ImGuiCol_COUNT; ++i) {
        if (name == ImGui::GetStyleColorName(i)) return i;
    }
    return -1;
}

} // namespace

std::vector<std::string> applyTheme(const Theme& theme, ImGuiStyle& style) {
    std::vector<std::string> warnings;
    style = ImGuiStyle();
    if (theme.base == "dark")
        ImGui::StyleColorsDark(&style);
    else if (theme.base == "classic")
        ImGui::StyleColorsClassic(&style);
    else
        ImGui::StyleColorsLight(&style);

    const float em = theme.bodyPx();
    for (const auto& [name, value] : theme.roundingEm) {
        if (float* f = roundingField(style, name))
            *f = value * em;
        else
            warnings.push_back("unknown rounding '" + name + "'");
    }
    for (const auto& [name, value] : theme.spacingEm) {
        if (ImVec2* v = spacingField(style, name))
            *v = ImVec2(value[0] * em, value[1] * em);
        else
            warnings.push_back("unknown spacing '" + name + "'");
    }
    for (const auto& [name, value] : theme.lengthEm) {
        if (float* f = lengthField(style, name))
            *f = value * em;
        else
            warnings.push_back("unknown length '" + name + "'");
    }
    for (const auto& [name, value] : theme.borders) {
        if (float* f = borderField(style, name))
            *f = value;
        else
            warnings.push_back("unknown border '" + name + "'");
    }
    for (const auto& [name, value] : theme.colors) {
        int index = colorIndex(name);
        if (index >= 0)
            style.Colors[index] = toImVec4(value);
        else
            warnings.push_back("unknown colour '" + name + "'");
    }
    return warnings;
}

} // namespace frontline::gui
