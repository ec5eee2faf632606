#include "records/SqliteRecordStore.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "common/CalendarDate.h"
#include "common/Utf8.h"
#include "scenario/Pack.h"

namespace frontline {

namespace {

// Bounds on typed text: generous for people, small enough that a pasted file
// is refused instead of stored.
constexpr size_t kMaxEmpno = 64;
constexpr size_t kMaxShortText = 256;
constexpr size_t kMaxLongText = 10000;
constexpr int kMaxMinutesPerEntry = 24 * 60;

Status ok() { return Done{}; }

bool validUtf8(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
        Utf8Char c = decodeUtf8(s, i);
        if (!c.valid) return false;
        i += c.length;
    }
    return true;
}

bool isBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// Text a person typed: valid UTF-8, no control characters (newlines only in
// long text), within its bound and, when required, not blank.
Status checkText(const std::string& what, const std::string& v, size_t maxBytes, bool required, bool allowNewlines = false) {
    if (required && isBlank(v)) return makeError(what + " must not be empty");
    if (v.size() > maxBytes) return makeError(what + " is too long (at most " + std::to_string(maxBytes) + " bytes)");
    if (!validUtf8(v)) return makeError(what + " is not valid UTF-8");
    for (unsigned char c : v) {
        if ((c < 0x20 && !(allowNewlines && (c == '\n' || c == '\r' || c == '\t'))) || c == 0x7F) {
            return makeError(what + " must not contain control characters");
        }
    }
    return ok();
}

Status checkEmpno(const std::string& what, const std::string& empno) {
    if (auto s = checkText(what, empno, kMaxEmpno, true); !s) return s;
    if (empno.find_first_of(" \t") != std::string::npos) return makeError(what + " must not contain spaces");
    return ok();
}

Status checkDate(const std::string& what, const std::string& date) {
    if (!CalendarDate::parse(date)) return makeError(what + " '" + date + "' is not a real date written YYYY-MM-DD");
    return ok();
}

// An optional timestamp from the caller, or now.
Result<std::string> timestampOrNow(const std::string& what, const std::string& ts) {
    if (ts.empty()) return nowTimestamp();
    if (!parseTimestamp(ts)) return makeError(what + " '" + ts + "' is not a UTC time YYYY-MM-DDTHH:MM:SSZ");
    return ts;
}

// JSON columns: empty means "{}", anything else must parse.
Result<std::string> jsonOrEmpty(const std::string& what, const std::string& text) {
    if (text.empty()) return std::string("{}");
    if (!nlohmann::json::accept(text)) return makeError(what + " is not valid JSON");
    return text;
}

Status checkScore(const std::string& what, int score) {
    if (score < 0 || score > 100) return makeError(what + " must be 0 to 100, not " + std::to_string(score));
    return ok();
}

std::string dumpJson(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

Error noTrainee(const std::string& empno) { return makeError("no trainee with employee number '" + empno + "'"); }
Error noTraineeId(int64_t id) { return makeError("no trainee with id " + std::to_string(id)); }
Error noAttempt(int64_t id) { return makeError("no scenario attempt " + std::to_string(id)); }

// Optional text columns (hire date, outcome, end time) store NULL, not "".
void bindEmptyAsNull(Statement& st, int i, const std::string& v) {
    if (v.empty())
        st.bindNull(i);
    else
        st.bind(i, v);
}
void bindOptText(Statement& st, int i, const std::optional<std::string>& v) {
    if (v)
        st.bind(i, *v);
    else
        st.bindNull(i);
}
void bindOptInt(Statement& st, int i, const std::optional<int>& v) {
    if (v)
        st.bind(i, static_cast<int64_t>(*v));
    else
        st.bindNull(i);
}
void bindOptId(Statement& st, int i, const std::optional<int64_t>& v) {
    if (v)
        st.bind(i, *v);
    else
        st.bindNull(i);
}
std::optional<int> columnOptInt(const Statement& st, int c) {
    return st.columnIsNull(c) ? std::nullopt : std::optional<int>(static_cast<int>(st.columnInt(c)));
}
std::optional<int64_t> columnOptId(const Statement& st, int c) {
    return st.columnIsNull(c) ? std::nullopt : std::optional<int64_t>(st.columnInt(c));
}

template <typename Fn> Status eachRow(Statement& st, Fn&& fn) {
    for (;;) {
        auto r = st.step();
        if (!r) return r.error();
        if (!r.value()) return ok();
        fn(st);
    }
}

// The single row a lookup by key selects, read with read(st); missing when there is none.
template <typename Read> auto firstRow(Statement& st, Read&& read, Error missing) -> Result<decltype(read(st))> {
    auto row = st.step();
    if (!row) return row.error();
    if (!row.value()) return missing;
    return read(st);
}

// Column lists and their readers, one per table, so every query reads rows alike.
const char* const kTraineeColumns = "t.id, t.empno, t.name, t.team, t.hire_date, t.role, t.active, t.created_at";
Trainee readTrainee(const Statement& st) {
    Trainee t;
    t.id = st.columnInt(0);
    t.empno = st.columnText(1);
    t.name = st.columnText(2);
    t.team = st.columnText(3);
    t.hireDate = st.columnText(4);
    t.role = parseRole(st.columnText(5)).value_or(Role::Trainee);
    t.active = st.columnInt(6) != 0;
    t.createdAt = st.columnText(7);
    return t;
}

// Most attempts have no critical turn; CASE spares them the lookup.
const std::string kCriticalOverridden = "CASE WHEN a.critical_turn < 0 THEN 0 ELSE EXISTS(SELECT 1 FROM grade_overrides o "
                                        "WHERE o.attempt_id = a.id AND o.turn_index = a.critical_turn) END";
const std::string kAttemptColumns = "a.id, a.trainee_id, a.pack_id, a.pack_version, a.pack_hash, a.scenario_id, a.seed, a.mode, a.status, "
                                    "a.started_at, a.ended_at, a.outcome, a.total_score, a.competencies, a.pass_mark, a.critical_turn, " +
                                    kCriticalOverridden;
// The same columns for TraineeFilter::rulesOnly: what the rules do not read is '' (no allocation).
// These read from the covering index scenario_attempts_by_trainee alone.
const std::string kAttemptRuleColumns = "a.id, a.trainee_id, a.pack_id, '', '', a.scenario_id, 0, a.mode, a.status, "
                                        "a.started_at, a.ended_at, '', a.total_score, '', a.pass_mark, a.critical_turn, " +
                                        kCriticalOverridden;
ScenarioAttempt readAttempt(const Statement& st) {
    ScenarioAttempt a;
    a.id = st.columnInt(0);
    a.traineeId = st.columnInt(1);
    a.packId = st.columnText(2);
    a.packVersion = st.columnText(3);
    a.packHash = st.columnText(4);
    a.scenarioId = st.columnText(5);
    a.seed = static_cast<uint64_t>(st.columnInt(6));
    a.mode = parsePlayMode(st.columnText(7)).value_or(PlayMode::Practice);
    a.status = parseAttemptStatus(st.columnText(8)).value_or(AttemptStatus::InProgress);
    a.startedAt = st.columnText(9);
    a.endedAt = st.columnText(10);
    a.outcome = st.columnText(11);
    a.totalScore = columnOptInt(st, 12);
    a.competenciesJson = st.columnText(13);
    a.passMark = static_cast<int>(st.columnInt(14));
    a.criticalTurn = static_cast<int>(st.columnInt(15));
    a.criticalTurnOverridden = st.columnInt(16) != 0;
    return a;
}

// The latest override of a turn is the one with the highest id.
const char* const kTurnColumns =
    "u.attempt_id, u.turn_index, u.node_id, u.customer_line, u.reply, u.latency, u.score, "
    "(SELECT o.new_score FROM grade_overrides o WHERE o.attempt_id = u.attempt_id AND o.turn_index = u.turn_index "
    "ORDER BY o.id DESC LIMIT 1), u.grade, u.grader_version, u.recorded_at";
AttemptTurn readTurn(const Statement& st) {
    AttemptTurn t;
    t.index = static_cast<int>(st.columnInt(1));
    t.nodeId = st.columnText(2);
    t.customerLine = st.columnText(3);
    t.reply = st.columnText(4);
    t.latencySeconds = st.columnDouble(5);
    t.score = static_cast<int>(st.columnInt(6));
    t.overriddenScore = columnOptInt(st, 7);
    t.gradeJson = st.columnText(8);
    t.graderVersion = st.columnText(9);
    t.recordedAt = st.columnText(10);
    return t;
}

const char* const kAssessmentColumns =
    "s.id, s.trainee_id, s.exam_id, s.seed, s.status, s.started_at, s.ended_at, s.score, s.passed, s.active_seconds, s.result";
AssessmentAttempt readAssessment(const Statement& st) {
    AssessmentAttempt a;
    a.id = st.columnInt(0);
    a.traineeId = st.columnInt(1);
    a.examId = st.columnText(2);
    a.seed = static_cast<uint64_t>(st.columnInt(3));
    a.status = parseAttemptStatus(st.columnText(4)).value_or(AttemptStatus::InProgress);
    a.startedAt = st.columnText(5);
    a.endedAt = st.columnText(6);
    a.score = columnOptInt(st, 7);
    a.passed = st.columnInt(8) != 0;
    a.activeSeconds = static_cast<int>(st.columnInt(9));
    a.resultJson = st.columnText(10);
    return a;
}

const std::string kTrainingColumns =
    "e.id, e.trainee_id, e.trained_on, e.minutes, e.kind, e.source, e.topic, e.entered_by, e.attempt_id, e.created_at, e.assessment_id";
const std::string kTrainingRuleColumns = "e.id, e.trainee_id, e.trained_on, e.minutes, e.kind, e.source, '', '', e.attempt_id, '', "
                                         "e.assessment_id";
TrainingEntry readTraining(const Statement& st) {
    TrainingEntry e;
    e.id = st.columnInt(0);
    e.traineeId = st.columnInt(1);
    e.date = st.columnText(2);
    e.minutes = static_cast<int>(st.columnInt(3));
    e.kind = parseTrainingKind(st.columnText(4)).value_or(TrainingKind::Annual);
    e.source = parseTrainingSource(st.columnText(5)).value_or(TrainingSource::Manual);
    e.topic = st.columnText(6);
    e.enteredBy = st.columnText(7);
    e.attemptId = columnOptId(st, 8);
    e.createdAt = st.columnText(9);
    e.assessmentId = columnOptId(st, 10);
    return e;
}

const char* const kCertificationColumns = "c.id, c.trainee_id, c.state, c.at, c.reason, c.details, c.decided_by";
CertificationEvent readCertification(const Statement& st) {
    CertificationEvent c;
    c.id = st.columnInt(0);
    c.traineeId = st.columnInt(1);
    c.state = parseCertificationState(st.columnText(2)).value_or(CertificationState::InTraining);
    c.at = st.columnText(3);
    c.reason = st.columnText(4);
    c.detailsJson = st.columnText(5);
    c.by = st.columnText(6);
    return c;
}

Result<Trainee> findTrainee(Database& db, const std::string& empno) {
    auto st = db.prepare(std::string("SELECT ") + kTraineeColumns + " FROM trainees t WHERE t.empno = ?1");
    if (!st) return st.error();
    st->bind(1, empno);
    return firstRow(*st, readTrainee, noTrainee(empno));
}

Result<Trainee> findTraineeById(Database& db, int64_t id) {
    auto st = db.prepare(std::string("SELECT ") + kTraineeColumns + " FROM trainees t WHERE t.id = ?1");
    if (!st) return st.error();
    st->bind(1, id);
    return firstRow(*st, readTrainee, noTraineeId(id));
}

Result<ScenarioAttempt> findAttemptRow(Database& db, int64_t id) {
    auto st = db.prepare(std::string("SELECT ") + kAttemptColumns + " FROM scenario_attempts a WHERE a.id = ?1");
    if (!st) return st.error();
    st->bind(1, id);
    return firstRow(*st, readAttempt, noAttempt(id));
}

Result<int64_t> insertReturningId(Statement& st) {
    auto row = st.step();
    if (!row) return row.error();
    if (!row.value()) return makeError("database error: insert returned no id");
    int64_t id = st.columnInt(0);
    if (auto r = st.run(); !r) return r.error();
    return id;
}

// The mean of the effective turn scores, rounded as ScenarioRun::totalScore does;
// nullopt when the attempt has no turns.
Result<std::optional<int>> meanEffectiveScore(Database& db, int64_t attemptId) {
    auto st = db.prepare(std::string("SELECT ") + kTurnColumns + " FROM attempt_turns u WHERE u.attempt_id = ?1");
    if (!st) return st.error();
    st->bind(1, attemptId);
    double sum = 0;
    size_t n = 0;
    if (auto s = eachRow(*st,
                         [&](const Statement& row) {
                             sum += readTurn(row).effectiveScore();
                             ++n;
                         });
        !s) {
        return s.error();
    }
    if (n == 0) return std::optional<int>();
    return std::optional<int>(static_cast<int>(std::lround(sum / static_cast<double>(n))));
}

} // namespace

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

template <typename Fn> Status SqliteRecordStore::readSnapshot(Fn&& fn) const {
    if (auto s = db_.exec("BEGIN"); !s) return s;
    Status r = fn();
    db_.exec(r ? "COMMIT" : "ROLLBACK");
    return r;
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
    for (const Status& s : {checkEmpno("employee number", t.empno), checkText("name", t.name, kMaxShortText, true),
                            checkText("team", t.team, kMaxShortText, false), checkEmpno("trainer (by)", by)}) {
        if (!s) return s.error();
    }
    if (!t.hireDate.empty()) {
        if (auto s = checkDate("hire date", t.hireDate); !s) return s.error();
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

Result<Trainee> SqliteRecordStore::trainee(const std::string& empno) const { return findTrainee(db_, empno); }

Result<Trainee> SqliteRecordStore::traineeById(int64_t id) const { return findTraineeById(db_, id); }

Result<std::vector<Trainee>> SqliteRecordStore::trainees(const TraineeFilter& filter) const {
    auto st = db_.prepare(std::string("SELECT ") + kTraineeColumns +
                          " FROM trainees t WHERE (?1 IS NULL OR t.team = ?1) AND (?2 OR t.active = 1) ORDER BY t.empno");
    if (!st) return st.error();
    bindOptText(*st, 1, filter.team);
    st->bind(2, static_cast<int64_t>(filter.includeInactive ? 1 : 0));
    std::vector<Trainee> out;
    if (auto s = eachRow(*st, [&](const Statement& row) { out.push_back(readTrainee(row)); }); !s) return s.error();
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

template <typename Bind>
Result<std::vector<ScenarioAttempt>> SqliteRecordStore::loadAttempts(const std::string& where, const std::string& order,
                                                                     Bind&& bind) const {
    std::vector<ScenarioAttempt> out;
    auto s = readSnapshot([&]() -> Status {
        auto st = db_.prepare(std::string("SELECT ") + kAttemptColumns + " FROM scenario_attempts a WHERE " + where + " ORDER BY " + order);
        if (!st) return st.error();
        bind(*st);
        std::unordered_map<int64_t, size_t> index;
        if (auto r = eachRow(*st,
                             [&](const Statement& row) {
                                 out.push_back(readAttempt(row));
                                 index[out.back().id] = out.size() - 1;
                             });
            !r) {
            return r;
        }
        auto turns = db_.prepare(std::string("SELECT ") + kTurnColumns +
                                 " FROM attempt_turns u JOIN scenario_attempts a ON a.id = u.attempt_id WHERE " + where +
                                 " ORDER BY u.attempt_id, u.turn_index");
        if (!turns) return turns.error();
        bind(*turns);
        return eachRow(*turns, [&](const Statement& row) { out[index.at(row.columnInt(0))].turns.push_back(readTurn(row)); });
    });
    if (!s) return s.error();
    return out;
}

Result<ScenarioAttempt> SqliteRecordStore::attempt(int64_t attemptId) const {
    auto list = loadAttempts("a.id = ?1", "a.id", [&](Statement& st) { st.bind(1, attemptId); });
    if (!list) return list.error();
    if (list->empty()) return noAttempt(attemptId);
    return std::move(list->front());
}

Result<std::vector<ScenarioAttempt>> SqliteRecordStore::attemptsInProgress(int64_t traineeId) const {
    if (auto t = findTraineeById(db_, traineeId); !t) return t.error();
    return loadAttempts("a.trainee_id = ?1 AND a.status = 'in-progress'", "a.started_at, a.id",
                        [&](Statement& st) { st.bind(1, traineeId); });
}

Result<std::vector<ScenarioAttempt>> SqliteRecordStore::attemptsEnded(const std::string& fromDate, const std::string& toDate) const {
    if (auto s = checkDate("from date", fromDate); !s) return s.error();
    if (auto s = checkDate("to date", toDate); !s) return s.error();
    // Timestamps sort as text, and "2026-01-05" sorts before every time of that day.
    return loadAttempts("a.status = 'completed' AND a.ended_at >= ?1 AND a.ended_at < ?2", "a.ended_at, a.id",
                        [&](Statement& st) { st.bind(1, fromDate).bind(2, toDate); });
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

Result<std::vector<GradeOverride>> SqliteRecordStore::overrides(int64_t attemptId) const {
    std::vector<GradeOverride> out;
    auto s = readSnapshot([&]() -> Status {
        if (auto a = findAttemptRow(db_, attemptId); !a) return a.error();
        auto st = db_.prepare("SELECT id, attempt_id, turn_index, old_score, new_score, reason, overridden_by, at FROM grade_overrides "
                              "WHERE attempt_id = ?1 ORDER BY id");
        if (!st) return st.error();
        st->bind(1, attemptId);
        return eachRow(*st, [&](const Statement& row) {
            out.push_back({row.columnInt(0), row.columnInt(1), static_cast<int>(row.columnInt(2)), static_cast<int>(row.columnInt(3)),
                           static_cast<int>(row.columnInt(4)), row.columnText(5), row.columnText(6), row.columnText(7)});
        });
    });
    if (!s) return s.error();
    return out;
}

Result<std::vector<CoachingNote>> SqliteRecordStore::coachingNotes(const std::string& empno) const {
    std::vector<CoachingNote> out;
    auto s = readSnapshot([&]() -> Status {
        auto t = findTrainee(db_, empno);
        if (!t) return t.error();
        auto st = db_.prepare(
            "SELECT id, trainee_id, attempt_id, text, written_by, at FROM coaching_notes WHERE trainee_id = ?1 ORDER BY at, id");
        if (!st) return st.error();
        st->bind(1, t->id);
        return eachRow(*st, [&](const Statement& row) {
            out.push_back(
                {row.columnInt(0), row.columnInt(1), columnOptId(row, 2), row.columnText(3), row.columnText(4), row.columnText(5)});
        });
    });
    if (!s) return s.error();
    return out;
}

Result<std::vector<AuditEntry>> SqliteRecordStore::audit(const std::optional<std::string>& subject) const {
    auto st = db_.prepare("SELECT id, at, actor, action, subject, details FROM audit_log WHERE ?1 IS NULL OR subject = ?1 ORDER BY id");
    if (!st) return st.error();
    bindOptText(*st, 1, subject);
    std::vector<AuditEntry> out;
    auto s = eachRow(*st, [&](const Statement& row) {
        out.push_back({row.columnInt(0), row.columnText(1), row.columnText(2), row.columnText(3), row.columnText(4), row.columnText(5)});
    });
    if (!s) return s.error();
    return out;
}

// ---- Histories

// Parameters of every history query: ?1 trainee id, ?2 team, ?3 include
// inactive, ?4 since, ?5 until. SQLite ignores a bound parameter that a query
// does not name, so one bind fits all five queries.
Result<std::vector<TraineeHistory>> SqliteRecordStore::loadHistories(const TraineeFilter& filter,
                                                                     const std::optional<int64_t>& traineeId) const {
    for (const auto* d : {&filter.since, &filter.until}) {
        if (*d) {
            if (auto s = checkDate("history window", **d); !s) return s.error();
        }
    }
    auto bind = [&](Statement& st) {
        bindOptId(st, 1, traineeId);
        bindOptText(st, 2, filter.team);
        st.bind(3, static_cast<int64_t>(filter.includeInactive ? 1 : 0));
        bindOptText(st, 4, filter.since);
        bindOptText(st, 5, filter.until);
    };
    // One trainee by primary key (so every query starts from an index), or the filter.
    const std::string params = traineeId ? "t.id = ?1" : "(?2 IS NULL OR t.team = ?2) AND (?3 OR t.active = 1)";
    // Only the bounds given, so the planner can range-scan (trainee_id, date) indexes.
    auto window = [&](const char* column) {
        std::string w;
        if (filter.since) w += std::string(" AND ") + column + " >= ?4";
        if (filter.until) w += std::string(" AND ") + column + " < ?5";
        return w;
    };

    std::vector<TraineeHistory> out;
    std::unordered_map<int64_t, size_t> byTrainee;
    std::unordered_map<int64_t, std::pair<size_t, size_t>> byAttempt;
    auto query = [&](const std::string& sql, auto&& onRow) -> Status {
        auto st = db_.prepare(sql);
        if (!st) return st.error();
        bind(*st);
        return eachRow(*st, onRow);
    };
    auto s = readSnapshot([&]() -> Status {
        if (auto r = query(std::string("SELECT ") + kTraineeColumns + " FROM trainees t WHERE " + params + " ORDER BY t.empno",
                           [&](const Statement& row) {
                               out.emplace_back().trainee = readTrainee(row);
                               byTrainee[out.back().trainee.id] = out.size() - 1;
                           });
            !r) {
            return r;
        }
        const std::string join = " JOIN trainees t ON t.id = ";
        if (filter.withAttempts) {
            if (auto r = query(std::string("SELECT ") + (filter.rulesOnly ? kAttemptRuleColumns : kAttemptColumns) +
                                   " FROM scenario_attempts a" + join + "a.trainee_id WHERE " + params + window("a.started_at") +
                                   " ORDER BY a.trainee_id, a.started_at, a.id",
                               [&](const Statement& row) {
                                   size_t h = byTrainee.at(row.columnInt(1));
                                   out[h].attempts.push_back(readAttempt(row));
                                   if (filter.withTurns) byAttempt[out[h].attempts.back().id] = {h, out[h].attempts.size() - 1};
                               });
                !r) {
                return r;
            }
            if (filter.withTurns) {
                // No ORDER BY: sorting 2 million rows costs more than sorting each attempt's few turns.
                if (auto r = query(std::string("SELECT ") + kTurnColumns +
                                       " FROM attempt_turns u JOIN scenario_attempts a ON a.id = u.attempt_id" + join +
                                       "a.trainee_id WHERE " + params + window("a.started_at"),
                                   [&](const Statement& row) {
                                       auto [h, i] = byAttempt.at(row.columnInt(0));
                                       out[h].attempts[i].turns.push_back(readTurn(row));
                                   });
                    !r) {
                    return r;
                }
            }
        }
        if (auto r = query(std::string("SELECT ") + kAssessmentColumns + " FROM assessment_attempts s" + join + "s.trainee_id WHERE " +
                               params + window("s.started_at") + " ORDER BY s.trainee_id, s.started_at, s.id",
                           [&](const Statement& row) { out[byTrainee.at(row.columnInt(1))].assessments.push_back(readAssessment(row)); });
            !r) {
            return r;
        }
        if (auto r =
                query(std::string("SELECT ") + (filter.rulesOnly ? kTrainingRuleColumns : kTrainingColumns) + " FROM training_entries e" +
                          join + "e.trainee_id WHERE " + params + window("e.trained_on") + " ORDER BY e.trainee_id, e.trained_on, e.id",
                      [&](const Statement& row) { out[byTrainee.at(row.columnInt(1))].training.push_back(readTraining(row)); });
            !r) {
            return r;
        }
        return query(std::string("SELECT ") + kCertificationColumns + " FROM certification_events c" + join + "c.trainee_id WHERE " +
                         params + " ORDER BY c.trainee_id, c.at, c.id",
                     [&](const Statement& row) { out[byTrainee.at(row.columnInt(1))].certifications.push_back(readCertification(row)); });
    });
    if (!s) return s.error();
    for (auto& h : out) {
        for (auto& a : h.attempts) {
            std::sort(a.turns.begin(), a.turns.end(), [](const AttemptTurn& x, const AttemptTurn& y) { return x.index < y.index; });
        }
    }
    return out;
}

Result<TraineeHistory> SqliteRecordStore::history(const std::string& empno) const {
    auto t = findTrainee(db_, empno);
    if (!t) return t.error();
    TraineeFilter all;
    all.includeInactive = true;
    auto list = loadHistories(all, t->id);
    if (!list) return list.error();
    if (list->empty()) return noTrainee(empno);
    return std::move(list->front());
}

Result<std::vector<TraineeHistory>> SqliteRecordStore::histories(const TraineeFilter& filter) const {
    return loadHistories(filter, std::nullopt);
}

} // namespace frontline
