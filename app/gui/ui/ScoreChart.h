#pragma once
// A line chart of scores (0-100) in the order they were earned, with a
// dashed pass-mark line, drawn with ImDrawList (ImPlot is not packaged).
#include <string>
#include <vector>

#include <imgui.h>

#include "theme/Theme.h"

namespace frontline::gui {

struct ScoreChartStyle {
    Rgba line, pass, fail, passLine, grid, label;
};

// Fills size from the cursor. xLabels (one per score) are drawn under the
// points, leaving out those that would overlap.
void scoreChart(const std::vector<int>& scores, const std::vector<std::string>& xLabels, int passMark, const std::string& passLabel,
                ImVec2 size, const ScoreChartStyle& style);

} // namespace frontline::gui
