#pragma once
// The look every list table shares (progress, review, cohort, trainees), and
// the two calls each of their rows is made of.
#include <initializer_list>
#include <string>

#include <imgui.h>

#include "i18n/StringTable.h"

namespace frontline::gui {

constexpr ImGuiTableFlags kListTableFlags =
    ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY | ImGuiTableFlags_PadOuterX;

// A header row frozen at the top, one column per string key.
void tableHeaderRow(const StringTable& s, std::initializer_list<const char*> keys);
void tableCell(int column, const std::string& text);

} // namespace frontline::gui
