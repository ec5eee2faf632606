// End-to-end tests of the record-keeping commands: trainee, hours, override,
// note, sample and play --trainee, each on a fresh database in a temp folder.
// Bad input must give one clear line, a non-zero exit and write nothing.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <ctime>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>

#include "CommandRunner.h"
#include "TestData.h"
#include "common/CalendarDate.h"
#include "records/QaSample.h"
#include "records/RecordStore.h"
#include "store/Database.h"

using namespace frontline;
using namespace frontline::test;
using nlohmann::json;

namespace {

const std::string kScripts = "tests/data/scripts/core-zh/";

// A fresh records database and the CLI pointed at it.
class RecordsDb {
public:
    RecordsDb() : path_((dir_.path() / "records.db").string()) {}

    const std::string& path() const { return path_; }
    const std::filesystem::path& dir() const { return dir_.path(); }

    CommandResult run(std::initializer_list<std::string> args) const {
        std::string line = "FRONTLINE_CLI";
        for (const auto& a : args) line += " " + shellQuote(a);
        return runCommand(line + " --db " + shellQuote(path_));
    }

    // Runs a command that must succeed.
    CommandResult ok(std::initializer_list<std::string> args) const { return requireSuccess(run(args)); }
    json okJson(std::initializer_list<std::string> args) const { return requireJson(ok(args)); }

    json traineesJson() const { return okJson({"trainee", "list", "--all", "--json"}); }
    json hoursJson(const std::string& empno) const { return okJson({"hours", "list", "--trainee", empno, "--json"}); }

    std::unique_ptr<RecordStore> store() const {
        auto s = openSqliteRecordStore(path_);
        INFO((s ? std::string() : s.error().message));
        REQUIRE(s);
        return std::move(*s);
    }

    // A trainer T1 (王老师), a trainee E1 (張偉 with an emoji, Traditional team
    // name) and an agent A1.
    void seed() const {
        ok({"trainee", "add", "--empno", "T1", "--name", "王老师", "--role", "trainer"});
        ok({"trainee", "add", "--empno", "E1", "--name", "張偉😀", "--team", "客服一組", "--hire-date", "2026-01-05", "--by", "T1"});
        ok({"trainee", "add", "--empno", "A1", "--name", "李娜", "--team", "客服二组", "--role", "agent", "--by", "T1"});
    }

    // Plays a bundled core-zh scenario for a person; returns play's JSON.
    json play(const std::string& empno, const std::string& scenario, const std::string& script,
              std::initializer_list<std::string> extra = {}) const {
        std::string line = "FRONTLINE_CLI play --pack scenarios/core-zh --scenario " + shellQuote(scenario) + " --responses " +
                           shellQuote(script) + " --json --trainee " + shellQuote(empno) + " --db " + shellQuote(path_);
        for (const auto& a : extra) line += " " + shellQuote(a);
        return requireJson(runCommand(line));
    }

private:
    TempDir dir_;
    std::string path_;
};

// A refusal: non-zero exit, nothing on stdout, one line "frontline-cli COMMAND: ..." on stderr.
void checkRefused(const CommandResult& r, const std::string& command, const std::string& mentions = "") {
    INFO(r.err);
    CHECK(r.exitCode != 0);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("frontline-cli " + command + ": ", 0) == 0);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    if (!mentions.empty()) CHECK(r.err.find(mentions) != std::string::npos);
}

// The ISO week holding today's UTC date ("2026-W48"), as the attempts' end times.
std::string currentIsoWeek() {
    auto today = CalendarDate::ofTimestamp(nowTimestamp());
    REQUIRE(today);
    CalendarDate thursday = today->plusDays(4 - isoWeekday(*today));
    int week = static_cast<int>((thursday.dayNumber() - CalendarDate{thursday.year, 1, 1}.dayNumber()) / 7 + 1);
    return std::to_string(thursday.year) + "-W" + (week < 10 ? "0" : "") + std::to_string(week);
}

} // namespace

TEST_CASE("trainee add, list, show and deactivate on a fresh database, in any script", "[cli][records][trainee]") {
    RecordsDb db;
    auto empty = db.traineesJson();
    CHECK(empty["trainees"].empty());
    db.seed();
    auto added = db.ok({"trainee", "add", "--empno", "E2", "--name", "陳美玲 🌸", "--team", "客服一組", "--by", "T1"});
    CHECK(added.out == "added trainee E2 陳美玲 🌸, team 客服一組\n");

    auto list = db.traineesJson()["trainees"];
    REQUIRE(list.size() == 4);
    CHECK(list[0]["empno"] == "A1");
    CHECK(list[0]["role"] == "agent");
    CHECK(list[1]["empno"] == "E1");
    CHECK(list[1]["name"] == "張偉😀");
    CHECK(list[1]["team"] == "客服一組");
    CHECK(list[1]["hire_date"] == "2026-01-05");
    CHECK(list[1]["role"] == "trainee");
    CHECK(list[1]["active"] == true);
    CHECK(list[2]["name"] == "陳美玲 🌸");
    CHECK(list[3]["role"] == "trainer");

    auto team = db.okJson({"trainee", "list", "--team", "客服一組", "--json"})["trainees"];
    REQUIRE(team.size() == 2);
    CHECK(team[0]["empno"] == "E1");
    CHECK(team[1]["empno"] == "E2");
    auto text = db.ok({"trainee", "list"});
    CHECK(text.out.find("E1  張偉😀  trainee, team 客服一組, hired 2026-01-05\n") != std::string::npos);
    CHECK(text.out.find("4 people\n") != std::string::npos);

    auto show = db.okJson({"trainee", "show", "--empno", "E1", "--json"});
    CHECK(show["name"] == "張偉😀");
    CHECK(show["attempts"]["total"] == 0);
    CHECK(show["hours_this_year"]["minutes"] == 0);
    auto showText = db.ok({"trainee", "show", "--empno", "E1"});
    CHECK(showText.out.rfind("E1  張偉😀\n", 0) == 0);

    auto off = db.ok({"trainee", "deactivate", "--empno", "E2", "--by", "T1"});
    CHECK(off.out == "deactivated E2 陳美玲 🌸 (by T1)\n");
    CHECK(db.okJson({"trainee", "list", "--json"})["trainees"].size() == 3);
    auto all = db.traineesJson()["trainees"];
    REQUIRE(all.size() == 4);
    CHECK(all[2]["active"] == false);
    checkRefused(db.run({"trainee", "deactivate", "--empno", "E2", "--by", "T1"}), "trainee deactivate", "already deactivated");
    checkRefused(db.run({"trainee", "deactivate", "--empno", "T1", "--by", "T1"}), "trainee deactivate", "themselves");
    checkRefused(db.run({"trainee", "deactivate", "--empno", "E1"}), "trainee deactivate", "--by");
    checkRefused(db.run({"trainee", "deactivate", "--empno", "E1", "--by", "A1"}), "trainee deactivate", "not a trainer");
    checkRefused(db.run({"trainee", "deactivate", "--empno", "NOBODY", "--by", "T1"}), "trainee deactivate", "no trainee");
    checkRefused(db.run({"trainee", "show", "--empno", "NOBODY"}), "trainee show", "no trainee with employee number 'NOBODY'");
    CHECK(db.traineesJson()["trainees"] == all);
}

TEST_CASE("SQL metacharacters in names are kept as text, not run", "[cli][records][trainee]") {
    RecordsDb db;
    db.seed();
    const std::string bobby = "Robert'); DROP TABLE trainees;--";
    const std::string odd = "O'Brien \"50%_off\" \\ ; --";
    db.ok({"trainee", "add", "--empno", "E7", "--name", bobby, "--team", "'; DELETE FROM trainees; --", "--by", "T1"});
    db.ok({"trainee", "add", "--empno", "E8", "--name", odd, "--by", "T1"});
    auto list = db.traineesJson()["trainees"];
    REQUIRE(list.size() == 5);
    CHECK(list[2]["name"] == bobby);
    CHECK(list[2]["team"] == "'; DELETE FROM trainees; --");
    CHECK(list[3]["name"] == odd);
    // Filtering by a team with LIKE wildcards matches only that exact team.
    CHECK(db.okJson({"trainee", "list", "--team", "%", "--json"})["trainees"].empty());
    // Employee numbers are identifiers: metacharacters are refused before anything is written.
    checkRefused(db.run({"trainee", "add", "--empno", "E9'; DROP TABLE trainees;--", "--name", "x"}), "trainee add",
                 "is not an employee number");
    CHECK(db.traineesJson()["trainees"] == list);
}

TEST_CASE("trainee add refuses bad input with one line and writes nothing", "[cli][records][trainee]") {
    RecordsDb db;
    db.seed();
    const json before = db.traineesJson();
    auto refused = [&](std::initializer_list<std::string> args, const std::string& mentions) {
        checkRefused(db.run(args), "trainee add", mentions);
        CHECK(db.traineesJson() == before);
    };
    refused({"trainee", "add", "--empno", "E1", "--name", "另一个人"}, "employee number 'E1' is already taken by 張偉😀");
    refused({"trainee", "add", "--empno", "E3", "--name", "x", "--hire-date", "2026-02-30"}, "February 2026 has 28 days");
    refused({"trainee", "add", "--empno", "E3", "--name", "x", "--hire-date", "2026-13-01"}, "the month must be 01 to 12");
    refused({"trainee", "add", "--empno", "E3", "--name", "x", "--hire-date", "26-1-1"}, "YYYY-MM-DD");
    refused({"trainee", "add", "--empno", "E3", "--name", "x", "--role", "boss"}, "trainee, agent or trainer");
    refused({"trainee", "add", "--empno", "E3", "--name", "   "}, "must not be blank");
    refused({"trainee", "add", "--empno", "E3", "--name", "两行\n名字"}, "control character");
    refused({"trainee", "add", "--empno", "E3", "--name", std::string(65, 'x')}, "too long");
    refused({"trainee", "add", "--empno", "E3"}, "missing required option '--name'");
    refused({"trainee", "add", "--name", "x"}, "missing required option '--empno'");
    refused({"trainee", "add", "--empno", "", "--name", "x"}, "not an employee number");
    refused({"trainee", "add", "--empno", "E3", "--name", "x", "--by", "NOBODY"}, "no trainee with employee number 'NOBODY'");
    refused({"trainee", "add", "--empno", "E3", "--name", "x", "--by", "E1"}, "is a trainee, not a trainer");
    refused({"trainee", "add", "--empno", "E3", "--name", "x", "--colour", "red"}, "unknown option '--colour'");
    // 64 characters of Chinese are fine: the limit counts characters, not bytes.
    db.ok({"trainee", "add", "--empno", "E3", "--name", [] {
               std::string s;
               for (int i = 0; i < 64; ++i) s += "名";
               return s;
           }()});
}

TEST_CASE("hours add and list: manual entries with totals per year", "[cli][records][hours]") {
    RecordsDb db;
    db.seed();
    auto r = db.ok({"hours", "add", "--trainee", "A1", "--minutes", "90", "--kind", "advanced", "--topic", "情緒管理進階 🎧", "--date",
                    "2025-12-31", "--by", "T1"});
    CHECK(r.out.rfind("recorded 1 h 30 min of advanced training for A1 李娜 on 2025-12-31: 情緒管理進階 🎧", 0) == 0);
    db.ok({"hours", "add", "--trainee", "A1", "--minutes", "45", "--kind", "annual", "--topic", "系统故障应对", "--date", "2026-01-01",
           "--by", "T1"});
    db.ok({"hours", "add", "--trainee", "A1", "--minutes", "1440", "--kind", "annual", "--topic", "外部培训", "--date", "2026-03-02",
           "--by", "T1"});

    auto all = db.hoursJson("A1");
    REQUIRE(all["entries"].size() == 3);
    CHECK(all["total_minutes"] == 90 + 45 + 1440);
    const auto& first = all["entries"][0];
    CHECK(first["date"] == "2025-12-31");
    CHECK(first["minutes"] == 90);
    CHECK(first["kind"] == "advanced");
    CHECK(first["source"] == "manual");
    CHECK(first["topic"] == "情緒管理進階 🎧");
    CHECK(first["entered_by"] == "T1");
    // The year boundary: 2025-12-31 is not 2026.
    auto y2026 = db.okJson({"hours", "list", "--trainee", "A1", "--year", "2026", "--json"});
    CHECK(y2026["entries"].size() == 2);
    CHECK(y2026["total_minutes"] == 45 + 1440);
    CHECK(db.okJson({"hours", "list", "--trainee", "A1", "--year", "2024", "--json"})["total_minutes"] == 0);
    auto text = db.ok({"hours", "list", "--trainee", "A1", "--year", "2026"});
    CHECK(text.out.find("2026-01-01  45 min  annual, manual: 系统故障应对 (by T1)") != std::string::npos);
    CHECK(text.out.find("total: 24 h 45 min in 2 entries") != std::string::npos);
}

TEST_CASE("hours add refuses bad input with one line and writes nothing", "[cli][records][hours]") {
    RecordsDb db;
    db.seed();
    db.ok({"hours", "add", "--trainee", "E1", "--minutes", "30", "--kind", "onboarding", "--topic", "服务礼仪", "--date", "2026-01-06",
           "--by", "T1"});
    db.ok({"trainee", "add", "--empno", "T2", "--name", "离职的老师", "--role", "trainer", "--by", "T1"});
    db.ok({"trainee", "deactivate", "--empno", "T2", "--by", "T1"});
    const json before = db.hoursJson("E1");
    REQUIRE(before["entries"].size() == 1);
    auto tomorrow = [] {
        std::time_t t = std::time(nullptr) + 2 * 86400;
        std::tm tm{};
        localtime_r(&t, &tm);
        return CalendarDate{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday}.toString();
    }();
    struct Case {
        std::string option, value, mentions;
    };
    for (const Case& c : std::vector<Case>{{"--minutes", "0", "from 1 to 1440"},
                                           {"--minutes", "-30", "from 1 to 1440"},
                                           {"--minutes", "1441", "from 1 to 1440"},
                                           {"--minutes", "1.5", "whole number"},
                                           {"--minutes", "abc", "whole number"},
                                           {"--minutes", "", "whole number"},
                                           {"--kind", "holiday", "annual, advanced or onboarding"},
                                           {"--topic", " ", "must not be blank"},
                                           {"--date", "2026-02-30", "February 2026 has 28 days"},
                                           {"--date", "2026-13-01", "the month must be 01 to 12"},
                                           {"--date", "26-1-1", "YYYY-MM-DD"},
                                           {"--date", "2026/01/10", "YYYY-MM-DD"},
                                           {"--date", tomorrow, "is in the future"},
                                           {"--date", "2025-12-31", "before 張偉😀's hire date 2026-01-05"},
                                           {"--trainee", "NOBODY", "no trainee with employee number 'NOBODY'"},
                                           {"--by", "NOBODY", "--by: no trainee with employee number 'NOBODY'"},
                                           {"--by", "A1", "is an agent, not a trainer"},
                                           {"--by", "T2", "is deactivated"}}) {
        INFO(c.option << " " << c.value);
        std::map<std::string, std::string> opts = {{"--trainee", "E1"}, {"--minutes", "60"},      {"--kind", "annual"},
                                                   {"--topic", "课堂"}, {"--date", "2026-02-01"}, {"--by", "T1"}};
        opts[c.option] = c.value;
        std::string line = "FRONTLINE_CLI hours add --db " + shellQuote(db.path());
        for (const auto& [k, v] : opts) line += " " + k + " " + shellQuote(v);
        checkRefused(runCommand(line), "hours add", c.mentions);
    }
    checkRefused(
        db.run({"hours", "add", "--trainee", "E1", "--minutes", "60", "--kind", "annual", "--topic", "课堂", "--date", "2026-02-01"}),
        "hours add", "missing required option '--by'");
    checkRefused(db.run({"hours", "list", "--trainee", "E1", "--year", "26"}), "hours list", "from 1900 to 9999");
    checkRefused(db.run({"hours", "list", "--trainee", "NOBODY"}), "hours list", "no trainee");
    CHECK(db.hoursJson("E1") == before);
}

TEST_CASE("play --trainee records every turn as the transcript shows it", "[cli][records][play]") {
    RecordsDb db;
    db.seed();
    auto played = db.play("E1", "late-return", kScripts + "late-return.good.txt");
    REQUIRE(played["finished"] == true);
    REQUIRE(played.contains("recorded"));
    const int64_t id = played["recorded"]["attempt"].get<int64_t>();
    CHECK(played["recorded"]["trainee"] == "E1");
    CHECK(played["recorded"]["status"] == "completed");
    CHECK(played["recorded"]["training_kind"] == "onboarding");

    auto store = db.store();
    auto a = store->attempt(id);
    REQUIRE(a);
    CHECK(a->status == AttemptStatus::Completed);
    CHECK(a->packId == played["pack"]["id"]);
    CHECK(a->packVersion == played["pack"]["version"]);
    CHECK(a->packHash == played["pack"]["hash"]);
    CHECK(a->scenarioId == "late-return");
    CHECK(a->seed == played["seed"]);
    CHECK(a->mode == PlayMode::Practice);
    CHECK(a->outcome == played["outcome"]);
    REQUIRE(a->totalScore);
    CHECK(*a->totalScore == played["total_score"]);
    CHECK(!a->endedAt.empty());
    CHECK(json::parse(a->competenciesJson).size() >= 1);
    const auto& turns = played["turns"];
    REQUIRE(a->turns.size() == turns.size());
    REQUIRE(turns.size() >= 4);
    for (size_t i = 0; i < turns.size(); ++i) {
        INFO("turn " << i + 1);
        const auto& t = a->turns[i];
        CHECK(t.index == static_cast<int>(i));
        CHECK(t.nodeId == turns[i]["node"]);
        CHECK(t.customerLine == turns[i]["customer_line"]);
        CHECK(t.reply == turns[i]["reply"]);
        CHECK(t.latencySeconds == turns[i]["latency_s"]);
        CHECK(t.score == turns[i]["score"]);
        CHECK(json::parse(t.gradeJson) == turns[i]["grade"]);
        CHECK(t.graderVersion == played["grader_version"]);
    }

    // Its practice time counts toward onboarding (a played call is at least a minute).
    auto hours = db.hoursJson("E1");
    REQUIRE(hours["entries"].size() == 1);
    CHECK(hours["entries"][0]["source"] == "app");
    CHECK(hours["entries"][0]["kind"] == "onboarding");
    CHECK(hours["entries"][0]["minutes"] == 1);
    CHECK(hours["entries"][0]["attempt"] == id);

    auto show = db.okJson({"trainee", "show", "--empno", "E1", "--json"});
    CHECK(show["attempts"]["completed"] == 1);
    CHECK(show["attempts"]["passed"] == 1);
    CHECK(show["attempts"]["recent"][0]["id"] == id);

    auto text = runCommand("FRONTLINE_CLI play --pack scenarios/core-zh --scenario order-status --responses " + kScripts +
                           "order-status.good.txt --trainee A1 --db " + shellQuote(db.path()));
    INFO(text.err);
    CHECK(text.exitCode == 0);
    CHECK(text.out.find("recorded: attempt " + std::to_string(id + 1) + " of A1 李娜 (practice, completed), 1 min of annual training\n") !=
          std::string::npos);
}

TEST_CASE("play --trainee credits active time, leaving out idle gaps over 2 minutes", "[cli][records][play]") {
    RecordsDb db;
    db.seed();
    // Latencies 50, 200 (idle), 70, 30 and 100 s: 250 s active, about 4 minutes, not 8.
    std::string good = readFile(sourceDir() / (kScripts + "late-return.good.txt"));
    std::string timed;
    const char* prefixes[] = {"[50s] ", "[200s] ", "[70s] ", "[30s] ", "[100s] "};
    size_t n = 0, pos = 0;
    for (size_t nl; (nl = good.find('\n', pos)) != std::string::npos && n < 5; pos = nl + 1) {
        timed += prefixes[n++] + good.substr(pos, nl - pos + 1);
    }
    REQUIRE(n == 5);
    writeFile(db.dir() / "timed.txt", timed);
    auto played = db.play("A1", "late-return", (db.dir() / "timed.txt").string());
    CHECK(played["recorded"]["training_minutes"] == 4);
    auto hours = db.hoursJson("A1");
    REQUIRE(hours["entries"].size() == 1);
    CHECK(hours["entries"][0]["minutes"] == 4);
    CHECK(hours["entries"][0]["kind"] == "annual");
}

TEST_CASE("play --trainee: replies that run out abandon the attempt, a killed run's attempt is closed next time", "[cli][records][play]") {
    RecordsDb db;
    db.seed();
    std::string good = readFile(sourceDir() / (kScripts + "late-return.good.txt"));
    writeFile(db.dir() / "short.txt", good.substr(0, good.find('\n', good.find('\n') + 1) + 1)); // two replies
    auto r = runCommand("FRONTLINE_CLI play --pack scenarios/core-zh --scenario late-return --responses " +
                        shellQuote((db.dir() / "short.txt").string()) + " --trainee E1 --db " + shellQuote(db.path()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("attempt 1 is recorded as abandoned") != std::string::npos);
    {
        auto store = db.store();
        auto a = store->attempt(1);
        REQUIRE(a);
        CHECK(a->status == AttemptStatus::Abandoned);
        CHECK(a->turns.size() == 2);
    }

    // A run killed after its first turn leaves an attempt in progress.
    int64_t leftover = 0;
    {
        auto store = db.store();
        auto e1 = store->trainee("E1");
        REQUIRE(e1);
        ScenarioAttempt a;
        a.traineeId = e1->id;
        a.packId = "core-zh";
        a.packVersion = "1";
        a.packHash = std::string(64, '0');
        a.scenarioId = "late-return";
        a.seed = 1;
        a.startedAt = nowTimestamp();
        auto id = store->beginAttempt(a);
        REQUIRE(id);
        leftover = *id;
        AttemptTurn t;
        t.nodeId = "start";
        t.customerLine = "顾客";
        t.reply = "您好";
        t.latencySeconds = 20;
        t.gradeJson = "{}";
        t.graderVersion = "test";
        t.recordedAt = nowTimestamp();
        REQUIRE(store->recordTurn(leftover, t));
    }
    auto next = runCommand("FRONTLINE_CLI play --pack scenarios/core-zh --scenario late-return --responses " + kScripts +
                           "late-return.good.txt --json --trainee E1 --db " + shellQuote(db.path()));
    CHECK(next.exitCode == 0);
    CHECK(next.err == "frontline-cli play: note: 1 attempt of E1 left in progress by a run that did not finish (#" +
                          std::to_string(leftover) + ") marked abandoned; 1 min of practice credited\n");
    auto store = db.store();
    auto closed = store->attempt(leftover);
    REQUIRE(closed);
    CHECK(closed->status == AttemptStatus::Abandoned);
    auto e1 = store->trainee("E1");
    auto open = store->attemptsInProgress(e1->id);
    REQUIRE(open);
    CHECK(open->empty());
}

TEST_CASE("play in certification mode: a critical error fails the call and the output names the reply", "[cli][records][play]") {
    RecordsDb db;
    db.seed();
    auto r = runCommand("FRONTLINE_CLI play --pack scenarios/core-zh --scenario angry-appliance --responses " + kScripts +
                        "angry-appliance.poor.txt --mode certification --trainee E1 --db " + shellQuote(db.path()));
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("certification: failed by a critical error (overpromise) in turn 3: \"你发差评也没用啊。") != std::string::npos);
    CHECK(r.out.find("(certification, completed)") != std::string::npos);
    auto store = db.store();
    auto a = store->attempt(1);
    REQUIRE(a);
    CHECK(a->mode == PlayMode::Certification);
    CHECK(a->criticalTurn == 2);

    // Practice mode only warns.
    auto practice = runCommand("FRONTLINE_CLI play --pack scenarios/core-zh --scenario angry-appliance --responses " + kScripts +
                               "angry-appliance.poor.txt --json");
    auto doc = requireJson(practice);
    CHECK(doc["mode"] == "practice");
    CHECK(doc["critical_turn"] == 3);
    CHECK(doc["failed_by_critical_turn"] == false);
}

TEST_CASE("play --trainee refuses what it cannot record, before recording anything", "[cli][records][play]") {
    RecordsDb db;
    db.seed();
    const std::string base =
        "FRONTLINE_CLI play --pack scenarios/core-zh --scenario late-return --responses " + kScripts + "late-return.good.txt";
    checkRefused(runCommand(base + " --trainee NOBODY --db " + shellQuote(db.path())), "play", "no trainee with employee number 'NOBODY'");
    db.ok({"trainee", "add", "--empno", "E5", "--name", "走了的人", "--by", "T1"});
    db.ok({"trainee", "deactivate", "--empno", "E5", "--by", "T1"});
    checkRefused(runCommand(base + " --trainee E5 --db " + shellQuote(db.path())), "play", "is deactivated");
    checkRefused(runCommand(base + " --mode exam --trainee E1 --db " + shellQuote(db.path())), "play", "practice or certification");
    checkRefused(runCommand(base + " --db " + shellQuote(db.path())), "play", "needs --trainee");
    writeFile(db.dir() / "empty.txt", "\n\n");
    checkRefused(runCommand("FRONTLINE_CLI play --pack scenarios/core-zh --scenario late-return --responses " +
                            shellQuote((db.dir() / "empty.txt").string()) + " --trainee E1 --db " + shellQuote(db.path())),
                 "play", "has no replies");
    auto show = db.okJson({"trainee", "show", "--empno", "E1", "--json"});
    CHECK(show["attempts"]["total"] == 0);
    CHECK(db.hoursJson("E1")["entries"].empty());
}

TEST_CASE("override appends a trainer's score and reports the new total, bad overrides change nothing", "[cli][records][override]") {
    RecordsDb db;
    db.seed();
    auto played = db.play("E1", "late-return", kScripts + "late-return.poor.txt");
    const std::string id = std::to_string(played["recorded"]["attempt"].get<int64_t>());
    const auto& turns = played["turns"];
    REQUIRE(turns.size() == 3);
    const int old1 = turns[0]["score"];
    const int total = played["total_score"];

    auto r = db.ok({"override", "--attempt", id, "--turn", "1", "--score", "95", "--reason", "问候语完整，系统漏判「您好」", "--by", "T1"});
    int newTotal = static_cast<int>(std::lround((95.0 + turns[1]["score"].get<int>() + turns[2]["score"].get<int>()) / 3));
    CHECK(r.out.find("turn 1: " + std::to_string(old1) + " -> 95 (by T1: 问候语完整，系统漏判「您好」)") != std::string::npos);
    CHECK(r.out.find("attempt total: " + std::to_string(total) + " -> " + std::to_string(newTotal) + "/100") != std::string::npos);
    auto store = db.store();
    auto overrides = store->overrides(std::stoll(id));
    REQUIRE(overrides);
    REQUIRE(overrides->size() == 1);
    CHECK((*overrides)[0].turnIndex == 0);
    CHECK((*overrides)[0].oldScore == old1);
    CHECK((*overrides)[0].newScore == 95);
    // Shown as re-scored wherever the attempt is listed.
    auto shown = db.okJson({"trainee", "show", "--empno", "E1", "--json"});
    CHECK(shown["attempts"]["recent"][0]["rescored"] == true);
    CHECK(shown["attempts"]["recent"][0]["total_score"] == newTotal);
    CHECK(db.ok({"trainee", "show", "--empno", "E1"}).out.find("(re-scored by a trainer)") != std::string::npos);

    for (auto args : std::vector<std::vector<std::string>>{
             {"--turn", "0", "--score", "80"},
             {"--turn", "4", "--score", "80"},
             {"--turn", "-1", "--score", "80"},
             {"--turn", "1", "--score", "101"},
             {"--turn", "1", "--score", "-5"},
             {"--turn", "1", "--score", "eighty"},
             {"--turn", "1", "--score", "95"},
         }) {
        INFO(args[0] << " " << args[1] << " " << args[2] << " " << args[3]);
        checkRefused(db.run({"override", "--attempt", id, args[0], args[1], args[2], args[3], "--reason", "复核", "--by", "T1"}),
                     "override");
    }
    checkRefused(db.run({"override", "--attempt", id, "--turn", "4", "--score", "80", "--reason", "复核", "--by", "T1"}), "override",
                 "has 3 turns (1 to 3); there is no turn 4");
    checkRefused(db.run({"override", "--attempt", id, "--turn", "2", "--score", "80", "--reason", "复核"}), "override",
                 "missing required option '--by'");
    checkRefused(db.run({"override", "--attempt", id, "--turn", "2", "--score", "80", "--by", "T1"}), "override",
                 "missing required option '--reason'");
    checkRefused(db.run({"override", "--attempt", id, "--turn", "2", "--score", "80", "--reason", "复核", "--by", "E1"}), "override",
                 "not a trainer");
    checkRefused(db.run({"override", "--attempt", "999", "--turn", "1", "--score", "80", "--reason", "复核", "--by", "T1"}), "override",
                 "no scenario attempt 999");
    auto after = store->overrides(std::stoll(id));
    REQUIRE(after);
    CHECK(after->size() == 1);
}

TEST_CASE("coaching notes: added by a trainer, listed oldest first", "[cli][records][note]") {
    RecordsDb db;
    db.seed();
    auto played = db.play("E1", "late-return", kScripts + "late-return.poor.txt");
    const std::string id = std::to_string(played["recorded"]["attempt"].get<int64_t>());
    db.ok({"note", "add", "--trainee", "E1", "--text", "先處理情緒，再解決問題 👍", "--by", "T1", "--attempt", id});
    db.ok({"note", "add", "--trainee", "E1", "--text", "第二次辅导：\n复述客户需求", "--by", "T1"});
    auto notes = db.okJson({"note", "list", "--trainee", "E1", "--json"})["notes"];
    REQUIRE(notes.size() == 2);
    CHECK(notes[0]["text"] == "先處理情緒，再解決問題 👍");
    CHECK(notes[0]["attempt"] == std::stoll(id));
    CHECK(notes[1]["text"] == "第二次辅导：\n复述客户需求");
    CHECK(notes[1]["attempt"].is_null());

    checkRefused(db.run({"note", "add", "--trainee", "A1", "--text", "x", "--by", "T1", "--attempt", id}), "note add",
                 "is not one of A1's attempts");
    checkRefused(db.run({"note", "add", "--trainee", "NOBODY", "--text", "x", "--by", "T1"}), "note add", "no trainee");
    checkRefused(db.run({"note", "add", "--trainee", "E1", "--text", "  ", "--by", "T1"}), "note add", "must not be blank");
    checkRefused(db.run({"note", "add", "--trainee", "E1", "--text", "x"}), "note add", "missing required option '--by'");
    CHECK(db.okJson({"note", "list", "--trainee", "E1", "--json"})["notes"].size() == 2);
    CHECK(db.okJson({"note", "list", "--trainee", "A1", "--json"})["notes"].empty());
}

TEST_CASE("sample picks a reproducible share of the week's completed attempts", "[cli][records][sample]") {
    RecordsDb db;
    db.seed();
    for (const char* s : {"late-return", "order-status", "payment-outage"}) db.play("E1", s, kScripts + s + ".good.txt");
    const std::string week = currentIsoWeek();
    auto a = db.okJson({"sample", "--week", week, "--json"});
    CHECK(a["week"] == week);
    CHECK(a["attempts"] == 3);
    CHECK(a["rate"] == 0.10);
    CHECK(a["seed"] == qaSeedFor(week));
    REQUIRE(a["sample"].size() == 1); // 10% of 3, rounded up
    CHECK(a["sample"][0]["trainee"] == "E1");
    CHECK(a["sample"][0]["name"] == "張偉😀");
    CHECK(db.okJson({"sample", "--week", week, "--json"}) == a);
    auto everyone = db.okJson({"sample", "--week", week, "--rate", "1", "--json"});
    CHECK(everyone["sample"].size() == 3);
    auto seeded = db.okJson({"sample", "--week", week, "--seed", "7", "--json"});
    CHECK(seeded["seed"] == 7);
    CHECK(seeded == db.okJson({"sample", "--week", week, "--seed", "7", "--json"}));
    auto text = db.ok({"sample", "--week", week});
    CHECK(text.out.rfind("QA sample for " + week, 0) == 0);
    CHECK(text.out.find("1 of 3 completed attempts") != std::string::npos);

    auto quiet = db.okJson({"sample", "--week", "2020-W10", "--json"});
    CHECK(quiet["from"] == "2020-03-02");
    CHECK(quiet["to"] == "2020-03-08");
    CHECK(quiet["attempts"] == 0);
    CHECK(quiet["sample"].empty());

    checkRefused(db.run({"sample", "--week", "2026-5"}), "sample", "YYYY-Www");
    checkRefused(db.run({"sample", "--week", "2021-W53"}), "sample", "2021 has weeks W01 to W52");
    checkRefused(db.run({"sample", "--week", "2026-W00"}), "sample", "W01 to W53");
    checkRefused(db.run({"sample"}), "sample", "missing required option '--week'");
    for (const char* rate : {"0", "1.5", "-0.1", "abc", "nan"}) {
        checkRefused(db.run({"sample", "--week", week, "--rate", rate}), "sample", "option '--rate'");
    }
}

TEST_CASE("the records database: default path, a missing folder, not a database, a newer schema", "[cli][records]") {
    TempDir home;
    // The default path's folder is created on first use.
    auto first = runCommand("XDG_DATA_HOME=" + shellQuote((home.path() / "data").string()) + " FRONTLINE_CLI trainee list --json");
    INFO(first.err);
    CHECK(first.exitCode == 0);
    CHECK(std::filesystem::exists(home.path() / "data" / "frontline" / "frontline.db"));

    auto missing = runCommand("FRONTLINE_CLI trainee list --db " + shellQuote((home.path() / "nowhere" / "x.db").string()));
    checkRefused(missing, "trainee list", "does not exist");
    CHECK_FALSE(std::filesystem::exists(home.path() / "nowhere"));

    writeFile(home.path() / "notes.db", "这不是数据库\n");
    checkRefused(runCommand("FRONTLINE_CLI trainee list --db " + shellQuote((home.path() / "notes.db").string())), "trainee list",
                 "is not a Frontline database");
    CHECK(readFile(home.path() / "notes.db") == "这不是数据库\n");

    const auto newer = home.path() / "newer.db";
    {
        auto created = Database::open(newer);
        REQUIRE(created);
        REQUIRE(created->exec("PRAGMA user_version = 999"));
    }
    checkRefused(runCommand("FRONTLINE_CLI trainee add --empno E1 --name x --db " + shellQuote(newer.string())), "trainee add", "newer");
}
