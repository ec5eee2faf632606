// `frontline-cli validate` on question banks, exams and assessments folders:
// the real binary on the files of tests/data/assessments/.
#include <catch2/catch.hpp>
#include <initializer_list>
#include <string>

#include "CommandRunner.h"

using namespace frontline::test;

namespace {

const std::string kData = "tests/data/assessments/";

// Report lines that all start with prefix (a file's path, or the folder of several files).
std::string report(const std::string& prefix, std::initializer_list<std::string> lines) {
    std::string out;
    for (const auto& line : lines) out += prefix + line + "\n";
    return out;
}

} // namespace

TEST_CASE("a clean assessments folder validates with a line per file", "[cli][validate][assessments]") {
    auto r = runCommand("FRONTLINE_CLI validate " + kData + "good");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out == "tests/data/assessments/good/banks/service.en.json: ok, bank service en 1.2.0, 8 questions\n"
                   "tests/data/assessments/good/banks/service.zh-CN.json: ok, bank service zh-CN 1.2.0, 8 questions\n"
                   "tests/data/assessments/good/exams/service-quiz.json: ok, exam service-quiz 1.0.0, draws 6 questions from bank service\n"
                   "tests/data/assessments/good/programs/onboarding.json: ok, onboarding programme onboarding 1.0.0, 3 days\n"
                   "total: 0 packs, 1 programme, 2 banks, 1 exam, 0 errors, 0 warnings\n");
    CHECK(r.err.empty());
}

TEST_CASE("one bank file, a banks/ folder and a pack validate together, each file once", "[cli][validate][assessments]") {
    auto one = runCommand("FRONTLINE_CLI validate " + kData + "good/banks/service.zh-CN.json");
    CHECK(one.exitCode == 0);
    CHECK(one.out == "tests/data/assessments/good/banks/service.zh-CN.json: ok, bank service zh-CN 1.2.0, 8 questions\n");

    auto mixed =
        runCommand("FRONTLINE_CLI validate tests/data/packs/mini-zh " + kData + "good/banks/service.en.json " + kData + "good/banks/");
    INFO(mixed.out);
    CHECK(mixed.exitCode == 0);
    CHECK(mixed.out.find("tests/data/packs/mini-zh: ok, 1 scenario") == 0);
    CHECK(mixed.out.find("\ntests/data/assessments/good/banks/service.en.json: ok, bank service en 1.2.0, 8 questions\n"
                         "tests/data/assessments/good/banks/service.zh-CN.json: ok, bank service zh-CN 1.2.0, 8 questions\n"
                         "total: 1 pack, 2 banks, 0 errors, 0 warnings\n") != std::string::npos);
}

TEST_CASE("a broken bank file reports every problem at its line and column", "[cli][validate][assessments]") {
    auto r = runCommand("FRONTLINE_CLI validate " + kData + "files/bad-bank.json");
    CHECK(r.exitCode == 1);
    CHECK(r.out == report("tests/data/assessments/files/bad-bank.json",
                          {":3:9: error: 'id' must be lowercase letters, digits and '-', got 'bad_bank' (at /id)",
                           ":4:15: error: 'language' must be one of zh-CN, en, got 'zh-TW' (at /language)",
                           ":5:14: error: 'version' must be a version MAJOR.MINOR.PATCH such as \"1.0.0\", got '1.0' (at /version)",
                           ":8:115: error: 'credit' must be a number from -100 to 100, got 120 (at /questions/0/options/0/credit)",
                           ":9:92: error: the positive credits of a multiple-choice question must sum to 100, got 90 (mark the right "
                           "options \"correct\": true to share 100 between them) (at /questions/1/options)",
                           ":10:5: error: missing required field 'answer' (at /questions/2/answer)",
                           ":10:12: error: duplicate question id 'q2' (first defined at /questions/1) (at /questions/2/id)",
                           ":10:52: error: 'category' must be a path of non-empty names separated by '/' such as \"policy/returns\", got "
                           "'禮儀//問候' (at /questions/2/category)",
                           ":10:87: warning: unknown key 'anwser' is ignored (at /questions/2/anwser)", ": 8 errors, 1 warning"}));
}

TEST_CASE("a broken exam file reports every problem at its line and column", "[cli][validate][assessments]") {
    auto r = runCommand("FRONTLINE_CLI validate " + kData + "files/bad-exam.json");
    CHECK(r.exitCode == 1);
    CHECK(r.out == report("tests/data/assessments/files/bad-exam.json",
                          {":5:12: error: missing required field 'en' (at /title/en)",
                           ":6:11: error: 'bank' must be lowercase letters, digits and '-', got 'Service' (at /bank)",
                           ":7:44: error: 'count' must be an integer from 1 to 1000, got 0 (at /draw/0/count)",
                           ":7:61: error: 'category' must be a path of non-empty names separated by '/' such as \"policy/returns\", got "
                           "'policy/' (at /draw/1/category)",
                           ":7:98: error: 'difficulty' must be one of easy, medium, hard, got 'extreme' (at /draw/1/difficulty)",
                           ":8:25: error: 'time_limit_minutes' must be an integer from 1 to 600, got 0 (at /time_limit_minutes)",
                           ":9:16: error: 'pass_mark' must be an integer from 0 to 100, got 120 (at /pass_mark)",
                           ":10:20: error: 'training_kind' must be one of onboarding, annual, advanced, got 'yearly' (at /training_kind)",
                           ": 8 errors"}));
}

TEST_CASE("an exams/ folder is cross-checked against the banks next to it", "[cli][validate][assessments]") {
    auto r = runCommand("FRONTLINE_CLI validate " + kData + "cross/exams");
    INFO(r.out);
    CHECK(r.exitCode == 1);
    const std::string x = "tests/data/assessments/cross/exams/";
    CHECK(
        r.out ==
        report(x, {"dup-1.json: ok, exam dup 1.0.0, draws 1 question from bank policy",
                   "dup-2.json:3:9: error: exam id 'dup' is already used by " + x + "dup-1.json; exam ids must be unique (at /id)",
                   "dup-2.json: 1 error",
                   "ghost.json:6:11: error: no bank 'ghost' in tests/data/assessments/cross/banks (it has: lonely, policy) (at /bank)",
                   "ghost.json: 1 error",
                   "lonely.json:6:11: warning: bank 'lonely' exists only in zh-CN: trainees working in en cannot take this exam (at /bank)",
                   "lonely.json: ok, exam lonely 1.0.0, draws 2 questions from bank lonely, 1 warning",
                   "order.json:7:48: warning: earlier draw rules can take up to 1 of the 1 question this rule draws from in bank 'policy' "
                   "(en), leaving fewer than 1 for some seeds; list narrower rules first (at /draw/1)",
                   "order.json:7:48: warning: earlier draw rules can take up to 2 of the 2 questions this rule draws from in bank 'policy' "
                   "(zh-CN), leaving fewer than 1 for some seeds; list narrower rules first (at /draw/1)",
                   "order.json: ok, exam order 1.0.0, draws 4 questions from bank policy, 2 warnings",
                   "too-many.json:7:52: error: bank 'policy' (en) has 1 question in category 'policy/returns', but the rule draws 3 (at "
                   "/draw/0/count)",
                   "too-many.json:7:52: error: bank 'policy' (zh-CN) has 2 questions in category 'policy/returns', but the rule draws 3 "
                   "(at /draw/0/count)",
                   "too-many.json: 2 errors",
                   "union.json:7:11: error: the draw rules take 5 questions together, but bank 'policy' (zh-CN) has only 4 different "
                   "questions in their categories (at /draw)",
                   "union.json:7:52: error: bank 'policy' (en) has 1 question in category 'policy/returns', but the rule draws 2 (at "
                   "/draw/0/count)",
                   "union.json: 2 errors"}) +
            "total: 0 packs, 7 exams, 6 errors, 3 warnings\n");
}

TEST_CASE("a translation with other questions warns but validates", "[cli][validate][assessments]") {
    auto r = runCommand("FRONTLINE_CLI validate " + kData + "cross/banks/policy.en.json");
    CHECK(r.exitCode == 0);
    const std::string b = "tests/data/assessments/cross/banks/";
    CHECK(r.out == report(b + "policy.en.json", {":11:12: warning: question 'p5' is not in the zh-CN translation (" + b +
                                                     "policy.zh-CN.json); translations share their question ids (at /questions/3/id)",
                                                 ": ok, bank policy en 1.0.0, 4 questions, 1 warning"}));
}

TEST_CASE("a programme next to an exams/ folder must name exams that exist", "[cli][validate][assessments][programs]") {
    auto r = runCommand("FRONTLINE_CLI validate " + kData + "cross/programs");
    CHECK(r.exitCode == 1);
    const std::string p = "tests/data/assessments/cross/programs/onboarding.json";
    const std::string known = " is not defined in tests/data/assessments/cross/exams (it has: dup, lonely, order; files with errors are "
                              "not counted)";
    CHECK(r.out == report(p, {":40:18: error: exam 'ghost-exam'" + known + " (at /days/1/exams/0/exam)",
                              ":58:18: error: exam 'ghost'" + known + " (at /days/2/exams/0/exam)", ": 2 errors"}));
}

TEST_CASE("malformed JSON in a bank, a folder with nothing to check and bad usage", "[cli][validate][assessments]") {
    auto broken = runCommand("FRONTLINE_CLI validate " + kData + "broken");
    CHECK(broken.exitCode == 1);
    CHECK(broken.out == "tests/data/assessments/broken/banks/broken.zh-CN.json:5:13: error: malformed JSON: syntax error while parsing "
                        "object - unexpected string literal; expected '}'\n"
                        "tests/data/assessments/broken/banks/broken.zh-CN.json: 1 error\n");
    auto nothing = runCommand("FRONTLINE_CLI validate tests/data/assessments");
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err ==
          "frontline-cli validate: 'tests/data/assessments' is neither a pack folder (no pack.json), a folder of packs nor an "
          "assessments folder (no banks/, exams/ or programs/)\n");
    auto usage = runCommand("FRONTLINE_CLI validate --banks " + kData + "good");
    CHECK(usage.exitCode == 2);
    CHECK(usage.out.empty());
    CHECK(usage.err == "frontline-cli validate: unknown option '--banks' (see 'frontline-cli validate --help')\n");
    auto help = runCommand("FRONTLINE_CLI validate --help");
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("question banks and exams against\nassessments/FORMAT.md") != std::string::npos);
}

// The bundled banks and exams are being written; the lead enables this once they are complete.
TEST_CASE("the bundled assessments validate clean", "[cli][validate][assessments][bundled]") {
    auto r = runCommand("FRONTLINE_CLI validate assessments");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find(": error:") == std::string::npos);
}
