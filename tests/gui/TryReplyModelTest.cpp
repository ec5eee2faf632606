// The editor's try-a-reply panel without a window: grading at a node like a
// call does, re-grading after a rubric edit, and playtests from any node.
#include <catch2/catch.hpp>

#include "../unit/TestData.h"
#include "scenario/PackLoader.h"
#include "views/editor/TryReplyModel.h"

using namespace frontline;
using namespace frontline::gui;

namespace {

struct Fixture {
    PackLoad zh = loadPack(test::sourceDir() / "scenarios" / "core-zh", test::bundledLexicons());
    PackLoad en = loadPack(test::sourceDir() / "scenarios" / "core-en", test::bundledLexicons());
    const Scenario& appliance() {
        REQUIRE(zh.ok());
        const Scenario* s = zh.pack.scenario("angry-appliance");
        REQUIRE(s);
        return *s;
    }
};

bool hit(const ReplyGrade& g, const std::string& id) {
    for (const auto& c : g.criteria) {
        if (c.id == id) return c.hit;
    }
    FAIL("no criterion " << id);
    return false;
}

} // namespace

TEST_CASE("a tried reply is graded at the node with the first slot values", "[tryreply]") {
    Fixture f;
    const Scenario& s = f.appliance();
    TryReplyModel m;
    m.bind(s, "opening");
    const std::string line = m.customerLine(s);
    CHECK(line.find("滚筒洗衣机") != std::string::npos); // {product}'s first value
    CHECK(line.find('{') == std::string::npos);

    CHECK(m.grade(s, test::bundledLexicons(), "  \u3000 ") == TryProblem::BlankReply);
    CHECK_FALSE(m.result());

    // Traditional characters and full-width punctuation, as a trainer might paste them.
    const std::string reply = "您好，優家電器服務中心，我是小林。王女士，我非常理解您的心情，讓您反覆來電真的非常抱歉！";
    REQUIRE(m.grade(s, test::bundledLexicons(), reply) == TryProblem::None);
    REQUIRE(m.result());
    const TriedReply& r = *m.result();
    CHECK(hit(r.grade, "greeting"));
    CHECK(hit(r.grade, "empathy"));
    CHECK(hit(r.grade, "apology"));
    CHECK(r.grade.score == 100);
    CHECK(r.feedback.reply == reply);
    CHECK(r.feedback.hits.size() == 4);
    CHECK(r.feedback.misses.empty());
    CHECK_FALSE(r.closestModelAnswer.empty());
    CHECK(r.closestModelAnswer.find('{') == std::string::npos);
    CHECK(r.grade.similarity > 0.0);

    // A reply that argues is flagged and capped.
    REQUIRE(m.grade(s, test::bundledLexicons(), "这不是我们的问题，你自己没看说明书。") == TryProblem::None);
    CHECK(m.result()->grade.forbiddenHit);
    CHECK_FALSE(m.result()->feedback.forbidden.empty());
}

TEST_CASE("tuning the rubric re-grades the last reply; another node clears it", "[tryreply]") {
    Fixture f;
    Scenario s = f.appliance();
    TryReplyModel m;
    m.bind(s, "opening");
    REQUIRE(m.grade(s, test::bundledLexicons(), "您好，请说说具体情况。") == TryProblem::None);
    const int before = m.result()->grade.score;
    CHECK_FALSE(hit(m.result()->grade, "empathy"));
    CHECK_FALSE(m.regradeIfChanged(s, test::bundledLexicons())); // nothing changed

    // The trainer teaches the empathy criterion this reply's wording.
    Node& opening = s.nodes[static_cast<size_t>(s.nodeIndex("opening"))];
    for (auto& c : opening.rubric.criteria) {
        if (c.id == "empathy") c.phrases.push_back("请说说具体情况");
    }
    CHECK(m.regradeIfChanged(s, test::bundledLexicons()));
    CHECK(hit(m.result()->grade, "empathy"));
    CHECK(m.result()->grade.score > before);

    m.bind(s, "opening");
    CHECK(m.result()); // the same node keeps it
    m.bind(s, "confirm-details");
    CHECK_FALSE(m.result());
}

TEST_CASE("endings, missing nodes and missing lexicons are reported, not graded", "[tryreply]") {
    Fixture f;
    const Scenario& s = f.appliance();
    TryReplyModel m;
    m.bind(s, "resolved");
    CHECK(m.grade(s, test::bundledLexicons(), "您好") == TryProblem::TerminalNode);
    CHECK(m.startPlaytest(s, test::bundledLexicons()) == TryProblem::TerminalNode);
    m.bind(s, "no-such-node");
    CHECK(m.grade(s, test::bundledLexicons(), "您好") == TryProblem::NoNode);
    CHECK(m.customerLine(s).empty());
    m.bind(s, "opening");
    m.setLanguage("fr");
    CHECK(m.grade(s, test::bundledLexicons(), "您好") == TryProblem::NoLexicon);
}

TEST_CASE("the language is guessed from the scenario's text", "[tryreply]") {
    Fixture f;
    REQUIRE(f.en.ok());
    CHECK(guessLanguage(f.appliance()) == "zh-CN");
    CHECK(guessLanguage(f.en.pack.scenarios.front()) == "en");
    TryReplyModel m;
    CHECK(m.language(f.en.pack.scenarios.front()) == "en");
    m.setLanguage("zh-CN");
    CHECK(m.language(f.en.pack.scenarios.front()) == "zh-CN");
}

TEST_CASE("a playtest runs from the chosen node to an ending on its own copy", "[tryreply]") {
    Fixture f;
    auto edited = std::make_unique<Scenario>(f.appliance());
    TryReplyModel m;
    m.bind(*edited, "demand-refund");
    REQUIRE(m.startPlaytest(*edited, test::bundledLexicons()) == TryProblem::None);
    REQUIRE(m.playing());
    CHECK(m.run().currentNode().id == "demand-refund");
    // The editor re-parses its scenario after every edit: the playtest must not care.
    edited.reset();

    CHECK(m.playReply("") == TryProblem::BlankReply);
    CHECK(m.playTurns().empty());
    for (int i = 0; i < 10 && !m.run().finished(); ++i) {
        const auto& answers = m.run().currentNode().modelAnswers;
        REQUIRE_FALSE(answers.empty());
        REQUIRE(m.playReply(m.run().fill(answers.front())) == TryProblem::None);
    }
    REQUIRE(m.run().finished());
    CHECK(m.run().outcome() == Outcome::Resolved);
    const auto& turns = m.playTurns();
    REQUIRE(turns.size() == m.run().turns().size());
    CHECK(turns.front().feedback.nodeId == "demand-refund");
    CHECK(turns.front().nextNodeId == m.run().turns()[0].nextNodeId);
    CHECK(turns.front().feedback.moodBefore == f.appliance().persona.mood);
    CHECK_FALSE(turns.front().closestModelAnswer.empty());
    CHECK(m.playReply("还有吗") == TryProblem::NoNode); // the call has ended

    m.stopPlaytest();
    CHECK_FALSE(m.playing());
    CHECK(m.playTurns().empty());
}
