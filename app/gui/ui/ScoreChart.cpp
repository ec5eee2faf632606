#include "ui/ScoreChart.h"

#include <algorithm>
#include <cmath>

#include "theme/ApplyTheme.h"
#include "ui/Em.h"

namespace frontline::gui {

namespace {

void dashedLine(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 color, float dash, float thickness) {
    for (float x = a.x; x < b.x; x += dash * 2) draw->AddLine(ImVec2(x, a.y), ImVec2(std::min(x + dash, b.x), b.y), color, thickness);
}

} // namespace

void scoreChart(const std::vector<int>& scores, const std::vector<std::string>& xLabels, int passMark, const std::string& passLabel,
                ImVec2 size, const ScoreChartStyle& style) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    const float axisWidth = ImGui::CalcTextSize("100").x + em(0.5f);
    // The plot area leaves room for the y labels on the left and the x labels below.
    const ImVec2 a(origin.x + axisWidth, origin.y + line * 0.5f);
    const ImVec2 b(origin.x + size.x - em(0.6f), origin.y + size.y - line * 1.6f);
    auto yOf = [&](float score) { return b.y - (b.y - a.y) * score / 100.0f; };
    const float step = scores.size() > 1 ? (b.x - a.x) / static_cast<float>(scores.size() - 1) : 0.0f;
    auto xOf = [&](size_t i) { return scores.size() > 1 ? a.x + step * static_cast<float>(i) : (a.x + b.x) * 0.5f; };

    for (int v : {0, 50, 100}) {
        const float y = yOf(static_cast<float>(v));
        draw->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), toImU32(style.grid));
        const std::string text = std::to_string(v);
        draw->AddText(ImVec2(a.x - em(0.4f) - ImGui::CalcTextSize(text.c_str()).x, y - line * 0.5f), toImU32(style.label), text.c_str());
    }
    if (passMark > 0) {
        const float y = yOf(static_cast<float>(passMark));
        dashedLine(draw, ImVec2(a.x, y), ImVec2(b.x, y), toImU32(style.passLine), em(0.35f), 1.5f);
        const ImVec2 labelSize = ImGui::CalcTextSize(passLabel.c_str());
        draw->AddText(ImVec2(b.x - labelSize.x, y - line - em(0.1f)), toImU32(style.passLine), passLabel.c_str());
    }

    std::vector<ImVec2> points;
    for (size_t i = 0; i < scores.size(); ++i) points.emplace_back(xOf(i), yOf(static_cast<float>(std::clamp(scores[i], 0, 100))));
    if (points.size() > 1) draw->AddPolyline(points.data(), static_cast<int>(points.size()), toImU32(style.line), 0, em(0.12f));
    for (size_t i = 0; i < points.size(); ++i) {
        draw->AddCircleFilled(points[i], em(0.28f), toImU32(scores[i] >= passMark ? style.pass : style.fail), 16);
        draw->AddCircle(points[i], em(0.28f), IM_COL32_WHITE, 16, 1.5f);
    }

    // x labels from the first on, skipping any that would overlap the one before.
    float nextFree = -1e9f;
    for (size_t i = 0; i < scores.size() && i < xLabels.size(); ++i) {
        const float w = ImGui::CalcTextSize(xLabels[i].c_str()).x;
        const float x = std::clamp(xOf(i) - w * 0.5f, origin.x, origin.x + size.x - w);
        if (x < nextFree) continue;
        draw->AddText(ImVec2(x, b.y + line * 0.3f), toImU32(style.label), xLabels[i].c_str());
        nextFree = x + w + em(0.8f);
    }
    ImGui::Dummy(size);
}

} // namespace frontline::gui
