#include "assessments/QuestionScoring.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <unicode/uchar.h>

#include "assessments/ExamPaper.h"
#include "common/JsonDocument.h"
#include "grading/TextNormalizer.h"

namespace frontline {

namespace {

using nlohmann::json;

// The multiple-choice tolerance of FORMAT.md: positive credits sum to 100 ±0.01,
// so picking every right option of such a question is full credit.
constexpr double kCreditTolerance = 0.01;

std::string numberText(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string withCredit(const std::string& text, double credit) { return credit >= 100 ? text : text + " (" + numberText(credit) + "%)"; }

double clampCredit(double credit) { return std::min(100.0, std::max(0.0, credit)); }

void addFeedback(QuestionResult& r, const std::string& text) {
    if (!text.empty()) r.feedback.push_back(text);
}

// Full-width ASCII and the ideographic space to half-width, surrounding spaces dropped.
std::u32string foldWidth(const std::string& utf8) {
    std::u32string s = toU32(utf8);
    for (auto& c : s) {
        if (c >= 0xFF01 && c <= 0xFF5E)
            c -= 0xFEE0;
        else if (c == 0x3000)
            c = U' ';
    }
    auto space = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r'; };
    size_t b = 0, e = s.size();
    while (b < e && space(s[b])) ++b;
    while (e > b && space(s[e - 1])) --e;
    return s.substr(b, e - b);
}

std::u32string foldAnswer(const std::string& utf8, bool caseSensitive) {
    std::u32string s = foldWidth(utf8);
    if (!caseSensitive) {
        for (auto& c : s) c = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
    }
    return s;
}

// '*' matches any run, including none; greedy with one backtrack point.
bool wildcardMatch(const std::u32string& pattern, const std::u32string& text) {
    size_t p = 0, t = 0, star = std::u32string::npos, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == U'*') {
            star = p++;
            mark = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star != std::u32string::npos) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == U'*') ++p;
    return p == pattern.size();
}

bool isBlank(const std::string& text) { return foldWidth(text).empty(); }

const MatchPair* findPair(const Question& q, const std::string& id) {
    for (const auto& p : q.pairs) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

std::string optionIds(const Question& q) {
    std::string ids;
    for (const auto& o : q.options) ids += (ids.empty() ? "" : ", ") + o.id;
    return ids;
}

std::optional<AnswerProblem> mistyped(const char* expected, const json& got) {
    return AnswerProblem{std::string("expected ") + expected + ", got " + jsonTypeName(got), ""};
}

std::optional<AnswerProblem> checkOptionId(const Question& q, const json& v, const std::string& pointer) {
    if (!v.is_string()) return AnswerProblem{std::string("an option id must be text, got ") + jsonTypeName(v), pointer};
    if (!q.option(v.get<std::string>()))
        return AnswerProblem{"no option '" + v.get<std::string>() + "' (the options are " + optionIds(q) + ")", pointer};
    return std::nullopt;
}

std::optional<AnswerProblem> checkMatching(const Question& q, const json& answer) {
    if (!answer.is_object()) return mistyped("an object of pair id to answer text", answer);
    auto offered = offeredAnswers(q);
    for (const auto& [key, value] : answer.items()) {
        std::string pointer = childPointer("", key);
        if (!findPair(q, key)) {
            std::string ids;
            for (const auto& p : q.pairs) ids += (ids.empty() ? "" : ", ") + p.id;
            return AnswerProblem{"no pair '" + key + "' (the pairs are " + ids + ")", pointer};
        }
        if (value.is_null()) continue;
        if (!value.is_string()) return AnswerProblem{std::string("the answer to a pair must be text, got ") + jsonTypeName(value), pointer};
        if (std::find(offered.begin(), offered.end(), value.get<std::string>()) == offered.end())
            return AnswerProblem{"'" + value.get<std::string>() + "' is not one of the answers offered", pointer};
    }
    return std::nullopt;
}

std::vector<std::string> describeRight(const Question& q) {
    std::vector<std::string> out;
    switch (q.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        for (const auto& o : q.options) {
            if (o.credit > 0) out.push_back(withCredit(o.id + ". " + o.text, o.credit));
        }
        break;
    case QuestionType::TrueFalse: out.push_back(q.truth ? "true" : "false"); break;
    case QuestionType::ShortAnswer:
        for (const auto& a : q.accepted) {
            if (a.credit > 0) out.push_back(withCredit(a.text, a.credit));
        }
        break;
    case QuestionType::Numeric:
        for (const auto& n : q.numeric) {
            if (n.credit <= 0) continue;
            std::string text = n.min && n.max ? numberText(*n.min) + " to " + numberText(*n.max)
                                              : numberText(n.value) + (n.tolerance > 0 ? " ± " + numberText(n.tolerance) : "");
            out.push_back(withCredit(text, n.credit));
        }
        break;
    case QuestionType::Matching:
        for (const auto& p : q.pairs) out.push_back(p.prompt + " → " + p.answer);
        break;
    case QuestionType::CaseAnalysis: out = q.caseRubric.modelAnswers; break;
    case QuestionType::Description: break;
    }
    return out;
}

void scoreChoice(const Question& q, const json& answer, QuestionResult& r) {
    std::vector<std::string> picked;
    if (answer.is_string())
        picked.push_back(answer.get<std::string>());
    else
        for (const auto& v : answer) picked.push_back(v.get<std::string>());
    r.answered = !picked.empty();
    double sum = 0;
    for (const auto& id : picked) {
        const ChoiceOption* o = q.option(id);
        if (!o) continue;
        sum += o->credit;
        addFeedback(r, o->feedback);
    }
    if (q.type == QuestionType::MultipleChoice && sum > 100 - kCreditTolerance) sum = 100;
    r.creditPercent = clampCredit(sum);
}

void scoreTrueFalse(const Question& q, const json& answer, QuestionResult& r) {
    bool picked = answer.get<bool>();
    r.answered = true;
    r.creditPercent = picked == q.truth ? 100 : 0;
    addFeedback(r, picked ? q.feedbackTrue : q.feedbackFalse);
}

void scoreShortAnswer(const Question& q, const json& answer, QuestionResult& r) {
    const std::string& given = answer.get_ref<const std::string&>();
    r.answered = !isBlank(given);
    if (!r.answered) return;
    for (const auto& a : q.accepted) {
        if (!shortAnswerMatches(a.text, given, q.caseSensitive)) continue;
        r.creditPercent = clampCredit(a.credit);
        addFeedback(r, a.feedback);
        return;
    }
}

void scoreNumeric(const Question& q, const json& answer, QuestionResult& r) {
    std::optional<double> x =
        answer.is_number() ? std::optional<double>(answer.get<double>()) : parseNumericAnswer(answer.get<std::string>());
    r.answered = x.has_value();
    if (!x) return;
    for (const auto& n : q.numeric) {
        if (!n.accepts(*x)) continue;
        r.creditPercent = clampCredit(n.credit);
        addFeedback(r, n.feedback);
        return;
    }
}

void scoreMatching(const Question& q, const json& answer, QuestionResult& r) {
    size_t right = 0;
    for (const auto& p : q.pairs) {
        auto it = answer.find(p.id);
        if (it == answer.end() || !it->is_string()) continue;
        r.answered = true;
        if (it->get<std::string>() == p.answer) ++right;
    }
    if (!q.pairs.empty()) r.creditPercent = 100.0 * static_cast<double>(right) / static_cast<double>(q.pairs.size());
}

Status scoreCase(const Question& q, const json& answer, CaseGrader& cases, QuestionResult& r) {
    const std::string& reply = answer.get_ref<const std::string&>();
    r.answered = !isBlank(reply);
    if (!r.answered) return Done{};
    if (q.caseRubric.needsModelAnswers) {
        r.pendingReview = true;
        r.text = q.text;
        return Done{};
    }
    auto grade = cases.grade(q.caseRubric, reply);
    if (!grade) return makeError("question '" + q.id + "': " + grade.error().message, q.where);
    r.creditPercent = clampCredit(grade->score);
    r.caseGrade = std::move(*grade);
    return Done{};
}

} // namespace

json QuestionResult::toJson() const {
    json j = {{"id", questionId},
              {"type", questionTypeId(type)},
              {"category", category},
              {"points", points},
              {"earned", earned},
              {"credit", creditPercent},
              {"answered", answered},
              {"correct", correct},
              {"pending_review", pendingReview},
              {"feedback", feedback},
              {"right_answers", rightAnswers},
              {"explanation", caseGrade ? caseGrade->toJson() : json(nullptr)}};
    if (pendingReview) j["text"] = text;
    return j;
}

Result<ReplyGrade> CaseGrader::grade(const CaseRubric& rubric, const std::string& reply) {
    json line = {{"lang", language_}, {"model_answers", rubric.modelAnswers}};
    if (!rubric.rubricJson.empty()) {
        json extra = json::parse(rubric.rubricJson, nullptr, false);
        if (extra.is_discarded() || !extra.is_object()) return makeError("its rubric is not a JSON object");
        for (const auto& [key, value] : extra.items()) {
            if (key != "lang" && key != "model_answers") line[key] = value;
        }
    }
    auto inlineRubric = readInlineRubric(line, lexicons_);
    if (!inlineRubric) return makeError("its rubric cannot be used: " + inlineRubric.error().message);
    // Written answers have no reply clock: latency 0 is always on time.
    return desk_.grade(*inlineRubric, reply, 0);
}

std::optional<AnswerProblem> checkAnswer(const Question& q, const json& answer) {
    if (answer.is_null()) return std::nullopt; // not answered
    switch (q.type) {
    case QuestionType::SingleChoice:
        if (!answer.is_string()) return mistyped("one option id (text, such as \"a\")", answer);
        return checkOptionId(q, answer, "");
    case QuestionType::MultipleChoice:
        if (!answer.is_array()) return mistyped("an array of option ids (such as [\"a\", \"c\"])", answer);
        for (size_t i = 0; i < answer.size(); ++i) {
            if (auto p = checkOptionId(q, answer[i], childPointer("", i))) return p;
            for (size_t j = 0; j < i; ++j) {
                if (answer[j] == answer[i])
                    return AnswerProblem{"option '" + answer[i].get<std::string>() + "' is picked twice", childPointer("", i)};
            }
        }
        return std::nullopt;
    case QuestionType::TrueFalse:
        if (!answer.is_boolean()) return mistyped("true or false", answer);
        return std::nullopt;
    case QuestionType::ShortAnswer:
    case QuestionType::CaseAnalysis:
        if (!answer.is_string()) return mistyped("text", answer);
        return std::nullopt;
    case QuestionType::Numeric:
        if (answer.is_number()) return std::nullopt;
        if (!answer.is_string()) return mistyped("a number (30 or \"30\")", answer);
        if (!isBlank(answer.get<std::string>()) && !parseNumericAnswer(answer.get<std::string>()))
            return AnswerProblem{"expected a number (30 or \"30\"), got \"" + answer.get<std::string>() + "\"", ""};
        return std::nullopt;
    case QuestionType::Matching: return checkMatching(q, answer);
    case QuestionType::Description: return AnswerProblem{"a description takes no answer", ""};
    }
    return std::nullopt;
}

Result<QuestionResult> scoreQuestion(const Question& q, const json* answer, CaseGrader& cases) {
    QuestionResult r;
    r.questionId = q.id;
    r.type = q.type;
    r.category = q.category;
    r.points = q.type == QuestionType::Description ? 0 : q.points;
    r.rightAnswers = describeRight(q);
    if (answer && !answer->is_null()) {
        if (auto problem = checkAnswer(q, *answer)) {
            return makeError("the answer to question '" + q.id + "': " + problem->message, q.where);
        }
        switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice: scoreChoice(q, *answer, r); break;
        case QuestionType::TrueFalse: scoreTrueFalse(q, *answer, r); break;
        case QuestionType::ShortAnswer: scoreShortAnswer(q, *answer, r); break;
        case QuestionType::Numeric: scoreNumeric(q, *answer, r); break;
        case QuestionType::Matching: scoreMatching(q, *answer, r); break;
        case QuestionType::CaseAnalysis:
            if (auto s = scoreCase(q, *answer, cases, r); !s) return s.error();
            break;
        case QuestionType::Description: break;
        }
    }
    r.earned = r.points * r.creditPercent / 100.0;
    r.correct = r.answered && !r.pendingReview && r.creditPercent >= 100;
    addFeedback(r, q.generalFeedback);
    return r;
}

bool shortAnswerMatches(const std::string& accepted, const std::string& given, bool caseSensitive) {
    return wildcardMatch(foldAnswer(accepted, caseSensitive), foldAnswer(given, caseSensitive));
}

std::optional<double> parseNumericAnswer(const std::string& text) {
    std::string s = toUtf8(foldWidth(text));
    if (!s.empty() && s[0] == '+') s.erase(0, 1);
    // A plain decimal: digits, at most one point, an optional exponent; no "nan", "inf" or hex.
    bool digit = false;
    for (char c : s) {
        digit = digit || (c >= '0' && c <= '9');
        if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+')) return std::nullopt;
    }
    if (!digit) return std::nullopt;
    double value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return value;
}

} // namespace frontline
