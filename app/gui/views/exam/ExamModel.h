#pragma once
// One written exam sitting on the exam screen, with no window: the seeded
// paper one question per page, answers held per question in the answers-file
// form (assessments/FORMAT.md) so scoring is the same as `exam take`, flags
// for review, a timer that submits by itself when the time limit is reached,
// the summary before submitting, and the scored, recorded result.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "assessments/ExamPaper.h"
#include "assessments/ExamScoring.h"
#include "common/Result.h"
#include "common/SecondsClock.h"
#include "records/RecordStore.h"

namespace frontline {
class LexiconSet;
}

namespace frontline::gui {

// What a sitting needs. The store, exam, bank and lexicons must outlive the model.
struct ExamSetup {
    RecordStore* store = nullptr;
    Trainee trainee;
    const Exam* exam = nullptr;
    const QuestionBank* bank = nullptr; // the exam's bank in the trainee's language
    const LexiconSet* lexicons = nullptr;
    uint64_t seed = 1;
    SecondsClock clock = systemClock();
    std::filesystem::path dataRoot; // holds assessments/programs, read by the certification refresh
};

// The page before submitting. Pages are 0-based paper positions.
struct ExamSummary {
    int answered = 0;
    int unanswered = 0;
    int flagged = 0;
    std::vector<size_t> unansweredPages;
    std::vector<size_t> flaggedPages;
};

class ExamModel {
public:
    // Refused (nothing drawn, nothing written) when the trainee is deactivated,
    // has no attempts left or must still wait for a retake (checked at the
    // clock's time), or when the bank cannot meet the exam's draw.
    static Result<std::unique_ptr<ExamModel>> start(const ExamSetup& setup);

    const Exam& exam() const { return *setup_.exam; }
    const ExamPaper& paper() const { return paper_; }

    // Pages
    size_t pageCount() const { return paper_.questions.size(); }
    size_t page() const { return page_; }
    const Question& question(size_t page) const;
    const Question& question() const { return question(page_); }
    // Choice options or matching answers in paper order (empty for other types).
    const std::vector<std::string>& order(size_t page) const { return paper_.questions.at(page).order; }
    bool next();     // false on the last page
    bool previous(); // false on the first page
    bool jump(size_t page);

    // Answers, as an answers file writes them ("b", ["a","c"], false, "30分钟",
    // 30, {"1": "3分钟"}, "您好……"). A shape the question does not take is
    // refused with the reason; null clears the answer.
    Status setAnswer(size_t page, const nlohmann::json& answer);
    Status setAnswer(const nlohmann::json& answer) { return setAnswer(page_, answer); }
    const nlohmann::json* answer(size_t page) const; // nullptr when unanswered

    void toggleFlag(size_t page);
    bool flagged(size_t page) const { return flags_.count(page) > 0; }
    ExamSummary summary() const;

    // Timer; no limit when the exam sets none.
    double elapsedSeconds() const;
    std::optional<double> remainingSeconds() const;
    bool timeUp() const;
    // Called every frame: submits when the time is up. True when it just did.
    Result<bool> tick();

    // {"time_spent_seconds": N, "answers": {id: answer}}
    nlohmann::json answersFile() const;

    // Scores the answers, records the attempt with its time and re-evaluates
    // the certification. Once only.
    Status submit();
    bool submitted() const { return result_.has_value(); }
    bool autoSubmitted() const { return autoSubmitted_; }
    const std::optional<ExamResult>& result() const { return result_; } // per-question feedback in result()->questions
    int64_t attemptId() const { return attemptId_; }
    int creditedMinutes() const { return creditedMinutes_; }
    const std::string& certificationNote() const { return certificationNote_; }

    ExamModel(const ExamSetup& setup, ExamPaper paper);

private:
    ExamSetup setup_;
    ExamPaper paper_;
    double startedAt_ = 0;
    size_t page_ = 0;
    std::map<std::string, nlohmann::json> answers_; // by question id
    std::set<size_t> flags_;
    std::optional<ExamResult> result_;
    bool autoSubmitted_ = false;
    int64_t attemptId_ = 0;
    int creditedMinutes_ = 0;
    std::string certificationNote_;
};

} // namespace frontline::gui
