#pragma once
// The training record as plain data: who trains, what they played and wrote,
// the hours they logged, the certification decisions and the trainers'
// overrides. RecordStore persists these; the certification rules read them.
// Dates are "YYYY-MM-DD"; times are UTC "YYYY-MM-DDTHH:MM:SSZ".
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scenario/PlayMode.h"

namespace frontline {

enum class Role { Trainee, Agent, Trainer };
enum class AttemptStatus { InProgress, Completed, Abandoned };
enum class TrainingKind { Onboarding, Annual, Advanced };
enum class TrainingSource { App, Manual };
enum class CertificationState { InTraining, CertifiedForDuty, Due, Lapsed };

const char* roleId(Role r);                             // "trainee"
const char* attemptStatusId(AttemptStatus s);           // "in-progress"
const char* playModeId(PlayMode m);                     // "certification"
const char* trainingKindId(TrainingKind k);             // "advanced"
const char* trainingSourceId(TrainingSource s);         // "manual"
const char* certificationStateId(CertificationState s); // "certified-for-duty"
std::optional<Role> parseRole(const std::string& id);
std::optional<AttemptStatus> parseAttemptStatus(const std::string& id);
std::optional<PlayMode> parsePlayMode(const std::string& id);
std::optional<TrainingKind> parseTrainingKind(const std::string& id);
std::optional<TrainingSource> parseTrainingSource(const std::string& id);
std::optional<CertificationState> parseCertificationState(const std::string& id);

struct Trainee {
    int64_t id = 0;
    std::string empno; // unique
    std::string name;
    std::string team;
    std::string hireDate; // may be empty
    Role role = Role::Trainee;
    bool active = true;
    std::string createdAt;
};

// One graded reply of a scenario attempt, written the moment it is graded.
struct AttemptTurn {
    int index = 0; // 0-based within the attempt
    std::string nodeId;
    std::string customerLine;
    std::string reply;
    double latencySeconds = 0;
    int score = 0;                      // the grader's score
    std::optional<int> overriddenScore; // the latest trainer override, if any
    std::string gradeJson;              // the grader's full result (ReplyGrade::toJson)
    std::string graderVersion;
    std::string recordedAt;
    int effectiveScore() const { return overriddenScore ? *overriddenScore : score; }
};

struct ScenarioAttempt {
    int64_t id = 0;
    int64_t traineeId = 0;
    std::string packId, packVersion, packHash;
    std::string scenarioId;
    uint64_t seed = 0;
    PlayMode mode = PlayMode::Practice;
    AttemptStatus status = AttemptStatus::InProgress;
    std::string startedAt, endedAt; // endedAt empty while in progress
    std::string outcome;            // outcomeId(), empty until completed
    std::optional<int> totalScore;  // mean of effective turn scores
    std::string competenciesJson;   // {"communication": 80, ...}
    int passMark = 70;
    int criticalTurn = -1;               // certification mode: the turn that failed it
    bool criticalTurnOverridden = false; // a trainer has re-scored that turn (known without loading turns)
    std::vector<AttemptTurn> turns;
};

// A written exam attempt (the Assessments issue fills the details).
struct AssessmentAttempt {
    int64_t id = 0;
    int64_t traineeId = 0;
    std::string examId;
    uint64_t seed = 0;
    AttemptStatus status = AttemptStatus::InProgress;
    std::string startedAt, endedAt;
    std::optional<int> score; // 0-100
    bool passed = false;
    int activeSeconds = 0;
    std::string resultJson;
};

struct TrainingEntry {
    int64_t id = 0;
    int64_t traineeId = 0;
    std::string date; // the day the training happened
    int minutes = 0;  // > 0
    TrainingKind kind = TrainingKind::Annual;
    TrainingSource source = TrainingSource::Manual;
    std::string topic;
    std::string enteredBy;               // trainer empno, or "app"
    std::optional<int64_t> attemptId;    // the scenario attempt it came from
    std::optional<int64_t> assessmentId; // the written exam it came from
    std::string createdAt;
};

// One change of certification state, with its reason and the evidence.
struct CertificationEvent {
    int64_t id = 0;
    int64_t traineeId = 0;
    CertificationState state = CertificationState::InTraining;
    std::string at;
    std::string reason;
    std::string detailsJson; // components, weights, the attempts that counted
    std::string by;          // "system" or a trainer empno
};

// Append-only: a later override of the same turn supersedes, never replaces.
struct GradeOverride {
    int64_t id = 0;
    int64_t attemptId = 0;
    int turnIndex = 0;
    int oldScore = 0;
    int newScore = 0;
    std::string reason;
    std::string by;
    std::string at;
};

struct CoachingNote {
    int64_t id = 0;
    int64_t traineeId = 0;
    std::optional<int64_t> attemptId;
    std::string text;
    std::string by;
    std::string at;
};

// A trainer's mark that a scenario attempt has been looked at. Append-only:
// a later mark adds to the earlier ones; the QA sample stays as drawn.
struct ReviewMark {
    int64_t id = 0;
    int64_t attemptId = 0;
    std::string by;
    std::string at;
    std::string note; // may be empty
};

// Every trainer action, for the auditor.
struct AuditEntry {
    int64_t id = 0;
    std::string at;
    std::string actor;
    std::string action; // "override", "hours.add", "trainee.add", ...
    std::string subject;
    std::string detailsJson;
};

// Everything the certification rules need about one trainee.
struct TraineeHistory {
    Trainee trainee;
    std::vector<ScenarioAttempt> attempts; // with turns, overrides applied
    std::vector<AssessmentAttempt> assessments;
    std::vector<TrainingEntry> training;
    std::vector<CertificationEvent> certifications; // oldest first
};

} // namespace frontline
