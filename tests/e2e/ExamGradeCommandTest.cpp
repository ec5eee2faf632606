// frontline-cli exam pending / exam grade end to end: a GIFT bank with an
// essay is imported into a temporary assessments folder, an exam drawing the
// essay is sat, the attempt waits for a trainer in 'status' and 'exam
// pending', and the trainer's grade gives it its score and an audit entry.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "CommandRunner.h"
#include "TestData.h"

using namespace frontline::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const char* kExam = R"({
  "format": "frontline-exam/1",
  "id": "gift-essay",
  "version": "1.0.0",
  "title": {"zh-CN": "GIFT 案例笔试", "en": "GIFT essay test"},
  "bank": "all-constructs",
  "draw": [
    {"category": "c-6b75c996", "count": 1, "type": "single_choice"},
    {"category": "c-8bdcc858", "count": 1, "type": "case_analysis"}
  ],
  "time_limit_minutes": 20,
  "pass_mark": 80,
  "max_attempts": 0,
  "training_kind": "annual"
})";

const char* kAnswers = R"({"time_spent_seconds": 600,
  "answers": {"greet-first-words": "a", "q-318f0f28": "先向客户致歉並共情：「非常理解您的心情」，說明退貨期政策，再申请主管特批换货。"}})";

class GiftExam {
public:
    GiftExam() : db_((dir_.path() / "records.db").string()), assessments_(dir_.path() / "assessments") {
        fs::create_directories(assessments_ / "banks");
        fs::create_directories(assessments_ / "exams");
        requireSuccess(runCommand("FRONTLINE_CLI import-gift tests/data/gift/all-constructs.gift --out " +
                                  shellQuote((assessments_ / "banks" / "all-constructs.zh-CN.json").string())));
        writeFile(assessments_ / "exams" / "gift-essay.json", kExam);
        writeFile(dir_.path() / "answers.json", kAnswers);
        ok("trainee add --empno T1 --name 王老师 --role trainer");
        ok("trainee add --empno E1 --name 張偉 --hire-date 2026-01-05 --by T1");
    }

    CommandResult run(const std::string& args) const { return runCommand("FRONTLINE_CLI " + args + " --db " + shellQuote(db_)); }
    const CommandResult& ok(const std::string& args) {
        last_ = run(args);
        return requireSuccess(last_);
    }
    json okJson(const std::string& args) { return requireJson(ok(args)); }
    json take() {
        return okJson("exam take --exam gift-essay --trainee E1 --seed 1 --json --answers " +
                      shellQuote((dir_.path() / "answers.json").string()) + " --assessments " + shellQuote(assessments_.string()));
    }

private:
    TempDir dir_;
    std::string db_;
    fs::path assessments_;
    CommandResult last_;
};

} // namespace

TEST_CASE("a trainer grades a GIFT essay: pending, graded, scored and audited", "[cli][exam][grading]") {
    GiftExam g;
    json taken = g.take();
    REQUIRE(taken["pending_review"] == true);
    CHECK(taken["percent"] == 50);
    const int64_t attempt = taken["attempt"];

    json status = g.okJson("status --trainee E1 --json");
    REQUIRE(status["exams_waiting_for_trainer"].size() == 1);
    CHECK(status["exams_waiting_for_trainer"][0]["attempt"] == attempt);
    CHECK(status["exams_waiting_for_trainer"][0]["exam"] == "gift-essay");
    CHECK(g.ok("status --trainee E1").out.find("written exam 'gift-essay' (attempt " + std::to_string(attempt)) != std::string::npos);

    json pending = g.okJson("exam pending --json");
    REQUIRE(pending["pending"].size() == 1);
    const json& p = pending["pending"][0];
    CHECK(p["attempt"] == attempt);
    CHECK(p["trainee"] == "E1");
    CHECK(p["pass_mark"] == 80);
    REQUIRE(p["questions"].size() == 1);
    CHECK(p["questions"][0]["id"] == "q-318f0f28");
    CHECK(p["questions"][0]["points"] == 1);
    CHECK(p["questions"][0]["text"].get<std::string>().find("空气净化器") != std::string::npos);
    CHECK(p["questions"][0]["answer"] == "先向客户致歉並共情：「非常理解您的心情」，說明退貨期政策，再申请主管特批换货。");

    const std::string id = std::to_string(attempt);
    auto graded = g.ok("exam grade --attempt " + id + " --points q-318f0f28=0.6 --reason '共情到位，方案不够具体。' --by T1");
    CHECK(graded.out.find("score: waiting for a trainer -> 80/100 (1.6 of 2 points), pass mark 80: passed\n") != std::string::npos);

    CHECK(g.okJson("exam pending --json")["pending"].empty());
    CHECK(g.okJson("status --trainee E1 --json")["exams_waiting_for_trainer"].empty());
    json audit = g.okJson("audit --json");
    const json& last = audit["entries"].back();
    CHECK(last["action"] == "exam.grade");
    CHECK(last["actor"] == "T1");
    CHECK(last["subject"] == "E1");
    CHECK(last["details"]["attempt"] == attempt);
    CHECK(last["details"]["exam"] == "gift-essay");
    CHECK(last["details"]["points"] == json{{"q-318f0f28", 0.6}});
    CHECK(last["details"]["old"]["score"].is_null());
    CHECK(last["details"]["new"]["score"] == 80);
    CHECK(last["details"]["reason"] == "共情到位，方案不够具体。");

    // Graded once: a second grade is refused and changes nothing.
    auto again = g.run("exam grade --attempt " + id + " --points q-318f0f28=1 --reason 改分 --by T1");
    CHECK(again.exitCode == 1);
    CHECK(again.err == "frontline-cli exam grade: written exam attempt " + id + " is not waiting for a trainer's grade\n");
    CHECK(g.okJson("audit --json")["entries"].size() == audit["entries"].size());
}

TEST_CASE("exam grade refuses bad points, a missing reason and a non-trainer, writing nothing", "[cli][exam][grading]") {
    GiftExam g;
    const std::string id = std::to_string(g.take()["attempt"].get<int64_t>());
    const size_t audits = g.okJson("audit --json")["entries"].size();
    auto refused = [&](const std::string& args, int code, const std::string& message) {
        auto r = g.run("exam grade --attempt " + id + " " + args);
        INFO(r.out << r.err);
        CHECK(r.exitCode == code);
        CHECK(r.out.empty());
        CHECK(r.err == "frontline-cli exam grade: " + message + "\n");
    };
    refused("--points q-318f0f28=2 --reason 好 --by T1", 1, "question 'q-318f0f28' takes 0 to 1 points in steps of 0.01, not 2");
    refused("--points q-318f0f28=0.555 --reason 好 --by T1", 2,
            "option '--points' for 'q-318f0f28' must be a number with at most two decimals, got '0.555'");
    refused("--points q-318f0f28 --reason 好 --by T1", 2,
            "option '--points' must be QUESTION_ID=N (such as essay-1=3.5), got 'q-318f0f28'");
    refused("--points q-318f0f28=1 --points greet-first-words=1 --reason 好 --by T1", 1,
            "question 'greet-first-words' is not waiting for a trainer; its score stands");
    refused("--points nope=1 --points q-318f0f28=1 --reason 好 --by T1", 1, "written exam attempt " + id + " has no question 'nope'");
    refused("--points q-318f0f28=1 --by T1", 2, "missing required option '--reason' (see 'frontline-cli exam grade --help')");
    refused("--points q-318f0f28=1 --reason 好 --by E1", 1, "--by: 'E1' (張偉) is a trainee, not a trainer");
    CHECK(g.okJson("exam pending --json")["pending"].size() == 1);
    CHECK(g.okJson("audit --json")["entries"].size() == audits);
}
