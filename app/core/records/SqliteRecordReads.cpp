// The read half of SqliteRecordStore: lookups, attempts with their turns,
// logs, and the histories the certification rules and reports read.
#include <algorithm>
#include <unordered_map>

#include "records/SqliteRecordStore.h"
#include "records/SqliteRows.h"

namespace frontline {

using namespace sqlite_rows;

Result<Trainee> SqliteRecordStore::traineeById(int64_t id) const { return findTraineeById(db_, id); }

Result<Trainee> SqliteRecordStore::trainee(const std::string& empno) const { return findTrainee(db_, empno); }

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
