#pragma once
// A question bank (assessments/banks/*.json, see assessments/FORMAT.md) as
// plain data. BankReader fills it from JSON with file:line:column problems,
// GiftImporter from Moodle GIFT, BankWriter writes it back as JSON; the exam
// functions draw from it and score answers against it.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/Diagnostic.h"

namespace frontline {

enum class QuestionType { SingleChoice, MultipleChoice, TrueFalse, ShortAnswer, Numeric, Matching, CaseAnalysis, Description };
const char* questionTypeId(QuestionType t); // "single_choice", ...
std::optional<QuestionType> parseQuestionType(const std::string& id);
const std::vector<std::string>& questionTypeIds(); // in declaration order
const std::vector<std::string>& difficultyIds();   // "easy", "medium", "hard"

// How the question and feedback text is meant to be shown (GIFT's [format]).
enum class TextFormat { Plain, Markdown, Html };
const char* textFormatId(TextFormat f); // "plain", "markdown", "html"
std::optional<TextFormat> parseTextFormat(const std::string& id);
const std::vector<std::string>& textFormatIds(); // in declaration order

// One option of a choice question. credit is a percentage of the question's
// points: single choice -100..100 (the picked option's credit); multiple
// choice: the picked options' credits are summed and clamped to 0..100, so
// wrong picks (negative credit) take marks away as in Moodle's multichoice.
struct ChoiceOption {
    std::string id; // stable within the question ("a", "b", ...); answers name it
    std::string text;
    double credit = 0;
    std::string feedback; // shown when this option is picked
};

// An accepted short answer. '*' in text matches any run of characters.
// Matching ignores surrounding spaces and folds full-width ASCII to
// half-width; letter case counts only when the question is case-sensitive.
struct AcceptedAnswer {
    std::string text;
    double credit = 100;
    std::string feedback;
};

// A numeric answer: value within +/- tolerance, or the closed range [min, max].
struct NumericAnswer {
    double value = 0;
    double tolerance = 0;
    std::optional<double> min, max; // both set for a range answer (then value/tolerance unused)
    double credit = 100;
    std::string feedback;
    bool accepts(double x) const;
};

struct MatchPair {
    std::string id; // stable within the question ("1", "2", ...); answers name it
    std::string prompt;
    std::string answer;
};

// A free-text answer graded by the reply grader, like a scenario reply. The
// rubric has the same form as an inline grade-batch line: model answers,
// criteria, forbidden concepts (see scenarios/FORMAT.md). A case imported from
// a GIFT essay has no model answers yet: needsModelAnswers, and a trainer
// grades it until they are written.
struct CaseRubric {
    std::vector<std::string> modelAnswers;
    std::string rubricJson; // compact {"criteria": [...], "forbidden": [...]}, only the keys written; empty when neither
    bool needsModelAnswers = false;
};

struct Question {
    std::string id; // unique within the bank
    QuestionType type = QuestionType::SingleChoice;
    std::string category; // path "etiquette/greeting": exams draw by prefix
    std::string title;    // short name (GIFT ::title::); may be empty
    std::string text;
    TextFormat format = TextFormat::Plain;
    std::string difficulty = "medium"; // easy | medium | hard
    double points = 1;                 // > 0; description items 0
    std::vector<std::string> tags;     // competencies it tests: communication, problem-solving, ...
    std::string generalFeedback;
    bool shuffle = true; // options may be shuffled (choice and matching)

    std::vector<ChoiceOption> options;    // single and multiple choice
    bool truth = true;                    // true/false: the right answer
    std::string feedbackTrue;             // true/false: shown when "true" is picked
    std::string feedbackFalse;            // true/false: shown when "false" is picked
    std::vector<AcceptedAnswer> accepted; // short answer
    bool caseSensitive = false;           // short answer
    std::vector<NumericAnswer> numeric;   // numeric
    std::vector<MatchPair> pairs;         // matching
    std::vector<std::string> distractors; // matching: extra wrong answers offered
    CaseRubric caseRubric;                // case analysis

    SourceLocation where; // where it was read from, for later diagnostics

    // The choice option with that id; null when there is none.
    const ChoiceOption* option(const std::string& optionId) const;
};

struct QuestionBank {
    std::string file;
    std::string format = "frontline-bank/1";
    std::string id;       // shared by the translations of one bank ("onboarding")
    std::string language; // "zh-CN" or "en"
    std::string version;  // semver
    std::string title;
    // Category paths are language-neutral ids, so the translations of a bank
    // share them and one exam draws from either; these are their display names.
    std::map<std::string, std::string> categoryTitles;
    std::vector<Question> questions;

    const Question* find(const std::string& questionId) const;
};

// The syntax rules of assessments/FORMAT.md, shared by the readers and the importer.
bool isValidBankId(const std::string& id);          // lowercase letters, digits and '-'
bool isValidQuestionId(const std::string& id);      // letters, digits, '-', '_' and '.'
bool isValidCategoryPath(const std::string& path);  // non-empty names separated by '/'
bool isSemanticVersion(const std::string& version); // MAJOR.MINOR.PATCH
// True when category is prefix itself or lies under it ("policy/returns" is in "policy", "policyx" is not).
bool inCategory(const std::string& category, const std::string& prefix);

} // namespace frontline
