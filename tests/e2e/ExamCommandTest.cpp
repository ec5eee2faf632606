// End-to-end tests of `frontline-cli exam` on the small bank and exams of
// tests/data/exams (--assessments), each on a fresh database: exact scores
// with partial credit, what status and hours then show, attempt limits and
// the retake wait, and answers files with errors, which write nothing.
#include <algorithm>
#include <catch2/catch.hpp>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>

#include "CommandRunner.h"
#include "TestData.h"
#include "common/CalendarDate.h"
#include "records/RecordStore.h"

using namespace frontline;
using namespace frontline::test;
using nlohmann::json;

namespace {

const std::string kAssessments = "tests/data/exams";
const std::string kAnswers = "tests/data/exams/answers/";

// A fresh records database with a trainer T1 and a trainee E1, and the CLI
// pointed at it and at the test exams.
class ExamDb {
public:
    ExamDb() : path_((dir_.path() / "records.db").string()) {
        ok({"trainee", "add", "--empno", "T1", "--name", "王老师", "--role", "trainer"});
        ok({"trainee", "add", "--empno", "E1", "--name", "張偉😀", "--hire-date", "2026-01-05", "--by", "T1"});
    }

    CommandResult run(std::initializer_list<std::string> args) const {
        std::string line = "FRONTLINE_CLI";
        for (const auto& a : args) line += " " + shellQuote(a);
        // exam paper and list read no records; every other command takes --db.
        std::vector<std::string> words(args);
        bool exam = words[0] == "exam", records = !exam || (words.size() > 1 && words[1] == "take");
        if (records) line += " --db " + shellQuote(path_);
        return runCommand(line + (exam ? " --assessments " + kAssessments : ""));
    }

    CommandResult ok(std::initializer_list<std::string> args) const { return requireSuccess(run(args)); }
    json okJson(std::initializer_list<std::string> args) const { return requireJson(ok(args)); }

    json take(const std::string& exam, const std::string& answers, std::initializer_list<std::string> extra = {}) const {
        std::string line = "FRONTLINE_CLI exam take --exam " + shellQuote(exam) + " --trainee E1 --answers " +
                           shellQuote(kAnswers + answers) + " --json --db " + shellQuote(path_) + " --assessments " + kAssessments;
        for (const auto& a : extra) line += " " + shellQuote(a);
        return requireJson(requireSuccess(runCommand(line)));
    }

    TraineeHistory history() const {
        auto s = openSqliteRecordStore(path_);
        REQUIRE(s);
        auto h = (*s)->history("E1");
        REQUIRE(h);
        return *h;
    }

private:
    TempDir dir_;
    std::string path_;
};

// A refusal: non-zero exit, nothing on stdout, one line "frontline-cli exam take: ..." on stderr.
void checkRefused(const CommandResult& r, int code, const std::string& mentions) {
    INFO(r.err);
    CHECK(r.exitCode == code);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("frontline-cli exam take: ", 0) == 0);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(r.err.find(mentions) != std::string::npos);
}

std::map<std::string, double> earnedById(const json& result) {
    std::map<std::string, double> out;
    for (const auto& q : result["questions"]) out[q["id"].get<std::string>()] = q["earned"].get<double>();
    return out;
}

const json& examItem(const json& status, const std::string& exam) {
    for (const auto& day : status["onboarding"]["days"])
        for (const auto& item : day["items"])
            if (item.value("exam", "") == exam) return item;
    FAIL("no item for exam " + exam);
    static json none;
    return none;
}

} // namespace

TEST_CASE("exam list and paper show the exams without the right answers", "[cli][exam]") {
    auto valid = runCommand("FRONTLINE_CLI validate " + kAssessments);
    INFO(valid.out + valid.err);
    CHECK(valid.exitCode == 0);
    ExamDb db;
    auto list = db.ok({"exam", "list"});
    CHECK(list.out.find("onboarding-day1-quiz  第一天测验  7 questions from exam-test  20 min  pass mark 60  2 attempts\n") !=
          std::string::npos);
    CHECK(list.out.find(
              "onboarding-day2-quiz  第二天测验  1 question from exam-test  10 min  pass mark 100  unlimited attempts, 24 h apart\n") !=
          std::string::npos);

    auto paper = db.okJson({"exam", "paper", "--exam", "onboarding-day1-quiz", "--seed", "7", "--json"});
    CHECK(paper["seed"] == 7);
    REQUIRE(paper["questions"].size() == 7);
    std::vector<std::string> ids;
    for (const auto& q : paper["questions"]) ids.push_back(q["id"]);
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<std::string>{"case-01", "flow-03", "forbid-02", "greet-01", "match-01", "time-01", "time-02"});
    std::string text = paper.dump();
    for (const char* secret : {"credit", "correct", "right", "model_answers", "criteria", "feedback"})
        CHECK(text.find(secret) == std::string::npos);
    for (const auto& q : paper["questions"]) {
        if (q["type"] == "single_choice") CHECK(q["options"].size() == 4);
        if (q["type"] == "matching") CHECK(q["answers"].size() == 4); // three answers and a distractor
    }
    CHECK(db.okJson({"exam", "paper", "--exam", "onboarding-day1-quiz", "--seed", "7", "--json"}) == paper);
    auto en = db.ok({"exam", "paper", "--exam", "onboarding-day2-quiz", "--seed", "1", "--lang", "en"});
    CHECK(en.out.find("Which first line is best when you pick up a call?") != std::string::npos);
    CHECK(en.out.find("Hello, how can I help you today?") != std::string::npos);
}

TEST_CASE("exam take scores partial credit exactly and records the attempt with its time", "[cli][exam]") {
    ExamDb db;
    auto r = db.take("onboarding-day1-quiz", "day1-partial.json", {"--seed", "7"});
    // single choice 50% of 2, multichoice 50+50-50 of 2, true/false, wildcard
    // 25% of 2 for full-width "４５分钟", range 50% of 1 for "８", 2 of 3 pairs,
    // the case graded 50 (empathy, no time) of 4.
    CHECK(earnedById(r) ==
          std::map<std::string, double>{
              {"greet-01", 1}, {"flow-03", 1}, {"forbid-02", 1}, {"time-01", 0.5}, {"time-02", 0.5}, {"match-01", 2}, {"case-01", 2}});
    CHECK(r["earned_points"] == 8.0);
    CHECK(r["possible_points"] == 15.0);
    CHECK(r["percent"] == 53);
    CHECK(r["passed"] == false);
    CHECK(r["pending_review"] == false);
    CHECK(r["seed"] == 7);
    CHECK(r["training_minutes"] == 20); // 25 minutes spent, the limit is 20
    CHECK(r["answers"]["case-01"] == "非常理解您的心情😀，我马上帮您查一下。");
    for (const auto& q : r["questions"]) {
        if (q["id"] == "case-01") CHECK(q["explanation"]["score"] == 50);
    }
    for (const auto& c : r["categories"]) {
        if (c["category"] == "policy/returns") CHECK((c["earned"] == 1.0 && c["possible"] == 3.0 && c["percent"] == 33));
    }

    auto h = db.history();
    REQUIRE(h.assessments.size() == 1);
    const auto& a = h.assessments[0];
    CHECK(a.id == r["attempt"].get<int64_t>());
    CHECK(a.examId == "onboarding-day1-quiz");
    CHECK(a.seed == 7);
    CHECK(a.status == AttemptStatus::Completed);
    CHECK(a.score == 53);
    CHECK_FALSE(a.passed);
    CHECK(a.activeSeconds == 1200);
    CHECK(*parseTimestamp(a.endedAt) - *parseTimestamp(a.startedAt) == 1500);
    CHECK(json::parse(a.resultJson)["question_order"] == r["question_order"]);
    REQUIRE(h.training.size() == 1);
    CHECK(h.training[0].minutes == 20);
    CHECK(h.training[0].kind == TrainingKind::Onboarding);
    CHECK(h.training[0].source == TrainingSource::App);
    CHECK(h.training[0].topic == "第一天测验");
    CHECK(h.training[0].assessmentId == a.id);

    auto status = db.okJson({"status", "--trainee", "E1", "--json"});
    const json& item = examItem(status, "onboarding-day1-quiz");
    CHECK(item["attempts"] == 1);
    CHECK(item["best_score"] == 53);
    CHECK(item["status"] == "in-progress"); // 53 is below the day's minimum of 70
    auto hours = db.okJson({"hours", "list", "--trainee", "E1", "--json"});
    CHECK(hours["total_minutes"] == 20);
}

TEST_CASE("exam take prints each question, the categories and the total against the pass mark", "[cli][exam]") {
    ExamDb db;
    auto r = db.ok(
        {"exam", "take", "--exam", "onboarding-day1-quiz", "--trainee", "E1", "--answers", kAnswers + "day1-partial.json", "--seed", "7"});
    for (const char* line :
         {"第一天测验 · E1 張偉😀\n", "exam onboarding-day1-quiz 1.0.0 · bank exam-test (zh-CN) 1.2.0 · seed 7\n",
          ". greet-01  1/2  partial (50%)\n", "      > 礼貌，但没有主动提供帮助。\n", ". forbid-02  1/1  ✓\n",
          ". time-01  0.5/2  partial (25%)\n", ". match-01  2/3  partial (66.67%)\n",
          "      score 50/100 (criteria 50)  grader rubric-2.0\n", "        + 共情 (50/50, communication) \"理解您\"\n",
          "        - 时限 (0/50, communication)\n", "  policy/returns 退换货  1/3 (33%)\n",
          "total 8/15 points: 53% · pass mark 60 · failed\n", "; 20 min of onboarding training credited (the time limit is 20 min)\n"}) {
        INFO(line);
        CHECK(r.out.find(line) != std::string::npos);
    }
    CHECK(r.out.find("timeliness") == std::string::npos); // a written answer has no reply clock
}

TEST_CASE("the total rounds down, a second attempt can pass, a third is refused and writes nothing", "[cli][exam]") {
    ExamDb db;
    db.take("onboarding-day1-quiz", "day1-partial.json", {"--seed", "3"});
    auto second = db.take("onboarding-day1-quiz", "day1-good.json", {"--seed", "11"});
    CHECK(second["earned_points"] == 13.0);
    CHECK(second["percent"] == 86); // 86.67 rounded down
    CHECK(second["passed"] == true);
    CHECK(second["training_minutes"] == 10); // 610 s
    auto third = db.run({"exam", "take", "--exam", "onboarding-day1-quiz", "--trainee", "E1", "--answers", kAnswers + "day1-good.json"});
    checkRefused(third, 1, "E1 張偉😀 has used all 2 attempts at exam 'onboarding-day1-quiz'");
    auto h = db.history();
    CHECK(h.assessments.size() == 2);
    CHECK(h.training.size() == 2);
    auto status = db.okJson({"status", "--trainee", "E1", "--json"});
    CHECK(examItem(status, "onboarding-day1-quiz")["best_score"] == 86);
}

TEST_CASE("a retake waits the exam's hours after the last attempt ended", "[cli][exam]") {
    ExamDb db;
    auto first = db.take("onboarding-day2-quiz", "day2.json", {"--date", "2026-03-02"});
    CHECK(first["percent"] == 100);
    CHECK(first["training_minutes"] == 2); // 95 s rounds to 2 minutes
    auto early = db.run(
        {"exam", "take", "--exam", "onboarding-day2-quiz", "--trainee", "E1", "--answers", kAnswers + "day2.json", "--date", "2026-03-02"});
    checkRefused(early, 1,
                 "E1 張偉😀 may retake exam 'onboarding-day2-quiz' from 2026-03-03T23:59:59Z, 24 h after the last attempt ended "
                 "(2026-03-02T23:59:59Z)");
    CHECK(db.history().assessments.size() == 1);
    db.take("onboarding-day2-quiz", "day2.json", {"--date", "2026-03-03"}); // exactly 24 h later
    auto h = db.history();
    REQUIRE(h.assessments.size() == 2);
    CHECK(h.assessments[1].endedAt == "2026-03-03T23:59:59Z");
    REQUIRE(h.training.size() == 2);
    CHECK(h.training[0].date == "2026-03-02");
    CHECK(h.training[1].date == "2026-03-03");
}

TEST_CASE("annual exam time counts toward this year's hours; an essay waiting for a trainer does not pass", "[cli][exam]") {
    ExamDb db;
    auto r = db.take("annual-refresher", "annual.json", {"--seed", "5"});
    CHECK(r["percent"] == 28); // 2 of 7 points: the essay scores 0 until graded
    CHECK(r["pending_review"] == true);
    CHECK(r["passed"] == false);
    CHECK(r["training_minutes"] == 30); // 1830 s, at most the 30-minute limit
    auto status = db.okJson({"status", "--trainee", "E1", "--json"});
    CHECK(status["current_year"]["minutes_done"] == 30);
    auto h = db.history(); // recorded without a score: the rules wait for the trainer's grade
    REQUIRE(h.assessments.size() == 1);
    CHECK_FALSE(h.assessments[0].score);
    auto text = db.ok({"exam", "take", "--exam", "annual-refresher", "--trainee", "E1", "--answers", kAnswers + "annual.json"});
    CHECK(text.out.find("essay-01  0/5  pending review (a trainer grades it)\n") != std::string::npos);
    CHECK(text.out.find("not passed yet: a case analysis waits for a trainer's grade") != std::string::npos);
}

TEST_CASE("a random seed is printed and replays the same paper", "[cli][exam]") {
    ExamDb db;
    auto r = db.ok({"exam", "take", "--exam", "onboarding-day1-quiz", "--trainee", "E1", "--answers", kAnswers + "day1-good.json"});
    auto at = r.out.find("seed ");
    REQUIRE(at != std::string::npos);
    auto h = db.history();
    REQUIRE(h.assessments.size() == 1);
    std::string seed = std::to_string(h.assessments[0].seed);
    CHECK(r.out.find("seed " + seed + " was drawn at random; --seed " + seed + " replays this paper\n") != std::string::npos);
    auto paper = db.okJson({"exam", "paper", "--exam", "onboarding-day1-quiz", "--seed", seed, "--json"});
    json order = json::array();
    for (const auto& q : paper["questions"]) order.push_back(q["id"]);
    CHECK(json::parse(h.assessments[0].resultJson)["question_order"] == order);
}

TEST_CASE("bad answers files are reported at file:line:column and nothing is written", "[cli][exam]") {
    ExamDb db;
    auto bad = db.run(
        {"exam", "take", "--exam", "onboarding-day1-quiz", "--trainee", "E1", "--answers", kAnswers + "day1-bad.json", "--seed", "7"});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.empty());
    const std::string file = kAnswers + "day1-bad.json";
    CHECK(bad.err ==
          "frontline-cli exam take: " + file +
              ":4:17: error: the answer to 'greet-01' (single_choice): expected one option id (text, such as \"a\"), got integer "
              "(at /answers/greet-01)\n"
              "frontline-cli exam take: " +
              file +
              ":5:22: error: the answer to 'flow-03' (multiple_choice): no option 'z' (the options are a, b, c, d) (at "
              "/answers/flow-03/1)\n"
              "frontline-cli exam take: " +
              file +
              ":7:35: error: the answer to 'match-01' (matching): no pair '7' (the pairs are 1, 2, 3) (at /answers/match-01/7)\n"
              "frontline-cli exam take: " +
              file +
              ":8:17: error: question 'essay-01' is not on this paper (exam 'onboarding-day1-quiz', seed 7) (at /answers/essay-01)\n");
    auto malformed =
        db.run({"exam", "take", "--exam", "onboarding-day1-quiz", "--trainee", "E1", "--answers", kAnswers + "day1-malformed.json"});
    checkRefused(malformed, 1, kAnswers + "day1-malformed.json:4:13: error: malformed JSON: ");
    checkRefused(db.run({"exam", "take", "--exam", "onboarding-day1-quiz", "--trainee", "E1", "--answers", kAnswers + "missing.json"}), 1,
                 "missing.json: error: cannot read file");
    auto h = db.history();
    CHECK(h.assessments.empty());
    CHECK(h.training.empty());
}

TEST_CASE("exam take refuses unknown people, exams and options in one line", "[cli][exam]") {
    ExamDb db;
    const std::string answers = kAnswers + "day1-good.json";
    checkRefused(db.run({"exam", "take", "--exam", "onboarding-day1-quiz", "--trainee", "E404", "--answers", answers}), 1,
                 "no trainee with employee number 'E404'");
    checkRefused(db.run({"exam", "take", "--exam", "no-such-exam", "--trainee", "E1", "--answers", answers}), 1,
                 "no exam 'no-such-exam' in tests/data/exams (it has: annual-refresher, onboarding-day1-quiz, onboarding-day2-quiz)");
    checkRefused(db.run({"exam", "take", "--exam", "onboarding-day1-quiz", "--trainee", "E1", "--answers", answers, "--lang", "fr"}), 2,
                 "option '--lang' must be zh-CN or en, got 'fr'");
    checkRefused(db.run({"exam", "take", "--exam", "onboarding-day1-quiz", "--trainee", "E1"}), 2, "missing required option '--answers'");
    checkRefused(db.run({"exam", "take", "--exam", "onboarding-day1-quiz", "--trainee", "E1", "--answers", answers, "--seed", "-1"}), 2,
                 "option '--seed' needs a whole number");
    checkRefused(
        db.run({"exam", "take", "--exam", "onboarding-day1-quiz", "--trainee", "E1", "--answers", answers, "--date", "2999-01-01"}), 2,
        "option '--date': 2999-01-01 is in the future");
    db.ok({"trainee", "deactivate", "--empno", "E1", "--by", "T1"});
    checkRefused(db.run({"exam", "take", "--exam", "onboarding-day1-quiz", "--trainee", "E1", "--answers", answers}), 1,
                 "E1 張偉😀 is deactivated");
    CHECK(db.history().assessments.empty());
    auto usage = db.run({"exam", "regrade"});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err == "frontline-cli exam: unknown subcommand 'regrade' (see 'frontline-cli exam --help')\n");
}
