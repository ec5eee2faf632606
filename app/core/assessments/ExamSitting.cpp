#include "assessments/ExamSitting.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace frontline {

namespace {

std::string hoursText(int hours) { return std::to_string(hours) + " h"; }

} // namespace

std::string examTitle(const Exam& exam, const std::string& lang) {
    const std::string& preferred = lang == "en" ? exam.title.en : exam.title.zh;
    return preferred.empty() ? (lang == "en" ? exam.title.zh : exam.title.en) : preferred;
}

SittingLimits sittingLimits(const Exam& exam, const TraineeHistory& history, int64_t now) {
    SittingLimits l;
    l.max = exam.maxAttempts;
    for (const auto& a : history.assessments) {
        if (a.examId != exam.id) continue;
        if (a.status == AttemptStatus::Completed) ++l.used;
        if (auto end = parseTimestamp(a.endedAt); end && (!l.lastEnd || *end > *l.lastEnd)) l.lastEnd = end;
    }
    if (l.lastEnd && exam.retakeWaitHours > 0) {
        int64_t allowed = *l.lastEnd + int64_t{exam.retakeWaitHours} * 3600;
        if (now < allowed) l.nextAllowedAt = allowed;
    }
    return l;
}

Status checkAttemptLimits(const Exam& exam, const TraineeHistory& history, int64_t now) {
    const SittingLimits l = sittingLimits(exam, history, now);
    const Trainee& t = history.trainee;
    std::string who = t.empno + " " + t.name;
    if (l.exhausted()) return makeError(who + " has used all " + std::to_string(l.max) + " attempts at exam '" + exam.id + "'");
    if (l.nextAllowedAt) {
        return makeError(who + " may retake exam '" + exam.id + "' from " + formatTimestamp(*l.nextAllowedAt) + ", " +
                         hoursText(exam.retakeWaitHours) + " after the last attempt ended (" + formatTimestamp(*l.lastEnd) + ")");
    }
    return Done{};
}

int creditedSeconds(const Exam& exam, int timeSpent) {
    return exam.timeLimitMinutes > 0 ? std::min(timeSpent, exam.timeLimitMinutes * 60) : timeSpent;
}

Result<RecordedSitting> recordExamSitting(RecordStore& store, const Trainee& t, const Exam& exam, const ExamResult& result, int64_t now,
                                          const CalendarDate& day) {
    AssessmentAttempt a;
    a.traineeId = t.id;
    a.examId = exam.id;
    a.seed = result.seed;
    a.status = AttemptStatus::Completed;
    a.startedAt = formatTimestamp(now - result.timeSpentSeconds);
    a.endedAt = formatTimestamp(now);
    // A case waiting for a trainer leaves the score open: the rules count
    // only graded attempts, so a provisional 0 on the essay decides nothing.
    if (!result.pendingReview) a.score = result.percent;
    a.passed = result.passed;
    a.activeSeconds = creditedSeconds(exam, result.timeSpentSeconds);
    a.resultJson = result.toJson().dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    std::optional<TrainingEntry> time;
    int minutes = static_cast<int>(std::lround(a.activeSeconds / 60.0));
    if (minutes >= 1) {
        TrainingEntry e;
        e.traineeId = t.id;
        e.date = day.toString();
        e.minutes = minutes;
        e.kind = exam.trainingKind;
        e.source = TrainingSource::App;
        e.topic = examTitle(exam, result.bankLanguage);
        e.enteredBy = "app";
        e.createdAt = nowTimestamp();
        time = e;
    }
    auto id = store.recordAssessment(a, time);
    if (!id) return id.error();
    return RecordedSitting{*id, time ? minutes : 0};
}

} // namespace frontline
