#include "views/exam/ExamModel.h"

#include <algorithm>
#include <cmath>

#include "assessments/AnswerSheet.h"
#include "assessments/ExamSitting.h"
#include "assessments/QuestionScoring.h"
#include "certification/CertificationRefresh.h"
#include "common/JsonDocument.h"
#include "common/LocalDate.h"

namespace frontline::gui {

namespace {

// The answers file's own bound on one sitting.
constexpr int kMaxSittingSeconds = 24 * 3600;

std::string firstError(const Diagnostics& diags) {
    for (const auto& d : diags.items()) {
        if (d.severity == Severity::Error) return d.message;
    }
    return "the answers could not be read";
}

} // namespace

ExamModel::ExamModel(const ExamSetup& setup, ExamPaper paper) : setup_(setup), paper_(std::move(paper)), startedAt_(setup.clock()) {}

Result<std::unique_ptr<ExamModel>> ExamModel::start(const ExamSetup& setup) {
    if (!setup.store || !setup.exam || !setup.bank || !setup.lexicons || !setup.clock)
        return makeError("an exam sitting needs a record store, an exam, a bank, the lexicons and a clock");
    auto history = setup.store->history(setup.trainee.empno);
    if (!history) return history.error();
    const Trainee& t = history->trainee; // as stored now, not as signed in
    if (!t.active) return makeError(t.empno + " " + t.name + " is deactivated");
    auto now = static_cast<int64_t>(std::floor(setup.clock()));
    if (auto s = checkAttemptLimits(*setup.exam, *history, now); !s) return s.error();
    auto paper = drawPaper(*setup.exam, *setup.bank, setup.seed);
    if (!paper) return paper.error();
    if (paper->questions.empty()) return makeError("exam '" + setup.exam->id + "' draws no questions");
    return std::make_unique<ExamModel>(setup, std::move(*paper));
}

const Question& ExamModel::question(size_t page) const {
    const Question* q = setup_.bank->find(paper_.questions.at(page).questionId);
    return *q; // drawPaper only draws questions of this bank
}

bool ExamModel::next() { return jump(page_ + 1); }

bool ExamModel::previous() { return page_ > 0 && jump(page_ - 1); }

bool ExamModel::jump(size_t page) {
    if (page >= pageCount()) return false;
    page_ = page;
    return true;
}

Status ExamModel::setAnswer(size_t page, const nlohmann::json& answer) {
    if (submitted()) return makeError("the exam has been submitted");
    if (page >= pageCount()) return makeError("no page " + std::to_string(page + 1));
    const Question& q = question(page);
    if (answer.is_null()) {
        answers_.erase(q.id);
        return Done{};
    }
    if (auto problem = checkAnswer(q, answer)) return makeError(problem->message);
    answers_[q.id] = answer;
    return Done{};
}

const nlohmann::json* ExamModel::answer(size_t page) const {
    if (page >= pageCount()) return nullptr;
    auto it = answers_.find(paper_.questions[page].questionId);
    return it == answers_.end() ? nullptr : &it->second;
}

void ExamModel::toggleFlag(size_t page) {
    if (page >= pageCount()) return;
    if (!flags_.erase(page)) flags_.insert(page);
}

ExamSummary ExamModel::summary() const {
    ExamSummary s;
    for (size_t p = 0; p < pageCount(); ++p) {
        if (answer(p)) {
            ++s.answered;
        } else {
            ++s.unanswered;
            s.unansweredPages.push_back(p);
        }
    }
    s.flaggedPages.assign(flags_.begin(), flags_.end());
    s.flagged = static_cast<int>(s.flaggedPages.size());
    return s;
}

double ExamModel::elapsedSeconds() const { return std::max(0.0, setup_.clock() - startedAt_); }

std::optional<double> ExamModel::remainingSeconds() const {
    if (setup_.exam->timeLimitMinutes <= 0) return std::nullopt;
    return std::max(0.0, setup_.exam->timeLimitMinutes * 60.0 - elapsedSeconds());
}

bool ExamModel::timeUp() const {
    auto left = remainingSeconds();
    return left && *left <= 0;
}

Result<bool> ExamModel::tick() {
    if (submitted() || !timeUp()) return false;
    if (auto s = submit(); !s) return s.error();
    autoSubmitted_ = true;
    return true;
}

nlohmann::json ExamModel::answersFile() const {
    int spent = std::min(kMaxSittingSeconds, static_cast<int>(std::lround(elapsedSeconds())));
    if (auto limit = setup_.exam->timeLimitMinutes; limit > 0) spent = std::min(spent, limit * 60);
    nlohmann::json answers = nlohmann::json::object();
    for (const auto& [id, a] : answers_) answers[id] = a;
    return {{"time_spent_seconds", spent}, {"answers", answers}};
}

Status ExamModel::submit() {
    if (submitted()) return makeError("the exam has already been submitted");
    // Through the answers-file reader, so the screen and `exam take` score alike.
    Diagnostics diags;
    auto doc = JsonDocument::parse("exam sitting", answersFile().dump(), diags);
    if (!doc) return makeError(firstError(diags));
    auto sheet = readAnswerSheet(*doc, paper_, *setup_.bank, diags);
    if (!sheet) return makeError(firstError(diags));
    auto scored = scoreExam(*setup_.exam, *setup_.bank, paper_, *sheet, *setup_.lexicons);
    if (!scored) return scored.error();
    auto now = static_cast<int64_t>(std::floor(setup_.clock()));
    auto recorded = recordExamSitting(*setup_.store, setup_.trainee, *setup_.exam, *scored, now, localDateAt(now));
    if (!recorded) return recorded.error();
    attemptId_ = recorded->attemptId;
    creditedMinutes_ = recorded->minutes;
    result_ = std::move(*scored);
    certificationNote_ = refreshAfterWrite(*setup_.store, setup_.dataRoot, setup_.trainee.empno);
    return Done{};
}

} // namespace frontline::gui
