#include "assessments/BankReader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "grading/GradeRequest.h"
#include "grading/Lexicon.h"
#include "scenario/Pack.h"

namespace frontline {

namespace {

constexpr const char* kQuestionIdRule = "letters, digits, '-', '_' and '.' (at most 64 characters)";
constexpr double kLargestNumber = 1e9; // bounds numeric answers, so messages stay readable

std::string formatNumber(double d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", d);
    return buf;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

// Option ids by position: a, b, ... z, aa, ab, ...
std::string letterId(size_t index) {
    std::string id;
    for (size_t n = index + 1; n > 0; n = (n - 1) / 26) id.insert(id.begin(), static_cast<char>('a' + (n - 1) % 26));
    return id;
}

// The keys a question type adds to the common ones.
std::vector<const char*> typeKeys(QuestionType type) {
    switch (type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice: return {"options"};
    case QuestionType::TrueFalse: return {"answer", "feedback"};
    case QuestionType::ShortAnswer: return {"answers", "case_sensitive"};
    case QuestionType::Numeric: return {"answers"};
    case QuestionType::Matching: return {"pairs", "distractors"};
    case QuestionType::CaseAnalysis: return {"model_answers", "criteria", "forbidden", "needs_model_answers"};
    case QuestionType::Description: return {};
    }
    return {};
}

bool isFull(double credit) { return std::fabs(credit - 100) < 1e-9; }

// One choice option as written, before the defaults of its question type are applied.
struct OptionDraft {
    ChoiceOption option;
    std::optional<double> credit;
    bool correct = false;
};

// One reader per file; holds what the field readers share.
class BankParser {
public:
    BankParser(const JsonDocument& doc, const LexiconSet& lexicons, Diagnostics& diags) : doc_(doc), lexicons_(lexicons), diags_(diags) {}

    QuestionBank read() {
        QuestionBank b;
        b.file = doc_.file();
        JsonFields f(doc_, doc_.root(), "", diags_);
        if (!f.isObject()) return b;
        f.warnUnknown({"format", "id", "language", "version", "title", "categories", "questions"});
        checkFormat(f, kBankFormat);
        b.id = textMatching(f, "id", Need::Required, isValidBankId, kBankIdRule).value_or("");
        b.language = f.oneOf("language", Need::Required, {"zh-CN", "en"}).value_or("");
        b.version = textMatching(f, "version", Need::Required, isSemanticVersion, kVersionRule).value_or("");
        b.title = f.text("title", Need::Required).value_or("");
        readCategories(f, b);
        readQuestions(f, b);
        return b;
    }

private:
    void readCategories(JsonFields& f, QuestionBank& b) {
        const auto* cats = f.object("categories", Need::Optional);
        if (!cats) return;
        JsonFields cf(doc_, *cats, f.pointerOf("categories"), diags_);
        for (auto it = cats->begin(); it != cats->end(); ++it) {
            if (!isValidCategoryPath(it.key()))
                cf.error(it.key(), "category '" + it.key() + "' must be " + kCategoryRule);
            else if (auto title = cf.text(it.key(), Need::Required))
                b.categoryTitles[it.key()] = *title;
        }
    }

    void readQuestions(JsonFields& f, QuestionBank& b) {
        const auto* arr = listOf(f, "questions", 1);
        if (!arr) return;
        std::map<std::string, std::string> seen;
        for (size_t i = 0; i < arr->size(); ++i) {
            std::string at = childPointer("/questions", i);
            Question q = readQuestion((*arr)[i], at, b.language);
            if (q.id.empty()) continue;
            if (!seen.emplace(q.id, at).second) {
                doc_.error(diags_, at + "/id", "duplicate question id '" + q.id + "' (first defined at " + seen[q.id] + ")");
                continue;
            }
            b.questions.push_back(std::move(q));
        }
    }

    Question readQuestion(const nlohmann::json& value, const std::string& at, const std::string& language) {
        Question q;
        q.where = doc_.locate(at);
        JsonFields f(doc_, value, at, diags_);
        if (!f.isObject()) return q;
        auto typeName = f.oneOf("type", Need::Required, questionTypeIds());
        std::optional<QuestionType> type = typeName ? parseQuestionType(*typeName) : std::nullopt;
        warnUnknownKeys(value, at, type);
        q.id = textMatching(f, "id", Need::Required, isValidQuestionId, kQuestionIdRule).value_or("");
        q.category = textMatching(f, "category", Need::Required, isValidCategoryPath, kCategoryRule).value_or("");
        q.title = f.text("title", Need::Optional).value_or("");
        q.text = f.text("text", Need::Required).value_or("");
        if (auto format = f.oneOf("format", Need::Optional, textFormatIds())) q.format = *parseTextFormat(*format);
        q.difficulty = f.oneOf("difficulty", Need::Optional, difficultyIds()).value_or(q.difficulty);
        q.generalFeedback = f.text("general_feedback", Need::Optional).value_or("");
        q.shuffle = f.boolean("shuffle", Need::Optional).value_or(true);
        readTags(f, q);
        if (!type) return q;
        q.type = *type;
        readPoints(f, q);
        switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice: readOptions(f, q); break;
        case QuestionType::TrueFalse: readTrueFalse(f, q); break;
        case QuestionType::ShortAnswer: readShortAnswers(f, q); break;
        case QuestionType::Numeric: readNumericAnswers(f, q); break;
        case QuestionType::Matching: readPairs(f, q); break;
        case QuestionType::CaseAnalysis: readCase(f, q, language); break;
        case QuestionType::Description: break;
        }
        return q;
    }

    // Warns about keys neither common nor of this type. Checking a copy without
    // the type's own keys lets JsonFields::warnUnknown do it with one key list.
    void warnUnknownKeys(const nlohmann::json& value, const std::string& at, std::optional<QuestionType> type) {
        nlohmann::json rest = value;
        for (const auto& id : questionTypeIds()) {
            QuestionType t = *parseQuestionType(id);
            if (type && t != *type) continue; // an unknown type: its keys cannot be judged
            for (const char* key : typeKeys(t)) rest.erase(key);
        }
        JsonFields(doc_, rest, at, diags_)
            .warnUnknown(
                {"id", "type", "category", "title", "text", "format", "difficulty", "points", "tags", "general_feedback", "shuffle"});
    }

    // The array at key, with an error when it has fewer than minItems.
    const nlohmann::json* listOf(JsonFields& f, const std::string& key, size_t minItems) {
        const auto* arr = f.array(key, Need::Required);
        if (arr && arr->size() < minItems)
            f.error(key, "'" + key + "' needs at least " + std::to_string(minItems) + (minItems == 1 ? " item" : " items") + ", has " +
                             std::to_string(arr->size()));
        return arr;
    }

    // Ids within one question must differ; a defaulted id is reported at its item.
    void checkUnique(std::map<std::string, std::string>& seen, const std::string& id, const JsonFields& item, const char* what) {
        if (seen.emplace(id, item.pointer()).second) return;
        doc_.error(diags_, item.has("id") ? item.pointerOf("id") : item.pointer(),
                   std::string(what) + " id '" + id + "' is used twice in this question (first at " + seen[id] + ")");
    }

    void readTags(JsonFields& f, Question& q) {
        const auto* tags = f.array("tags", Need::Optional);
        if (!tags) return;
        for (size_t i = 0; i < tags->size(); ++i) {
            const auto& v = (*tags)[i];
            if (v.is_string() && parseCompetency(v.get<std::string>())) {
                q.tags.push_back(v.get<std::string>());
                continue;
            }
            std::string got = v.is_string() ? "'" + v.get<std::string>() + "'" : jsonTypeName(v);
            doc_.error(diags_, childPointer(f.pointerOf("tags"), i), "a tag must be one of " + joined(competencyIds()) + ", got " + got);
        }
    }

    void readPoints(JsonFields& f, Question& q) {
        if (q.type == QuestionType::Description) {
            q.points = 0;
            if (f.has("points")) doc_.warning(diags_, f.pointerOf("points"), "a description is never scored, so 'points' is ignored");
            return;
        }
        auto points = f.number("points", Need::Optional, 0, 1000);
        if (points && *points == 0)
            f.error("points", "'points' must be more than 0, got 0");
        else if (points)
            q.points = *points;
    }

    void readOptions(JsonFields& f, Question& q) {
        const auto* arr = listOf(f, "options", 2);
        if (!arr) return;
        int errorsBefore = diags_.errorCount();
        std::vector<OptionDraft> drafts;
        std::map<std::string, std::string> ids;
        for (size_t i = 0; i < arr->size(); ++i) {
            JsonFields of(doc_, (*arr)[i], childPointer(f.pointerOf("options"), i), diags_);
            if (!of.isObject()) continue;
            of.warnUnknown({"id", "text", "credit", "correct", "feedback"});
            OptionDraft d;
            d.option.id = textMatching(of, "id", Need::Optional, isValidQuestionId, kQuestionIdRule).value_or(letterId(i));
            d.option.text = of.text("text", Need::Required).value_or("");
            d.option.feedback = of.text("feedback", Need::Optional).value_or("");
            d.credit = of.number("credit", Need::Optional, -100, 100);
            d.correct = of.boolean("correct", Need::Optional).value_or(false);
            if (of.has("credit") && of.has("correct"))
                of.error("correct", "give 'credit' or 'correct', not both (\"correct\": true is short for \"credit\": 100)");
            checkUnique(ids, d.option.id, of, "option");
            drafts.push_back(std::move(d));
        }
        applyCredits(q.type, drafts);
        for (auto& d : drafts) q.options.push_back(std::move(d.option));
        if (diags_.errorCount() != errorsBefore || arr->size() < 2) return; // the sums would only repeat those errors
        if (q.type == QuestionType::SingleChoice)
            checkSingleChoice(f, q);
        else
            checkMultipleChoice(f, q);
    }

    // FORMAT.md: "correct": true is credit 100 in a single choice; in a multiple
    // choice the correct options share 100 and unmarked ones lose that share.
    static void applyCredits(QuestionType type, std::vector<OptionDraft>& drafts) {
        auto correct = std::count_if(drafts.begin(), drafts.end(), [](const OptionDraft& d) { return d.correct; });
        bool multiple = type == QuestionType::MultipleChoice;
        double share = correct > 0 ? 100.0 / static_cast<double>(correct) : 0;
        for (auto& d : drafts) {
            if (d.credit)
                d.option.credit = *d.credit;
            else if (d.correct)
                d.option.credit = multiple ? share : 100;
            else
                d.option.credit = multiple ? -share : 0;
        }
    }

    void checkSingleChoice(JsonFields& f, const Question& q) {
        std::vector<std::string> full;
        for (const auto& o : q.options) {
            if (isFull(o.credit)) full.push_back(o.id);
        }
        if (full.size() == 1) return;
        f.error("options", "a single-choice question needs exactly one option with credit 100 (or \"correct\": true), has " +
                               (full.empty() ? std::string("none") : std::to_string(full.size()) + " (" + joined(full) + ")"));
    }

    void checkMultipleChoice(JsonFields& f, const Question& q) {
        double sum = 0;
        for (const auto& o : q.options) sum += std::max(0.0, o.credit);
        if (std::fabs(sum - 100) > 0.01)
            f.error("options", "the positive credits of a multiple-choice question must sum to 100, got " + formatNumber(sum) +
                                   " (mark the right options \"correct\": true to share 100 between them)");
    }

    void readTrueFalse(JsonFields& f, Question& q) {
        q.truth = f.boolean("answer", Need::Required).value_or(true);
        const auto* feedback = f.object("feedback", Need::Optional);
        if (!feedback) return;
        JsonFields ff(doc_, *feedback, f.pointerOf("feedback"), diags_);
        ff.warnUnknown({"true", "false"});
        q.feedbackTrue = ff.text("true", Need::Optional).value_or("");
        q.feedbackFalse = ff.text("false", Need::Optional).value_or("");
    }

    void readShortAnswers(JsonFields& f, Question& q) {
        q.caseSensitive = f.boolean("case_sensitive", Need::Optional).value_or(false);
        const auto* arr = listOf(f, "answers", 1);
        if (!arr) return;
        int errorsBefore = diags_.errorCount();
        for (size_t i = 0; i < arr->size(); ++i) {
            JsonFields af(doc_, (*arr)[i], childPointer(f.pointerOf("answers"), i), diags_);
            if (!af.isObject()) continue;
            af.warnUnknown({"text", "credit", "feedback"});
            AcceptedAnswer a;
            a.text = af.text("text", Need::Required).value_or("");
            a.credit = af.number("credit", Need::Optional, 0, 100).value_or(a.credit);
            a.feedback = af.text("feedback", Need::Optional).value_or("");
            q.accepted.push_back(std::move(a));
        }
        bool full = std::any_of(q.accepted.begin(), q.accepted.end(), [](const AcceptedAnswer& a) { return isFull(a.credit); });
        if (!full && !arr->empty() && diags_.errorCount() == errorsBefore)
            f.error("answers", "a short-answer question needs an answer with credit 100, has none");
    }

    void readNumericAnswers(JsonFields& f, Question& q) {
        const auto* arr = listOf(f, "answers", 1);
        if (!arr) return;
        for (size_t i = 0; i < arr->size(); ++i) {
            JsonFields af(doc_, (*arr)[i], childPointer(f.pointerOf("answers"), i), diags_);
            if (!af.isObject()) continue;
            af.warnUnknown({"value", "tolerance", "min", "max", "credit", "feedback"});
            NumericAnswer a;
            readNumericTarget(af, a);
            a.credit = af.number("credit", Need::Optional, 0, 100).value_or(a.credit);
            a.feedback = af.text("feedback", Need::Optional).value_or("");
            q.numeric.push_back(std::move(a));
        }
    }

    // Either value (+/- tolerance) or the range min..max.
    void readNumericTarget(JsonFields& af, NumericAnswer& a) {
        bool range = af.has("min") || af.has("max");
        if (range && af.has("value")) {
            doc_.error(diags_, af.pointer(), "a numeric answer takes 'value' (with 'tolerance') or 'min' and 'max', not both");
        } else if (range) {
            if (af.has("tolerance")) af.error("tolerance", "'tolerance' goes with 'value'; a 'min' and 'max' range has none");
            auto min = af.number("min", Need::Required, -kLargestNumber, kLargestNumber);
            auto max = af.number("max", Need::Required, -kLargestNumber, kLargestNumber);
            if (min && max && *min > *max) {
                af.error("min", "'min' must not be greater than 'max', got min " + formatNumber(*min) + " and max " + formatNumber(*max));
            } else if (min && max) {
                a.min = min;
                a.max = max;
            }
        } else if (af.has("value")) {
            a.value = af.number("value", Need::Required, -kLargestNumber, kLargestNumber).value_or(0);
            a.tolerance = af.number("tolerance", Need::Optional, 0, kLargestNumber).value_or(0);
        } else {
            doc_.error(diags_, af.pointer(), "a numeric answer needs 'value' (with an optional 'tolerance') or 'min' and 'max'");
        }
    }

    void readPairs(JsonFields& f, Question& q) {
        q.distractors = f.textList("distractors", Need::Optional, 0).value_or(std::vector<std::string>{});
        const auto* arr = listOf(f, "pairs", 2);
        if (!arr) return;
        std::map<std::string, std::string> ids, prompts;
        for (size_t i = 0; i < arr->size(); ++i) {
            JsonFields pf(doc_, (*arr)[i], childPointer(f.pointerOf("pairs"), i), diags_);
            if (!pf.isObject()) continue;
            pf.warnUnknown({"id", "prompt", "answer"});
            MatchPair p;
            p.id = textMatching(pf, "id", Need::Optional, isValidQuestionId, kQuestionIdRule).value_or(std::to_string(i + 1));
            p.prompt = pf.text("prompt", Need::Required).value_or("");
            p.answer = pf.text("answer", Need::Required).value_or("");
            checkUnique(ids, p.id, pf, "pair");
            if (!p.prompt.empty() && !prompts.emplace(p.prompt, pf.pointer()).second)
                pf.error("prompt", "prompt '" + p.prompt + "' is used twice in this question (first at " + prompts[p.prompt] +
                                       "); each prompt must be different");
            q.pairs.push_back(std::move(p));
        }
    }

    void readCase(JsonFields& f, Question& q, const std::string& language) {
        CaseRubric& r = q.caseRubric;
        int errorsBefore = diags_.errorCount();
        r.needsModelAnswers = f.boolean("needs_model_answers", Need::Optional).value_or(false);
        Need need = r.needsModelAnswers ? Need::Optional : Need::Required;
        r.modelAnswers = f.textList("model_answers", need, r.needsModelAnswers ? 0 : 1).value_or(std::vector<std::string>{});
        nlohmann::json rubric = nlohmann::json::object();
        for (const char* key : {"criteria", "forbidden"}) {
            if (const auto* list = f.array(key, Need::Optional)) rubric[key] = *list;
        }
        if (!rubric.empty()) r.rubricJson = rubric.dump();
        if (diags_.errorCount() == errorsBefore && !language.empty()) checkRubric(f, r, rubric, language);
    }

    // The grader reads the rubric as an inline grade-batch line; reading it now
    // reports an unknown concept or a bad weight before any trainee answers.
    void checkRubric(JsonFields& f, const CaseRubric& r, nlohmann::json line, const std::string& language) {
        if (r.modelAnswers.empty() && !line.contains("criteria")) return; // nothing to grade with: a trainer grades it
        if (!lexicons_.forLanguage(language)) {
            doc_.warning(diags_, f.pointer(), "no grading lexicon for " + language + ", so the rubric is not checked");
            return;
        }
        line["lang"] = language;
        line["model_answers"] = r.modelAnswers;
        auto checked = readInlineRubric(line, lexicons_);
        if (!checked) doc_.error(diags_, f.pointer(), checked.error().message);
    }

    const JsonDocument& doc_;
    const LexiconSet& lexicons_;
    Diagnostics& diags_;
};

} // namespace

void checkFormat(JsonFields& f, const char* expected) {
    if (auto format = f.text("format", Need::Required); format && *format != expected)
        f.error("format", "'format' must be \"" + std::string(expected) + "\", got \"" + *format + "\"");
}

std::optional<std::string> textMatching(JsonFields& f, const std::string& key, Need need, bool (*valid)(const std::string&),
                                        const char* expected) {
    auto value = f.text(key, need);
    if (value && !valid(*value)) {
        f.error(key, "'" + key + "' must be " + expected + ", got '" + *value + "'");
        return std::nullopt;
    }
    return value;
}

QuestionBank readBank(const JsonDocument& doc, const LexiconSet& lexicons, Diagnostics& diags) {
    return BankParser(doc, lexicons, diags).read();
}

} // namespace frontline
