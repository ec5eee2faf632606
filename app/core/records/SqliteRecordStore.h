#pragma once
// RecordStore over SQLite (store/Database): WAL, foreign keys on, every write
// one BEGIN IMMEDIATE transaction, every multi-query read one snapshot.
//
// Overrides: grade_overrides is the truth (append-only, by trigger). A
// completed attempt's total_score is a cache of the mean of its effective turn
// scores, rewritten in the same transaction as each override, so reports can
// read totals without loading 2 million turns.
#include <memory>
#include <string>

#include "records/RecordStore.h"
#include "store/Database.h"

namespace frontline {

// How long a commit waits for the disk. Full is the default and what the app
// uses: in WAL mode synchronous=FULL fsyncs the log on every commit, so a turn
// the store reported as recorded survives a power cut, not only a crash of the
// process. Normal survives a process crash but may lose the last commits on
// power loss; it is for measuring and bulk loading only.
enum class Durability { Full, Normal };

class SqliteRecordStore final : public RecordStore {
public:
    static Result<std::unique_ptr<SqliteRecordStore>> open(const std::string& path);
    Status setDurability(Durability d);

    Result<Trainee> addTrainee(const Trainee& t, const std::string& by) override;
    Result<Trainee> trainee(const std::string& empno) const override;
    Result<Trainee> traineeById(int64_t id) const override;
    Result<std::vector<Trainee>> trainees(const TraineeFilter& filter) const override;
    Status setTraineeActive(const std::string& empno, bool active, const std::string& by) override;
    Result<Trainee> updateTrainee(const Trainee& t, const std::string& by) override;

    Status setPin(const std::string& empno, const std::string& pin, const std::string& by) override;
    Result<PinCheck> checkPin(const std::string& empno, const std::string& pin) override;
    Result<CredentialState> credentialState(const std::string& empno) const override;
    Result<std::map<std::string, CredentialState>> credentialStates() const override;

    Result<int64_t> beginAttempt(const ScenarioAttempt& a) override;
    Status recordTurn(int64_t attemptId, const AttemptTurn& turn) override;
    Status finishAttempt(const ScenarioAttempt& a) override;
    Status abandonAttempt(int64_t attemptId) override;
    Result<ScenarioAttempt> attempt(int64_t attemptId) const override;
    Result<std::vector<ScenarioAttempt>> attemptsInProgress(int64_t traineeId) const override;
    Result<std::vector<ScenarioAttempt>> attemptsEnded(const std::string& fromDate, const std::string& toDate) const override;

    using RecordStore::recordAssessment;
    Result<int64_t> recordAssessment(const AssessmentAttempt& a, const std::optional<TrainingEntry>& time) override;
    Result<AssessmentAttempt> assessment(int64_t attemptId) const override;
    Result<std::vector<AssessmentAttempt>> pendingAssessments() const override;
    Result<AssessmentAttempt> gradeAssessment(int64_t attemptId, const std::string& priorResultJson, const std::optional<int>& score,
                                              bool passed, const std::string& resultJson, const std::string& by,
                                              const std::string& auditDetails) override;

    Result<int64_t> addTraining(const TrainingEntry& e) override;
    Result<GradeOverride> overrideTurn(int64_t attemptId, int turnIndex, int newScore, const std::string& reason,
                                       const std::string& by) override;
    Result<int64_t> addCoachingNote(const CoachingNote& n) override;
    Result<int64_t> recordCertification(const CertificationEvent& e) override;
    Result<std::vector<GradeOverride>> overrides(int64_t attemptId) const override;
    Result<std::vector<CoachingNote>> coachingNotes(const std::string& empno) const override;
    Result<ReviewMark> markReviewed(int64_t attemptId, const std::string& by, const std::string& note) override;
    Result<std::vector<ReviewMark>> reviewMarks(const std::vector<int64_t>& attemptIds) const override;
    Result<std::vector<AuditEntry>> audit(const std::optional<std::string>& subject) const override;
    Status appendAudit(const std::string& actor, const std::string& action, const std::string& subject,
                       const std::string& details) override;

    Result<TraineeHistory> history(const std::string& empno) const override;
    Result<std::vector<TraineeHistory>> histories(const TraineeFilter& filter) const override;

private:
    // Inside a transaction: checks and inserts one entry, auditing a trainer's.
    Result<int64_t> insertTraining(const TrainingEntry& e);
    explicit SqliteRecordStore(Database db) : db_(std::move(db)) {}

    // Runs fn in one read transaction, so its queries see one snapshot.
    template <typename Fn> Status readSnapshot(Fn&& fn) const;
    // One trainee's history (traineeId) or everyone's the filter selects.
    Result<std::vector<TraineeHistory>> loadHistories(const TraineeFilter& filter, const std::optional<int64_t>& traineeId) const;
    // Attempts matching a WHERE over "a" (parameters bound by bind), with their turns.
    template <typename Bind>
    Result<std::vector<ScenarioAttempt>> loadAttempts(const std::string& where, const std::string& order, Bind&& bind) const;

    mutable Database db_; // a connection is stateful even for reads
};

// A member template, here so both halves of the store can use it.
template <typename Fn> Status SqliteRecordStore::readSnapshot(Fn&& fn) const {
    if (auto s = db_.exec("BEGIN"); !s) return s;
    Status r = fn();
    db_.exec(r ? "COMMIT" : "ROLLBACK");
    return r;
}

} // namespace frontline
