// frontline-cli grade and grade-batch, run for real on the bundled packs.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "CommandRunner.h"
#include "TestData.h"

using namespace frontline::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<nlohmann::json> lines(const std::string& out) {
    std::vector<nlohmann::json> docs;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line)) docs.push_back(nlohmann::json::parse(line));
    return docs;
}

} // namespace

TEST_CASE("grade explains one reply, in Traditional characters too", "[cli][grade]") {
    auto r = runCommand("FRONTLINE_CLI grade --pack scenarios/core-zh --scenario late-return --node push --latency-ms 34200 --response " +
                        shellQuote("非常理解您的心情，這樣吧我直接給您退全款，您看可以嗎？😊"));
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(contains(r.out, "score 16/100 (criteria 20, late -4)  grader rubric-2.0\n"));
    CHECK(contains(r.out, "  + 共情安抚 (20/20, emotion-management) \"理解您的心情\"\n"));
    CHECK(contains(r.out, "  ! 超权限承诺 \"退全款\"\n      critical: "));
    CHECK(contains(r.out, "timeliness 34.2 s of 30 s (late, -4)\n"));

    auto j =
        runCommand("FRONTLINE_CLI grade --json --pack scenarios/core-zh --scenario late-return --node push --response " +
                   shellQuote("理解您的心情，全额退款我们做不到，我马上向主管提交特批申请，30分钟内给您回电，也可以先免费上门取件检测"));
    auto doc = requireJson(requireSuccess(j));
    CHECK(doc["score"] == 100);
    CHECK(doc["forbidden_hits"].empty());
    CHECK(doc["grader_version"] == "rubric-2.0");
}

TEST_CASE("grade refuses what it cannot grade with one line", "[cli][grade]") {
    auto node = runCommand("FRONTLINE_CLI grade --pack scenarios/core-zh --scenario late-return --node nowhere --response hi");
    CHECK(node.exitCode == 1);
    CHECK(node.err == "frontline-cli grade: no customer node 'nowhere' in scenario 'late-return' (it has: opening, reason, upset, "
                      "options, push, wrap-up, escalate-confirm)\n");
    auto missing = runCommand("FRONTLINE_CLI grade --pack scenarios/core-zh --scenario late-return --node push");
    CHECK(missing.exitCode == 2);
    CHECK(contains(missing.err, "missing required option '--response'"));
    auto latency =
        runCommand("FRONTLINE_CLI grade --pack scenarios/core-zh --scenario late-return --node push --response x --latency-ms -5");
    CHECK(latency.exitCode == 2);
}

TEST_CASE("grade-batch streams one result per line, in order, and goes on after a bad line", "[cli][grade]") {
    TempDir tmp;
    auto in = tmp.path() / "in.jsonl";
    writeFile(
        in,
        "\xEF\xBB\xBF"
        R"({"id": 1, "pack": "scenarios/core-zh", "scenario": "late-return", "node": "push", "response": "我理解您，给您全额退款", "latency_ms": 5000})"
        "\n"
        R"({"id": "en", "lang": "en", "model_answers": ["I understand. I will escalate to my supervisor and call you back within 30 minutes."], "response": "I totally understand, I'll escalate this and call you back within 30 minutes, thank you."})"
        "\n"
        "not json\n\n"
        R"({"id": 4, "lang": "zh-CN", "criteria": [{"concept": "empathy", "weight": 50}, {"phrases": ["退货"], "weight": 50, "label": "policy"}], "forbidden": ["blame_shift"], "response": "这是您自己操作的问题"})"
        "\n"
        R"({"id": 5, "lang": "fr", "response": "bonjour"})"
        "\n");
    auto out = tmp.path() / "out.jsonl";
    auto r = runCommand("FRONTLINE_CLI grade-batch --in " + shellQuote(in.string()) + " --out " + shellQuote(out.string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err == "frontline-cli grade-batch: 2 lines of 6 had errors (see their \"error\" field)\n");
    auto docs = lines(readFile(out));
    REQUIRE(docs.size() == 5);
    CHECK(docs[0]["id"] == 1);
    CHECK(docs[0]["forbidden_hits"][0]["critical"] == true);
    CHECK(docs[0]["score"] == 20);
    CHECK(docs[1]["id"] == "en");
    CHECK(docs[1]["criteria"].empty());
    CHECK(docs[1]["score"].get<int>() >= 80);
    CHECK(docs[1]["competencies"].contains("etiquette"));
    CHECK(docs[2] == nlohmann::json{{"id", nullptr}, {"line", 3}, {"error", "not valid JSON"}});
    CHECK(docs[3]["id"] == 4);
    CHECK(docs[3]["forbidden_hits"][0]["id"] == "blame_shift");
    CHECK(docs[3]["score"] == 0);
    CHECK(docs[4]["error"] == "'lang' must be \"zh-CN\" or \"en\", got \"fr\"");

    // Standard input to standard output, the same results.
    auto piped = runCommand("FRONTLINE_CLI grade-batch < " + shellQuote(in.string()));
    CHECK(piped.out == readFile(out));
}
