// frontline-cli import-gift, run for real on the GIFT files of tests/data/gift:
// exit codes, line-numbered problems, the bank it writes (which then passes
// frontline-cli validate) and the care it takes with an existing --out.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "CommandRunner.h"
#include "TestData.h"

using namespace frontline::test;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

CommandResult importGift(const std::string& gift, const fs::path& out, const std::string& extra = "") {
    return runCommand("FRONTLINE_CLI import-gift " + shellQuote(gift) + " --out " + shellQuote(out.string()) + extra);
}

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
        lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

// Nothing but the bank itself: no temporary file left beside it.
std::vector<std::string> filesIn(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("import-gift converts every construct to a bank that validates", "[cli][import-gift]") {
    TempDir tmp;
    auto out = tmp.path() / "bank.zh-CN.json";
    auto r = importGift("tests/data/gift/all-constructs.gift", out);
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.empty());
    CHECK(r.out == "imported 17 questions, skipped 0\nwrote " + out.string() + " (bank 'all-constructs', zh-CN, version 1.0.0)\n");

    auto bank = nlohmann::json::parse(readFile(out));
    CHECK(bank["format"] == "frontline-bank/1");
    CHECK(bank["title"] == "all-constructs");
    REQUIRE(bank["questions"].size() == 17);
    std::vector<std::string> types;
    for (const auto& q : bank["questions"]) types.push_back(q["type"]);
    CHECK(types == std::vector<std::string>{"description", "single_choice", "multiple_choice", "true_false", "true_false", "short_answer",
                                            "short_answer", "numeric", "numeric", "numeric", "matching", "case_analysis", "short_answer",
                                            "single_choice", "short_answer", "short_answer", "true_false"});
    const auto& greet = bank["questions"][1];
    CHECK(greet["id"] == "greet-first-words");
    CHECK(greet["options"][2] ==
          nlohmann::json::parse(R"({"text": "您好，请讲。", "credit": 50, "feedback": "有问候，但缺少自报家门。"})"));
    CHECK(bank["categories"][greet["category"].get<std::string>()] == "问候语");
    CHECK(bank["questions"][11]["needs_model_answers"] == true);
    CHECK(contains(readFile(out), "\"text\": \"客户来电时，第一句话应当怎样说？\""));

    auto v = runCommand("FRONTLINE_CLI validate " + shellQuote(out.string()));
    INFO(v.out << v.err);
    CHECK(v.exitCode == 0);
    CHECK(contains(v.out, ": ok, bank all-constructs zh-CN 1.0.0, 17 questions"));
    CHECK(filesIn(tmp.path()) == std::vector<std::string>{"bank.zh-CN.json"});
}

TEST_CASE("import-gift reports broken questions at file:line:column and imports the rest", "[cli][import-gift]") {
    TempDir tmp;
    auto out = tmp.path() / "m.json";
    auto r = importGift("tests/data/gift/malformed.gift", out);
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(linesOf(r.out)[0] == "imported 8 questions, skipped 10");
    auto problems = linesOf(r.err);
    REQUIRE(problems.size() == 14);
    CHECK(problems[0] ==
          "tests/data/gift/malformed.gift:6:19: error: '{' is never closed: expected '}' before the blank line that ends the "
          "question (question '未闭合' skipped)");
    CHECK(problems[1] == "tests/data/gift/malformed.gift:13:1: error: a matching question needs at least 2 pairs, found 1 (question "
                         "'配对太少' skipped)");
    CHECK(problems[3] == "tests/data/gift/malformed.gift:19:18: error: '3,14' is not a number (expected e.g. 3.14, -2 or 1e3) (question "
                         "'坏数字' skipped)");
    CHECK(problems[13] == "tests/data/gift/malformed.gift:41:21: warning: the feedback for any other number ('~#...') is not kept: numeric "
                          "answers in the bank have no catch-all (question '其他数值')");
    auto bank = nlohmann::json::parse(readFile(out));
    CHECK(bank["questions"].size() == 8);
    CHECK(bank["questions"][7]["title"] == "好题三");

    auto v = runCommand("FRONTLINE_CLI validate " + shellQuote(out.string()));
    INFO(v.out << v.err);
    CHECK(v.exitCode == 0);
}

TEST_CASE("import-gift reads Windows files (BOM, CRLF) and takes the bank's id, language, title and version", "[cli][import-gift]") {
    TempDir tmp;
    auto out = tmp.path() / "b.json";
    auto r = importGift("tests/data/gift/crlf-bom.gift", out,
                        " --id onboarding --lang zh-CN --title " + shellQuote("岗前培训题库") + " --version 2.0.1");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.err == "tests/data/gift/crlf-bom.gift:13:17: error: '{' is never closed: expected '}' before the blank line that ends the "
                   "question (question '坏题' skipped)\n");
    auto bank = nlohmann::json::parse(readFile(out));
    CHECK(bank["id"] == "onboarding");
    CHECK(bank["language"] == "zh-CN");
    CHECK(bank["title"] == "岗前培训题库");
    CHECK(bank["version"] == "2.0.1");
    REQUIRE(bank["questions"].size() == 2);
    CHECK(bank["questions"][0]["options"][1]["feedback"] == "不礼貌。");
}

TEST_CASE("import-gift never replaces an existing bank without --force", "[cli][import-gift]") {
    TempDir tmp;
    auto out = tmp.path() / "bank.json";
    writeFile(out, "keep me");
    auto refused = importGift("tests/data/gift/all-constructs.gift", out);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err == "frontline-cli import-gift: " + out.string() + " exists; add --force to replace it\n");
    CHECK(readFile(out) == "keep me");

    auto forced = importGift("tests/data/gift/all-constructs.gift", out, " --force");
    CHECK(forced.exitCode == 0);
    CHECK(nlohmann::json::parse(readFile(out))["questions"].size() == 17);
    CHECK(filesIn(tmp.path()) == std::vector<std::string>{"bank.json"});
}

TEST_CASE("import-gift writes nothing when nothing imports or the file cannot be read", "[cli][import-gift]") {
    TempDir tmp;
    auto broken = tmp.path() / "broken.gift";
    writeFile(broken, "::a:: 缺右括号 {=对\n\n::b:: {T}\n");
    auto out = tmp.path() / "out.json";
    auto none = importGift(broken.string(), out);
    CHECK(none.exitCode == 1);
    CHECK(none.out == "imported 0 questions, skipped 2\n");
    CHECK(contains(none.err, "broken.gift:1:12: error: '{' is never closed"));
    CHECK(contains(none.err,
                   "frontline-cli import-gift: no question imported from " + broken.string() + "; " + out.string() + " not written\n"));
    CHECK_FALSE(fs::exists(out));

    auto missing = importGift((tmp.path() / "nope.gift").string(), out);
    CHECK(missing.exitCode == 1);
    CHECK(contains(missing.err, "nope.gift: error: cannot read file"));
    CHECK_FALSE(fs::exists(out));

    auto gbk = tmp.path() / "gbk.gift";
    writeFile(gbk, "\xC4\xE3\xBA\xC3{T}\n");
    auto notUtf8 = importGift(gbk.string(), out);
    CHECK(notUtf8.exitCode == 1);
    CHECK(contains(notUtf8.err, "gbk.gift:1:1: error: the file is not UTF-8 text"));

    auto noFolder = importGift("tests/data/gift/all-constructs.gift", tmp.path() / "no" / "such" / "bank.json");
    CHECK(noFolder.exitCode == 1);
    CHECK(contains(noFolder.err, "frontline-cli import-gift: cannot write "));
    CHECK(filesIn(tmp.path()) == std::vector<std::string>{"broken.gift", "gbk.gift"});
}

TEST_CASE("import-gift answers --help and refuses bad usage with exit 2", "[cli][import-gift]") {
    auto help = runCommand("FRONTLINE_CLI import-gift --help");
    CHECK(help.exitCode == 0);
    CHECK(contains(help.out, "usage: frontline-cli import-gift FILE.gift --out BANK.json"));
    CHECK(contains(help.out, "Exit status: 0 when at least one question was imported"));

    TempDir tmp;
    auto out = tmp.path() / "o.json";
    const std::string gift = "tests/data/gift/all-constructs.gift";
    struct Case {
        std::string args, message;
    };
    for (const auto& c : std::vector<Case>{
             {gift, "missing required option '--out'"},
             {"--out " + out.string(), "name the GIFT file to import"},
             {gift + " " + gift + " --out " + out.string(), "give one GIFT file, not several"},
             {gift + " --out " + out.string() + " --lang fr", "language must be zh-CN or en, got 'fr'"},
             {gift + " --out " + out.string() + " --id Bad_Id",
              "bank id must be lowercase letters, digits and '-' (at most 64), got 'Bad_Id'"},
             {gift + " --out " + out.string() + " --version 1.0", "version must be a version MAJOR.MINOR.PATCH"},
             {gift + " --out " + out.string() + " --title ' '", "--title must not be empty"},
             {gift + " --out " + tmp.path().string(), "is a folder, expected a file name"},
             {gift + " --out " + out.string() + " --bogus", "unknown option '--bogus'"},
         }) {
        auto r = runCommand("FRONTLINE_CLI import-gift " + c.args);
        INFO(c.args << "\n" << r.err);
        CHECK(r.exitCode == 2);
        CHECK(contains(r.err, c.message));
    }
    CHECK_FALSE(fs::exists(out));
}
