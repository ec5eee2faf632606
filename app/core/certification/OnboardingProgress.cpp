#include "certification/OnboardingProgress.h"

#include <algorithm>

#include "certification/AttemptScore.h"

namespace frontline {

const char* itemStatusId(ItemStatus s) {
    switch (s) {
    case ItemStatus::Done: return "done";
    case ItemStatus::InProgress: return "in-progress";
    case ItemStatus::NotStarted: return "not-started";
    case ItemStatus::Locked: return "locked";
    }
    return "not-started";
}

int DayProgress::doneCount() const {
    return static_cast<int>(std::count_if(items.begin(), items.end(), [](const ItemProgress& i) { return !i.doneAt.empty(); }));
}

namespace {

// Records one attempt's result into the item: best score, and the earliest end that reached the minimum.
void addResult(ItemProgress& item, std::optional<int> score, int64_t attemptId, const std::string& endedAt) {
    ++item.attempts;
    if (!score) return;
    if (!item.bestScore || *score > *item.bestScore) {
        item.bestScore = score;
        item.bestAttemptId = attemptId;
    }
    if (*score >= item.minScore && (item.doneAt.empty() || endedAt < item.doneAt)) item.doneAt = endedAt;
}

ItemProgress scenarioItem(const ScenarioRequirement& req, const TraineeHistory& h) {
    ItemProgress item;
    item.id = req.scenarioId;
    item.minScore = req.minScore;
    for (const auto& a : h.attempts) {
        if (a.scenarioId != req.scenarioId || !req.acceptsPack(a.packId)) continue;
        addResult(item, countedScore(a), a.id, a.endedAt);
    }
    return item;
}

ItemProgress examItem(const ExamRequirement& req, const TraineeHistory& h) {
    ItemProgress item;
    item.isExam = true;
    item.id = req.examId;
    item.minScore = req.minScore;
    for (const auto& a : h.assessments) {
        if (a.examId != req.examId) continue;
        bool completed = a.status == AttemptStatus::Completed && a.score;
        addResult(item, completed ? a.score : std::nullopt, a.id, a.endedAt);
    }
    return item;
}

} // namespace

OnboardingProgress onboardingProgress(const OnboardingProgram& program, const TraineeHistory& history) {
    OnboardingProgress out;
    bool previousComplete = true;
    for (const auto& day : program.days) {
        DayProgress d;
        d.number = day.number;
        d.title = day.title;
        d.plannedHours = day.plannedHours;
        d.locked = !previousComplete;
        for (const auto& s : day.scenarios) d.items.push_back(scenarioItem(s, history));
        for (const auto& e : day.exams) d.items.push_back(examItem(e, history));
        bool allDone = true;
        for (auto& item : d.items) {
            bool done = !item.doneAt.empty();
            allDone = allDone && done;
            if (d.locked)
                item.status = ItemStatus::Locked;
            else
                item.status = done ? ItemStatus::Done : item.attempts > 0 ? ItemStatus::InProgress : ItemStatus::NotStarted;
            if (done) d.completedAt = std::max(d.completedAt, item.doneAt);
        }
        d.complete = !d.locked && allDone;
        if (!d.complete) d.completedAt.clear();
        // Work done early counts, but a day completes no earlier than the day before it.
        if (d.complete && !out.days.empty()) d.completedAt = std::max(d.completedAt, out.days.back().completedAt);
        previousComplete = d.complete;
        out.days.push_back(std::move(d));
    }
    return out;
}

} // namespace frontline
