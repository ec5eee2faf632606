#include <catch2/catch.hpp>
#include <string>

#include "text/LineBreak.h"

using namespace frontline::gui;

namespace {

// Every character is one unit wide, whatever its byte length.
float unitWidth(std::string_view) { return 1.0f; }

std::vector<std::string> wrap(const std::string& text, float width) {
    std::vector<std::string> out;
    for (const auto& line : breakLines(text, width, unitWidth)) out.push_back(text.substr(line.begin, line.end - line.begin));
    return out;
}

} // namespace

TEST_CASE("Latin text breaks at spaces", "[linebreak]") {
    CHECK(wrap("the quick brown fox", 10) == std::vector<std::string>{"the quick", "brown fox"});
    CHECK(wrap("short", 10) == std::vector<std::string>{"short"});
    CHECK(wrap("abcdefghijkl", 5) == std::vector<std::string>{"abcde", "fghij", "kl"}); // no space: split the word
    CHECK(wrap("one two", 3) == std::vector<std::string>{"one", "two"});                // overflow on the space itself
}

TEST_CASE("Chinese text breaks between characters", "[linebreak]") {
    CHECK(wrap("先处理情绪再解决问题", 4) == std::vector<std::string>{"先处理情", "绪再解决", "问题"});
}

TEST_CASE("closing punctuation never starts a line, opening never ends one", "[linebreak]") {
    // "，" would start line two; it moves up with the character before it.
    CHECK(wrap("您好，请问", 2) == std::vector<std::string>{"您", "好，", "请问"});
    CHECK(wrap("一二三。", 3) == std::vector<std::string>{"一二", "三。"});
    CHECK(wrap("我们“以换代修”", 3) == std::vector<std::string>{"我们", "“以换", "代修”"});
}

TEST_CASE("mixed text and explicit newlines", "[linebreak]") {
    CHECK(wrap("工单WX2024 已登记", 6) == std::vector<std::string>{"工单", "WX2024", "已登记"});
    CHECK(wrap("a\nb", 10) == std::vector<std::string>{"a", "b"});
    CHECK(wrap("", 10).empty());
}
