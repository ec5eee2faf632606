#include <catch2/catch.hpp>

#include "grading/Pattern.h"
#include "grading/TextNormalizer.h"

using namespace frontline;

namespace {
bool matches(const std::string& pattern, const std::string& text, bool words = false) {
    std::string err;
    auto p = Pattern::compile(pattern, words, err);
    REQUIRE(p);
    return !p->findAll(normalizeText(text).text).empty();
}
} // namespace

TEST_CASE("normalisation folds width, case, Traditional script and quotes", "[normalize]") {
    CHECK(toUtf8(foldText("ＯＫ，３０分鐘內")) == "ok,30分钟内");
    CHECK(toUtf8(foldText("I DON’T  know")) == "i don't know");
    CHECK(toUtf8(foldText("您好😀")) == "您好😀");
    auto n = normalizeText("Ａ  理解");
    CHECK(toUtf8(n.text) == "a 理解");
    CHECK(n.origin == std::vector<int>{0, 1, 3, 4}); // the collapsed space maps to the first original space
}

TEST_CASE("patterns: literals, numbers and gaps", "[pattern]") {
    CHECK(matches("{num}分钟内", "我们会在30分钟内回电"));
    CHECK(matches("{num}分钟内", "三十分钟内给您答复"));
    CHECK(matches("{num}分钟内", "３０分鐘內處理"));
    CHECK(matches("今天下午{num}点前", "今天下午5点前给您回复"));
    CHECK(matches("{num}个工作日内", "两个工作日内退款到账"));
    CHECK_FALSE(matches("{num}分钟内", "我们会尽快处理"));
    CHECK(matches("请*稍等", "请您稍等"));
    CHECK(matches("请*稍等", "请您耐心地再稍等"));
    CHECK_FALSE(matches("请*稍等", "请您一定一定一定一定耐心稍等")); // gap longer than 8
    CHECK(matches("within {num} hours", "We will call back within two hours.", true));
    CHECK(matches("within {num} hours", "within 2.5 hours", true));
    CHECK(matches("by {num} pm", "by 5 pm today", true));
}

TEST_CASE("English patterns respect word boundaries", "[pattern]") {
    CHECK(matches("no", "no, sorry", true));
    CHECK_FALSE(matches("no", "I know", true));
    CHECK_FALSE(matches("um", "the premium plan", true));
    CHECK(matches("um", "um, let me see", true));
}

TEST_CASE("bad patterns are rejected with a reason", "[pattern]") {
    std::string err;
    CHECK_FALSE(Pattern::compile("*", false, err));
    CHECK_FALSE(Pattern::compile("*您好", false, err));
    CHECK(err == "pattern '*您好' must not begin or end with '*'");
    CHECK_FALSE(Pattern::compile("", false, err));
}

TEST_CASE("English words end before a contraction, but not before n't", "[pattern]") {
    CHECK(matches("i can see why you", "I can see why you're upset.", true));
    CHECK(matches("i can see why you", "I can see why you’re upset.", true)); // typographic apostrophe
    CHECK(matches("we", "We'll call you back.", true));
    CHECK_FALSE(matches("i can", "I can't do that.", true));
    CHECK_FALSE(matches("you", "your order", true));
}
