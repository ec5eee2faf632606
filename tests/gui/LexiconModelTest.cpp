// The trainer's lexicon screen without a window: the language switch, the
// folded search, the criteria that use a concept and the phrases packs add.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "../unit/TestData.h"
#include "scenario/PackLoader.h"
#include "views/lexicon/LexiconModel.h"

using namespace frontline;
using namespace frontline::gui;
namespace fs = std::filesystem;

namespace {

struct Fixture {
    PackLoad zh = loadPack(test::sourceDir() / "scenarios" / "core-zh", test::bundledLexicons());
    PackLoad en = loadPack(test::sourceDir() / "scenarios" / "core-en", test::bundledLexicons());
    std::vector<LexiconPack> packs() const { return {{&zh.pack, false}, {&en.pack, false}}; }
};

std::vector<std::string> ids(const std::vector<ConceptEntry>& list) {
    std::vector<std::string> out;
    for (const auto& c : list) out.push_back(c.id);
    return out;
}

bool has(const std::vector<std::string>& list, const std::string& id) { return std::find(list.begin(), list.end(), id) != list.end(); }

} // namespace

TEST_CASE("the lexicon screen opens in the UI language on the first required concept", "[lexicon-model]") {
    Fixture f;
    LexiconModel m(test::bundledLexicons(), f.packs(), "zh-CN");
    CHECK(m.languages() == std::vector<std::string>{"zh-CN", "en"});
    CHECK(m.language() == "zh-CN");
    const auto all = m.concepts();
    CHECK(all.size() == m.lexicon()->concepts().size());
    // Required concepts first, then forbidden ones, each by id.
    CHECK(all.front().id == "apology");
    CHECK_FALSE(all.front().forbidden);
    CHECK(all.back().forbidden);
    CHECK(m.selectedId() == "apology");
    REQUIRE(m.selected());
    CHECK(m.selected()->label == "致歉");

    // A language without a lexicon changes nothing; one not installed falls back.
    CHECK_FALSE(m.setLanguage("fr"));
    CHECK(m.language() == "zh-CN");
    LexiconModel other(test::bundledLexicons(), f.packs(), "fr");
    CHECK(other.language() == "zh-CN");
}

TEST_CASE("search folds Traditional and full-width text and looks at ids, labels and patterns", "[lexicon-model]") {
    Fixture f;
    LexiconModel m(test::bundledLexicons(), f.packs(), "zh-CN");
    m.setQuery("共情");
    CHECK(ids(m.concepts()) == std::vector<std::string>{"empathy"});
    m.setQuery("理解您的擔心"); // Traditional for a pattern's 担心
    CHECK(has(ids(m.concepts()), "empathy"));
    m.setQuery("ＥＭＰＡＴＨＹ"); // full-width capitals
    CHECK(ids(m.concepts()) == std::vector<std::string>{"empathy"});
    m.setQuery("blame");
    CHECK(ids(m.concepts()) == std::vector<std::string>{"blame_shift"});
    m.setQuery("没有这种说法的概念");
    CHECK(m.concepts().empty());
    m.setQuery("   ");
    CHECK(m.concepts().size() == m.lexicon()->concepts().size());
}

TEST_CASE("the search stays on when the language changes and filters the new lexicon", "[lexicon-model]") {
    Fixture f;
    LexiconModel m(test::bundledLexicons(), f.packs(), "zh-CN");
    m.setQuery("共情");
    CHECK(ids(m.concepts()) == std::vector<std::string>{"empathy"});
    REQUIRE(m.setLanguage("en"));
    CHECK(m.query() == "共情");
    CHECK(m.concepts().empty());
    REQUIRE(m.setLanguage("zh-CN"));
    CHECK(ids(m.concepts()) == std::vector<std::string>{"empathy"});
}

TEST_CASE("the selected concept lists the criteria of its language's packs", "[lexicon-model]") {
    Fixture f;
    REQUIRE(f.zh.ok());
    REQUIRE(f.en.ok());
    LexiconModel m(test::bundledLexicons(), f.packs(), "zh-CN");
    const auto zhUses = m.uses("empathy");
    REQUIRE_FALSE(zhUses.empty());
    bool appliance = false;
    for (const auto& u : zhUses) {
        CHECK(u.packTitle == f.zh.pack.title);
        appliance = appliance || (u.nodeId == "opening" && u.criterionId == "empathy");
    }
    CHECK(appliance);

    m.select("empathy");
    REQUIRE(m.setLanguage("en"));
    CHECK(m.selectedId() == "empathy"); // both lexicons have it
    CHECK(m.selected()->label == "Empathy");
    for (const auto& u : m.uses("empathy")) CHECK(u.packTitle == f.en.pack.title);
    CHECK(LexiconModel::standing("rude"));
    CHECK_FALSE(LexiconModel::standing("empathy"));
}

TEST_CASE("a pack's own phrases show under the concept and are searchable", "[lexicon-model]") {
    Fixture f;
    test::TempDir tmp;
    const fs::path dir = tmp.path() / "house-zh";
    fs::copy(test::sourceDir() / "scenarios" / "core-zh", dir);
    nlohmann::json manifest = nlohmann::json::parse(test::readFile(dir / "pack.json"));
    manifest["id"] = "house-zh";
    manifest["title"] = "本店话术包";
    manifest["phrases"] = {{"greeting", {"您吉祥", "欢迎光临小店"}}};
    test::writeFile(dir / "pack.json", manifest.dump(2));
    PackLoad house = loadPack(dir, test::bundledLexicons());
    REQUIRE(house.ok());

    std::vector<LexiconPack> packs = f.packs();
    packs.push_back({&house.pack, true});
    LexiconModel m(test::bundledLexicons(), packs, "zh-CN");
    const auto lists = m.packPhrases("greeting");
    REQUIRE(lists.size() == 1);
    CHECK(lists[0].packTitle == "本店话术包");
    CHECK(lists[0].userPack);
    CHECK(lists[0].phrases == std::vector<std::string>{"您吉祥", "欢迎光临小店"});
    CHECK(m.packPhrases("empathy").empty());
    m.setQuery("歡迎光臨小店"); // Traditional finds the pack's Simplified phrase
    CHECK(ids(m.concepts()) == std::vector<std::string>{"greeting"});
    // The user pack's criteria count as uses too.
    bool fromUserPack = false;
    for (const auto& u : m.uses("greeting")) fromUserPack = fromUserPack || u.userPack;
    CHECK(fromUserPack);
    // In English the Chinese pack adds nothing.
    m.setLanguage("en");
    CHECK(m.packPhrases("greeting").empty());
}
