#pragma once
// Builds TraineeHistory values for the certification rule tests: attempts,
// written tests and training entries with readable times.
#include <string>

#include "programs/Programs.h"
#include "records/Records.h"

namespace frontline::test {

class HistoryBuilder {
public:
    HistoryBuilder() { history_.trainee = Trainee{1, "E1001", "测试学员", "A", "2025-01-06", Role::Trainee, true, "2025-01-06T08:00:00Z"}; }

    // A completed attempt of score (one turn) that ran from start to start + 10 minutes.
    HistoryBuilder& scenario(const std::string& scenarioId, int score, const std::string& start, PlayMode mode = PlayMode::Practice,
                             const std::string& pack = "core-zh") {
        ScenarioAttempt a = base(scenarioId, start, mode, pack);
        a.status = AttemptStatus::Completed;
        a.totalScore = score;
        AttemptTurn t;
        t.index = 0;
        t.score = score;
        a.turns.push_back(t);
        history_.attempts.push_back(a);
        return *this;
    }
    // A completed attempt with one turn per score.
    HistoryBuilder& scenarioTurns(const std::string& scenarioId, std::vector<int> scores, const std::string& start,
                                  PlayMode mode = PlayMode::Certification) {
        ScenarioAttempt a = base(scenarioId, start, mode, "core-zh");
        a.status = AttemptStatus::Completed;
        for (size_t i = 0; i < scores.size(); ++i) {
            AttemptTurn t;
            t.index = static_cast<int>(i);
            t.score = scores[i];
            a.turns.push_back(t);
        }
        history_.attempts.push_back(a);
        return *this;
    }
    HistoryBuilder& unfinished(const std::string& scenarioId, AttemptStatus status, const std::string& start,
                               PlayMode mode = PlayMode::Certification) {
        ScenarioAttempt a = base(scenarioId, start, mode, "core-zh");
        a.status = status;
        a.endedAt = status == AttemptStatus::InProgress ? "" : a.endedAt;
        history_.attempts.push_back(a);
        return *this;
    }
    HistoryBuilder& exam(const std::string& examId, int score, const std::string& start) {
        AssessmentAttempt a;
        a.id = nextId_++;
        a.traineeId = 1;
        a.examId = examId;
        a.status = AttemptStatus::Completed;
        a.startedAt = start;
        a.endedAt = plusMinutes(start, 30);
        a.score = score;
        history_.assessments.push_back(a);
        return *this;
    }
    HistoryBuilder& hours(const std::string& date, int minutes, TrainingKind kind = TrainingKind::Annual) {
        TrainingEntry e;
        e.id = nextId_++;
        e.traineeId = 1;
        e.date = date;
        e.minutes = minutes;
        e.kind = kind;
        e.topic = "课堂培训";
        e.enteredBy = "T001";
        history_.training.push_back(e);
        return *this;
    }
    HistoryBuilder& event(CertificationState state, const std::string& at, const std::string& by) {
        CertificationEvent e;
        e.id = nextId_++;
        e.traineeId = 1;
        e.state = state;
        e.at = at;
        e.reason = "recorded by " + by;
        e.by = by;
        history_.certifications.push_back(e);
        return *this;
    }
    ScenarioAttempt& lastAttempt() { return history_.attempts.back(); }
    int64_t lastAttemptId() const { return history_.attempts.back().id; }
    int64_t lastExamId() const { return history_.assessments.back().id; }
    const TraineeHistory& history() const { return history_; }
    TraineeHistory& edit() { return history_; }

    static std::string plusMinutes(const std::string& timestamp, int minutes);

private:
    ScenarioAttempt base(const std::string& scenarioId, const std::string& start, PlayMode mode, const std::string& pack) {
        ScenarioAttempt a;
        a.id = nextId_++;
        a.traineeId = 1;
        a.packId = pack;
        a.scenarioId = scenarioId;
        a.mode = mode;
        a.startedAt = start;
        a.endedAt = plusMinutes(start, 10);
        return a;
    }

    TraineeHistory history_;
    int64_t nextId_ = 100;
};

// A small onboarding programme: two days and a certification of two scenarios and one exam.
OnboardingProgram smallOnboarding();
// The bundled annual programme's numbers: 480 min, 2 advanced sessions, 60-day window, bands 90/80/70/0.
AnnualProgram standardAnnual();

} // namespace frontline::test
