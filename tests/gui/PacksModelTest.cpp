// The pack library screen's model on real folders: the rows and their
// health, import as the signed-in trainer (audit-logged), duplicate, export,
// and the messages each action leaves for the screen.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "GuiTestStore.h"
#include "views/packs/PacksModel.h"

using namespace frontline;
using namespace frontline::gui;
namespace fs = std::filesystem;

namespace {

const std::string kTitle = "客服進階：退貨與投訴（試用版）";

// The unit tests' mini pack and its lexicon (this executable's data folder is tests/gui/data).
fs::path packsDir() { return test::sourceDir() / "tests" / "data" / "packs"; }
const LexiconSet& miniLexicons() {
    static const LexiconSet set = [] {
        Diagnostics diags;
        LexiconSet s = LexiconSet::loadDir(test::sourceDir() / "tests" / "data" / "lexicon-mini", diags);
        REQUIRE_FALSE(diags.hasErrors());
        return s;
    }();
    return set;
}

// A copy of the mini pack with another id and a Chinese title and file name.
fs::path writePack(const fs::path& dir, const std::string& id) {
    nlohmann::json m = {{"format", "frontline-pack/1"},
                        {"id", id},
                        {"title", kTitle},
                        {"version", "2.0.0"},
                        {"language", "zh-CN"},
                        {"authors", {"陳老師"}},
                        {"description", "練習。"},
                        {"scenarios", {"回环.json"}}};
    test::writeFile(dir / "pack.json", m.dump(2, ' ', false));
    test::writeFile(dir / "回环.json", test::readFile(packsDir() / "mini-zh" / "loop-inquiry.json"));
    return dir;
}

const PackRow* rowOf(const PacksModel& m, const std::string& id) {
    for (const auto& r : m.rows())
        if (r.id == id) return &r;
    return nullptr;
}

} // namespace

TEST_CASE("the packs model lists bundled packs, imports as the trainer and records it", "[gui][packs]") {
    testing::GuiTestStore db;
    test::TempDir tmp;
    PacksModel model(PackDirs{packsDir(), tmp.path() / "user"}, miniLexicons());
    REQUIRE(model.rows().size() == 1);
    const PackRow& mini = model.rows()[0];
    CHECK(mini.id == "mini-zh");
    CHECK(mini.origin == PackOrigin::Bundled);
    CHECK(mini.health() == PackHealth::Ok);
    CHECK(mini.firstScenarioId == "loop-inquiry");
    CHECK(mini.scenarios == 1);

    const fs::path source = writePack(tmp.path() / "来源" / "team-zh", "team-zh");
    SECTION("a trainee may not import") {
        db.add("E1", "張偉");
        auto r = model.importFrom(source.string(), "E1", *db.store);
        CHECK_FALSE(r.ok);
        CHECK(r.key == "packs.import_failed");
        CHECK(r.detail == "'E1' is not an active trainer; only trainers import packs");
        CHECK(model.rows().size() == 1);
        CHECK_FALSE(fs::exists(tmp.path() / "user"));
    }
    SECTION("the trainer imports a folder") {
        auto r = model.importFrom(source.string(), "T1", *db.store);
        INFO(r.detail);
        REQUIRE(r.ok);
        CHECK(r.key == "packs.imported");
        CHECK(r.args == std::vector<std::string>{kTitle, "team-zh", "2.0.0"});
        const PackRow* row = rowOf(model, "team-zh");
        REQUIRE(row);
        CHECK(row->origin == PackOrigin::User);
        CHECK(row->title == kTitle);
        CHECK(row->dir == (tmp.path() / "user" / "team-zh").string());
        auto log = db.store->audit(std::nullopt);
        REQUIRE(log);
        REQUIRE_FALSE(log->empty());
        CHECK(log->back().actor == "T1");
        CHECK(log->back().action == "pack.import");
        CHECK(log->back().subject == "team-zh");
        CHECK(nlohmann::json::parse(log->back().detailsJson)["archive"] == "team-zh");

        auto again = model.importFrom(source.string(), "T1", *db.store);
        CHECK_FALSE(again.ok);
        CHECK(again.detail.find("pack id 'team-zh' is already taken by a user pack") != std::string::npos);
    }
    SECTION("an empty path asks for one") {
        auto r = model.importFrom("", "T1", *db.store);
        CHECK_FALSE(r.ok);
        CHECK(r.key == "packs.import_empty");
    }
}

TEST_CASE("the packs model duplicates and exports", "[gui][packs]") {
    test::TempDir tmp;
    PacksModel model(PackDirs{packsDir(), tmp.path() / "user"}, miniLexicons());
    CHECK(model.suggestedCopyId(0) == "mini-zh-copy");

    auto dup = model.duplicate(0, " mini-zh-copy ", "", "（副本）");
    INFO(dup.detail);
    REQUIRE(dup.ok);
    CHECK(dup.args == std::vector<std::string>{"测试用小包（副本）", "mini-zh-copy"});
    REQUIRE(model.rows().size() == 2);
    CHECK(model.suggestedCopyId(0) == "mini-zh-copy-2");

    auto bad = model.duplicate(0, "Mini Copy", "", "（副本）");
    CHECK_FALSE(bad.ok);
    CHECK(bad.key == "packs.duplicate_failed");
    CHECK(bad.detail.find("'Mini Copy' is not a valid pack id") != std::string::npos);

    const std::string out = PacksModel::defaultExportPath(tmp.path().string(), "mini-zh-copy");
    CHECK(out == (tmp.path() / "mini-zh-copy.zip").string());
    const PackRow* copy = rowOf(model, "mini-zh-copy");
    REQUIRE(copy);
    const size_t index = static_cast<size_t>(copy - model.rows().data());
    auto exported = model.exportTo(index, out, false);
    INFO(exported.detail);
    REQUIRE(exported.ok);
    CHECK(exported.args == std::vector<std::string>{"测试用小包（副本）", out});
    auto refused = model.exportTo(index, out, false);
    CHECK_FALSE(refused.ok);
    CHECK(refused.detail == out + ": error: already exists");
    CHECK(model.exportTo(index, out, true).ok);
}

TEST_CASE("paths typed with ~ start at home", "[gui][packs]") {
    CHECK(expandHome(" ~/下载/包.zip ", "/home/王") == "/home/王/下载/包.zip");
    CHECK(expandHome("~", "/home/王") == "/home/王");
    CHECK(expandHome("/tmp/x.zip", "/home/王") == "/tmp/x.zip");
}
