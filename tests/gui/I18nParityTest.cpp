// The UI string tables must match: same keys, same placeholders, and every key
// the GUI source asks for must exist, so no language shows a raw key.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "i18n/StringTable.h"
#include "scenario/Pack.h"
#include "views/library/LibraryModel.h"

using namespace frontline;
namespace fs = std::filesystem;

namespace {

const fs::path kI18nDir = fs::path(FRONTLINE_SOURCE_DIR) / "assets" / "i18n";

StringTable loadTable(const std::string& language) {
    auto table = StringTable::load(kI18nDir, language);
    INFO(language << ": " << (table ? "" : table.error().format()));
    REQUIRE(table.ok());
    return std::move(table.value());
}

// Keys named in the GUI's source: literals such as "library.title". A literal
// ending in '.' is a prefix completed at run time and is checked elsewhere;
// one passed to count() stands for its ".one" and ".other" forms.
std::set<std::string> keysUsedBySource() {
    static const std::regex literal(
        R"((count\(\s*)?\"((?:app|library|family|channel|mood|language|signin|trainees|packs)\.[A-Za-z0-9_.-]*)\")");
    std::set<std::string> keys;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(FRONTLINE_SOURCE_DIR) / "app" / "gui")) {
        if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (std::sregex_iterator it(source.begin(), source.end(), literal), end; it != end; ++it) {
            const std::string key = (*it)[2];
            if (key.back() == '.') continue;
            if ((*it)[1].matched) {
                keys.insert(key + ".one");
                keys.insert(key + ".other");
            } else {
                keys.insert(key);
            }
        }
    }
    return keys;
}

} // namespace

TEST_CASE("both languages have a string table", "[i18n]") {
    auto languages = availableLanguages(kI18nDir);
    CHECK(languages == std::vector<std::string>{"en", "zh-CN"});
}

TEST_CASE("zh-CN and en define the same keys with the same placeholders", "[i18n]") {
    const StringTable zh = loadTable("zh-CN");
    const StringTable en = loadTable("en");
    for (const auto& [key, text] : zh.entries()) {
        INFO("key " << key);
        CHECK(en.has(key));
        if (en.has(key)) CHECK(placeholderIndices(text) == placeholderIndices(en.text(key)));
        CHECK_FALSE(text.empty());
    }
    for (const auto& [key, text] : en.entries()) {
        INFO("key " << key << " is in en.json but missing from zh-CN.json");
        CHECK(zh.has(key));
        CHECK_FALSE(text.empty());
    }
}

TEST_CASE("every key the GUI uses exists in every language", "[i18n]") {
    const auto keys = keysUsedBySource();
    REQUIRE(keys.size() > 20); // the scan found the source
    for (const std::string language : {"zh-CN", "en"}) {
        const StringTable table = loadTable(language);
        for (const auto& key : keys) {
            INFO(language << " lacks " << key);
            CHECK(table.has(key));
        }
    }
}

TEST_CASE("keys built at run time exist in every language", "[i18n]") {
    for (const std::string language : {"zh-CN", "en"}) {
        const StringTable table = loadTable(language);
        std::vector<std::string> keys = {gui::familyKey("no-such-family"), gui::channelKey("fax")};
        for (const auto& family : familyIds()) keys.push_back(gui::familyKey(family));
        for (const char* channel : {"phone", "chat"}) keys.push_back(gui::channelKey(channel));
        for (int mood = 0; mood <= 100; mood += 5) keys.push_back(gui::moodKey(mood));
        for (const auto& l : availableLanguages(kI18nDir)) keys.push_back("language." + l);
        for (const auto& key : keys) {
            INFO(language << " lacks " << key);
            CHECK(table.has(key));
        }
    }
}
