// Pack import, export and duplicate (app/core/packs): zips built here with
// libzip, hostile ones included. Every refusal names the archive and the
// entry, and leaves the user packs folder exactly as it was.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "TestData.h"
#include "TestZip.h"
#include "packs/PackArchive.h"
#include "packs/PackDuplicate.h"
#include "packs/PackExport.h"
#include "packs/PackImport.h"
#include "packs/PackLibrary.h"
#include "packs/PackLimits.h"

using namespace frontline;
using frontline::test::writeZip;
using frontline::test::ZipEntry;
namespace fs = std::filesystem;

namespace {

// Traditional characters and full-width punctuation, as trainers write them.
const std::string kTitle = "客服進階：退貨與投訴（試用版）";
const std::string kScenarioFile = "咨询回环.json";

std::string manifest(const std::string& id, const std::string& title = kTitle) {
    nlohmann::json m = {{"format", "frontline-pack/1"},
                        {"id", id},
                        {"title", title},
                        {"version", "2.3.4"},
                        {"language", "zh-CN"},
                        {"authors", {"培训部 陳老師"}},
                        {"description", "退貨、投訴與回訪的練習。"},
                        {"scenarios", {kScenarioFile}}};
    return m.dump(2, ' ', false);
}

std::string scenarioText() { return test::readFile(test::dataDir() / "packs" / "mini-zh" / "loop-inquiry.json"); }

// A good pack in one top-level folder, as a zip tool makes it.
std::vector<ZipEntry> goodEntries(const std::string& id) {
    return {{id + "/", "", S_IFDIR | 0755u, true}, {id + "/pack.json", manifest(id)}, {id + "/" + kScenarioFile, scenarioText()}};
}

// Every path under root, so a test can show nothing was written.
std::set<std::string> tree(const fs::path& root) {
    std::set<std::string> out;
    if (!fs::exists(root)) return out;
    for (const auto& e : fs::recursive_directory_iterator(root)) out.insert(fs::relative(e.path(), root).string());
    return out;
}

struct Fixture {
    test::TempDir tmp;
    PackDirs dirs{test::dataDir() / "packs", tmp.path() / "user" / "packs"};

    fs::path zip(const std::string& name, const std::vector<ZipEntry>& entries) {
        fs::path p = tmp.path() / name;
        writeZip(p, entries);
        return p;
    }
    Result<InstalledPack> import(const fs::path& source) { return importPack(source, dirs, test::miniLexicons()); }

    // Imports source, which must be refused with exactly message; the user folder must be unchanged.
    void requireRefused(const fs::path& source, const std::string& message) {
        fs::create_directories(dirs.user);
        const auto before = tree(tmp.path());
        auto r = import(source);
        REQUIRE_FALSE(r);
        CHECK(r.error().format() == source.string() + ": error: " + message);
        CHECK(tree(tmp.path()) == before);
    }
};

} // namespace

TEST_CASE("a good zip imports into the user packs folder under its id", "[packs]") {
    Fixture f;
    auto r = f.import(f.zip("团队包.zip", goodEntries("team-zh")));
    INFO((r ? "" : r.error().format()));
    REQUIRE(r);
    CHECK(r->id == "team-zh");
    CHECK(r->title == kTitle);
    CHECK(r->version == "2.3.4");
    CHECK(r->scenarios == 1);
    CHECK(r->dir == f.dirs.user / "team-zh");
    CHECK(tree(f.dirs.user) == std::set<std::string>{"team-zh", "team-zh/pack.json", "team-zh/" + kScenarioFile});

    auto library = loadPackLibrary(f.dirs, test::miniLexicons());
    const LibraryPack* found = findLibraryPack(library, "team-zh");
    REQUIRE(found);
    CHECK(found->origin == PackOrigin::User);
    CHECK(found->pack().title == kTitle);
    CHECK(found->errors() == 0);
    CHECK(found->pack().hash == r->hash);
    REQUIRE(findLibraryPack(library, "mini-zh"));
    CHECK(findLibraryPack(library, "mini-zh")->origin == PackOrigin::Bundled);
}

TEST_CASE("a zip with its files at the root imports too", "[packs]") {
    Fixture f;
    auto r = f.import(f.zip("root.zip", {{"pack.json", manifest("root-zh")}, {kScenarioFile, scenarioText()}}));
    REQUIRE(r);
    CHECK(r->dir == f.dirs.user / "root-zh");
}

TEST_CASE("hostile archives are refused before anything is written", "[packs]") {
    Fixture f;
    auto good = goodEntries("evil-zh");

    SECTION("an entry leaving the pack folder") {
        auto entries = good;
        entries.push_back({"../evil.json", "{}"});
        f.requireRefused(f.zip("evil.zip", entries), "entry '../evil.json' leaves the pack folder");
        CHECK_FALSE(fs::exists(f.dirs.user.parent_path() / "evil.json"));
    }
    SECTION("a '..' deeper in the path") {
        auto entries = good;
        entries.push_back({"evil-zh/../../逃逸.json", "{}"});
        f.requireRefused(f.zip("evil.zip", entries), "entry 'evil-zh/../../逃逸.json' leaves the pack folder");
    }
    SECTION("absolute paths") {
        f.requireRefused(f.zip("abs.zip", {{"/abs.json", "{}"}, {"pack.json", manifest("abs")}}), "entry '/abs.json' is an absolute path");
        f.requireRefused(f.zip("drive.zip", {{"C:\\abs.json", "{}"}}), "entry 'C:\\abs.json' is an absolute path");
        f.requireRefused(f.zip("unc.zip", {{"\\\\server\\abs.json", "{}"}}), "entry '\\\\server\\abs.json' is an absolute path");
    }
    SECTION("backslash paths") {
        f.requireRefused(f.zip("back.zip", {{"evil-zh\\pack.json", manifest("x")}}),
                         "entry 'evil-zh\\pack.json' uses backslashes in its path (zip paths use '/')");
    }
    SECTION("a symbolic link") {
        auto entries = good;
        entries.push_back({"evil-zh/link.json", "/etc/passwd", S_IFLNK | 0777u});
        f.requireRefused(f.zip("link.zip", entries), "entry 'evil-zh/link.json' is a symbolic link");
    }
    SECTION("a device or other special entry") {
        auto entries = good;
        entries.push_back({"evil-zh/fifo", "", S_IFIFO | 0644u});
        f.requireRefused(f.zip("fifo.zip", entries), "entry 'evil-zh/fifo' is not a regular file");
    }
    SECTION("an oversize entry") {
        auto entries = good;
        entries.push_back({"evil-zh/大文件.json", std::string(kMaxPackFileBytes + 1, ' ')});
        f.requireRefused(f.zip("big.zip", entries), "entry 'evil-zh/大文件.json' is 2097153 bytes; a pack file may be at most 2 MiB");
    }
    SECTION("too much in total") {
        auto entries = good;
        for (int i = 0; i < 11; ++i) entries.push_back({"evil-zh/f" + std::to_string(i) + ".txt", std::string(kMaxPackFileBytes, 'x')});
        f.requireRefused(f.zip("total.zip", entries), "unpacks to more than 20 MiB, the most a pack may hold");
    }
    SECTION("too many entries") {
        auto entries = good;
        while (entries.size() <= kMaxPackEntries) entries.push_back({"evil-zh/n" + std::to_string(entries.size()) + ".txt", "x"});
        f.requireRefused(f.zip("many.zip", entries), "has 201 entries; a pack archive may have at most 200");
    }
    SECTION("a name that is not UTF-8") {
        auto entries = good;
        entries.push_back({"evil-zh/\xCD\xCB\xBB\xF5.json", "{}"}); // 退货 in GBK
        f.requireRefused(f.zip("gbk.zip", entries), "entry 'evil-zh/????.json' has a name that is not valid UTF-8");
    }
    SECTION("a name twice") {
        // libzip will not write two entries of one name: write a different one and patch the bytes.
        auto entries = good;
        entries.push_back({"evil-zh/pack.jsoN", manifest("other")});
        fs::path p = f.zip("twice.zip", entries);
        std::string bytes = test::readFile(p);
        for (size_t at = bytes.find("pack.jsoN"); at != std::string::npos; at = bytes.find("pack.jsoN")) bytes[at + 8] = 'n';
        test::writeFile(p, bytes);
        f.requireRefused(p, "entry 'evil-zh/pack.json' appears twice");
    }
    SECTION("an encrypted entry") {
        fs::path p = f.tmp.path() / "locked.zip";
        writeZip(p, good, true);
        f.requireRefused(p, "entry 'evil-zh/pack.json' is encrypted");
    }
    SECTION("a subfolder") {
        auto entries = good;
        entries.push_back({"evil-zh/more/x.json", "{}"});
        f.requireRefused(f.zip("sub.zip", entries), "entry 'evil-zh/more/x.json' is in a subfolder; a pack is one flat folder of files");
    }
    SECTION("two top-level folders") {
        auto entries = good;
        entries.push_back({"other/x.json", "{}"});
        f.requireRefused(f.zip("two.zip", entries), "entry 'other/x.json' is outside the archive's one folder 'evil-zh/'");
    }
    SECTION("no manifest") {
        f.requireRefused(f.zip("empty.zip", {{"a/readme.txt", "说明"}}), "has no pack.json at its root or in its one top-level folder");
    }
    SECTION("not a zip at all") {
        fs::path p = f.tmp.path() / "text.zip";
        test::writeFile(p, "这不是压缩包");
        f.requireRefused(p, "not a readable zip archive (Not a zip archive)");
    }
}

TEST_CASE("a pack with errors or a taken id is refused and nothing stays", "[packs]") {
    Fixture f;
    SECTION("validation errors are listed with the archive's name") {
        std::string broken = scenarioText();
        broken.replace(broken.find("\"id\""), 4, "\"idd\"");
        fs::path p = f.zip("broken.zip", {{"b/pack.json", manifest("broken-zh")}, {"b/" + kScenarioFile, broken}});
        const auto before = tree(f.tmp.path()); // no user packs folder yet: the import makes it, and removes it again
        auto r = f.import(p);
        REQUIRE_FALSE(r);
        const std::string text = r.error().format();
        CHECK(text.rfind(p.string() + ": error: the pack has ", 0) == 0);
        CHECK(text.find("\n  " + p.string() + "/" + kScenarioFile + ":") != std::string::npos);
        CHECK(text.find(".staging") == std::string::npos);
        CHECK(tree(f.tmp.path()) == before);
    }
    SECTION("an id a bundled pack has") {
        f.requireRefused(f.zip("same.zip", {{"pack.json", manifest("mini-zh")}, {kScenarioFile, scenarioText()}}),
                         "pack id 'mini-zh' is already taken by a bundled pack (" + (f.dirs.bundled / "mini-zh").string() + ")");
    }
    SECTION("an id a user pack has") {
        REQUIRE(f.import(f.zip("first.zip", goodEntries("team-zh"))));
        f.requireRefused(f.zip("again.zip", goodEntries("team-zh")),
                         "pack id 'team-zh' is already taken by a user pack (" + (f.dirs.user / "team-zh").string() + ")");
    }
}

TEST_CASE("a folder import applies the same checks", "[packs]") {
    Fixture f;
    const fs::path src = f.tmp.path() / "来源" / "folder-zh";
    test::writeFile(src / "pack.json", manifest("folder-zh"));
    test::writeFile(src / kScenarioFile, scenarioText());

    SECTION("a good folder") {
        auto r = f.import(src);
        REQUIRE(r);
        CHECK(tree(f.dirs.user) == std::set<std::string>{"folder-zh", "folder-zh/pack.json", "folder-zh/" + kScenarioFile});
    }
    SECTION("a link") {
        fs::create_symlink("/etc/passwd", src / "passwd.json");
        f.requireRefused(src, "entry 'passwd.json' is a symbolic link");
    }
    SECTION("an oversize file") {
        test::writeFile(src / "huge.txt", std::string(kMaxPackFileBytes + 10, 'x'));
        f.requireRefused(src, "entry 'huge.txt' is 2097162 bytes; a pack file may be at most 2 MiB");
    }
    SECTION("a subfolder") {
        fs::create_directories(src / ".git");
        f.requireRefused(src, "entry '.git' is a subfolder; a pack is one flat folder of files");
    }
}

TEST_CASE("export then import under another user folder gives the same pack", "[packs]") {
    Fixture f;
    auto first = f.import(f.zip("in.zip", goodEntries("trip-zh")));
    REQUIRE(first);
    test::writeFile(first->dir / "notes.txt", "not part of the pack");

    const fs::path out = f.tmp.path() / "导出" / "trip-zh.zip";
    fs::create_directories(out.parent_path());
    auto exported = exportPack(first->dir, out, false);
    INFO((exported ? "" : exported.error().format()));
    REQUIRE(exported);
    CHECK(exported->id == "trip-zh");
    CHECK(exported->files == 2);
    auto files = readPackArchive(out);
    REQUIRE(files);
    std::vector<std::string> names;
    for (const auto& file : *files) names.push_back(file.name);
    CHECK(names == std::vector<std::string>{"pack.json", kScenarioFile});
    CHECK(tree(out.parent_path()) == std::set<std::string>{"trip-zh.zip"});

    auto again = exportPack(first->dir, out, false);
    REQUIRE_FALSE(again);
    CHECK(again.error().format() == out.string() + ": error: already exists");
    CHECK(exportPack(first->dir, out, true));

    PackDirs other{f.dirs.bundled, f.tmp.path() / "other-user" / "packs"};
    auto second = importPack(out, other, test::miniLexicons());
    INFO((second ? "" : second.error().format()));
    REQUIRE(second);
    CHECK(second->hash == first->hash);
    CHECK(second->title == kTitle);
    CHECK_FALSE(fs::exists(second->dir / "notes.txt"));
}

TEST_CASE("duplicate copies a pack under a new id, title and version", "[packs]") {
    Fixture f;
    SECTION("from a bundled pack, with the caller's copy suffix") {
        auto r = duplicatePack({"mini-zh", "mini-zh-copy", "", "（副本）"}, f.dirs, test::miniLexicons());
        INFO((r ? "" : r.error().format()));
        REQUIRE(r);
        CHECK(r->dir == f.dirs.user / "mini-zh-copy");
        CHECK(r->title == "测试用小包（副本）");
        CHECK(r->version == "1.0.0");
        auto load = loadPack(r->dir, test::miniLexicons());
        CHECK(load.ok());
        CHECK(load.pack.id == "mini-zh-copy");
        // Key order of the manifest is kept, so a diff shows only what changed.
        CHECK(test::readFile(r->dir / "pack.json").find("\"format\"") < test::readFile(r->dir / "pack.json").find("\"id\""));
    }
    SECTION("with a title of its own") {
        auto r = duplicatePack({"mini-zh", "team-b", "乙組：退貨練習", " (copy)"}, f.dirs, test::miniLexicons());
        REQUIRE(r);
        CHECK(r->title == "乙組：退貨練習");
    }
    SECTION("refusals") {
        fs::create_directories(f.dirs.user);
        auto bad = duplicatePack({"mini-zh", "坏-id", "", ""}, f.dirs, test::miniLexicons());
        REQUIRE_FALSE(bad);
        CHECK(bad.error().message.rfind("'坏-id' is not a valid pack id", 0) == 0);
        auto taken = duplicatePack({"mini-zh", "mini-zh", "", ""}, f.dirs, test::miniLexicons());
        REQUIRE_FALSE(taken);
        CHECK(taken.error().message.rfind("pack id 'mini-zh' is already taken", 0) == 0);
        auto missing = duplicatePack({"nope", "new-id", "", ""}, f.dirs, test::miniLexicons());
        REQUIRE_FALSE(missing);
        CHECK(missing.error().message == "no pack with id 'nope'");
        CHECK(tree(f.dirs.user).empty());
    }
}
