#include "records/SqliteRecordStore.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "common/CalendarDate.h"
#include "records/SqliteRows.h"
#include "scenario/Pack.h"

namespace frontline {

using namespace sqlite_rows;

Result<std::unique_ptr<RecordStore>> openSqliteRecordStore(const std::string& path) {
    auto store = SqliteRecordStore::open(path);
    if (!store) return store.error();
    return std::unique_ptr<RecordStore>(std::move(store.value()));
}

Result<std::unique_ptr<SqliteRecordStore>> SqliteRecordStore::open(const std::string& path) {
    auto db = Database::open(path);
    if (!db) return db.error();
    std::unique_ptr<SqliteRecordStore> store(new SqliteRecordStore(std::move(db.value())));
    if (auto s = store->setDurability(Durability::Full); !s) return s.error();
    return store;
}

Status SqliteRecordStore::setDurability(Durability d) {
    return db_.exec(d == Durability::Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
}

Status SqliteRecordStore::appendAudit(const std::string& actor, const std::string& action, const std::string& subject,
                                      const std::string& details) {
    auto st = db_.prepare("INSERT INTO audit_log(at, actor, action, subject, details) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!st) return st.error();
    st->bind(1, nowTimestamp()).bind(2, actor).bind(3, action).bind(4, subject).bind(5, details);
    return st->run();
}

// ---- Trainees

Result<Trainee> SqliteRecordStore::addTrainee(const Trainee& t, const std::string& by) {
    for (const Status& s : {checkTraineeFields(t), checkEmpno("trainer (by)", by)}) {
        if (!s) return s.error();
    }
    Trainee out = t;
    out.createdAt = nowTimestamp();
    auto s = db_.transaction([&]() -> Status {
        if (findTrainee(db_, t.empno)) return makeError("a trainee with employee number '" + t.empno + "' already exists");
        auto st = db_.prepare("INSERT INTO trainees(empno, name, team, hire_date, role, active, created_at) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
        if (!st) return st.error();
        st->bind(1, t.empno).bind(2, t.name).bind(3, t.team).bind(5, std::string(roleId(t.role)));
        bindEmptyAsNull(*st, 4, t.hireDate);
        st->bind(6, static_cast<int64_t>(t.active ? 1 : 0)).bind(7, out.createdAt);
        auto id = insertReturningId(*st);
        if (!id) return id.error();
        out.id = *id;
        nlohmann::json details = {{"name", t.name}, {"team", t.team}, {"hire_date", t.hireDate}, {"role", roleId(t.role)}};
        return appendAudit(by, "trainee.add", t.empno, dumpJson(details));
    });
    if (!s) return s.error();
    return out;
}

Status SqliteRecordStore::setTraineeActive(const std::string& empno, bool active, const std::string& by) {
    if (auto s = checkEmpno("trainer (by)", by); !s) return s;
    return db_.transaction([&]() -> Status {
        auto t = findTrainee(db_, empno);
        if (!t) return t.error();
        if (t->active == active) return ok(); // nothing changes, so nothing to audit
        auto st = db_.prepare("UPDATE trainees SET active = ?1 WHERE id = ?2");
        if (!st) return st.error();
        st->bind(1, static_cast<int64_t>(active ? 1 : 0)).bind(2, t->id);
        if (auto r = st->run(); !r) return r;
        return appendAudit(by, active ? "trainee.activate" : "trainee.deactivate", empno, "{}");
    });
}

// ---- Scenario attempts

Result<int64_t> SqliteRecordStore::beginAttempt(const ScenarioAttempt& a) {
    for (const Status& s :
         {checkText("pack id", a.packId, kMaxShortText, true), checkText("scenario id", a.scenarioId, kMaxShortText, true),
          checkText("pack version", a.packVersion, kMaxShortText, false), checkText("pack hash", a.packHash, kMaxShortText, false),
          checkScore("pass mark", a.passMark)}) {
        if (!s) return s.error();
    }
    auto started = timestampOrNow("start time", a.startedAt);
    if (!started) return started.error();
    int64_t id = 0;
    auto s = db_.transaction([&]() -> Status {
        auto t = findTraineeById(db_, a.traineeId);
        if (!t) return t.error();
        if (!t->active) return makeError("trainee '" + t->empno + "' is deactivated and cannot start an attempt");
        auto st = db_.prepare("INSERT INTO scenario_attempts(trainee_id, pack_id, pack_version, pack_hash, scenario_id, seed, mode, "
                              "status, started_at, pass_mark) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'in-progress', ?8, ?9) RETURNING id");
        if (!st) return st.error();
        st->bind(1, a.traineeId).bind(2, a.packId).bind(3, a.packVersion).bind(4, a.packHash).bind(5, a.scenarioId);
        st->bind(6, static_cast<int64_t>(a.seed)).bind(7, std::string(playModeId(a.mode))).bind(8, *started);
        st->bind(9, static_cast<int64_t>(a.passMark));
        auto r = insertReturningId(*st);
        if (!r) return r.error();
        id = *r;
        return ok();
    });
    if (!s) return s.error();
    return id;
}

// One commit per turn: with WAL and synchronous=FULL a turn is on disk before
// this returns, so a crash loses at most the reply being typed.
Status SqliteRecordStore::recordTurn(int64_t attemptId, const AttemptTurn& turn) {
    if (auto s = checkScore("turn score", turn.score); !s) return s;
    if (turn.index < 0) return makeError("turn index must not be negative");
    if (!std::isfinite(turn.latencySeconds) || turn.latencySeconds < 0) return makeError("turn latency must be a number of seconds >= 0");
    auto grade = jsonOrEmpty("grade", turn.gradeJson);
    if (!grade) return grade.error();
    auto recorded = timestampOrNow("turn time", turn.recordedAt);
    if (!recorded) return recorded.error();
    return db_.transaction([&]() -> Status {
        auto a = findAttemptRow(db_, attemptId);
        if (!a) return a.error();
        if (a->status != AttemptStatus::InProgress) {
            return makeError("attempt " + std::to_string(attemptId) + " is " + attemptStatusId(a->status) +
                             "; turns are recorded only while in progress");
        }
        auto count = db_.prepare("SELECT COUNT(*) FROM attempt_turns WHERE attempt_id = ?1");
        if (!count) return count.error();
        count->bind(1, attemptId);
        if (auto r = count->step(); !r) return r.error();
        if (count->columnInt(0) != turn.index) {
            return makeError("turn " + std::to_string(turn.index) + " is out of order: attempt " + std::to_string(attemptId) + " has " +
                             std::to_string(count->columnInt(0)) + " turns recorded");
        }
        auto st = db_.prepare("INSERT INTO attempt_turns(attempt_id, turn_index, node_id, customer_line, reply, latency, score, grade, "
                              "grader_version, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        if (!st) return st.error();
        st->bind(1, attemptId).bind(2, static_cast<int64_t>(turn.index)).bind(3, turn.nodeId).bind(4, turn.customerLine);
        st->bind(5, turn.reply).bind(6, turn.latencySeconds).bind(7, static_cast<int64_t>(turn.score)).bind(8, *grade);
        st->bind(9, turn.graderVersion).bind(10, *recorded);
        return st->run();
    });
}

Status SqliteRecordStore::finishAttempt(const ScenarioAttempt& a) {
    if (a.status == AttemptStatus::InProgress) return makeError("finishing an attempt needs the status completed or abandoned");
    if (a.totalScore) {
        if (auto s = checkScore("total score", *a.totalScore); !s) return s;
    }
    if (!a.outcome.empty()) {
        const auto& ids = outcomeIds();
        if (std::find(ids.begin(), ids.end(), a.outcome) == ids.end()) return makeError("unknown outcome '" + a.outcome + "'");
    }
    if (a.criticalTurn < -1) return makeError("critical turn must be -1 (none) or a turn index");
    auto competencies = jsonOrEmpty("competencies", a.competenciesJson);
    if (!competencies) return competencies.error();
    auto ended = timestampOrNow("end time", a.endedAt);
    if (!ended) return ended.error();
    return db_.transaction([&]() -> Status {
        auto row = findAttemptRow(db_, a.id);
        if (!row) return row.error();
        if (row->status != AttemptStatus::InProgress) {
            return makeError("attempt " + std::to_string(a.id) + " is already " + attemptStatusId(row->status));
        }
        if (*ended < row->startedAt)
            return makeError("attempt " + std::to_string(a.id) + " cannot end before it started (" + row->startedAt + ")");
        // The stored total is always the mean of the recorded turns; the
        // caller's total counts only when no turn was recorded.
        std::optional<int> total = a.totalScore;
        auto mean = meanEffectiveScore(db_, a.id);
        if (!mean) return mean.error();
        if (*mean) total = *mean;
        auto st = db_.prepare("UPDATE scenario_attempts SET status = ?1, ended_at = ?2, outcome = ?3, total_score = ?4, competencies = ?5, "
                              "critical_turn = ?6 WHERE id = ?7");
        if (!st) return st.error();
        st->bind(1, std::string(attemptStatusId(a.status))).bind(2, *ended).bind(5, *competencies);
        bindEmptyAsNull(*st, 3, a.outcome);
        bindOptInt(*st, 4, total);
        st->bind(6, static_cast<int64_t>(a.criticalTurn)).bind(7, a.id);
        return st->run();
    });
}

Status SqliteRecordStore::abandonAttempt(int64_t attemptId) {
    return db_.transaction([&]() -> Status {
        auto row = findAttemptRow(db_, attemptId);
        if (!row) return row.error();
        if (row->status != AttemptStatus::InProgress) {
            return makeError("attempt " + std::to_string(attemptId) + " is already " + attemptStatusId(row->status));
        }
        auto st = db_.prepare("UPDATE scenario_attempts SET status = 'abandoned', ended_at = ?1 WHERE id = ?2");
        if (!st) return st.error();
        std::string now = std::max(nowTimestamp(), row->startedAt); // a start time from a fast clock still ends after it
        st->bind(1, now).bind(2, attemptId);
        return st->run();
    });
}

// ---- Assessments, hours, overrides, notes, certifications

Result<int64_t> SqliteRecordStore::recordAssessment(const AssessmentAttempt& a, const std::optional<TrainingEntry>& time) {
    if (auto s = checkText("exam id", a.examId, kMaxShortText, true); !s) return s.error();
    if (a.score) {
        if (auto s = checkScore("assessment score", *a.score); !s) return s.error();
    }
    if (a.activeSeconds < 0) return makeError("active seconds must not be negative");
    auto result = jsonOrEmpty("assessment result", a.resultJson);
    if (!result) return result.error();
    auto started = timestampOrNow("start time", a.startedAt);
    if (!started) return started.error();
    std::string ended;
    if (a.status != AttemptStatus::InProgress) {
        auto e = timestampOrNow("end time", a.endedAt);
        if (!e) return e.error();
        ended = *e;
    } else if (!a.endedAt.empty()) {
        return makeError("an assessment in progress has no end time");
    }
    if (time && time->traineeId != a.traineeId) return makeError("the exam's training time must be the same trainee's");
    int64_t id = 0;
    auto s = db_.transaction([&]() -> Status {
        if (auto t = findTraineeById(db_, a.traineeId); !t) return t.error();
        auto st = db_.prepare("INSERT INTO assessment_attempts(trainee_id, exam_id, seed, status, started_at, ended_at, score, passed, "
                              "active_seconds, result) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id");
        if (!st) return st.error();
        st->bind(1, a.traineeId).bind(2, a.examId).bind(3, static_cast<int64_t>(a.seed)).bind(4, std::string(attemptStatusId(a.status)));
        st->bind(5, *started).bind(8, static_cast<int64_t>(a.passed ? 1 : 0)).bind(9, static_cast<int64_t>(a.activeSeconds));
        st->bind(10, *result);
        bindEmptyAsNull(*st, 6, ended);
        bindOptInt(*st, 7, a.score);
        auto r = insertReturningId(*st);
        if (!r) return r.error();
        id = *r;
        if (!time) return ok();
        TrainingEntry e = *time;
        e.attemptId.reset();
        e.assessmentId = id;
        auto entry = insertTraining(e);
        if (!entry) return entry.error();
        return ok();
    });
    if (!s) return s.error();
    return id;
}

Result<int64_t> SqliteRecordStore::addTraining(const TrainingEntry& e) {
    int64_t id = 0;
    auto s = db_.transaction([&]() -> Status {
        auto r = insertTraining(e);
        if (!r) return r.error();
        id = *r;
        return ok();
    });
    if (!s) return s.error();
    return id;
}

Result<int64_t> SqliteRecordStore::insertTraining(const TrainingEntry& e) {
    if (auto s = checkDate("training date", e.date); !s) return s.error();
    if (e.minutes <= 0 || e.minutes > kMaxMinutesPerEntry) {
        return makeError("minutes must be 1 to " + std::to_string(kMaxMinutesPerEntry) + " per entry, not " + std::to_string(e.minutes));
    }
    if (auto s = checkText("topic", e.topic, kMaxShortText, e.source == TrainingSource::Manual); !s) return s.error();
    if (auto s = checkText("entered by", e.enteredBy, kMaxEmpno, true); !s) return s.error();
    auto t = findTraineeById(db_, e.traineeId);
    if (!t) return t.error();
    if (e.attemptId) {
        auto a = findAttemptRow(db_, *e.attemptId);
        if (!a) return a.error();
        if (a->traineeId != e.traineeId) return makeError("attempt " + std::to_string(*e.attemptId) + " belongs to another trainee");
    }
    auto st = db_.prepare("INSERT INTO training_entries(trainee_id, trained_on, minutes, kind, source, topic, entered_by, attempt_id, "
                          "created_at, assessment_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id");
    if (!st) return st.error();
    st->bind(1, e.traineeId).bind(2, e.date).bind(3, static_cast<int64_t>(e.minutes)).bind(4, std::string(trainingKindId(e.kind)));
    st->bind(5, std::string(trainingSourceId(e.source))).bind(6, e.topic).bind(7, e.enteredBy).bind(9, nowTimestamp());
    bindOptId(*st, 8, e.attemptId);
    bindOptId(*st, 10, e.assessmentId); // the caller's own transaction just wrote it
    auto r = insertReturningId(*st);
    if (!r) return r.error();
    if (e.source != TrainingSource::Manual) return *r; // the app's own time is not a trainer action
    nlohmann::json details = {
        {"entry", *r}, {"date", e.date}, {"minutes", e.minutes}, {"kind", trainingKindId(e.kind)}, {"topic", e.topic}};
    if (auto s = appendAudit(e.enteredBy, "hours.add", t->empno, dumpJson(details)); !s) return s.error();
    return *r;
}

Result<GradeOverride> SqliteRecordStore::overrideTurn(int64_t attemptId, int turnIndex, int newScore, const std::string& reason,
                                                      const std::string& by) {
    if (auto s = checkScore("new score", newScore); !s) return s.error();
    if (auto s = checkText("reason", reason, kMaxLongText, true, true); !s) return s.error();
    if (auto s = checkEmpno("trainer (by)", by); !s) return s.error();
    GradeOverride o;
    o.attemptId = attemptId;
    o.turnIndex = turnIndex;
    o.newScore = newScore;
    o.reason = reason;
    o.by = by;
    o.at = nowTimestamp();
    auto s = db_.transaction([&]() -> Status {
        auto a = findAttemptRow(db_, attemptId);
        if (!a) return a.error();
        auto t = findTraineeById(db_, a->traineeId);
        if (!t) return t.error();
        auto turn =
            db_.prepare(std::string("SELECT ") + kTurnColumns + " FROM attempt_turns u WHERE u.attempt_id = ?1 AND u.turn_index = ?2");
        if (!turn) return turn.error();
        turn->bind(1, attemptId).bind(2, static_cast<int64_t>(turnIndex));
        auto found =
            firstRow(*turn, readTurn, makeError("attempt " + std::to_string(attemptId) + " has no turn " + std::to_string(turnIndex)));
        if (!found) return found.error();
        o.oldScore = found->effectiveScore();
        auto st = db_.prepare("INSERT INTO grade_overrides(attempt_id, turn_index, old_score, new_score, reason, overridden_by, at) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
        if (!st) return st.error();
        st->bind(1, attemptId).bind(2, static_cast<int64_t>(turnIndex)).bind(3, static_cast<int64_t>(o.oldScore));
        st->bind(4, static_cast<int64_t>(newScore)).bind(5, reason).bind(6, by).bind(7, o.at);
        auto id = insertReturningId(*st);
        if (!id) return id.error();
        o.id = *id;
        if (a->status == AttemptStatus::Completed) {
            auto mean = meanEffectiveScore(db_, attemptId);
            if (!mean) return mean.error();
            auto up = db_.prepare("UPDATE scenario_attempts SET total_score = ?1 WHERE id = ?2");
            if (!up) return up.error();
            bindOptInt(*up, 1, *mean);
            up->bind(2, attemptId);
            if (auto r = up->run(); !r) return r;
        }
        nlohmann::json details = {{"attempt", attemptId}, {"turn", turnIndex}, {"old", o.oldScore}, {"new", newScore}, {"reason", reason}};
        return appendAudit(by, "override", t->empno, dumpJson(details));
    });
    if (!s) return s.error();
    return o;
}

Result<int64_t> SqliteRecordStore::addCoachingNote(const CoachingNote& n) {
    if (auto s = checkText("note", n.text, kMaxLongText, true, true); !s) return s.error();
    if (auto s = checkEmpno("trainer (by)", n.by); !s) return s.error();
    auto at = timestampOrNow("note time", n.at);
    if (!at) return at.error();
    int64_t id = 0;
    auto s = db_.transaction([&]() -> Status {
        auto t = findTraineeById(db_, n.traineeId);
        if (!t) return t.error();
        if (n.attemptId) {
            auto a = findAttemptRow(db_, *n.attemptId);
            if (!a) return a.error();
            if (a->traineeId != n.traineeId) return makeError("attempt " + std::to_string(*n.attemptId) + " belongs to another trainee");
        }
        auto st = db_.prepare(
            "INSERT INTO coaching_notes(trainee_id, attempt_id, text, written_by, at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id");
        if (!st) return st.error();
        st->bind(1, n.traineeId).bind(3, n.text).bind(4, n.by).bind(5, *at);
        bindOptId(*st, 2, n.attemptId);
        auto r = insertReturningId(*st);
        if (!r) return r.error();
        id = *r;
        nlohmann::json details = {{"note", id}};
        if (n.attemptId) details["attempt"] = *n.attemptId;
        return appendAudit(n.by, "coaching.note", t->empno, dumpJson(details));
    });
    if (!s) return s.error();
    return id;
}

Result<int64_t> SqliteRecordStore::recordCertification(const CertificationEvent& e) {
    if (auto s = checkText("reason", e.reason, kMaxLongText, true, true); !s) return s.error();
    if (auto s = checkEmpno("decided by", e.by); !s) return s.error();
    auto details = jsonOrEmpty("certification details", e.detailsJson);
    if (!details) return details.error();
    auto at = timestampOrNow("certification time", e.at);
    if (!at) return at.error();
    int64_t id = 0;
    auto s = db_.transaction([&]() -> Status {
        auto t = findTraineeById(db_, e.traineeId);
        if (!t) return t.error();
        auto st = db_.prepare("INSERT INTO certification_events(trainee_id, state, at, reason, details, decided_by) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id");
        if (!st) return st.error();
        st->bind(1, e.traineeId).bind(2, std::string(certificationStateId(e.state))).bind(3, *at).bind(4, e.reason).bind(5, *details);
        st->bind(6, e.by);
        auto r = insertReturningId(*st);
        if (!r) return r.error();
        id = *r;
        if (e.by == "system") return ok(); // the rules' own decisions are not trainer actions
        nlohmann::json audit = {{"event", id}, {"state", certificationStateId(e.state)}, {"reason", e.reason}};
        return appendAudit(e.by, "certification", t->empno, dumpJson(audit));
    });
    if (!s) return s.error();
    return id;
}

} // namespace frontline
