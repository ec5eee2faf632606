#include "reports/CsvWriter.h"

namespace frontline {

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

CsvWriter::CsvWriter(bool byteOrderMark) {
    if (byteOrderMark) text_ = "\xEF\xBB\xBF";
}

void CsvWriter::row(const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) text_ += ',';
        text_ += csvField(fields[i]);
    }
    text_ += "\r\n";
}

} // namespace frontline
