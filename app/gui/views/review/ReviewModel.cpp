#include "views/review/ReviewModel.h"

#include <algorithm>
#include <charconv>

#include "assessments/EssayGrading.h"
#include "certification/AttemptScore.h"
#include "certification/CertificationRefresh.h"
#include "review/TurnOverride.h"
#include "views/debrief/PastDebrief.h"

namespace frontline::gui {

std::string trimmedText(const std::string& text) {
    static const std::string ideographicSpace = "\xE3\x80\x80";
    size_t begin = 0, end = text.size();
    for (;;) {
        if (begin < end && (text[begin] == ' ' || text[begin] == '\t' || text[begin] == '\n' || text[begin] == '\r'))
            ++begin;
        else if (end - begin >= 3 && text.compare(begin, 3, ideographicSpace) == 0)
            begin += 3;
        else
            break;
    }
    for (;;) {
        if (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n' || text[end - 1] == '\r'))
            --end;
        else if (end - begin >= 3 && text.compare(end - 3, 3, ideographicSpace) == 0)
            end -= 3;
        else
            break;
    }
    return text.substr(begin, end - begin);
}

ReviewModel::ReviewModel(RecordStore& store, const Programs& programs, const ActivityTitles& titles, std::string language,
                         std::string trainer)
    : store_(store), programs_(programs), titles_(titles), language_(std::move(language)), trainer_(std::move(trainer)) {}

Status ReviewModel::loadWeek(const IsoWeek& week, double rate) {
    auto q = buildReviewQueue(store_, week, rate, qaSeedFor(week.id()));
    if (!q) return q.error();
    week_ = week;
    rate_ = rate;
    queue_ = std::move(*q);
    return Done{};
}

std::string ReviewModel::scenarioTitle(const std::string& scenarioId) const { return titles_.scenario(scenarioId, language_); }

Status ReviewModel::select(int64_t attemptId) {
    auto item = reviewItem(store_, attemptId);
    if (!item) return item.error();
    for (const auto& queued : queue_.items)
        if (queued.attempt.id == attemptId) item->reasons |= queued.reasons; // keeps "in this week's sample"
    auto overrides = store_.overrides(attemptId);
    if (!overrides) return overrides.error();
    auto notes = store_.coachingNotes(item->trainee.empno);
    if (!notes) return notes.error();

    ReviewSelection s;
    s.title = scenarioTitle(item->attempt.scenarioId);
    const Debrief d = debriefFromAttempt(item->attempt);
    for (size_t i = 0; i < item->attempt.turns.size() && i < d.transcript.size(); ++i) {
        const AttemptTurn& t = item->attempt.turns[i];
        ReviewTurn turn;
        turn.feedback = d.transcript[i];
        turn.graderScore = t.score;
        turn.overriddenScore = t.overriddenScore;
        turn.critical = item->attempt.mode == PlayMode::Certification && t.index == item->attempt.criticalTurn;
        for (const auto& o : *overrides)
            if (o.turnIndex == t.index) turn.history.push_back(o);
        s.turns.push_back(std::move(turn));
    }
    s.notes = std::move(*notes);
    s.item = std::move(*item);
    selection_ = std::move(s);
    examSelection_.reset();
    return Done{};
}

std::vector<const ReviewItem*> ReviewModel::visibleItems(bool showReviewed) const {
    std::vector<const ReviewItem*> out;
    for (const auto& item : queue_.items)
        if (!item.reviewed()) out.push_back(&item);
    if (showReviewed)
        for (const auto& item : queue_.items)
            if (item.reviewed()) out.push_back(&item);
    return out;
}

size_t ReviewModel::reviewedCount() const {
    return static_cast<size_t>(std::count_if(queue_.items.begin(), queue_.items.end(), [](const ReviewItem& i) { return i.reviewed(); }));
}

Status ReviewModel::markReviewed(const std::string& note) {
    if (!selection_) return makeError("no attempt is selected");
    const int64_t attemptId = selection_->item.attempt.id;
    auto mark = store_.markReviewed(attemptId, trainer_, trimmedText(note));
    if (!mark) return mark.error();
    if (auto s = reload(); !s) return s.error();
    return select(attemptId);
}

Status ReviewModel::selectExam(int64_t assessmentId) {
    auto exam = pendingExam(store_, assessmentId);
    if (!exam) return exam.error();
    examSelection_ = std::move(*exam);
    selection_.reset();
    return Done{};
}

std::string ReviewModel::examTitle(const std::string& examId) const { return titles_.exam(examId, language_); }

namespace {

// The typed points of every waiting question, each within its range; nullopt when one is missing or out of range.
std::optional<std::map<std::string, double>> typedPoints(const PendingExam& exam, const std::map<std::string, std::string>& texts) {
    std::map<std::string, double> out;
    for (const auto& q : exam.questions) {
        auto text = texts.find(q.questionId);
        if (text == texts.end()) return std::nullopt;
        auto points = parseGradePoints(trimmedText(text->second));
        if (!points || *points > q.points) return std::nullopt;
        out[q.questionId] = *points;
    }
    return out;
}

} // namespace

bool ReviewModel::canGrade(const std::map<std::string, std::string>& pointsTexts, const std::string& comment) const {
    return examSelection_ && typedPoints(*examSelection_, pointsTexts) && !trimmedText(comment).empty();
}

Result<ExamGradeReport> ReviewModel::gradeExam(const std::map<std::string, std::string>& pointsTexts, const std::string& comment,
                                               const EvaluationTime& now) {
    if (!examSelection_) return makeError("no written exam is selected");
    auto points = typedPoints(*examSelection_, pointsTexts);
    if (!points) return makeError("every waiting question needs points within its range");
    const std::string empno = examSelection_->trainee.empno;
    auto history = store_.history(empno);
    if (!history) return history.error();
    const LifecycleEvaluation before = evaluateLifecycle(programs_, *history, now.today, now.nowSeconds);

    auto done = gradePendingExam(store_, examSelection_->attempt.id, *points, trimmedText(comment), trainer_);
    if (!done) return done.error();
    ExamGradeReport r;
    r.examId = done->examId;
    r.score = done->after.score;
    r.passMark = done->passMark;
    r.passed = done->after.passed;
    r.earnedPoints = done->earnedPoints;
    r.possiblePoints = done->possiblePoints;
    r.stateBefore = before.state;
    // The grade is on record whatever happens next; a failed refresh is reported, not undone.
    auto refreshed = refreshCertification(store_, programs_, empno, now.today, now.nowSeconds);
    if (!refreshed) return refreshed.error();
    r.stateAfter = refreshed->evaluation.state;
    examSelection_.reset();
    if (auto s = reload(); !s) return s.error();
    return r;
}

int ReviewModel::suggestedTurn() const {
    if (!selection_ || selection_->turns.empty()) return 0;
    const ScenarioAttempt& a = selection_->item.attempt;
    for (size_t i = 0; i < selection_->turns.size(); ++i)
        if (selection_->turns[i].critical && a.mode == PlayMode::Certification) return static_cast<int>(i);
    return std::max(0, selection_->item.lowestTurn);
}

std::optional<int> ReviewModel::parseScore(const std::string& text) {
    const std::string t = trimmedText(text);
    int value = -1;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (t.empty() || ec != std::errc() || end != t.data() + t.size() || value < 0 || value > 100) return std::nullopt;
    return value;
}

bool ReviewModel::canOverride(int turnIndex, const std::string& scoreText, const std::string& reason) const {
    if (!selection_ || selection_->item.attempt.status == AttemptStatus::InProgress) return false;
    if (turnIndex < 0 || static_cast<size_t>(turnIndex) >= selection_->turns.size()) return false;
    auto score = parseScore(scoreText);
    if (!score || *score == selection_->turns[static_cast<size_t>(turnIndex)].feedback.score) return false;
    return !trimmedText(reason).empty();
}

Result<OverrideReport> ReviewModel::applyOverride(int turnIndex, int score, const std::string& reason, const EvaluationTime& now) {
    if (!selection_) return makeError("no attempt is selected");
    const int64_t attemptId = selection_->item.attempt.id;
    const std::string empno = selection_->item.trainee.empno;
    auto history = store_.history(empno);
    if (!history) return history.error();
    const LifecycleEvaluation before = evaluateLifecycle(programs_, *history, now.today, now.nowSeconds);

    auto done = overrideTurnScore(store_, attemptId, turnIndex + 1, score, trimmedText(reason), trainer_);
    if (!done) return done.error();
    OverrideReport r;
    r.turnNumber = turnIndex + 1;
    r.oldScore = done->applied.oldScore;
    r.newScore = done->applied.newScore;
    r.oldTotal = attemptTotal(done->before);
    r.newTotal = attemptTotal(done->after);
    r.stateBefore = before.state;
    r.certifiedBefore = before.certified;
    // The override is on record whatever happens next; a failed refresh is reported, not undone.
    auto refreshed = refreshCertification(store_, programs_, empno, now.today, now.nowSeconds);
    if (!refreshed) return refreshed.error();
    r.stateAfter = refreshed->evaluation.state;
    r.certifiedAfter = refreshed->evaluation.certified;
    if (auto s = reload(); !s) return s.error();
    if (auto s = select(attemptId); !s) return s.error();
    return r;
}

Status ReviewModel::addNote(const std::string& text, bool aboutAttempt) {
    if (!selection_) return makeError("no attempt is selected");
    CoachingNote n;
    n.traineeId = selection_->item.trainee.id;
    if (aboutAttempt) n.attemptId = selection_->item.attempt.id;
    n.text = trimmedText(text);
    n.by = trainer_;
    auto id = store_.addCoachingNote(n);
    if (!id) return id.error();
    return select(selection_->item.attempt.id);
}

} // namespace frontline::gui
