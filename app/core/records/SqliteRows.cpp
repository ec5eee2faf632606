#include "records/SqliteRows.h"

#include <cmath>

#include "common/CalendarDate.h"
#include "common/Utf8.h"
#include "scenario/Pack.h"

namespace frontline::sqlite_rows {

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

Status checkText(const std::string& what, const std::string& v, size_t maxBytes, bool required, bool allowNewlines) {
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

Result<std::string> timestampOrNow(const std::string& what, const std::string& ts) {
    if (ts.empty()) return nowTimestamp();
    if (!parseTimestamp(ts)) return makeError(what + " '" + ts + "' is not a UTC time YYYY-MM-DDTHH:MM:SSZ");
    return ts;
}

Result<std::string> jsonOrEmpty(const std::string& what, const std::string& text) {
    if (text.empty()) return std::string("{}");
    if (!nlohmann::json::accept(text)) return makeError(what + " is not valid JSON");
    return text;
}

Status checkScore(const std::string& what, int score) {
    if (score < 0 || score > 100) return makeError(what + " must be 0 to 100, not " + std::to_string(score));
    return ok();
}

Status checkTraineeFields(const Trainee& t) {
    for (const Status& s : {checkEmpno("employee number", t.empno), checkText("name", t.name, kMaxShortText, true),
                            checkText("team", t.team, kMaxShortText, false)}) {
        if (!s) return s;
    }
    if (!t.hireDate.empty()) return checkDate("hire date", t.hireDate);
    return ok();
}

std::string dumpJson(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

Error noTrainee(const std::string& empno) { return makeError("no trainee with employee number '" + empno + "'"); }
Error noTraineeId(int64_t id) { return makeError("no trainee with id " + std::to_string(id)); }
Error noAttempt(int64_t id) { return makeError("no scenario attempt " + std::to_string(id)); }

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

const std::string kCriticalOverridden = "CASE WHEN a.critical_turn < 0 THEN 0 ELSE EXISTS(SELECT 1 FROM grade_overrides o "
                                        "WHERE o.attempt_id = a.id AND o.turn_index = a.critical_turn) END";
const std::string kAttemptColumns = "a.id, a.trainee_id, a.pack_id, a.pack_version, a.pack_hash, a.scenario_id, a.seed, a.mode, a.status, "
                                    "a.started_at, a.ended_at, a.outcome, a.total_score, a.competencies, a.pass_mark, a.critical_turn, " +
                                    kCriticalOverridden;
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

} // namespace frontline::sqlite_rows
