// The AUC maths of grading/RankingQuality on tiny hand-computed examples.
#include <catch2/catch.hpp>

#include "grading/RankingQuality.h"

using namespace frontline;

namespace {

ScoredReply item(const std::string& id, QualityLabel label, double score, int length = 10, const std::string& lang = "zh-CN") {
    return {id, lang, label, score, length};
}

constexpr auto G = QualityLabel::Good;
constexpr auto A = QualityLabel::Acceptable;
constexpr auto P = QualityLabel::Poor;

} // namespace

TEST_CASE("AUC is 1 when every good reply outscores every poor one", "[ranking-quality]") {
    auto r = rankingAuc({item("g1", G, 90), item("g2", G, 80), item("p1", P, 20), item("p2", P, 79)});
    CHECK(r.pairs == 4);
    CHECK(r.auc == Approx(1.0));
}

TEST_CASE("AUC is 0 when the ranking is reversed and 1/2 when all tie", "[ranking-quality]") {
    CHECK(rankingAuc({item("g", G, 10), item("p", P, 90)}).auc == Approx(0.0));
    CHECK(rankingAuc({item("g1", G, 50), item("g2", G, 50), item("p", P, 50)}).auc == Approx(0.5));
}

TEST_CASE("AUC counts ties as 1/2 (Mann-Whitney)", "[ranking-quality]") {
    // good {80, 60}, poor {60, 40, 90}:
    // 80: beats 60, 40, loses 90 -> 2; 60: ties 60, beats 40, loses 90 -> 1.5; 3.5 / 6.
    auto r = rankingAuc({item("g1", G, 80), item("g2", G, 60), item("p1", P, 60), item("p2", P, 40), item("p3", P, 90)});
    CHECK(r.pairs == 6);
    CHECK(r.wins == Approx(3.5));
    CHECK(r.auc == Approx(3.5 / 6.0));
}

TEST_CASE("acceptable replies take no part in the AUC", "[ranking-quality]") {
    auto r = rankingAuc({item("g", G, 70), item("a", A, 100), item("a2", A, 0), item("p", P, 30)});
    CHECK(r.pairs == 1);
    CHECK(r.auc == Approx(1.0));
    CHECK_FALSE(rankingAuc({item("a", A, 1), item("g", G, 2)}).defined());
}

TEST_CASE("length-controlled AUC keeps same-language pairs whose poor reply is at least as long", "[ranking-quality]") {
    std::vector<ScoredReply> items{
        item("g-short", G, 60, 10),    item("g-long", G, 90, 50), item("p-long", P, 70, 50), // as long as g-long, longer than g-short
        item("p-short", P, 95, 5),                                                           // shorter than both: never counted
        item("p-en", P, 99, 80, "en"),                                                       // other language: never counted
    };
    // Pairs: (g-short, p-long) lost, (g-long, p-long) won -> 1/2.
    auto r = rankingAuc(items, lengthControlledPair);
    CHECK(r.pairs == 2);
    CHECK(r.auc == Approx(0.5));
    // Unfiltered: g-short loses to all three; g-long beats p-long, loses p-short and p-en -> 1/6.
    auto all = rankingAuc(items);
    CHECK(all.pairs == 6);
    CHECK(all.auc == Approx(1.0 / 6.0));
}

TEST_CASE("misranked pairs come worst first", "[ranking-quality]") {
    std::vector<ScoredReply> items{item("g1", G, 50), item("g2", G, 80), item("p1", P, 60), item("p2", P, 80), item("p3", P, 10)};
    auto worst = misrankedPairs(items, {}, 10);
    // p2-g1 (+30), p1-g1 (+10), p2-g2 (tie, 0)
    REQUIRE(worst.size() == 3);
    CHECK(worst[0].poor->id == "p2");
    CHECK(worst[0].good->id == "g1");
    CHECK(worst[1].poor->id == "p1");
    CHECK(worst[2].margin() == Approx(0.0));
    CHECK(misrankedPairs(items, {}, 1).size() == 1);
}

TEST_CASE("flag report: recall over forbidden examples, false flags on good replies", "[ranking-quality]") {
    auto r =
        checkFlags({{"f1", P, true, true}, {"f2", P, true, false}, {"g1", G, false, true}, {"g2", G, false, false}, {"p", P, false, true}});
    CHECK(r.expected == 2);
    CHECK(r.caught == 1);
    CHECK(r.recall() == Approx(0.5));
    CHECK(r.missed == std::vector<std::string>{"f2"});
    CHECK(r.goodReplies == 2);
    CHECK(r.falseFlagsOnGood == std::vector<std::string>{"g1"});
    CHECK(r.otherFalseFlags == std::vector<std::string>{"p"});
}

TEST_CASE("bigram baseline: Dice over folded character bigrams", "[ranking-quality]") {
    // 抱歉让您久等 -> 抱歉 歉让 让您 您久 久等 (5); 让您久等了 -> 让您 您久 久等 等了 (4); common 3 -> 6/9.
    CHECK(bigramDice("抱歉让您久等", "让您久等了") == Approx(6.0 / 9.0));
    // Full-width and Traditional forms fold before comparing; punctuation splits runs.
    CHECK(bigramDice("ＯＫ，讓您久等", "ok,让您久等") == Approx(1.0));
    CHECK(bigramDice("", "abc") == Approx(0.0));
    // Words: "so"+"rry" bigrams only within words; "sorry" vs "sorry!" identical.
    CHECK(bigramDice("Sorry", "sorry!") == Approx(1.0));
    CHECK(bigramBaselineScore("让您久等", {"完全无关", "让您久等"}) == Approx(100.0));
    CHECK(countCharacters("您好ab") == 4);
}
