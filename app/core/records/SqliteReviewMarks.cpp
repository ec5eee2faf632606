// "Reviewed" marks on scenario attempts in SqliteRecordStore: append-only
// rows, each audited as "review.mark" against the trainee concerned.
#include <nlohmann/json.hpp>

#include "common/CalendarDate.h"
#include "records/SqliteRecordStore.h"
#include "records/SqliteRows.h"

namespace frontline {

using namespace sqlite_rows;

Result<ReviewMark> SqliteRecordStore::markReviewed(int64_t attemptId, const std::string& by, const std::string& note) {
    if (auto s = checkEmpno("trainer (by)", by); !s) return s.error();
    if (auto s = checkText("note", note, kMaxLongText, false, true); !s) return s.error();
    ReviewMark m{0, attemptId, by, nowTimestamp(), note};
    auto s = db_.transaction([&]() -> Status {
        auto a = findAttemptRow(db_, attemptId);
        if (!a) return a.error();
        if (a->status == AttemptStatus::InProgress)
            return makeError("attempt " + std::to_string(attemptId) + " is still in progress; mark it reviewed once it has ended");
        auto t = findTraineeById(db_, a->traineeId);
        if (!t) return t.error();
        auto st = db_.prepare("INSERT INTO review_marks(attempt_id, reviewed_by, at, note) VALUES (?1, ?2, ?3, ?4) RETURNING id");
        if (!st) return st.error();
        st->bind(1, attemptId).bind(2, by).bind(3, m.at).bind(4, note);
        auto id = insertReturningId(*st);
        if (!id) return id.error();
        m.id = *id;
        nlohmann::json details = {{"attempt", attemptId}, {"note", note}};
        return appendAudit(by, "review.mark", t->empno, dumpJson(details));
    });
    if (!s) return s.error();
    return m;
}

Result<std::vector<ReviewMark>> SqliteRecordStore::reviewMarks(const std::vector<int64_t>& attemptIds) const {
    std::vector<ReviewMark> out;
    if (attemptIds.empty()) return out;
    // The ids travel as one JSON array, so one prepared statement serves any number of them.
    auto st = db_.prepare("SELECT id, attempt_id, reviewed_by, at, note FROM review_marks "
                          "WHERE attempt_id IN (SELECT value FROM json_each(?1)) ORDER BY id");
    if (!st) return st.error();
    st->bind(1, nlohmann::json(attemptIds).dump());
    auto s = eachRow(*st, [&](const Statement& row) {
        out.push_back({row.columnInt(0), row.columnInt(1), row.columnText(2), row.columnText(3), row.columnText(4)});
    });
    if (!s) return s.error();
    return out;
}

} // namespace frontline
