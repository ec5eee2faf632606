#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "CommandRunner.h"
#include "TestData.h"

using namespace frontline::test;
namespace fs = std::filesystem;

namespace {

struct Played {
    nlohmann::json doc;
    int exitCode = -1;
};

Played play(const std::string& pack, const std::string& scenario, const std::string& responses, const std::string& extra = "") {
    auto r = runCommand("FRONTLINE_CLI play --pack " + pack + " --scenario " + scenario + " --responses " + responses + " --json " + extra);
    INFO(r.err);
    Played p;
    p.exitCode = r.exitCode;
    REQUIRE_NOTHROW(p.doc = nlohmann::json::parse(r.out));
    return p;
}

std::vector<std::string> scenarioIds(const std::string& pack) {
    std::ifstream in(sourceDir() / "scenarios" / pack / "pack.json");
    auto manifest = nlohmann::json::parse(in);
    std::vector<std::string> ids;
    for (const auto& file : manifest["scenarios"]) {
        std::ifstream s(sourceDir() / "scenarios" / pack / file.get<std::string>());
        ids.push_back(nlohmann::json::parse(s)["id"].get<std::string>());
    }
    return ids;
}

} // namespace

TEST_CASE("every bundled scenario: the good script ends well and outscores the poor one", "[cli][play]") {
    for (const std::string pack : {"core-zh", "core-en"}) {
        auto ids = scenarioIds(pack);
        REQUIRE(ids.size() >= 8);
        for (const auto& id : ids) {
            std::string scripts = "tests/data/scripts/" + pack + "/" + id;
            INFO(pack << "/" << id);
            REQUIRE(fs::exists(sourceDir() / (scripts + ".good.txt")));
            REQUIRE(fs::exists(sourceDir() / (scripts + ".poor.txt")));
            auto good = play("scenarios/" + pack, id, scripts + ".good.txt");
            auto poor = play("scenarios/" + pack, id, scripts + ".poor.txt");
            CHECK(good.exitCode == 0);
            CHECK(poor.exitCode == 0);
            CHECK(good.doc["finished"] == true);
            CHECK(poor.doc["finished"] == true);
            CHECK(good.doc["outcome"] != "customer-lost");
            CHECK(good.doc["passed"] == true);
            CHECK(good.doc["turns"].size() >= 4);
            CHECK(good.doc["total_score"].get<int>() > poor.doc["total_score"].get<int>());
            CHECK(poor.doc["passed"] == false);
        }
    }
}

TEST_CASE("play is reproducible by seed and records what it was graded against", "[cli][play]") {
    auto a = play("tests/data/packs/mini-zh", "loop-inquiry", "tests/data/scripts/mini-zh/loop-inquiry.txt", "--seed 42");
    auto b = play("tests/data/packs/mini-zh", "loop-inquiry", "tests/data/scripts/mini-zh/loop-inquiry.txt", "--seed 42");
    CHECK(a.doc == b.doc);
    CHECK(a.doc["seed"] == 42);
    CHECK(a.doc["pack"]["hash"].get<std::string>().size() == 64);
    CHECK(a.doc["scenario"]["hash"].get<std::string>().size() == 64);
    CHECK(a.doc["grader_version"] == "rubric-2.0");
    const auto& first = a.doc["turns"][0];
    CHECK(first["customer_line"].get<std::string>().find('{') == std::string::npos);
    CHECK(first["grade"]["criteria"].size() == 3);
    // The latency prefix "[41s]" costs 11 points on a 30-second clock.
    CHECK(first["latency_s"] == 41.0);
    CHECK(first["grade"]["late_penalty"] == 11);
}

TEST_CASE("play's text transcript explains each turn", "[cli][play]") {
    auto r = runCommand("FRONTLINE_CLI play --pack tests/data/packs/mini-zh --scenario loop-inquiry "
                        "--responses tests/data/scripts/mini-zh/loop-inquiry.txt --seed 42");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("Turn 1 [open], time limit 30 s") != std::string::npos);
    CHECK(r.out.find("[hit]       greet +50 (etiquette): \"您好\"") != std::string::npos);
    CHECK(r.out.find("(11 off for replying after 41 s)") != std::string::npos);
    CHECK(r.out.find("outcome: resolved") != std::string::npos);
}

TEST_CASE("play refuses broken input with a located message", "[cli][play]") {
    TempDir tmp;
    writeFile(tmp.path() / "bad.txt", "您好\n第二行\xff坏了\n");
    auto bad = runCommand("FRONTLINE_CLI play --pack tests/data/packs/mini-zh --scenario loop-inquiry --responses " +
                          shellQuote((tmp.path() / "bad.txt").string()));
    CHECK(bad.exitCode == 1);
    CHECK(bad.err == "frontline-cli play: " + (tmp.path() / "bad.txt").string() + ":2:4: error: invalid UTF-8 in replies file\n");

    auto unknown = runCommand("FRONTLINE_CLI play --pack tests/data/packs/mini-zh --scenario nope --responses x");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err == "frontline-cli play: no scenario 'nope' in pack 'tests/data/packs/mini-zh' (it has: loop-inquiry)\n");

    auto broken = runCommand("FRONTLINE_CLI play --pack tests/data/broken/weights-sum --scenario loop-inquiry "
                             "--responses tests/data/scripts/mini-zh/loop-inquiry.txt");
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.find("scenario 'loop-inquiry' has 1 errors; run 'frontline-cli validate") != std::string::npos);

    writeFile(tmp.path() / "short.txt", "您好，请提供订单号\n");
    auto shortRun = runCommand("FRONTLINE_CLI play --pack tests/data/packs/mini-zh --scenario loop-inquiry --responses " +
                               shellQuote((tmp.path() / "short.txt").string()));
    CHECK(shortRun.exitCode == 1);
    CHECK(shortRun.err.find("the replies ran out before the call ended (at node 'answer')") != std::string::npos);
}
