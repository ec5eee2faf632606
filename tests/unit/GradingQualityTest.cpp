// The Grading issue's quality gate on the hand-labelled replies of
// tests/data/grading/labelled.jsonl. Run frontline-grading-quality for the
// full report (which replies fail, worst-ranked pairs, the bigram baseline).
#include <catch2/catch.hpp>

#include "GradingEvaluation.h"
#include "TestData.h"

using namespace frontline;

namespace {

const quality::Evaluation& labelledEvaluation() {
    static const quality::Evaluation e = [] {
        auto set = quality::loadLabelledSet(test::dataDir() / "grading" / "labelled.jsonl");
        if (!set) FAIL(set.error().format());
        auto ev = quality::evaluate(*set, test::sourceDir());
        if (!ev) FAIL(ev.error().format());
        return *ev;
    }();
    return e;
}

} // namespace

TEST_CASE("labelled set: at least 150 replies in both languages", "[grading-quality]") {
    const auto& e = labelledEvaluation();
    CHECK(e.replies.size() >= 150);
    CHECK(quality::scored(e, quality::Scorer::Grader, "zh-CN").size() > 0);
    CHECK(quality::scored(e, quality::Scorer::Grader, "en").size() > 0);
}

TEST_CASE("grader ranks good above poor replies: AUC >= 0.95", "[grading-quality]") {
    auto f = quality::figures(labelledEvaluation(), quality::Scorer::Grader);
    INFO("pairs " << f.overall.pairs);
    CHECK(f.overall.auc >= quality::kMinOverallAuc);
}

TEST_CASE("grader ranks good above longer poor replies: AUC >= 0.90", "[grading-quality]") {
    auto f = quality::figures(labelledEvaluation(), quality::Scorer::Grader);
    INFO("pairs " << f.lengthControlled.pairs);
    REQUIRE(f.lengthControlled.pairs >= 40);
    CHECK(f.lengthControlled.auc >= quality::kMinLengthControlledAuc);
}

TEST_CASE("every forbidden example is flagged", "[grading-quality]") {
    auto f = quality::flagReport(labelledEvaluation());
    std::string missed;
    for (const auto& id : f.missed) missed += id + " ";
    INFO("missed: " << missed);
    CHECK(f.missed.empty());
}

TEST_CASE("no good reply is flagged", "[grading-quality]") {
    auto f = quality::flagReport(labelledEvaluation());
    std::string flagged;
    for (const auto& id : f.falseFlagsOnGood) flagged += id + " ";
    INFO("flagged: " << flagged);
    CHECK(f.falseFlagsOnGood.empty());
}

TEST_CASE("labelled set: a bad line is reported as file:line", "[grading-quality]") {
    test::TempDir dir;
    auto file = dir.path() / "set.jsonl";
    test::writeFile(file, "{\"id\":\"a\",\"pack\":\"core-zh\",\"scenario\":\"s\",\"node\":\"n\",\"label\":\"good\",\"forbidden\":false,"
                          "\"response\":\"您好\",\"note\":\"x\"}\n\n"
                          "{\"id\":\"b\",\"pack\":\"core-zh\",\"scenario\":\"s\",\"node\":\"n\",\"label\":\"great\",\"forbidden\":false,"
                          "\"response\":\"您好\",\"note\":\"x\"}\n");
    auto set = quality::loadLabelledSet(file);
    REQUIRE_FALSE(set.ok());
    CHECK(set.error().format() == file.string() + ":3:1: error: \"label\" must be good, acceptable or poor, not \"great\"");
    test::writeFile(file, "{\"id\": \"a\",\n");
    CHECK_FALSE(quality::loadLabelledSet(file).ok());
}
