#pragma once
// A report as a table of typed cells, written as CSV, JSON or Markdown.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace frontline {

struct ReportTable {
    std::string title;
    std::vector<std::string> columns;
    std::vector<std::vector<nlohmann::json>> rows; // strings, numbers, booleans or null, one per column
};

// A cell as text: strings as they are, numbers as JSON writes them, booleans "yes"/"no", null empty.
std::string cellText(const nlohmann::json& cell);

std::string toCsv(const ReportTable& table, bool byteOrderMark);
// {"report": title, "columns": [...], "rows": [{column: value}, ...]}, UTF-8, pretty-printed.
std::string toJsonText(const ReportTable& table);
// A GitHub-flavoured table under a "# title" heading; '|' escaped, newlines as <br>.
std::string toMarkdown(const ReportTable& table);

} // namespace frontline
