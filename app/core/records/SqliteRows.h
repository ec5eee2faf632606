#pragma once
// What both halves of SqliteRecordStore share (SqliteRecordStore.cpp writes,
// SqliteRecordReads.cpp reads): input checks, binding and reading columns, the
// row readers with their column lists, and lookups by key. Internal to the
// records module: callers use RecordStore.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "common/Result.h"
#include "records/Records.h"
#include "store/Database.h"

namespace frontline::sqlite_rows {

// Bounds on typed text: generous for people, small enough that a pasted file
// is refused instead of stored.
constexpr size_t kMaxEmpno = 64;
constexpr size_t kMaxShortText = 256;
constexpr size_t kMaxLongText = 10000;
constexpr int kMaxMinutesPerEntry = 24 * 60;
Status ok();
bool validUtf8(const std::string& s);
bool isBlank(const std::string& s);
// Text a person typed: valid UTF-8, no control characters (newlines only in
// long text), within its bound and, when required, not blank.
Status checkText(const std::string& what, const std::string& v, size_t maxBytes, bool required, bool allowNewlines = false);
Status checkEmpno(const std::string& what, const std::string& empno);
Status checkDate(const std::string& what, const std::string& date);
// An optional timestamp from the caller, or now.
Result<std::string> timestampOrNow(const std::string& what, const std::string& ts);
// JSON columns: empty means "{}", anything else must parse.
Result<std::string> jsonOrEmpty(const std::string& what, const std::string& text);
Status checkScore(const std::string& what, int score);
// A person's fields as addTrainee and updateTrainee accept them (not active or id).
Status checkTraineeFields(const Trainee& t);
std::string dumpJson(const nlohmann::json& j);
Error noTrainee(const std::string& empno);
Error noTraineeId(int64_t id);
Error noAttempt(int64_t id);
// Optional text columns (hire date, outcome, end time) store NULL, not "".
void bindEmptyAsNull(Statement& st, int i, const std::string& v);
void bindOptText(Statement& st, int i, const std::optional<std::string>& v);
void bindOptInt(Statement& st, int i, const std::optional<int>& v);
void bindOptId(Statement& st, int i, const std::optional<int64_t>& v);
std::optional<int> columnOptInt(const Statement& st, int c);
std::optional<int64_t> columnOptId(const Statement& st, int c);
// Column lists and their readers, one per table, so every query reads rows alike.
extern const char* const kTraineeColumns;
Trainee readTrainee(const Statement& st);
// Most attempts have no critical turn; CASE spares them the lookup.
extern const std::string kCriticalOverridden;
extern const std::string kAttemptColumns;
// The same columns for TraineeFilter::rulesOnly: what the rules do not read is '' (no allocation).
// These read from the covering index scenario_attempts_by_trainee alone.
extern const std::string kAttemptRuleColumns;
ScenarioAttempt readAttempt(const Statement& st);
// The latest override of a turn is the one with the highest id.
extern const char* const kTurnColumns;
AttemptTurn readTurn(const Statement& st);
extern const char* const kAssessmentColumns;
AssessmentAttempt readAssessment(const Statement& st);
extern const std::string kTrainingColumns;
extern const std::string kTrainingRuleColumns;
TrainingEntry readTraining(const Statement& st);
extern const char* const kCertificationColumns;
CertificationEvent readCertification(const Statement& st);
Result<Trainee> findTrainee(Database& db, const std::string& empno);
Result<Trainee> findTraineeById(Database& db, int64_t id);
Result<ScenarioAttempt> findAttemptRow(Database& db, int64_t id);
Result<int64_t> insertReturningId(Statement& st);
// The mean of the effective turn scores, rounded as ScenarioRun::totalScore does;
// nullopt when the attempt has no turns.
Result<std::optional<int>> meanEffectiveScore(Database& db, int64_t attemptId);

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

} // namespace frontline::sqlite_rows
