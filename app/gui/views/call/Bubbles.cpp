#include "views/call/Bubbles.h"

#include <algorithm>
#include <cfloat>

#include "text/LineBreak.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/Widgets.h"

namespace frontline::gui {

namespace {

Rgba inkFor(HighlightKind kind, const Theme& t, Rgba plain) {
    switch (kind) {
    case HighlightKind::Hit: return t.color("ok");
    case HighlightKind::Forbidden: return t.color("error");
    case HighlightKind::Plain: break;
    }
    return plain;
}

Rgba styleText() {
    const ImVec4 c = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    return Rgba{c.x, c.y, c.z, c.w};
}

} // namespace

RichLayout layoutRich(const std::vector<ReplySegment>& segments, float maxWidth) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    auto measure = [&](std::string_view s) { return font->CalcTextSizeA(size, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x; };
    std::string all;
    std::vector<size_t> starts; // byte offset of each segment in all
    for (const auto& s : segments) {
        starts.push_back(all.size());
        all += s.text;
    }
    RichLayout out;
    out.lineHeight = ImGui::GetTextLineHeight();
    for (const auto& line : breakLines(all, maxWidth, measure)) {
        std::vector<RichLayout::Piece> pieces;
        float x = 0;
        for (size_t i = 0; i < segments.size(); ++i) {
            const size_t sb = starts[i], se = sb + segments[i].text.size();
            const size_t b = std::max(sb, line.begin), e = std::min(se, line.end);
            if (b >= e) continue;
            pieces.push_back({i, b - sb, e - sb, x});
            x += measure(std::string_view(all).substr(b, e - b));
        }
        out.width = std::max(out.width, x);
        out.lines.push_back(std::move(pieces));
    }
    return out;
}

void paintRich(ImDrawList* draw, ImVec2 at, const RichLayout& layout, const std::vector<ReplySegment>& segments, const Theme& theme,
               Rgba plain) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    for (size_t l = 0; l < layout.lines.size(); ++l) {
        const float y = at.y + layout.lineHeight * static_cast<float>(l);
        for (const auto& p : layout.lines[l]) {
            const ReplySegment& seg = segments[p.segment];
            const char* b = seg.text.data() + p.begin;
            const char* e = seg.text.data() + p.end;
            const ImVec2 pos(at.x + p.x, y);
            if (seg.kind != HighlightKind::Plain) {
                const float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, b, e).x;
                const Rgba soft = theme.color(seg.kind == HighlightKind::Hit ? "ok_soft" : "error_soft");
                draw->AddRectFilled(ImVec2(pos.x - 1, pos.y), ImVec2(pos.x + w + 1, pos.y + layout.lineHeight), toImU32(soft), em(0.2f));
                draw->AddLine(ImVec2(pos.x, pos.y + layout.lineHeight - 1), ImVec2(pos.x + w, pos.y + layout.lineHeight - 1),
                              toImU32(inkFor(seg.kind, theme, plain)), 1.5f);
            }
            draw->AddText(font, size, pos, toImU32(inkFor(seg.kind, theme, plain)), b, e);
        }
    }
}

void richText(const std::vector<ReplySegment>& segments, const Theme& theme) {
    const float width = std::max(ImGui::GetContentRegionAvail().x, em(4.0f));
    const RichLayout layout = layoutRich(segments, width);
    paintRich(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), layout, segments, theme, styleText());
    ImGui::Dummy(ImVec2(width, layout.height()));
}

bool chatBubble(const char* id, const std::string& label, const std::vector<ReplySegment>& segments, const BubbleStyle& style,
                const Theme& theme, float maxShare) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const ImVec2 pad = em(0.75f, 0.5f);
    const RichLayout layout = layoutRich(segments, avail * maxShare - pad.x * 2);
    const float labelWidth = ImGui::CalcTextSize(label.c_str()).x;
    const ImVec2 box(std::max(layout.width, em(2.0f)) + pad.x * 2, layout.height() + pad.y * 2);
    const float x0 = ImGui::GetCursorPosX();
    // The speaker, small and muted, above the bubble on its side.
    ImGui::SetCursorPosX(style.right ? x0 + avail - labelWidth : x0);
    coloredText(label, theme.color("muted"));
    ImGui::SetCursorPosX(style.right ? x0 + avail - box.x : x0);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(id);
    const bool clicked = ImGui::InvisibleButton("##bubble", box);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float r = em(0.7f);
    draw->AddRectFilled(p, ImVec2(p.x + box.x, p.y + box.y), toImU32(style.fill), r);
    const Rgba edge = style.selected || hovered ? theme.color("accent") : style.border;
    draw->AddRect(p, ImVec2(p.x + box.x, p.y + box.y), toImU32(edge), r, 0, style.selected ? 2.0f : 1.0f);
    paintRich(draw, ImVec2(p.x + pad.x, p.y + pad.y), layout, segments, theme, styleText());
    ImGui::SetCursorPosX(x0);
    return clicked;
}

} // namespace frontline::gui
