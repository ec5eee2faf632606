// Pack-level phrases (scenarios/FORMAT.md "Pack phrases"): a pack teaches the
// grader its own wording for a lexicon concept.
#include <catch2/catch.hpp>
#include <filesystem>

#include "TestData.h"
#include "grading/KeywordGrader.h"
#include "scenario/PackLoader.h"
#include "scenario/ScenarioRun.h"

using namespace frontline;
namespace fs = std::filesystem;

namespace {

// The mini pack copied to a temp folder with its manifest given extra keys.
PackLoad loadMiniWith(const test::TempDir& tmp, const std::string& extraManifestKeys) {
    const fs::path src = test::dataDir() / "packs" / "mini-zh";
    fs::copy_file(src / "loop-inquiry.json", tmp.path() / "loop-inquiry.json");
    test::writeFile(tmp.path() / "pack.json", R"({"format": "frontline-pack/1", "id": "mini-zh", "title": "测试用小包",
  "version": "0.1.0", "language": "zh-CN", "authors": ["测试"], "description": "带包级短语的小包。",
  "scenarios": ["loop-inquiry.json"],
  )" + extraManifestKeys + "}\n");
    return loadPack(tmp.path(), test::miniLexicons());
}

std::string allMessages(const PackLoad& load) {
    std::string out;
    for (const auto& d : load.diagnostics.items()) out += d.format() + "\n";
    return out;
}

const CriterionResult* criterion(const ReplyGrade& g, const std::string& id) {
    for (const auto& c : g.criteria) {
        if (c.id == id) return &c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a reply using only the pack's phrase meets the concept's criterion", "[pack][phrases]") {
    test::TempDir tmp;
    PackLoad load = loadMiniWith(tmp, R"("phrases": {"greeting": ["早上好呀", "您吉祥"]})");
    INFO(allMessages(load));
    REQUIRE(load.ok());
    REQUIRE(load.pack.phrases.count("greeting") == 1);
    CHECK(load.pack.phrases.at("greeting") == std::vector<std::string>{"早上好呀", "您吉祥"});

    const Scenario& s = load.pack.scenarios[0];
    const Node* open = s.node("open");
    REQUIRE(open);
    // The concept's criterion carries the phrases; the phrase-only criterion does not.
    CHECK(open->rubric.criteria[0].phrases == std::vector<std::string>{"早上好呀", "您吉祥"});
    CHECK(open->rubric.criteria[1].phrases == std::vector<std::string>{"订单号", "核实"});

    KeywordGrader grader(*test::miniLexicons().forLanguage("zh-CN"));
    const SlotValues slots = slotValuesFor(s, 1);
    // Traditional characters and full-width punctuation fold like any reply.
    ReplyGrade g = gradeAtNode(s, *open, slots, grader, "早上好呀！請提供一下訂單號，我幫您核實。", 0);
    REQUIRE(criterion(g, "greet"));
    CHECK(criterion(g, "greet")->hit);
    CHECK(criterion(g, "greet")->matched == std::vector<std::string>{"早上好呀"});
    CHECK(g.score == 100);
}

TEST_CASE("without the pack phrase the same reply misses the criterion", "[pack][phrases]") {
    test::TempDir tmp;
    PackLoad load = loadMiniWith(tmp, R"("comment_free": true)");
    REQUIRE(load.ok()); // an unknown key is only a warning
    KeywordGrader grader(*test::miniLexicons().forLanguage("zh-CN"));
    const Scenario& s = load.pack.scenarios[0];
    ReplyGrade g = gradeAtNode(s, *s.node("open"), slotValuesFor(s, 1), grader, "早上好呀！請提供一下訂單號，我幫您核實。", 0);
    CHECK_FALSE(criterion(g, "greet")->hit);
    CHECK(g.score == 50);
}

TEST_CASE("pack phrases are checked with file:line:column errors", "[pack][phrases]") {
    test::TempDir tmp;
    PackLoad load = loadMiniWith(tmp, R"("phrases": {
    "greeting": ["早上好", "*"],
    "no_such_concept": ["随便"],
    "closing": ["祝您{customer}愉快"],
    "empathy": []
  })");
    const std::string text = allMessages(load);
    INFO(text);
    CHECK_FALSE(load.ok());
    const std::string manifest = (tmp.path() / "pack.json").string();
    CHECK(text.find(manifest + ":5:25: error: pattern '*' matches nothing specific") != std::string::npos);
    CHECK(text.find(manifest + ":6:24: error: unknown lexicon concept 'no_such_concept'") != std::string::npos);
    CHECK(text.find(manifest + ":7:17: error: pack phrase '祝您{customer}愉快' names a slot") != std::string::npos);
    CHECK(text.find(manifest + ":8:16: error: the phrases of 'empathy' must be a non-empty array") != std::string::npos);
    // The good phrase is still read.
    CHECK(load.pack.phrases.at("greeting") == std::vector<std::string>{"早上好"});
}

TEST_CASE("applyPackPhrases adds each phrase once", "[pack][phrases]") {
    Scenario s;
    Node n;
    n.id = "a";
    Criterion c;
    c.id = "greet";
    c.concept = "greeting";
    c.phrases = {"早上好"};
    n.rubric.criteria = {c};
    s.nodes = {n};
    applyPackPhrases({{"greeting", {"早上好", "您吉祥"}}, {"closing", {"再见"}}}, s);
    CHECK(s.nodes[0].rubric.criteria[0].phrases == std::vector<std::string>{"早上好", "您吉祥"});
}
