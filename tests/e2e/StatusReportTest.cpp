// frontline-cli status and report on a fresh database, in every format, and
// their answers to bad input: one clear line and a non-zero exit.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "CommandRunner.h"
#include "TestData.h"

using namespace frontline::test;

namespace {

// A fresh database with two trainees in two teams and a trainer.
class Records {
public:
    Records() {
        db_ = shellQuote((dir_.path() / "records.db").string());
        must("trainee add --empno T001 --name 'Trainer Zhou' --role trainer");
        must("trainee add --empno E1001 --name '王,芳' --team '一组' --hire-date 2026-02-20");
        must("trainee add --empno E1002 --name 'Li \"Lee\"' --team '二组'");
    }
    CommandResult run(const std::string& args) const { return runCommand("FRONTLINE_CLI " + args + " --db " + db_); }
    void must(const std::string& args) const {
        INFO(args);
        requireSuccess(run(args));
    }
    std::filesystem::path dir() const { return dir_.path(); }

private:
    TempDir dir_;
    std::string db_;
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

int lineCount(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

} // namespace

TEST_CASE("status shows the day progress, the state and why, and the year's hours", "[cli][status]") {
    Records db;
    // The first write that the rules read records the first state, with its reason.
    auto hours = db.run("hours add --trainee E1001 --minutes 90 --kind annual --topic '课堂：投诉处理' --date 2026-03-01 --by T001");
    REQUIRE(hours.exitCode == 0);
    CHECK(contains(hours.out, "certification: none -> in-training: onboarding is not complete"));
    auto r = db.run("status --trainee E1001 --date 2026-03-02");
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(contains(r.out, "E1001 王,芳 · team 一组 · trainee · as of 2026-03-02\n"));
    CHECK(contains(r.out, "state: in-training: onboarding is not complete (0 of 3 days done) and the certification is not passed\n"));
    CHECK_FALSE(contains(r.out, "state change recorded")); // hours add already recorded it
    CHECK(contains(r.out, "  - day 1: scenario 'order-status' not started (needs 70)\n"));
    CHECK(contains(r.out, "  day 2 问题解决与业务知识 / Problem solving and product knowledge: 0 of 4 done, 6 h planned, locked\n"));
    CHECK(contains(r.out, "  written test 'onboarding-certification': score -, 0 of 3 attempts used\n"));
    CHECK(
        contains(r.out, "annual 2026: 90 of 480 min (390 left), 0 of 2 advanced sessions, due 2026-12-31 (not owed while in training)\n"));

    // The state did not change: nothing more is recorded.
    auto again = db.run("status --trainee E1001 --date 2026-03-03");
    CHECK_FALSE(contains(again.out, "state change recorded"));
}

TEST_CASE("status --json carries the same evaluation", "[cli][status]") {
    Records db;
    auto r = db.run("status --trainee E1002 --json --date 2026-03-02");
    INFO(r.out << r.err);
    auto j = requireJson(requireSuccess(r));
    CHECK(j["trainee"]["name"] == "Li \"Lee\"");
    CHECK(j["state"] == "in-training");
    CHECK(j["date"] == "2026-03-02");
    CHECK(j["onboarding"]["days"].size() == 3);
    CHECK(j["onboarding"]["days"][1]["locked"] == true);
    CHECK(j["certification"]["rule"]["weights"]["scenarios"] == 70);
    CHECK(j["certification"]["rule"]["pass_mark"] == 80);
    CHECK(j["current_year"]["minutes_required"] == 480);
    CHECK(j["current_year"]["due_window_start"] == "2026-11-02");
    CHECK(j["recorded_event"].is_number());
    CHECK(nlohmann::json::parse(db.run("status --trainee E1002 --json --date 2026-03-02").out)["recorded_event"].is_null());
}

TEST_CASE("report writes CSV that a spreadsheet reads, with an optional BOM", "[cli][report]") {
    Records db;
    auto r = db.run("report onboarding --format csv --date 2026-03-02");
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.compare(0, 62, "empno,name,team,role,state,day1,day2,day3,onboarding_complete,") == 0);
    CHECK(contains(r.out, "\r\nE1001,\"王,芳\",一组,trainee,in-training,0/3,0/4 locked,0/4 locked,no,,,,no,,"));
    CHECK(contains(r.out, "\r\nE1002,\"Li \"\"Lee\"\"\",二组,trainee,in-training,"));
    CHECK(contains(r.out, "\r\nT001,Trainer Zhou,,trainer,in-training,"));
    CHECK(lineCount(r.out) == 4); // header and three rows, each ending CRLF
    auto bom = db.run("report annual --format csv --bom --year 2026 --date 2026-03-02");
    REQUIRE(bom.exitCode == 0);
    CHECK(bom.out.compare(0, 3, "\xEF\xBB\xBF") == 0);
    CHECK(contains(bom.out, "E1001,\"王,芳\",一组,in-training,no,0,480,480,0,2,0,2026-12-31,no,,,no\r\n"));
}

TEST_CASE("report writes JSON and Markdown, filters by team and writes files", "[cli][report]") {
    Records db;
    auto json = db.run("report annual --format json --year 2026 --team 一组 --date 2026-03-02");
    INFO(json.out << json.err);
    auto j = requireJson(requireSuccess(json));
    REQUIRE(j["rows"].size() == 1);
    CHECK(j["rows"][0]["empno"] == "E1001");
    CHECK(j["rows"][0]["minutes_required"] == 480);
    CHECK(j["rows"][0]["overdue"] == false);
    CHECK(j["report"] == "Annual training 2026 (annual 1.0.0) · team 一组");

    auto md = db.run("report cohort --format md --date 2026-03-02");
    REQUIRE(md.exitCode == 0);
    CHECK(contains(md.out, "# Cohort summary 2026\n"));
    CHECK(contains(md.out, "| 一组 | 1 | 1 | 0 | 0 | 0 | 0 |  | 0 | 0 | 0 | 0 |\n"));

    auto file = db.dir() / "onboarding.csv";
    auto out = db.run("report onboarding --format csv --bom --out " + shellQuote(file.string()));
    REQUIRE(out.exitCode == 0);
    CHECK(out.out == "wrote 3 rows to " + file.string() + "\n");
    CHECK(readFile(file).compare(0, 8,
                                 "\xEF\xBB\xBF"
                                 "empno") == 0);
}

TEST_CASE("status and report refuse bad input with one line and a non-zero exit", "[cli][status][report]") {
    Records db;
    struct Case {
        std::string args;
        int exit;
        std::string err;
    };
    std::vector<Case> cases = {
        {"status --trainee E404", 1,
         "frontline-cli status: no trainee with employee number 'E404' (see 'frontline-cli trainee list --all')\n"},
        {"status --trainee 'E1; DROP TABLE trainees'", 2, ""},
        {"status --trainee E1001 --date 2026-02-30", 2,
         "frontline-cli status: option '--date': '2026-02-30' is not a date; February 2026 has 28 days\n"},
        {"report annual --format csv --year 20x6", 2,
         "frontline-cli report: option '--year' needs a whole number from 1900 to 9999, got '20x6'\n"},
        {"report annual --format csv --year 2999 --date 2026-03-02", 2,
         "frontline-cli report: option '--year': 2999 has not started (today is 2026-03-02)\n"},
        {"report annual --format xls", 2, "frontline-cli report: option '--format' must be csv, json or md, got 'xls'\n"},
        {"report annual", 2, "frontline-cli report: missing required option '--format' (see 'frontline-cli report --help')\n"},
        {"report weekly --format csv", 2, "frontline-cli report: unknown report 'weekly': use onboarding, annual or cohort\n"},
        {"report annual --format json --bom", 2, "frontline-cli report: --bom applies to --format csv only\n"},
    };
    for (const auto& c : cases) {
        auto r = db.run(c.args);
        INFO(c.args << "\n" << r.out << r.err);
        CHECK(r.exitCode == c.exit);
        CHECK(r.out.empty());
        CHECK(lineCount(r.err) == 1);
        if (!c.err.empty()) CHECK(r.err == c.err);
    }
}

TEST_CASE("validate checks programme folders and files", "[cli][validate][programs]") {
    auto ok = runCommand("FRONTLINE_CLI validate assessments/programs");
    INFO(ok.out << ok.err);
    CHECK(ok.exitCode == 0);
    CHECK(ok.out == "assessments/programs/onboarding.json: ok, onboarding programme onboarding 1.0.0, 3 days\n"
                    "assessments/programs/annual.json: ok, annual programme annual 1.0.0\n"
                    "total: 0 packs, 2 programmes, 0 errors, 0 warnings\n");
    auto broken = runCommand("FRONTLINE_CLI validate tests/data/programs/weights-sum.json");
    CHECK(broken.exitCode == 1);
    CHECK(broken.out == "tests/data/programs/weights-sum.json:199:16: error: weights sum to 90, must be 100 (scenarios 70 + written 20) "
                        "(at /certification/weights)\ntests/data/programs/weights-sum.json: 1 error\n");
}
