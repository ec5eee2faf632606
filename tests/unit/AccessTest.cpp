// Trainer access: the PIN policy, the salted slow hash, the lock-out after five
// wrong PINs, trainee edits, and the audit trail, which must never hold a PIN.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "TestData.h"
#include "access/PinHash.h"
#include "records/SqliteRecordStore.h"
#include "store/Database.h"
#include "store/Migrations.h"

using namespace frontline;

namespace {

// Long and unusual, so finding it in the database file cannot be chance.
const std::string kPin = "73915024";
const std::string kOtherPin = "60481357";

struct AccessFixture {
    test::TempDir tmp;
    std::string path = (tmp.path() / "records.db").string();
    std::unique_ptr<RecordStore> store;

    AccessFixture() {
        auto s = openSqliteRecordStore(path);
        REQUIRE(s);
        store = std::move(s.value());
        add("T1", "王老師", Role::Trainer);
        add("T2", "李老师", Role::Trainer);
        add("E1", "陳美玲", Role::Trainee);
    }

    void add(const std::string& empno, const std::string& name, Role role) {
        Trainee t;
        t.empno = empno;
        t.name = name;
        t.team = "客服二組";
        t.role = role;
        t.hireDate = "2026-01-05";
        REQUIRE(store->addTrainee(t, "cli"));
    }

    PinCheck check(const std::string& empno, const std::string& pin) {
        auto r = store->checkPin(empno, pin);
        REQUIRE(r);
        return *r;
    }

    std::vector<AuditEntry> audit(const std::optional<std::string>& subject) {
        auto r = store->audit(subject);
        REQUIRE(r);
        return *r;
    }
};

bool anyAction(const std::vector<AuditEntry>& log, const std::string& action) {
    for (const auto& e : log) {
        if (e.action == action) return true;
    }
    return false;
}

} // namespace

TEST_CASE("PIN policy: 4 to 12 digits; full-width digits from a Chinese input method count", "[access]") {
    CHECK(normalizePin("1234").value() == "1234");
    CHECK(normalizePin("１２３４５６").value() == "123456");   // full-width, as an IME in full-width mode types them
    CHECK(normalizePin("12３４").value() == "1234");           // mixed
    CHECK(normalizePin(" 2468\n").value() == "2468");          // a line read from a file or a stray space
    CHECK(normalizePin("\u30002468\u3000").value() == "2468"); // ideographic spaces around it
    CHECK(normalizePin("123456789012").value() == "123456789012");
    for (const char* bad : {"", "123", "1234567890123", "12a4", "12 34", "一二三四", "１２３", "12.4", "-1234", "\xff\xfe\x31\x32"}) {
        INFO(bad);
        auto r = normalizePin(bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.find("PIN") != std::string::npos);
    }
    auto tooLong = normalizePin("9876543210987");
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().message.find("9876543210987") == std::string::npos); // never echoes what was typed
    CHECK(tooLong.error().message.find("4 to 12 digits") != std::string::npos);
}

TEST_CASE("PIN hash: Argon2id, salted, verifies only the right PIN", "[access]") {
    auto a = hashPin(kPin);
    auto b = hashPin(kPin);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->rfind("$argon2id$", 0) == 0);
    CHECK(*a != *b); // a fresh salt each time
    CHECK(a->find(kPin) == std::string::npos);
    CHECK(verifyPin(*a, kPin));
    CHECK(verifyPin(*b, kPin));
    CHECK_FALSE(verifyPin(*a, kOtherPin));
    CHECK_FALSE(verifyPin(*a, kPin + "0"));
    CHECK_FALSE(verifyPin("not a hash", kPin));
    CHECK_FALSE(verifyPin("", kPin));
    CHECK_FALSE(hashPin("12a4")); // only what the policy accepts is hashed
}

TEST_CASE("setPin: audited as set, then reset, by whom, without the PIN", "[access][records]") {
    AccessFixture f;
    CHECK_FALSE(f.store->credentialState("T1")->pinSet);
    CHECK(f.check("T1", kPin).outcome == PinCheck::Outcome::NoPin);

    REQUIRE(f.store->setPin("T1", kPin, "cli"));
    auto state = f.store->credentialState("T1");
    REQUIRE(state);
    CHECK(state->pinSet);
    CHECK_FALSE(state->locked);
    REQUIRE(f.store->setPin("T1", "６０４８１３５７", "T2")); // kOtherPin in full width

    auto log = f.audit("T1");
    REQUIRE(log.size() == 3); // trainee.add, pin.set, pin.reset
    CHECK(log[1].action == "pin.set");
    CHECK(log[1].actor == "cli");
    CHECK(log[2].action == "pin.reset");
    CHECK(log[2].actor == "T2");
    CHECK(log[2].detailsJson == "{}");
    CHECK(f.check("T1", kOtherPin).outcome == PinCheck::Outcome::Accepted);
    CHECK(f.check("T1", kPin).outcome == PinCheck::Outcome::Wrong);

    const auto before = f.audit("E1").size();
    CHECK(f.store->setPin("E1", "123", "T1").error().message.find("4 to 12 digits") != std::string::npos);
    CHECK(f.store->setPin("E1", "abcd", "T1").error().message.find("digits only") != std::string::npos);
    CHECK_FALSE(f.store->setPin("NOBODY", kPin, "T1"));
    CHECK_FALSE(f.store->setPin("E1", kPin, ""));
    CHECK(f.audit("E1").size() == before);
    CHECK_FALSE(f.store->credentialState("E1")->pinSet);
    CHECK_FALSE(f.store->credentialState("NOBODY"));
}

TEST_CASE("lock-out: the fifth wrong PIN in a row locks; only a reset opens it", "[access][records]") {
    AccessFixture f;
    REQUIRE(f.store->setPin("T1", kPin, "cli"));
    for (int tries = 1; tries <= 4; ++tries) {
        auto r = f.check("T1", kOtherPin);
        CHECK(r.outcome == PinCheck::Outcome::Wrong);
        CHECK(r.triesLeft == kMaxPinTries - tries);
    }
    CHECK(f.store->credentialState("T1")->failedTries == 4);
    CHECK_FALSE(anyAction(f.audit("T1"), "pin.locked"));

    CHECK(f.check("T1", kOtherPin).outcome == PinCheck::Outcome::Locked); // the fifth
    auto state = f.store->credentialState("T1");
    CHECK(state->locked);
    CHECK_FALSE(state->lockedAt.empty());
    CHECK(f.check("T1", kPin).outcome == PinCheck::Outcome::Locked); // even the right PIN
    auto log = f.audit("T1");
    REQUIRE(log.back().action == "pin.locked");
    CHECK(log.back().actor == "system");
    CHECK(nlohmann::json::parse(log.back().detailsJson)["wrong_tries"] == 5);
    CHECK_FALSE(anyAction(log, "signin"));

    REQUIRE(f.store->setPin("T1", kPin, "T2")); // another trainer resets it
    CHECK(f.audit("T1").back().action == "pin.reset");
    CHECK(nlohmann::json::parse(f.audit("T1").back().detailsJson)["unlocked"] == true);
    CHECK_FALSE(f.store->credentialState("T1")->locked);
    CHECK(f.check("T1", kPin).outcome == PinCheck::Outcome::Accepted);
    log = f.audit("T1");
    CHECK(log.back().action == "signin");
    CHECK(log.back().actor == "T1");
}

TEST_CASE("lock-out counts consecutive wrong PINs only; text that is no PIN is not a try", "[access][records]") {
    AccessFixture f;
    REQUIRE(f.store->setPin("E1", kPin, "T1"));
    CHECK(f.check("E1", kOtherPin).triesLeft == 4);
    CHECK(f.check("E1", kOtherPin).triesLeft == 3);
    CHECK(f.check("E1", "７３９１５０２４").outcome == PinCheck::Outcome::Accepted); // full width, right
    CHECK(f.store->credentialState("E1")->failedTries == 0);
    CHECK(f.check("E1", kOtherPin).triesLeft == 4);
    CHECK_FALSE(f.store->checkPin("E1", "密码"));
    CHECK_FALSE(f.store->checkPin("E1", ""));
    CHECK(f.store->credentialState("E1")->failedTries == 1);
    CHECK_FALSE(anyAction(f.audit("E1"), "signin")); // a trainee's sign-in is not a trainer action
    CHECK_FALSE(f.store->checkPin("NOBODY", kPin));

    auto states = f.store->credentialStates();
    REQUIRE(states);
    CHECK(states->size() == 1);
    CHECK(states->at("E1").failedTries == 1);
}

TEST_CASE("no PIN, not even a hash of it, reaches the audit log; the PIN is nowhere in the database file", "[access][records]") {
    AccessFixture f;
    REQUIRE(f.store->setPin("T1", kPin, "cli"));
    REQUIRE(f.store->setPin("E1", kOtherPin, "T1"));
    for (int i = 0; i < kMaxPinTries; ++i) f.check("E1", kPin);
    REQUIRE(f.store->setPin("E1", kOtherPin, "T2"));
    f.check("T1", kPin);
    f.check("T1", kOtherPin);
    for (const auto& e : f.audit(std::nullopt)) {
        INFO(e.action << " " << e.detailsJson);
        CHECK(e.detailsJson.find(kPin) == std::string::npos);
        CHECK(e.detailsJson.find(kOtherPin) == std::string::npos);
        CHECK(e.detailsJson.find("argon2") == std::string::npos);
    }
    // The main file and the write-ahead log, as a thief would copy them.
    for (const auto& file : std::filesystem::directory_iterator(f.tmp.path())) {
        const std::string bytes = test::readFile(file.path());
        INFO(file.path());
        CHECK(bytes.find(kPin) == std::string::npos);
        CHECK(bytes.find(kOtherPin) == std::string::npos);
    }
}

TEST_CASE("updateTrainee: changed fields only, with before and after, checked like addTrainee", "[access][records]") {
    AccessFixture f;
    Trainee t = f.store->trainee("E1").value();
    t.name = "陈美玲";
    t.team = "客服一组";
    auto updated = f.store->updateTrainee(t, "T1");
    REQUIRE(updated);
    CHECK(updated->name == "陈美玲");
    CHECK(updated->active);
    CHECK(f.store->trainee("E1")->team == "客服一组");
    auto log = f.audit("E1");
    REQUIRE(log.back().action == "trainee.edit");
    CHECK(log.back().actor == "T1");
    auto details = nlohmann::json::parse(log.back().detailsJson);
    CHECK(details.size() == 2);
    CHECK(details["name"]["before"] == "陳美玲");
    CHECK(details["name"]["after"] == "陈美玲");
    CHECK(details["team"]["after"] == "客服一组");

    const auto entries = f.audit("E1").size();
    REQUIRE(f.store->updateTrainee(t, "T1")); // nothing changes: nothing audited
    CHECK(f.audit("E1").size() == entries);

    t.role = Role::Agent;
    t.hireDate = "";
    REQUIRE(f.store->updateTrainee(t, "T2"));
    details = nlohmann::json::parse(f.audit("E1").back().detailsJson);
    CHECK(details["role"]["before"] == "trainee");
    CHECK(details["role"]["after"] == "agent");
    CHECK(details["hire_date"]["before"] == "2026-01-05");
    CHECK(details["hire_date"]["after"] == "");
    CHECK(f.store->trainee("E1")->hireDate.empty());

    Trainee bad = t;
    bad.hireDate = "2026-02-30";
    CHECK(f.store->updateTrainee(bad, "T1").error().message.find("hire date") != std::string::npos);
    bad = t;
    bad.name = "  ";
    CHECK_FALSE(f.store->updateTrainee(bad, "T1"));
    bad = t;
    bad.empno = "NOBODY";
    CHECK_FALSE(f.store->updateTrainee(bad, "T1"));
    CHECK_FALSE(f.store->updateTrainee(t, ""));
    CHECK(f.audit("E1").size() == entries + 1);
}

TEST_CASE("a third-schema database upgrades in place: people stay and can be given PINs", "[access][records][store]") {
    test::TempDir tmp;
    auto path = tmp.path() / "v3.db";
    {
        // What the release with schema 3 wrote; raw SQLite, since Database::open would migrate it.
        REQUIRE(Database::currentSchemaVersion() >= 4);
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &raw) == SQLITE_OK);
        std::string sql = std::string(migrations()[0].sql) + migrations()[1].sql + migrations()[2].sql +
                          "PRAGMA user_version = 3;"
                          "INSERT INTO trainees(empno, name, team, role, active, created_at) "
                          "VALUES ('T9', '張老師', '培訓組', 'trainer', 1, '2025-01-01T00:00:00Z');";
        CHECK(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    auto store = openSqliteRecordStore(path.string());
    REQUIRE(store);
    CHECK((*store)->trainee("T9")->name == "張老師");
    CHECK_FALSE((*store)->credentialState("T9")->pinSet);
    REQUIRE((*store)->setPin("T9", kPin, "cli"));
    CHECK((*store)->checkPin("T9", kPin)->outcome == PinCheck::Outcome::Accepted);
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(db->schemaVersion() == Database::currentSchemaVersion());
    // The schema takes hashes only: a bare PIN is refused even past the store.
    CHECK_FALSE(db->exec("INSERT INTO credentials(trainee_id, pin_hash, set_at) VALUES (2, '7391', '2026-01-01T00:00:00Z')"));
    Trainee e2;
    e2.empno = "E2";
    e2.name = "新人";
    REQUIRE((*store)->addTrainee(e2, "T9"));
    CHECK_FALSE(db->exec("INSERT INTO credentials(trainee_id, pin_hash, set_at) VALUES (2, '7391', '2026-01-01T00:00:00Z')"));
    CHECK(db->exec("INSERT INTO credentials(trainee_id, pin_hash, set_at) VALUES (2, '$argon2id$v=19$x', '2026-01-01T00:00:00Z')"));
}
