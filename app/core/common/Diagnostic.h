#pragma once
// A problem found in a file the user gave us, reported as
// `file:line:column: severity: message (at /json/pointer)`.
#include <string>
#include <vector>

namespace frontline {

enum class Severity { Warning, Error };

struct SourceLocation {
    std::string file;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based, in Unicode characters; 0 when unknown

    SourceLocation() = default;
    SourceLocation(std::string f, int l = 0, int c = 0) : file(std::move(f)), line(l), column(c) {}
};

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLocation where;
    std::string message;
    std::string pointer; // JSON pointer of the offending value, empty when none

    std::string format() const;
};

// All problems of one check, so callers report every problem, not just the first.
class Diagnostics {
public:
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    void append(const Diagnostics& other);
    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
    bool empty() const { return items_.empty(); }
    const std::vector<Diagnostic>& items() const { return items_; }
    // Stable order: by file, then line, column, then insertion.
    void sort();

private:
    std::vector<Diagnostic> items_;
};

} // namespace frontline
