// Sign-in PINs of SqliteRecordStore: setting and checking them, the lock-out
// after kMaxPinTries wrong ones, and what the screens show about them. Hashing
// and verifying are slow on purpose, so they run before a transaction opens,
// never inside one (which would hold the write lock for every other seat).
#include <nlohmann/json.hpp>

#include "access/PinHash.h"
#include "common/CalendarDate.h"
#include "records/SqliteRecordStore.h"
#include "records/SqliteRows.h"

namespace frontline {

using namespace sqlite_rows;

namespace {

struct CredentialRow {
    std::string pinHash;
    CredentialState state;
};

CredentialState readState(const Statement& st, int firstCol) {
    CredentialState s;
    s.pinSet = true;
    s.failedTries = static_cast<int>(st.columnInt(firstCol));
    if (!st.columnIsNull(firstCol + 1)) s.lockedAt = st.columnText(firstCol + 1);
    s.locked = !s.lockedAt.empty();
    return s;
}

Result<std::optional<CredentialRow>> findCredential(Database& db, int64_t traineeId) {
    auto st = db.prepare("SELECT pin_hash, failed_tries, locked_at FROM credentials WHERE trainee_id = ?1");
    if (!st) return st.error();
    st->bind(1, traineeId);
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return std::optional<CredentialRow>();
    return std::optional<CredentialRow>(CredentialRow{st->columnText(0), readState(*st, 1)});
}

PinCheck outcome(PinCheck::Outcome o, int triesLeft = 0) { return PinCheck{o, triesLeft}; }

} // namespace

Status SqliteRecordStore::setPin(const std::string& empno, const std::string& typed, const std::string& by) {
    if (auto s = checkEmpno("trainer (by)", by); !s) return s;
    auto pin = normalizePin(typed);
    if (!pin) return pin.error();
    if (auto t = findTrainee(db_, empno); !t) return t.error(); // before the slow hash
    auto hash = hashPin(*pin);
    if (!hash) return hash.error();
    return db_.transaction([&]() -> Status {
        auto t = findTrainee(db_, empno);
        if (!t) return t.error();
        auto before = findCredential(db_, t->id);
        if (!before) return before.error();
        auto st = db_.prepare("INSERT INTO credentials(trainee_id, pin_hash, failed_tries, locked_at, set_at) VALUES (?1, ?2, 0, NULL, ?3) "
                              "ON CONFLICT(trainee_id) DO UPDATE SET pin_hash = excluded.pin_hash, failed_tries = 0, locked_at = NULL, "
                              "set_at = excluded.set_at");
        if (!st) return st.error();
        st->bind(1, t->id).bind(2, *hash).bind(3, nowTimestamp());
        if (auto r = st->run(); !r) return r;
        nlohmann::json details = nlohmann::json::object();
        if (*before && (*before)->state.locked) details["unlocked"] = true;
        return appendAudit(by, *before ? "pin.reset" : "pin.set", empno, dumpJson(details));
    });
}

Result<PinCheck> SqliteRecordStore::checkPin(const std::string& empno, const std::string& typed) {
    auto pin = normalizePin(typed);
    if (!pin) return pin.error();
    auto t = findTrainee(db_, empno);
    if (!t) return t.error();
    auto stored = findCredential(db_, t->id);
    if (!stored) return stored.error();
    if (!*stored) return outcome(PinCheck::Outcome::NoPin);
    if ((*stored)->state.locked) return outcome(PinCheck::Outcome::Locked);
    const bool right = verifyPin((*stored)->pinHash, *pin);

    PinCheck result;
    auto s = db_.transaction([&]() -> Status {
        // Read again: another seat may have counted a try, or reset the PIN, meanwhile.
        auto now = findCredential(db_, t->id);
        if (!now) return now.error();
        if (!*now) {
            result = outcome(PinCheck::Outcome::NoPin);
            return ok();
        }
        if ((*now)->state.locked) {
            result = outcome(PinCheck::Outcome::Locked);
            return ok();
        }
        if ((*now)->pinHash != (*stored)->pinHash) return makeError("the PIN of '" + empno + "' was just changed; try again");
        auto st = db_.prepare("UPDATE credentials SET failed_tries = ?1, locked_at = ?2 WHERE trainee_id = ?3");
        if (!st) return st.error();
        if (right) {
            st->bind(1, int64_t{0}).bindNull(2).bind(3, t->id);
            if (auto r = st->run(); !r) return r;
            result = outcome(PinCheck::Outcome::Accepted);
            if (t->role != Role::Trainer) return ok();
            return appendAudit(empno, "signin", empno, "{}");
        }
        const int tries = (*now)->state.failedTries + 1;
        const bool lock = tries >= kMaxPinTries;
        st->bind(1, static_cast<int64_t>(tries)).bind(3, t->id);
        if (lock)
            st->bind(2, nowTimestamp());
        else
            st->bindNull(2);
        if (auto r = st->run(); !r) return r;
        if (!lock) {
            result = outcome(PinCheck::Outcome::Wrong, kMaxPinTries - tries);
            return ok();
        }
        result = outcome(PinCheck::Outcome::Locked);
        return appendAudit("system", "pin.locked", empno, dumpJson({{"wrong_tries", tries}}));
    });
    if (!s) return s.error();
    return result;
}

Result<CredentialState> SqliteRecordStore::credentialState(const std::string& empno) const {
    auto t = findTrainee(db_, empno);
    if (!t) return t.error();
    auto row = findCredential(db_, t->id);
    if (!row) return row.error();
    return *row ? (*row)->state : CredentialState{};
}

Result<std::map<std::string, CredentialState>> SqliteRecordStore::credentialStates() const {
    auto st = db_.prepare("SELECT t.empno, c.failed_tries, c.locked_at FROM credentials c JOIN trainees t ON t.id = c.trainee_id");
    if (!st) return st.error();
    std::map<std::string, CredentialState> out;
    if (auto s = eachRow(*st, [&](const Statement& row) { out[row.columnText(0)] = readState(row, 1); }); !s) return s.error();
    return out;
}

} // namespace frontline
