#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "CommandRunner.h"
#include "TestData.h"

using namespace frontline::test;

TEST_CASE("paths lists every path of the mini scenario", "[cli][paths]") {
    auto r = runCommand("FRONTLINE_CLI paths --pack tests/data/packs/mini-zh --scenario loop-inquiry");
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("path 2: open -> answer -> done\n  outcome resolved, 2 turns, score 55-100") != std::string::npos);
    CHECK(r.out.find("6 paths: resolved 2 escalated-correctly 0 customer-lost 4") != std::string::npos);
}

TEST_CASE("every bundled scenario can be won and lost", "[cli][paths]") {
    for (const std::string pack : {"core-zh", "core-en"}) {
        std::ifstream in(sourceDir() / "scenarios" / pack / "pack.json");
        auto manifest = nlohmann::json::parse(in);
        for (const auto& file : manifest["scenarios"]) {
            std::ifstream s(sourceDir() / "scenarios" / pack / file.get<std::string>());
            std::string id = nlohmann::json::parse(s)["id"];
            auto r = runCommand("FRONTLINE_CLI paths --json --pack scenarios/" + pack + " --scenario " + id);
            INFO(pack << "/" << id << " " << r.err);
            auto j = requireJson(requireSuccess(r));
            CHECK(j["outcomes"]["customer-lost"].get<int>() > 0);
            CHECK(j["outcomes"]["resolved"].get<int>() + j["outcomes"]["escalated-correctly"].get<int>() > 0);
            int best = 0;
            for (const auto& p : j["paths"]) {
                if (p["outcome"] != "customer-lost") best = std::max(best, p["max_score"].get<int>());
            }
            CHECK(best >= j["scenario"]["pass_mark"].get<int>());
        }
    }
}
