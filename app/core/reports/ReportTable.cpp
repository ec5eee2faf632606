#include "reports/ReportTable.h"

#include "reports/CsvWriter.h"

namespace frontline {

std::string cellText(const nlohmann::json& cell) {
    if (cell.is_null()) return "";
    if (cell.is_string()) return cell.get<std::string>();
    if (cell.is_boolean()) return cell.get<bool>() ? "yes" : "no";
    return cell.dump();
}

std::string toCsv(const ReportTable& table, bool byteOrderMark) {
    CsvWriter csv(byteOrderMark);
    csv.row(table.columns);
    for (const auto& row : table.rows) {
        std::vector<std::string> fields;
        for (const auto& cell : row) fields.push_back(cellText(cell));
        csv.row(fields);
    }
    return csv.text();
}

namespace {
// Cells are scalars; copied without a round trip through text.
nlohmann::ordered_json orderedCell(const nlohmann::json& cell) {
    if (cell.is_string()) return cell.get<std::string>();
    if (cell.is_boolean()) return cell.get<bool>();
    if (cell.is_number_unsigned()) return cell.get<uint64_t>();
    if (cell.is_number_integer()) return cell.get<int64_t>();
    if (cell.is_number_float()) return cell.get<double>();
    if (cell.is_null()) return nullptr;
    return nlohmann::ordered_json::parse(cell.dump());
}
} // namespace

std::string toJsonText(const ReportTable& table) {
    // Ordered, so each row's keys keep the column order a reader expects.
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto& row : table.rows) {
        nlohmann::ordered_json r = nlohmann::ordered_json::object();
        for (size_t i = 0; i < row.size() && i < table.columns.size(); ++i) r[table.columns[i]] = orderedCell(row[i]);
        rows.push_back(r);
    }
    nlohmann::ordered_json doc = {{"report", table.title}, {"columns", table.columns}, {"rows", rows}};
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

namespace {
std::string markdownCell(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '|')
            out += "\\|";
        else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            continue;
        else if (c == '\n' || c == '\r')
            out += "<br>";
        else
            out += c;
    }
    return out;
}
} // namespace

std::string toMarkdown(const ReportTable& table) {
    std::string out = "# " + markdownCell(table.title) + "\n\n|";
    for (const auto& c : table.columns) out += " " + markdownCell(c) + " |";
    out += "\n|";
    for (size_t i = 0; i < table.columns.size(); ++i) out += "---|";
    out += "\n";
    for (const auto& row : table.rows) {
        out += "|";
        for (const auto& cell : row) out += " " + markdownCell(cellText(cell)) + " |";
        out += "\n";
    }
    if (table.rows.empty()) out += "\n(no trainees)\n";
    return out;
}

} // namespace frontline
