#include <catch2/catch.hpp>
#include <set>

#include "TestData.h"
#include "grading/KeywordGrader.h"
#include "scenario/CompetencyScores.h"
#include "scenario/PackLoader.h"
#include "scenario/ScenarioRun.h"

using namespace frontline;

namespace {
struct Fixture {
    PackLoad load = loadPack(test::dataDir() / "packs" / "mini-zh", test::miniLexicons());
    KeywordGrader grader{*test::miniLexicons().forLanguage("zh-CN")};
    const Scenario& scenario() {
        REQUIRE(load.ok());
        return load.pack.scenarios[0];
    }
};
} // namespace

TEST_CASE("the same seed replays the same call and slots fill every text", "[engine]") {
    Fixture f;
    std::set<std::string> lines;
    for (uint64_t seed = 1; seed <= 20; ++seed) {
        ScenarioRun a(f.scenario(), f.grader, seed);
        ScenarioRun b(f.scenario(), f.grader, seed);
        CHECK(a.customerLine() == b.customerLine());
        CHECK(a.slotValues() == b.slotValues());
        CHECK(a.customerLine().find('{') == std::string::npos);
        CHECK(a.customerLine().find(a.slotValues().at("order")) != std::string::npos);
        lines.insert(a.customerLine());
    }
    CHECK(lines.size() > 2); // seeds vary the line variant and the slot values
}

TEST_CASE("a good call reaches the resolved ending", "[engine]") {
    Fixture f;
    ScenarioRun run(f.scenario(), f.grader, 7);
    CHECK(run.mood() == 50);
    const auto& t1 = run.submit("您好，请提供一下订单号，我帮您核实。", 4.0);
    CHECK(t1.grade.score == 100);
    CHECK(t1.moodAfter == 60);
    CHECK(run.currentNode().id == "answer");
    std::string eta = run.slotValues().at("eta");
    const auto& t2 = run.submit("您的订单预计" + eta + "送达，请问还有其他问题吗？", 10.0);
    CHECK(t2.grade.score == 100);
    REQUIRE(run.finished());
    CHECK(run.outcome() == Outcome::Resolved);
    CHECK(run.totalScore() == 100);
    CHECK(run.passed());
    CHECK(run.criticalTurn() == -1);
    CHECK(run.closingLine() == "好的，谢谢！");
}

TEST_CASE("a poor reply loops back, a rude one loses the customer", "[engine]") {
    Fixture f;
    ScenarioRun run(f.scenario(), f.grader, 3);
    run.submit("等一下。", 0);
    CHECK(run.currentNode().id == "open"); // score 0 but mood 30 > 15: asks again
    CHECK(run.mood() == 30);
    const auto& t = run.submit("你懂不懂啊", 0);
    CHECK(t.grade.forbiddenHit);
    CHECK(t.moodAfter == 0);
    REQUIRE(run.finished());
    CHECK(run.outcome() == Outcome::CustomerLost);
    CHECK(run.totalScore() == 0);
    CHECK_FALSE(run.passed());
}

TEST_CASE("forbidden behaviour caps the score, critical hits are recorded, lateness costs points", "[engine]") {
    Fixture f;
    ScenarioRun run(f.scenario(), f.grader, 5);
    const auto& t1 = run.submit("您好，请告诉我订单号，我核实一下。", 45.5);
    CHECK(t1.grade.rawScore == 100);
    CHECK(t1.grade.latePenalty == 15);
    CHECK(t1.grade.score == 85);
    std::string eta = run.slotValues().at("eta");
    const auto& t2 = run.submit("预计" + eta + "到，保证今天到，还有其他问题吗？", 3);
    CHECK(t2.grade.rawScore == 100);
    CHECK(t2.grade.capped);
    CHECK(t2.grade.score == 30);
    CHECK(t2.grade.criticalHit);
    CHECK(run.criticalTurn() == 1);
    CHECK(run.outcome() == Outcome::CustomerLost);
}

TEST_CASE("the turn limit ends a call that loops forever", "[engine]") {
    test::TempDir tmp;
    test::writeFile(tmp.path() / "pack.json", R"({"format": "frontline-pack/1", "id": "loop", "title": "循环", "version": "1.0.0",
        "language": "zh-CN", "authors": ["测试"], "description": "只会原地打转的场景", "scenarios": ["s.json"]})");
    test::writeFile(tmp.path() / "s.json", R"({"id": "s", "title": "打转", "family": "other", "difficulty": 1, "channel": "chat",
        "persona": {"name": "客户", "situation": "一直追问", "mood": 50}, "policy": [], "objectives": ["测试"], "start": "a",
        "nodes": [
          {"id": "a", "type": "customer", "lines": ["然后呢？"], "model_answers": ["您好", "您好！"],
           "rubric": {"criteria": [{"id": "g", "concept": "greeting", "kind": "required", "weight": 100,
                                    "competency": "etiquette", "tip": "问候"}]},
           "branches": [{"if": {"score": {"min": 100}}, "to": "end"}, {"to": "a"}]},
          {"id": "end", "type": "terminal", "outcome": "resolved"}]})");
    PackLoad load = loadPack(tmp.path(), test::miniLexicons());
    REQUIRE(load.ok());
    KeywordGrader grader(*test::miniLexicons().forLanguage("zh-CN"));
    ScenarioRun run(load.pack.scenarios[0], grader, 1);
    for (int i = 0; i < 100 && !run.finished(); ++i) run.submit("嗯", 0);
    REQUIRE(run.finished());
    CHECK(run.turns().size() == static_cast<size_t>(ScenarioRun::kMaxTurns));
    CHECK(run.endedByTurnLimit());
    CHECK(run.outcome() == Outcome::CustomerLost);
}

TEST_CASE("mood bands follow the format", "[engine]") {
    MoodChange m{15, 2, -20, -25};
    CHECK(nextMood(50, m, 70, false) == 65);
    CHECK(nextMood(50, m, 69, false) == 52);
    CHECK(nextMood(50, m, 39, false) == 30);
    CHECK(nextMood(50, m, 39, true) == 5);
    CHECK(nextMood(95, m, 100, false) == 100);
    CHECK(nextMood(10, m, 0, true) == 0);
}

TEST_CASE("a playtest can start at any customer node", "[engine]") {
    Fixture f;
    CHECK(checkStartNode(f.scenario(), "answer"));
    CHECK_FALSE(checkStartNode(f.scenario(), "done"));    // a terminal: nothing to reply to
    CHECK_FALSE(checkStartNode(f.scenario(), "no-such")); // missing
    ScenarioRun run(f.scenario(), f.grader, 7, PlayMode::Practice, "answer");
    CHECK(run.currentNode().id == "answer");
    CHECK(run.mood() == 50);
    CHECK(run.customerLine() == "订单号就是" + run.slotValues().at("order") + "，什么时候能到？");
    const auto& t = run.submit("预计" + run.slotValues().at("eta") + "送达，请问还有其他问题吗？", 0);
    CHECK(t.nodeId == "answer");
    CHECK(t.grade.score == 100);
    REQUIRE(run.finished());
    CHECK(run.outcome() == Outcome::Resolved);

    // A node it cannot start at falls back to the scenario's start.
    ScenarioRun fallback(f.scenario(), f.grader, 7, PlayMode::Practice, "done");
    CHECK(fallback.currentNode().id == "open");
}

TEST_CASE("competency scores read back from their JSON, skipping unknown ids and non-integers", "[engine]") {
    CompetencyScores scores{};
    scores[static_cast<size_t>(Competency::Communication)] = 80;
    scores[static_cast<size_t>(Competency::EmotionManagement)] = 0;
    const nlohmann::json json = competencyScoresJson(scores);
    CHECK(competencyScoresFromJson(json) == scores);

    nlohmann::json noisy = json;
    noisy["問候"] = 90;
    noisy["communication"] = "八十";
    CompetencyScores expected = scores;
    expected[static_cast<size_t>(Competency::Communication)].reset();
    CHECK(competencyScoresFromJson(noisy) == expected);
    CHECK(competencyScoresFromJson(nlohmann::json::parse("not json", nullptr, false)) == CompetencyScores{});
    CHECK(competencyScoresFromJson(nlohmann::json::array({80})) == CompetencyScores{});
}
