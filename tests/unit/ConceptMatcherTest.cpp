#include <catch2/catch.hpp>

#include "TestData.h"
#include "grading/ConceptMatcher.h"

using namespace frontline;

namespace {
ConceptMatch find(const std::string& lang, const std::string& concept, const std::string& reply) {
    const Lexicon* lex = test::miniLexicons().forLanguage(lang);
    REQUIRE(lex);
    return ConceptMatcher(*lex).match(normalizeText(reply), concept, {});
}
} // namespace

TEST_CASE("negation cancels a match just before it, in Chinese", "[matcher]") {
    CHECK(find("zh-CN", "empathy", "我理解您的心情").hit());
    CHECK_FALSE(find("zh-CN", "empathy", "我不理解您为什么这样").hit());
    CHECK_FALSE(find("zh-CN", "blame_shift", "这不是您的问题，是我们的疏忽").hit());
    CHECK(find("zh-CN", "blame_shift", "这是您的问题").hit());
    // The window stops at clause punctuation.
    CHECK(find("zh-CN", "empathy", "没关系，理解您").hit());
}

TEST_CASE("negation in English looks back a few words", "[matcher]") {
    CHECK(find("en", "empathy", "I understand how you feel").hit());
    CHECK_FALSE(find("en", "empathy", "I don't understand why you called").hit());
    CHECK_FALSE(find("en", "empathy", "I do not really understand").hit());
    CHECK(find("en", "empathy", "No problem. I understand.").hit());
    // Quotes and emoji between the cue and the match do not use up the window.
    CHECK_FALSE(find("en", "empathy", "I don't \"understand\" that").hit());
    CHECK_FALSE(find("en", "empathy", "I do not 🙂 understand").hit());
    CHECK(find("en", "empathy", "I'm not sure, but I understand").hit());
}

TEST_CASE("non-negatable concepts and exclusions", "[matcher]") {
    CHECK(find("zh-CN", "filler", "不那个那个，我是说").hit());
    CHECK_FALSE(find("zh-CN", "empathy", "我理解您的意思了").hit());
}

TEST_CASE("spans point into the original reply as typed", "[matcher]") {
    auto m = find("zh-CN", "time_commitment", "好的，我們會在３０分鐘內回電。");
    REQUIRE(m.hit());
    REQUIRE(m.spans.size() == 1);
    CHECK(m.spans[0].begin == 7); // "３０分鐘內" as typed
    CHECK(m.spans[0].end == 12);
    auto e = find("en", "greeting", "ＨＥＬＬＯ there, good morning!");
    REQUIRE(e.spans.size() == 2);
    CHECK(e.spans[0].begin == 0);
    CHECK(e.spans[0].end == 5);
}

TEST_CASE("a criterion's own phrases add to its concept", "[matcher]") {
    const Lexicon* lex = test::miniLexicons().forLanguage("zh-CN");
    ConceptMatcher matcher(*lex);
    auto m = matcher.match(normalizeText("可以为您办理以旧换新"), "", {"以旧换新", "上门维修"});
    REQUIRE(m.hit());
    CHECK(m.patterns == std::vector<std::string>{"以旧换新"});
}
