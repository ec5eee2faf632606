// End-to-end tests of trainer access from the command line: PINs read from
// standard input (never argv), the lock-out seen through 'trainee show',
// editing and reactivating people, and the audit log that records it all.
#include <algorithm>
#include <catch2/catch.hpp>
#include <initializer_list>
#include <nlohmann/json.hpp>

#include "CommandRunner.h"
#include "TestData.h"
#include "records/RecordStore.h"

using namespace frontline;
using namespace frontline::test;
using nlohmann::json;

namespace {

class AccessDb {
public:
    AccessDb() : path_((dir_.path() / "records.db").string()) {
        ok({"trainee", "add", "--empno", "T1", "--name", "王老師", "--role", "trainer"});
        ok({"trainee", "add", "--empno", "T2", "--name", "李老师", "--role", "trainer", "--by", "T1"});
        ok({"trainee", "add", "--empno", "E1", "--name", "陳美玲", "--team", "客服二組", "--hire-date", "2026-01-05", "--by", "T1"});
    }

    const std::filesystem::path& dir() const { return dir_.path(); }

    // input, when given, is piped to the command's standard input.
    CommandResult run(std::initializer_list<std::string> args, const std::string& input = "") const {
        std::string line = "FRONTLINE_CLI";
        for (const auto& a : args) line += " " + shellQuote(a);
        line += " --db " + shellQuote(path_);
        if (!input.empty()) line = "printf '%s' " + shellQuote(input) + " | " + line;
        return runCommand(line);
    }
    CommandResult ok(std::initializer_list<std::string> args, const std::string& input = "") const {
        return requireSuccess(run(args, input));
    }
    json okJson(std::initializer_list<std::string> args) const { return requireJson(ok(args)); }
    json audit() const { return okJson({"audit", "--json"})["entries"]; }

    // A PIN check as the app makes it on sign-in.
    PinCheck::Outcome check(const std::string& empno, const std::string& pin) const {
        auto store = openSqliteRecordStore(path_);
        REQUIRE(store);
        auto r = (*store)->checkPin(empno, pin);
        REQUIRE(r);
        return r->outcome;
    }

private:
    TempDir dir_;
    std::string path_;
};

} // namespace

TEST_CASE("trainee set-pin reads the PIN from standard input and audits who set it", "[e2e][access]") {
    AccessDb db;
    auto first = db.ok({"trainee", "set-pin", "--empno", "T1"}, "2468\n");
    CHECK(first.out == "set the PIN of T1 王老師 (by cli)\n");
    auto reset = db.ok({"trainee", "set-pin", "--empno", "E1", "--by", "T1"}, "１３５７９\n"); // full-width digits
    CHECK(reset.out.find("set the PIN of E1 陳美玲 (by T1)") == 0);
    CHECK(db.check("E1", "13579") == PinCheck::Outcome::Accepted);
    CHECK(db.ok({"trainee", "set-pin", "--empno", "E1", "--by", "T2"}, "97531").out.find("reset the PIN of E1") == 0);

    auto log = db.audit();
    REQUIRE(log.size() == 6); // three adds, set, set, reset
    CHECK(log[3]["action"] == "pin.set");
    CHECK(log[3]["actor"] == "cli");
    CHECK(log[3]["subject"] == "T1");
    CHECK(log[5]["action"] == "pin.reset");
    CHECK(log[5]["actor"] == "T2");
    CHECK(log.dump().find("2468") == std::string::npos);
    CHECK(log.dump().find("97531") == std::string::npos);

    auto show = db.okJson({"trainee", "show", "--empno", "E1", "--json"});
    CHECK(show["pin"]["set"] == true);
    CHECK(show["pin"]["locked"] == false);
    CHECK(db.ok({"trainee", "show", "--empno", "T2"}).out.find("\nPIN: none\n") != std::string::npos);
}

TEST_CASE("trainee set-pin refuses bad PINs and helpers in one line, writing nothing", "[e2e][access]") {
    AccessDb db;
    const size_t entries = db.audit().size();
    for (const std::string& bad : {std::string("123\n"), std::string("12ab34\n"), std::string("1234567890123\n"), std::string("")}) {
        INFO(bad);
        auto r = db.run({"trainee", "set-pin", "--empno", "E1"}, bad);
        CHECK(r.exitCode == 1);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("frontline-cli trainee set-pin: ", 0) == 0);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    }
    CHECK(db.run({"trainee", "set-pin", "--empno", "E1"}, "123\n").err.find("4 to 12 digits") != std::string::npos);
    CHECK(db.run({"trainee", "set-pin", "--empno", "E1"}, "").err.find("no PIN on standard input") != std::string::npos);
    auto helper = db.run({"trainee", "set-pin", "--empno", "E1", "--by", "E1"}, "2468\n");
    CHECK(helper.exitCode == 1);
    CHECK(helper.err.find("not a trainer") != std::string::npos);
    CHECK(db.run({"trainee", "set-pin", "--empno", "NOBODY"}, "2468\n").exitCode == 1);
    auto argv = db.run({"trainee", "set-pin", "--empno", "E1", "--pin", "2468"});
    CHECK(argv.exitCode == 2); // there is no way to put a PIN on the command line
    CHECK(argv.err.find("unknown option '--pin'") != std::string::npos);
    CHECK(db.audit().size() == entries);
    CHECK(db.okJson({"trainee", "show", "--empno", "E1", "--json"})["pin"]["set"] == false);
}

TEST_CASE("five wrong PINs lock the account; show says so; a reset by another trainer unlocks it", "[e2e][access]") {
    AccessDb db;
    db.ok({"trainee", "set-pin", "--empno", "T1"}, "2468\n");
    for (int i = 0; i < 4; ++i) CHECK(db.check("T1", "8642") == PinCheck::Outcome::Wrong);
    CHECK(db.ok({"trainee", "show", "--empno", "T1"}).out.find("PIN: set, 4 wrong in a row") != std::string::npos);
    CHECK(db.check("T1", "8642") == PinCheck::Outcome::Locked);
    CHECK(db.check("T1", "2468") == PinCheck::Outcome::Locked);
    auto show = db.okJson({"trainee", "show", "--empno", "T1", "--json"});
    CHECK(show["pin"]["locked"] == true);
    CHECK(show["pin"]["failed_tries"] == 5);
    CHECK(db.ok({"trainee", "show", "--empno", "T1"}).out.find("PIN: set, locked since ") != std::string::npos);

    auto reset = db.ok({"trainee", "set-pin", "--empno", "T1", "--by", "T2"}, "2468\n");
    CHECK(reset.out.find("; the account is unlocked") != std::string::npos);
    CHECK(db.check("T1", "2468") == PinCheck::Outcome::Accepted);
    auto log = db.audit();
    std::vector<std::string> actions;
    for (const auto& e : log) actions.push_back(e["action"].get<std::string>() + " by " + e["actor"].get<std::string>());
    CHECK(actions == std::vector<std::string>{"trainee.add by cli", "trainee.add by T1", "trainee.add by T1", "pin.set by cli",
                                              "pin.locked by system", "pin.reset by T2", "signin by T1"});
    CHECK(log[5]["details"]["unlocked"] == true);
}

TEST_CASE("trainee edit changes the fields given and audits before and after", "[e2e][access]") {
    AccessDb db;
    auto r = db.ok({"trainee", "edit", "--empno", "E1", "--name", "陈美玲", "--team", "客服一组", "--by", "T1"});
    CHECK(r.out == "edited E1 (by T1): name 陳美玲 -> 陈美玲, team 客服二組 -> 客服一组\n");
    auto shown = db.okJson({"trainee", "show", "--empno", "E1", "--json"});
    CHECK(shown["name"] == "陈美玲");
    CHECK(shown["hire_date"] == "2026-01-05"); // not given, not changed
    db.ok({"trainee", "edit", "--empno", "E1", "--role", "agent", "--hire-date", "2026-02-02", "--by", "T2"});
    CHECK(db.ok({"trainee", "edit", "--empno", "E1", "--role", "agent", "--by", "T2"}).out == "no change for E1 陈美玲\n");

    auto log = db.okJson({"audit", "--empno", "E1", "--json"})["entries"];
    REQUIRE(log.size() == 3); // add and two edits; no entry for no change
    CHECK(log[1]["details"] == json::parse(R"({"name": {"before": "陳美玲", "after": "陈美玲"},
                                               "team": {"before": "客服二組", "after": "客服一组"}})"));
    CHECK(log[2]["actor"] == "T2");
    CHECK(log[2]["details"]["role"] == json::parse(R"({"before": "trainee", "after": "agent"})"));

    const size_t entries = db.audit().size();
    auto bad = db.run({"trainee", "edit", "--empno", "E1", "--hire-date", "2026-02-30", "--by", "T1"});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.find("February 2026 has 28 days") != std::string::npos);
    CHECK(db.run({"trainee", "edit", "--empno", "E1", "--by", "T1"}).err.find("nothing to change") != std::string::npos);
    CHECK(db.run({"trainee", "edit", "--empno", "E1", "--name", "x"}).exitCode == 2); // --by is required
    CHECK(db.run({"trainee", "edit", "--empno", "E1", "--name", "x", "--by", "E1"}).err.find("not a trainer") != std::string::npos);
    auto self = db.run({"trainee", "edit", "--empno", "T1", "--role", "agent", "--by", "T1"});
    CHECK(self.exitCode == 1);
    CHECK(self.err.find("cannot change their own role") != std::string::npos);
    CHECK(db.run({"trainee", "edit", "--empno", "NOBODY", "--name", "x", "--by", "T1"}).exitCode == 1);
    CHECK(db.audit().size() == entries);
}

TEST_CASE("trainee activate brings a deactivated person back, once", "[e2e][access]") {
    AccessDb db;
    db.ok({"trainee", "deactivate", "--empno", "E1", "--by", "T1"});
    CHECK(db.ok({"trainee", "activate", "--empno", "E1", "--by", "T2"}).out == "reactivated E1 陳美玲 (by T2)\n");
    CHECK(db.okJson({"trainee", "show", "--empno", "E1", "--json"})["active"] == true);
    auto again = db.run({"trainee", "activate", "--empno", "E1", "--by", "T2"});
    CHECK(again.exitCode == 1);
    CHECK(again.err.find("already active") != std::string::npos);
    CHECK(db.audit().back()["action"] == "trainee.activate");
}

TEST_CASE("audit lists oldest first, keeps one person with --empno, and prints text", "[e2e][access]") {
    AccessDb db;
    auto text = db.ok({"audit"}).out;
    CHECK(text.find("  cli  trainee.add  T1  {") != std::string::npos);
    CHECK(text.find("  T1  trainee.add  E1  {") > text.find("  T1  trainee.add  T2  {"));
    CHECK(text.substr(text.size() - 10) == "3 entries\n");
    CHECK(db.okJson({"audit", "--empno", "T2", "--json"})["entries"].size() == 1);
    CHECK(db.ok({"audit", "--empno", "X9"}).out == "no audit entries about X9\n");
    CHECK(db.run({"audit", "--empno", "bad empno"}).exitCode == 2);
    CHECK(db.run({"audit", "extra"}).exitCode == 2);
}
