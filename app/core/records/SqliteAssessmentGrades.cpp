// Written exams waiting for a trainer in SqliteRecordStore: reading one
// attempt or all the pending ones, and writing a trainer's grade with its
// audit entry in one transaction.
#include <nlohmann/json.hpp>

#include "records/SqliteRecordStore.h"
#include "records/SqliteRows.h"

namespace frontline {

using namespace sqlite_rows;

namespace {

Error noAssessment(int64_t id) { return makeError("no written exam attempt " + std::to_string(id)); }

Result<AssessmentAttempt> findAssessment(Database& db, int64_t id) {
    auto st = db.prepare(std::string("SELECT ") + kAssessmentColumns + " FROM assessment_attempts s WHERE s.id = ?1");
    if (!st) return st.error();
    st->bind(1, id);
    return firstRow(*st, readAssessment, noAssessment(id));
}

} // namespace

Result<AssessmentAttempt> SqliteRecordStore::assessment(int64_t attemptId) const { return findAssessment(db_, attemptId); }

Result<std::vector<AssessmentAttempt>> SqliteRecordStore::pendingAssessments() const {
    auto st = db_.prepare(std::string("SELECT ") + kAssessmentColumns +
                          " FROM assessment_attempts s WHERE s.status = 'completed' AND s.score IS NULL ORDER BY s.ended_at, s.id");
    if (!st) return st.error();
    std::vector<AssessmentAttempt> out;
    if (auto s = eachRow(*st, [&](const Statement& row) { out.push_back(readAssessment(row)); }); !s) return s.error();
    return out;
}

Result<AssessmentAttempt> SqliteRecordStore::gradeAssessment(int64_t attemptId, const std::string& priorResultJson,
                                                             const std::optional<int>& score, bool passed, const std::string& resultJson,
                                                             const std::string& by, const std::string& auditDetails) {
    if (score) {
        if (auto s = checkScore("assessment score", *score); !s) return s.error();
    }
    if (auto s = checkEmpno("trainer (by)", by); !s) return s.error();
    auto result = jsonOrEmpty("assessment result", resultJson);
    if (!result) return result.error();
    auto details = jsonOrEmpty("audit details", auditDetails);
    if (!details) return details.error();
    AssessmentAttempt out;
    auto s = db_.transaction([&]() -> Status {
        auto a = findAssessment(db_, attemptId);
        if (!a) return a.error();
        const std::string name = "written exam attempt " + std::to_string(attemptId);
        if (a->status != AttemptStatus::Completed || a->score) return makeError(name + " is not waiting for a trainer's grade");
        if (a->resultJson != priorResultJson) return makeError(name + " changed while it was being graded; open it again");
        auto t = findTraineeById(db_, a->traineeId);
        if (!t) return t.error();
        auto st = db_.prepare("UPDATE assessment_attempts SET score = ?1, passed = ?2, result = ?3 WHERE id = ?4");
        if (!st) return st.error();
        bindOptInt(*st, 1, score);
        st->bind(2, static_cast<int64_t>(passed ? 1 : 0)).bind(3, *result).bind(4, attemptId);
        if (auto r = st->run(); !r) return r;
        out = *a;
        out.score = score;
        out.passed = passed;
        out.resultJson = *result;
        return appendAudit(by, "exam.grade", t->empno, *details);
    });
    if (!s) return s.error();
    return out;
}

} // namespace frontline
