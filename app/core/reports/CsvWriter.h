#pragma once
// CSV as RFC 4180 says and spreadsheets expect: a field holding a comma, a
// double quote, CR or LF is quoted, with quotes doubled; rows end with CRLF;
// text stays UTF-8, optionally after a byte-order mark so Excel detects it.
#include <string>
#include <vector>

namespace frontline {

std::string csvField(const std::string& text);

class CsvWriter {
public:
    explicit CsvWriter(bool byteOrderMark);
    void row(const std::vector<std::string>& fields);
    const std::string& text() const { return text_; }

private:
    std::string text_;
};

} // namespace frontline
