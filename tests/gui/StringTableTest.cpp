#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "i18n/StringTable.h"

using namespace frontline;
namespace fs = std::filesystem;

namespace {

fs::path writeTable(const std::string& name, const std::string& json) {
    fs::path dir = fs::temp_directory_path() / "frontline-stringtable-test";
    fs::create_directories(dir);
    fs::path file = dir / name;
    std::ofstream(file) << json;
    return file;
}

} // namespace

TEST_CASE("a string table returns text, and the key itself when missing", "[i18n]") {
    auto table = StringTable::loadFile(writeTable("xx.json", R"({"a.title": "标题", "a.count": "{0} 个，共 {1} 个"})"));
    REQUIRE(table.ok());
    CHECK(table->language() == "xx");
    CHECK(table->text("a.title") == "标题");
    CHECK(table->text("a.nope") == "a.nope");
    CHECK(&table->text("a.nope") == &table->text("a.nope")); // stable for ImGui
    CHECK(table->format("a.count", 3, std::string("9")) == "3 个，共 9 个");
}

TEST_CASE("count() picks the singular or plural form", "[i18n]") {
    auto table =
        StringTable::loadFile(writeTable("en.json", R"({"n.errors.one": "{0} error in {1}", "n.errors.other": "{0} errors in {1}"})"));
    REQUIRE(table.ok());
    CHECK(table->count("n.errors", 1, "a.json") == "1 error in a.json");
    CHECK(table->count("n.errors", 0, "a.json") == "0 errors in a.json");
    CHECK(table->count("n.errors", 2, "a.json") == "2 errors in a.json");
}

TEST_CASE("a malformed table is an error with a location", "[i18n]") {
    auto notString = StringTable::loadFile(writeTable("bad.json", "{\n  \"a\": 3\n}"));
    REQUIRE_FALSE(notString.ok());
    CHECK(notString.error().message.find("'a' must be a string") != std::string::npos);
    CHECK(notString.error().where.line == 2);

    auto notObject = StringTable::loadFile(writeTable("bad2.json", "[]"));
    CHECK_FALSE(notObject.ok());
    auto broken = StringTable::loadFile(writeTable("bad3.json", "{\"a\": "));
    CHECK_FALSE(broken.ok());
    auto duplicate = StringTable::loadFile(writeTable("bad4.json", R"({"a": "x", "a": "y"})"));
    CHECK_FALSE(duplicate.ok());
    CHECK_FALSE(StringTable::load(fs::temp_directory_path(), "no-such-language").ok());
}

TEST_CASE("placeholders are substituted and counted", "[i18n]") {
    CHECK(substitutePlaceholders("{1} of {0}", {"a", "b"}) == "b of a");
    CHECK(substitutePlaceholders("{{0}} is {0}", {"x"}) == "{0} is x");
    CHECK(substitutePlaceholders("{2} stays", {"x"}) == "{2} stays");
    CHECK(substitutePlaceholders("{name} and {", {"x"}) == "{name} and {");
    CHECK(placeholderIndices("{1} of {0}, {1}") == std::set<int>{0, 1});
    CHECK(placeholderIndices("{{0}} none") == std::set<int>{});
}

TEST_CASE("the language follows the locale", "[i18n]") {
    CHECK(languageFromLocale("zh_CN.UTF-8") == "zh-CN");
    CHECK(languageFromLocale("zh_TW") == "zh-CN");
    CHECK(languageFromLocale("en_US.UTF-8") == "en");
    CHECK(languageFromLocale("C") == "en");
    CHECK(languageFromLocale("") == "en");

    setenv("LC_ALL", "", 1);
    setenv("LC_MESSAGES", "zh_CN.UTF-8", 1);
    setenv("LANG", "en_GB.UTF-8", 1);
    CHECK(detectLanguage() == "zh-CN");
    setenv("LC_ALL", "en_US.UTF-8", 1);
    CHECK(detectLanguage() == "en");
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    unsetenv("LANG");
    CHECK(detectLanguage() == "en");
}
