#include "ui/Widgets.h"

#include <algorithm>
#include <cfloat>

#include "text/LineBreak.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"

namespace frontline::gui {

bool beginCard(const char* id, ImVec2 size) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, em(1.0f, 1.0f));
    const bool open = ImGui::BeginChild(id, size, true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    return open;
}

void endCard() { ImGui::EndChild(); }

bool CardStack::begin(const char* id, float width) {
    current_ = id;
    auto it = heights_.find(current_);
    const float height = it != heights_.end() ? it->second : em(6.0f);
    return beginCard(id, ImVec2(width, height));
}

void CardStack::end() {
    heights_[current_] = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y - ImGui::GetStyle().ItemSpacing.y;
    endCard();
}

void lockIcon(Rgba color) {
    const float line = ImGui::GetTextLineHeight();
    const float w = line * 0.55f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 body(p.x, p.y + line * 0.45f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 c = toImU32(color);
    draw->AddRectFilled(body, ImVec2(body.x + w, p.y + line * 0.9f), c, line * 0.08f);
    // The shackle: an arc over the body.
    draw->PathArcTo(ImVec2(p.x + w * 0.5f, body.y), w * 0.32f, 3.14159265f, 2 * 3.14159265f, 12);
    draw->PathStroke(c, 0, line * 0.09f);
    ImGui::Dummy(ImVec2(w, line));
}

void statusDot(Rgba color) {
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = em(0.3f);
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + r, p.y + line * 0.5f), r, toImU32(color), 16);
    ImGui::Dummy(ImVec2(r * 2, line));
}

void headingText(ImFont* heading, const std::string& text) {
    if (heading) ImGui::PushFont(heading);
    wrappedText(text);
    if (heading) ImGui::PopFont();
}

void sectionTitle(const std::string& text, const Theme& theme) {
    ImGui::Dummy(em(0.0f, 0.4f));
    coloredText(text, theme.color("muted"));
    ImVec2 p = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + width, p.y), toImU32(theme.color("faint")));
    ImGui::Dummy(em(0.0f, 0.25f));
}

namespace {
ImVec2 chipPadding() { return em(0.5f, 0.12f); }
float dotRadius() { return em(0.22f); }
float dotStep() { return em(0.65f); }
} // namespace

float chipWidth(const std::string& text) { return ImGui::CalcTextSize(text.c_str()).x + chipPadding().x * 2; }

void flowSameLine(float nextWidth, float spacing) {
    const float gap = spacing < 0 ? ImGui::GetStyle().ItemSpacing.x : spacing;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + gap + nextWidth <= right) ImGui::SameLine(0.0f, gap);
}

void chip(const std::string& text, Rgba foreground, Rgba background) {
    const ImVec2 pad = chipPadding();
    const ImVec2 textSize = ImGui::CalcTextSize(text.c_str());
    const ImVec2 size(textSize.x + pad.x * 2, textSize.y + pad.y * 2);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), toImU32(background), size.y * 0.5f);
    draw->AddText(ImVec2(p.x + pad.x, p.y + pad.y), toImU32(foreground), text.c_str());
    ImGui::Dummy(size);
}

float levelDotsWidth(int max) { return static_cast<float>(max - 1) * dotStep() + dotRadius() * 2; }

void levelDots(int value, int max, Rgba on, Rgba off) {
    const float radius = dotRadius();
    const float step = dotStep();
    const float height = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (int i = 0; i < max; ++i) {
        ImVec2 c(p.x + radius + static_cast<float>(i) * step, p.y + height * 0.5f);
        draw->AddCircleFilled(c, radius, toImU32(i < value ? on : off), 16);
    }
    ImGui::Dummy(ImVec2(levelDotsWidth(max), height));
}

void meter(float fraction, float widthPx, Rgba fill, Rgba track) {
    const float height = em(0.45f);
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float top = p.y + (line - height) * 0.5f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(p.x, top), ImVec2(p.x + widthPx, top + height), toImU32(track), height * 0.5f);
    float filled = widthPx * (fraction < 0 ? 0 : fraction > 1 ? 1 : fraction);
    if (filled > 0) draw->AddRectFilled(ImVec2(p.x, top), ImVec2(p.x + filled, top + height), toImU32(fill), height * 0.5f);
    ImGui::Dummy(ImVec2(widthPx, line));
}

void wrappedText(const std::string& text) {
    const float width = std::max(ImGui::GetContentRegionAvail().x, em(4.0f));
    // ImFont::CalcTextSizeA, unlike ImGui::CalcTextSize, does not round each call up to whole pixels.
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const auto lines = breakLines(
        text, width, [&](std::string_view ch) { return font->CalcTextSizeA(size, FLT_MAX, 0.0f, ch.data(), ch.data() + ch.size()).x; });
    const float lineHeight = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_Text);
    for (size_t i = 0; i < lines.size(); ++i) {
        const char* begin = text.data() + lines[i].begin;
        draw->AddText(ImVec2(p.x, p.y + lineHeight * static_cast<float>(i)), color, begin, text.data() + lines[i].end);
    }
    ImGui::Dummy(ImVec2(width, lineHeight * static_cast<float>(std::max<size_t>(lines.size(), 1))));
}

void wrappedText(const std::string& text, Rgba color) {
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(color));
    wrappedText(text);
    ImGui::PopStyleColor();
}

bool beginCenteredModal(const std::string& title, bool& open, float widthEm) {
    if (open) {
        ImGui::OpenPopup(title.c_str());
        open = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.4f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em(widthEm), 0.0f));
    return ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove);
}

void bulletWrapped(const std::string& text) {
    ImGui::Bullet();
    ImGui::SameLine();
    wrappedText(text);
}

void coloredText(const std::string& text, Rgba color) {
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(color));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

std::string fitText(const std::string& text, float maxWidth) {
    if (ImGui::CalcTextSize(text.c_str()).x <= maxWidth) return text;
    static const char* const kEllipsis = "\xE2\x80\xA6"; // U+2026
    const float ellipsisWidth = ImGui::CalcTextSize(kEllipsis).x;
    size_t end = text.size();
    while (end > 0) {
        do --end;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80); // whole UTF-8 characters only
        if (ImGui::CalcTextSize(text.c_str(), text.c_str() + end).x + ellipsisWidth <= maxWidth) break;
    }
    return text.substr(0, end) + kEllipsis;
}

bool twoLineSelectable(const char* id, bool selected, const std::string& title, const std::string& detail, Rgba detailColor) {
    const ImVec2 pad = em(0.5f, 0.35f);
    const float line = ImGui::GetTextLineHeight();
    const float gap = em(0.15f);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x - pad.x * 2;
    bool clicked = ImGui::Selectable(id, selected, 0, ImVec2(0.0f, line * 2 + gap + pad.y * 2));
    const std::string shownTitle = fitText(title, width);
    const std::string shownDetail = fitText(detail, width);
    if ((shownTitle != title || shownDetail != detail) && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(title.c_str());
        ImGui::TextUnformatted(detail.c_str());
        ImGui::EndTooltip();
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(ImVec2(p.x + pad.x, p.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text), shownTitle.c_str());
    draw->AddText(ImVec2(p.x + pad.x, p.y + pad.y + line + gap), toImU32(detailColor), shownDetail.c_str());
    return clicked;
}

bool beginFactTable(const char* id) {
    if (!ImGui::BeginTable(id, 2)) return false;
    ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("##value", ImGuiTableColumnFlags_WidthStretch);
    return true;
}

void tableRow(const std::string& label, const std::string& value, const Theme& theme) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    coloredText(label, theme.color("muted"));
    ImGui::TableSetColumnIndex(1);
    wrappedText(value);
}

bool primaryButton(const char* label, const Theme& t, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_Button, toImVec4(t.color("accent")));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, toImVec4(t.color("accent")));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, toImVec4(t.color("accent")));
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(Rgba{1, 1, 1, 1}));
    const bool clicked = ImGui::Button(label, size);
    ImGui::PopStyleColor(4);
    return clicked;
}

bool keyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }

} // namespace frontline::gui
