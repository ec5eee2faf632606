#include "assessments/QuestionBank.h"

#include <algorithm>
#include <cmath>

namespace frontline {

namespace {

template <typename E> std::optional<E> parseId(const std::vector<std::string>& ids, const std::string& id) {
    auto it = std::find(ids.begin(), ids.end(), id);
    if (it == ids.end()) return std::nullopt;
    return static_cast<E>(it - ids.begin());
}

bool isAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Non-empty, at most 64 bytes, every character allowed.
template <typename Allowed> bool isIdOf(const std::string& id, Allowed allowed) {
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), allowed);
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

} // namespace

const std::vector<std::string>& questionTypeIds() {
    static const std::vector<std::string> ids = {"single_choice", "multiple_choice", "true_false",    "short_answer",
                                                 "numeric",       "matching",        "case_analysis", "description"};
    return ids;
}

const std::vector<std::string>& textFormatIds() {
    static const std::vector<std::string> ids = {"plain", "markdown", "html"};
    return ids;
}

const std::vector<std::string>& difficultyIds() {
    static const std::vector<std::string> ids = {"easy", "medium", "hard"};
    return ids;
}

const char* questionTypeId(QuestionType t) { return questionTypeIds()[static_cast<size_t>(t)].c_str(); }
std::optional<QuestionType> parseQuestionType(const std::string& id) { return parseId<QuestionType>(questionTypeIds(), id); }

const char* textFormatId(TextFormat f) { return textFormatIds()[static_cast<size_t>(f)].c_str(); }
std::optional<TextFormat> parseTextFormat(const std::string& id) { return parseId<TextFormat>(textFormatIds(), id); }

bool NumericAnswer::accepts(double x) const {
    if (!std::isfinite(x)) return false;
    if (min && max) return x >= *min && x <= *max;
    // A little slack for binary fractions, so 0.1 + 0.2 is accepted for 0.3 with tolerance 0.
    double slack = 1e-9 * std::max(1.0, std::fabs(value));
    return std::fabs(x - value) <= tolerance + slack;
}

const ChoiceOption* Question::option(const std::string& optionId) const {
    auto it = std::find_if(options.begin(), options.end(), [&](const ChoiceOption& o) { return o.id == optionId; });
    return it == options.end() ? nullptr : &*it;
}

const Question* QuestionBank::find(const std::string& questionId) const {
    auto it = std::find_if(questions.begin(), questions.end(), [&](const Question& q) { return q.id == questionId; });
    return it == questions.end() ? nullptr : &*it;
}

bool isValidBankId(const std::string& id) {
    return isIdOf(id, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool isValidQuestionId(const std::string& id) {
    return isIdOf(id, [](char c) { return isAsciiAlnum(c) || c == '-' || c == '_' || c == '.'; });
}

bool isValidCategoryPath(const std::string& path) {
    size_t start = 0;
    while (true) {
        size_t end = path.find('/', start);
        std::string segment = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
        // Spaces around a name would make "policy/ returns" a category of its own.
        if (segment.empty() || isSpace(segment.front()) || isSpace(segment.back())) return false;
        if (end == std::string::npos) return true;
        start = end + 1;
    }
}

bool isSemanticVersion(const std::string& version) {
    int parts = 0;
    size_t i = 0;
    while (i < version.size()) {
        size_t digits = 0;
        while (i + digits < version.size() && version[i + digits] >= '0' && version[i + digits] <= '9') ++digits;
        if (digits == 0) return false;
        i += digits;
        ++parts;
        if (i == version.size()) break;
        if (version[i] != '.') return false;
        ++i;
        if (i == version.size()) return false;
    }
    return parts == 3;
}

bool inCategory(const std::string& category, const std::string& prefix) {
    if (category.compare(0, prefix.size(), prefix) != 0) return false;
    return category.size() == prefix.size() || category[prefix.size()] == '/';
}

} // namespace frontline
