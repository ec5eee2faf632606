// The programme files: the bundled ones read clean against the bundled packs,
// and every broken file in tests/data/programs/ fails with precise diagnostics.
#include <catch2/catch.hpp>

#include "TestData.h"
#include "programs/ProgramReader.h"
#include "scenario/PackLoader.h"

using namespace frontline;
using namespace frontline::test;

namespace {

const ScenarioCatalog& bundledCatalog() {
    static ScenarioCatalog catalog = [] {
        std::vector<Pack> packs;
        for (const char* id : {"core-zh", "core-en"}) packs.push_back(loadPack(sourceDir() / "scenarios" / id, bundledLexicons()).pack);
        return catalogOf(packs);
    }();
    return catalog;
}

std::vector<std::string> problems(const std::string& name) {
    auto load = loadProgramFile(dataDir() / "programs" / name, &bundledCatalog());
    std::vector<std::string> out;
    std::string prefix = (dataDir() / "programs" / name).string();
    for (const auto& d : load.diagnostics.items()) {
        std::string line = d.format();
        if (line.compare(0, prefix.size(), prefix) == 0) line = name + line.substr(prefix.size());
        out.push_back(line);
    }
    return out;
}

} // namespace

TEST_CASE("the bundled programmes read clean and say what the standards say", "[programs]") {
    auto load = loadPrograms(sourceDir() / "assessments" / "programs", &bundledCatalog());
    for (const auto& d : load.diagnostics.items()) UNSCOPED_INFO(d.format());
    REQUIRE(load.diagnostics.empty());
    const auto& on = load.programs.onboarding;
    REQUIRE(on.days.size() == 3);
    CHECK(on.days[0].title.zh == "服务礼仪与标准流程");
    CHECK(on.days[2].scenarios.size() == 3);
    CHECK(on.days[2].scenarios[0].packs == std::vector<std::string>{"core-zh", "core-en"});
    const auto& rule = on.certification;
    CHECK(rule.scenarioWeight == 70);
    CHECK(rule.writtenWeight == 30);
    CHECK(rule.passMark == 80);
    CHECK(rule.scenarioMinimum == 70);
    CHECK(rule.writtenMinimum == 70);
    CHECK(rule.maxAttempts == 3);
    CHECK(rule.retakeWaitHours == 24);
    CHECK(rule.examId == "onboarding-certification");
    CHECK(rule.scenarioCounting == AttemptCounting::Best);
    CHECK(rule.writtenCounting == AttemptCounting::Latest);
    const auto& an = load.programs.annual;
    CHECK(an.requiredMinutes == 480);
    CHECK(an.advancedSessions == 2);
    CHECK(an.dueWindowDays == 60);
    CHECK(an.idleGapSeconds == 120);
    REQUIRE(an.bands.size() == 4);
    CHECK(an.bands[3].id == "needs-improvement");
    CHECK(an.improvementConsecutiveYears == 2);
}

TEST_CASE("weights that do not sum to 100 are an error at the weights", "[programs]") {
    CHECK(problems("weights-sum.json") ==
          std::vector<std::string>{"weights-sum.json:199:16: error: weights sum to 90, must be 100 (scenarios 70 + written 20) (at "
                                   "/certification/weights)"});
}

TEST_CASE("scores outside 0-100 are errors", "[programs]") {
    CHECK(problems("out-of-range.json") ==
          std::vector<std::string>{
              "out-of-range.json:203:18: error: 'pass_mark' must be an integer from 0 to 100, got 120 (at /certification/pass_mark)",
              "out-of-range.json:206:18: error: 'written' must be an integer from 0 to 100, got -5 (at "
              "/certification/component_minimum/written)"});
}

TEST_CASE("a scenario missing from a bundled pack is an error; an unknown pack a warning", "[programs]") {
    auto p = problems("unknown-scenario.json");
    REQUIRE(p.size() == 3);
    CHECK(p[0].find("unknown-scenario.json:") == 0);
    CHECK(p[0].find(": error: pack 'core-zh' has no scenario 'payment-outages' (it has: angry-appliance, complaint-escalation,") !=
          std::string::npos);
    CHECK(p[0].find("(at /days/1/scenarios/1/packs/0)") != std::string::npos);
    CHECK(p[1].find(": error: pack 'core-en' has no scenario 'payment-outages'") != std::string::npos);
    CHECK(p[2].find(": warning: pack 'trainer-pack' is not a bundled pack, so scenario 'angry-appliance' cannot be checked (at "
                    "/days/2/scenarios/0/packs/1)") != std::string::npos);
}

TEST_CASE("unknown keys warn and days out of order are an error", "[programs]") {
    CHECK(problems("typo-and-order.json") ==
          std::vector<std::string>{
              "typo-and-order.json:59:23: warning: unknown key 'planed_hours' is ignored (at /days/0/planed_hours)",
              "typo-and-order.json:62:14: error: days must be numbered 1, 2, 3... in order: expected 2, got 3 (at /days/1/day)"});
}

TEST_CASE("grade bands must descend to 0 and the improvement band must exist", "[programs]") {
    CHECK(problems("annual-bands.json") ==
          std::vector<std::string>{
              "annual-bands.json:36:20: error: bands must be listed highest first: min_score 85 is not below the previous "
              "band's 80 (at /grade_bands/2/min_score)",
              "annual-bands.json:52:13: error: 'band' must name one of the grade bands, got 'poor' (at "
              "/improvement_plan/band)"});
}

TEST_CASE("a file of another format is refused", "[programs]") {
    CHECK(problems("wrong-format.json") ==
          std::vector<std::string>{"wrong-format.json:2:13: error: not a programme file: 'format' must be \"frontline-onboarding/1\" or "
                                   "\"frontline-annual/1\" (at /format)"});
    auto missing = loadPrograms(dataDir() / "programs", nullptr);
    CHECK(missing.diagnostics.hasErrors());
}
