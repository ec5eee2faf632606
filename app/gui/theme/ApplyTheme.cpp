#include "theme/ApplyTheme.h"

#include <cstring>

namespace frontline::gui {

namespace {

// Theme keys to ImGuiStyle fields, one table per theme section.
template <typename T> struct StyleField {
    const char* name;
    T ImGuiStyle::*member;
};

const StyleField<float> kRounding[] = {
    {"window", &ImGuiStyle::WindowRounding}, {"child", &ImGuiStyle::ChildRounding},         {"frame", &ImGuiStyle::FrameRounding},
    {"popup", &ImGuiStyle::PopupRounding},   {"scrollbar", &ImGuiStyle::ScrollbarRounding}, {"grab", &ImGuiStyle::GrabRounding},
    {"tab", &ImGuiStyle::TabRounding}};
const StyleField<ImVec2> kSpacing[] = {
    {"window_padding", &ImGuiStyle::WindowPadding}, {"frame_padding", &ImGuiStyle::FramePadding},
    {"item_spacing", &ImGuiStyle::ItemSpacing},     {"item_inner_spacing", &ImGuiStyle::ItemInnerSpacing},
    {"cell_padding", &ImGuiStyle::CellPadding},     {"touch_extra_padding", &ImGuiStyle::TouchExtraPadding}};
const StyleField<float> kLength[] = {{"indent", &ImGuiStyle::IndentSpacing},
                                     {"scrollbar_size", &ImGuiStyle::ScrollbarSize},
                                     {"grab_min_size", &ImGuiStyle::GrabMinSize},
                                     {"columns_min_spacing", &ImGuiStyle::ColumnsMinSpacing}};
const StyleField<float> kBorder[] = {{"window", &ImGuiStyle::WindowBorderSize},
                                     {"child", &ImGuiStyle::ChildBorderSize},
                                     {"frame", &ImGuiStyle::FrameBorderSize},
                                     {"popup", &ImGuiStyle::PopupBorderSize},
                                     {"tab", &ImGuiStyle::TabBorderSize}};

template <typename T, size_t N> T* styleField(ImGuiStyle& s, const StyleField<T> (&table)[N], const std::string& name) {
    for (const auto& f : table) {
        if (name == f.name) return &(s.*f.member);
    }
    return nullptr;
}

// Sets each named field of one theme section; unknown names become warnings.
template <typename Values, typename T, size_t N, typename Convert>
void applySection(ImGuiStyle& style, const Values& values, const StyleField<T> (&table)[N], const char* section, Convert convert,
                  std::vector<std::string>& warnings) {
    for (const auto& [name, value] : values) {
        if (T* field = styleField(style, table, name))
            *field = convert(value);
        else
            warnings.push_back(std::string("unknown ") + section + " '" + name + "'");
    }
}

// Colours the ImGui presets leave in their own blue (tab bars, selection,
// plots, resize grips), taken from the palette by meaning. A theme's
// "colors" section may still set any of them by ImGui name.
struct PaletteColor {
    ImGuiCol index;
    const char* key;
    float alpha; // multiplies the palette colour's own
};
const PaletteColor kFromPalette[] = {
    {ImGuiCol_Tab, "tab", 1.0f},
    {ImGuiCol_TabUnfocused, "tab", 1.0f},
    {ImGuiCol_TabHovered, "tab_hovered", 1.0f},
    {ImGuiCol_TabActive, "tab_active", 1.0f},
    {ImGuiCol_TabUnfocusedActive, "tab_active", 1.0f},
    {ImGuiCol_Header, "accent_soft", 1.0f},
    {ImGuiCol_HeaderHovered, "accent_soft", 0.7f},
    {ImGuiCol_HeaderActive, "accent_soft", 1.0f},
    {ImGuiCol_CheckMark, "accent", 1.0f},
    {ImGuiCol_SliderGrab, "accent", 0.85f},
    {ImGuiCol_SliderGrabActive, "accent", 1.0f},
    {ImGuiCol_SeparatorHovered, "accent", 0.6f},
    {ImGuiCol_SeparatorActive, "accent", 1.0f},
    {ImGuiCol_ResizeGrip, "accent", 0.15f},
    {ImGuiCol_ResizeGripHovered, "accent", 0.5f},
    {ImGuiCol_ResizeGripActive, "accent", 0.9f},
    {ImGuiCol_PlotLines, "accent", 1.0f},
    {ImGuiCol_PlotLinesHovered, "accent", 0.75f},
    {ImGuiCol_PlotHistogram, "accent", 1.0f},
    {ImGuiCol_PlotHistogramHovered, "accent", 0.75f},
    {ImGuiCol_TextSelectedBg, "accent", 0.25f},
    {ImGuiCol_DragDropTarget, "accent", 0.9f},
    {ImGuiCol_NavHighlight, "accent", 1.0f},
};

void applyPalette(const Theme& theme, ImGuiStyle& style) {
    for (const auto& p : kFromPalette) {
        auto it = theme.palette.find(p.key);
        if (it == theme.palette.end()) continue;
        Rgba c = it->second;
        c.a *= p.alpha;
        style.Colors[p.index] = toImVec4(c);
    }
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
    auto scaled = [em](float v) { return v * em; };
    applySection(style, theme.roundingEm, kRounding, "rounding", scaled, warnings);
    applySection(
        style, theme.spacingEm, kSpacing, "spacing", [em](const auto& v) { return ImVec2(v[0] * em, v[1] * em); }, warnings);
    applySection(style, theme.lengthEm, kLength, "length", scaled, warnings);
    applySection(
        style, theme.borders, kBorder, "border", [](float v) { return v; }, warnings);
    applyPalette(theme, style);
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
