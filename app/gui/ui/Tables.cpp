#include "ui/Tables.h"

namespace frontline::gui {

void tableHeaderRow(const StringTable& s, std::initializer_list<const char*> keys) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    int column = 0;
    for (const char* key : keys) {
        ImGui::TableSetColumnIndex(column++);
        ImGui::TableHeader(s.c(key));
    }
}

void tableCell(int column, const std::string& text) {
    ImGui::TableSetColumnIndex(column);
    ImGui::TextUnformatted(text.c_str());
}

} // namespace frontline::gui
