#include "common/Diagnostic.h"

#include <algorithm>

namespace frontline {

std::string Diagnostic::format() const {
    std::string out = where.file.empty() ? std::string("frontline") : where.file;
    if (where.line > 0) {
        out += ':' + std::to_string(where.line) + ':' + std::to_string(where.column);
    }
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    out += message;
    if (!pointer.empty()) out += " (at " + pointer + ")";
    return out;
}

void Diagnostics::append(const Diagnostics& other) { items_.insert(items_.end(), other.items_.begin(), other.items_.end()); }

bool Diagnostics::hasErrors() const { return errorCount() > 0; }

int Diagnostics::errorCount() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

int Diagnostics::warningCount() const { return static_cast<int>(items_.size()) - errorCount(); }

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.where.file != b.where.file) return a.where.file < b.where.file;
        if (a.where.line != b.where.line) return a.where.line < b.where.line;
        return a.where.column < b.where.column;
    });
}

} // namespace frontline
