#pragma once
// The one door to the training records. Callers (CLI, GUI, certification
// rules) see only this interface, so a PostgreSQL backend for multi-seat
// training rooms can be added beside SqliteRecordStore without touching them.
// Every write is one transaction: it lands whole or not at all.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "access/Credentials.h"
#include "common/Result.h"
#include "records/Records.h"

namespace frontline {

struct TraineeFilter {
    std::optional<std::string> team;
    bool includeInactive = false;
    // For histories(): turns are most of the data (about 2 million rows at
    // scale); a cohort report that needs only attempt totals leaves them out.
    bool withTurns = true;
    // For histories(): the annual compliance report needs hours and
    // certifications only; false leaves out attempts (and so their turns).
    bool withAttempts = true;
    // For histories(): only attempts and assessments started, and training
    // done, on days in [since, until) ("YYYY-MM-DD"). Certification events are
    // always loaded in full, since the current state depends on all of them.
    std::optional<std::string> since, until;
    // For histories(): only the fields the certification rules read. Attempts
    // come without pack version and hash, outcome and competencies; training
    // entries without topic, author and creation time. Reports over everyone
    // read a quarter of a million attempts, so every string left out counts.
    bool rulesOnly = false;
};

class RecordStore {
public:
    virtual ~RecordStore() = default;

    // Trainees
    virtual Result<Trainee> addTrainee(const Trainee& t, const std::string& by) = 0;
    virtual Result<Trainee> trainee(const std::string& empno) const = 0; // error when unknown
    virtual Result<Trainee> traineeById(int64_t id) const = 0;           // for attempts, which hold the id
    virtual Result<std::vector<Trainee>> trainees(const TraineeFilter& filter) const = 0;
    virtual Status setTraineeActive(const std::string& empno, bool active, const std::string& by) = 0;
    // Changes name, team, hire date and role of the person with t.empno (id,
    // active and creation time are not t's to change), checked as addTrainee
    // checks them; the audit entry "trainee.edit" holds each changed field's
    // before and after. Nothing changed: nothing written.
    virtual Result<Trainee> updateTrainee(const Trainee& t, const std::string& by) = 0;

    // Sign-in PINs (policy and hashing in access/PinHash.h). The audit log
    // says who set or reset whose PIN, never the PIN or its hash.
    // Sets or replaces a PIN, clearing the wrong tries and any lock-out; by is
    // a trainer's employee number or "cli".
    virtual Status setPin(const std::string& empno, const std::string& pin, const std::string& by) = 0;
    // The sign-in check. A wrong PIN counts; the kMaxPinTries-th in a row locks
    // the account (audited "pin.locked" by "system") and a locked account
    // refuses even the right PIN. A right one clears the count; a trainer's is
    // audited as "signin". Text that cannot be a PIN is an error, not a try.
    virtual Result<PinCheck> checkPin(const std::string& empno, const std::string& pin) = 0;
    virtual Result<CredentialState> credentialState(const std::string& empno) const = 0;
    // Everyone who has a PIN, by employee number.
    virtual Result<std::map<std::string, CredentialState>> credentialStates() const = 0;

    // Scenario attempts, written turn by turn
    // Starts an in-progress attempt for an active trainee (startedAt empty = now); turns ignored.
    virtual Result<int64_t> beginAttempt(const ScenarioAttempt& a) = 0;
    // Commits one turn on its own, durably. turn.index must be the next one
    // (the number of turns recorded so far); the attempt must be in progress.
    virtual Status recordTurn(int64_t attemptId, const AttemptTurn& turn) = 0;
    // Ends an in-progress attempt: a.status (completed or abandoned), outcome,
    // competencies, criticalTurn, endedAt (empty = now). The stored total is
    // the mean of the recorded turns' effective scores; a.totalScore is used
    // only when no turn was recorded. Pack, scenario and pass mark stay as begun.
    virtual Status finishAttempt(const ScenarioAttempt& a) = 0;
    virtual Status abandonAttempt(int64_t attemptId) = 0;                 // an in-progress attempt, ended now
    virtual Result<ScenarioAttempt> attempt(int64_t attemptId) const = 0; // with turns
    virtual Result<std::vector<ScenarioAttempt>> attemptsInProgress(int64_t traineeId) const = 0;
    // Completed attempts that ended in [fromDate, toDate), for QA sampling.
    virtual Result<std::vector<ScenarioAttempt>> attemptsEnded(const std::string& fromDate, const std::string& toDate) const = 0;

    // Written assessments. With time, the training entry for the time spent is
    // written in the same transaction (its assessmentId set to the new attempt).
    virtual Result<int64_t> recordAssessment(const AssessmentAttempt& a, const std::optional<TrainingEntry>& time) = 0;
    Result<int64_t> recordAssessment(const AssessmentAttempt& a) { return recordAssessment(a, std::nullopt); }
    virtual Result<AssessmentAttempt> assessment(int64_t attemptId) const = 0;
    // Completed attempts recorded without a score (an essay waits for a trainer), oldest first.
    virtual Result<std::vector<AssessmentAttempt>> pendingAssessments() const = 0;
    // A trainer's grade of a pending attempt (assessments/EssayGrading.h
    // computes it): score, passed and result replace the attempt's, and the
    // audit entry "exam.grade" (by, the trainee, details) is appended, in one
    // transaction. Refused, nothing written, when the attempt is not pending
    // or its stored result is no longer priorResultJson (graded meanwhile).
    virtual Result<AssessmentAttempt> gradeAssessment(int64_t attemptId, const std::string& priorResultJson,
                                                      const std::optional<int>& score, bool passed, const std::string& resultJson,
                                                      const std::string& by, const std::string& auditDetails) = 0;

    // Hours, overrides, notes, certification decisions
    // Source manual (a trainer's entry, audited) needs a topic; "app" entries come from play.
    virtual Result<int64_t> addTraining(const TrainingEntry& e) = 0;
    // Appends an override; its old score is the turn's effective score before
    // it. A completed attempt's total is recomputed in the same transaction.
    virtual Result<GradeOverride> overrideTurn(int64_t attemptId, int turnIndex, int newScore, const std::string& reason,
                                               const std::string& by) = 0;
    virtual Result<int64_t> addCoachingNote(const CoachingNote& n) = 0;
    virtual Result<int64_t> recordCertification(const CertificationEvent& e) = 0;                // audited unless by "system"
    virtual Result<std::vector<GradeOverride>> overrides(int64_t attemptId) const = 0;           // oldest first
    virtual Result<std::vector<CoachingNote>> coachingNotes(const std::string& empno) const = 0; // oldest first
    // Marks an ended scenario attempt as looked at (audited "review.mark"); note may be empty.
    virtual Result<ReviewMark> markReviewed(int64_t attemptId, const std::string& by, const std::string& note) = 0;
    // The marks of these attempts, oldest first.
    virtual Result<std::vector<ReviewMark>> reviewMarks(const std::vector<int64_t>& attemptIds) const = 0;
    // Trainer actions, oldest first. The subject of every entry is the employee
    // number of the trainee concerned; nullopt lists everything.
    virtual Result<std::vector<AuditEntry>> audit(const std::optional<std::string>& subject) const = 0;
    // Records a trainer action that is not itself a record write (a pack
    // import, a sign-in lock-out). details is a JSON object, "{}" when none.
    virtual Status appendAudit(const std::string& actor, const std::string& action, const std::string& subject,
                               const std::string& details) = 0;

    // Everything the certification rules read, for one trainee or a cohort.
    virtual Result<TraineeHistory> history(const std::string& empno) const = 0;
    virtual Result<std::vector<TraineeHistory>> histories(const TraineeFilter& filter) const = 0;
};

// The embedded default: SQLite at path (created and migrated on open).
Result<std::unique_ptr<RecordStore>> openSqliteRecordStore(const std::string& path);

} // namespace frontline
