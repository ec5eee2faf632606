#include "records/AttemptRecorder.h"

#include <nlohmann/json.hpp>
#include <vector>

#include "common/LocalDate.h"
#include "records/ActiveTime.h"
#include "scenario/CompetencyScores.h"

namespace frontline {

Result<std::string> AttemptRecorder::abandonLeftovers(int64_t keepAttemptId) {
    auto left = store_.attemptsInProgress(trainee_.id);
    if (!left) return left.error();
    std::string ids;
    size_t count = 0;
    int minutes = 0;
    for (const auto& a : *left) {
        if (a.id == keepAttemptId) continue;
        if (auto s = store_.abandonAttempt(a.id); !s) return s.error();
        ids += (ids.empty() ? "#" : ", #") + std::to_string(a.id);
        ++count;
        auto credited = credit(a, localDateOf(a.startedAt));
        if (!credited) return credited.error();
        minutes += *credited;
    }
    if (count == 0) return std::string();
    return std::to_string(count) + " attempt" + (count == 1 ? "" : "s") + " of " + trainee_.empno +
           " left in progress by a run that did not finish (" + ids + ") marked abandoned" +
           (minutes > 0 ? "; " + std::to_string(minutes) + " min of practice credited" : "");
}

Status AttemptRecorder::begin(const Pack& pack, const ScenarioRun& run) {
    attempt_.traineeId = trainee_.id;
    attempt_.packId = pack.id;
    attempt_.packVersion = pack.version;
    attempt_.packHash = pack.hash;
    attempt_.scenarioId = run.scenario().id;
    attempt_.seed = run.seed();
    attempt_.mode = run.mode();
    attempt_.status = AttemptStatus::InProgress;
    attempt_.startedAt = nowTimestamp();
    attempt_.passMark = run.scenario().passMark;
    auto id = store_.beginAttempt(attempt_);
    if (!id) return id.error();
    attempt_.id = *id;
    return Done{};
}

Status AttemptRecorder::turn(const TurnRecord& t, size_t index) {
    AttemptTurn turn;
    turn.index = static_cast<int>(index);
    turn.nodeId = t.nodeId;
    turn.customerLine = t.customerLine;
    turn.reply = t.reply;
    turn.latencySeconds = t.latencySeconds;
    turn.score = t.grade.score;
    turn.gradeJson = t.grade.toJson().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    turn.graderVersion = t.grade.graderVersion;
    turn.recordedAt = nowTimestamp();
    if (auto s = store_.recordTurn(attempt_.id, turn); !s) return s;
    attempt_.turns.push_back(std::move(turn));
    return Done{};
}

Status AttemptRecorder::finish(const ScenarioRun& run) {
    if (run.finished()) {
        attempt_.status = AttemptStatus::Completed;
        attempt_.endedAt = nowTimestamp();
        attempt_.outcome = outcomeId(run.outcome());
        attempt_.totalScore = run.totalScore();
        attempt_.competenciesJson = competencyScoresJson(competencyScores(run.turns())).dump();
        attempt_.criticalTurn = run.mode() == PlayMode::Certification ? run.criticalTurn() : -1;
        if (auto s = store_.finishAttempt(attempt_); !s) return s;
    } else {
        attempt_.status = AttemptStatus::Abandoned;
        if (auto s = store_.abandonAttempt(attempt_.id); !s) return s;
    }
    auto credited = credit(attempt_, localToday());
    if (!credited) return credited.error();
    minutes_ = *credited;
    return Done{};
}

// Adds the attempt's active time as an app training entry; returns the minutes.
Result<int> AttemptRecorder::credit(const ScenarioAttempt& a, const CalendarDate& day) {
    std::vector<double> latencies;
    for (const auto& t : a.turns) latencies.push_back(t.latencySeconds);
    int minutes = activeMinutes(latencies);
    if (minutes == 0) return 0;
    TrainingEntry e;
    e.traineeId = trainee_.id;
    e.date = day.toString();
    e.minutes = minutes;
    e.kind = kind();
    e.source = TrainingSource::App;
    e.topic = "scenario practice: " + a.packId + "/" + a.scenarioId + " (" + playModeId(a.mode) + ")";
    e.enteredBy = "app";
    e.attemptId = a.id;
    if (auto id = store_.addTraining(e); !id) return id.error();
    return minutes;
}

} // namespace frontline
