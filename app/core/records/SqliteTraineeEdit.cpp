// Editing a person's profile in SqliteRecordStore: the audit entry keeps the
// before and after of each changed field, so a changed name or role can be
// traced to the trainer who changed it.
#include <nlohmann/json.hpp>

#include "records/SqliteRecordStore.h"
#include "records/SqliteRows.h"

namespace frontline {

using namespace sqlite_rows;

Result<Trainee> SqliteRecordStore::updateTrainee(const Trainee& t, const std::string& by) {
    for (const Status& s : {checkTraineeFields(t), checkEmpno("trainer (by)", by)}) {
        if (!s) return s.error();
    }
    Trainee out;
    auto s = db_.transaction([&]() -> Status {
        auto before = findTrainee(db_, t.empno);
        if (!before) return before.error();
        out = *before;
        nlohmann::json changes = nlohmann::json::object();
        auto change = [&](const char* field, const std::string& was, const std::string& now) {
            if (was != now) changes[field] = {{"before", was}, {"after", now}};
        };
        change("name", before->name, t.name);
        change("team", before->team, t.team);
        change("hire_date", before->hireDate, t.hireDate);
        change("role", roleId(before->role), roleId(t.role));
        if (changes.empty()) return ok();
        auto st = db_.prepare("UPDATE trainees SET name = ?1, team = ?2, hire_date = ?3, role = ?4 WHERE id = ?5");
        if (!st) return st.error();
        st->bind(1, t.name).bind(2, t.team).bind(4, std::string(roleId(t.role))).bind(5, before->id);
        bindEmptyAsNull(*st, 3, t.hireDate);
        if (auto r = st->run(); !r) return r;
        out.name = t.name;
        out.team = t.team;
        out.hireDate = t.hireDate;
        out.role = t.role;
        return appendAudit(by, "trainee.edit", t.empno, dumpJson(changes));
    });
    if (!s) return s.error();
    return out;
}

} // namespace frontline
