// frontline-cli pack, run for real with XDG_DATA_HOME in a temporary folder:
// import of a good zip (listed afterwards, on the audit log), refusal of a
// zip with '../' entries (nothing written, nothing logged), export and
// re-import, duplicate.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "CommandRunner.h"
#include "TestData.h"
#include "TestZip.h"

using namespace frontline::test;
namespace fs = std::filesystem;

namespace {

const std::string kTitle = "客服進階：退貨與投訴（試用版）";

std::string manifest(const std::string& id) {
    nlohmann::json m = {{"format", "frontline-pack/1"},
                        {"id", id},
                        {"title", kTitle},
                        {"version", "2.3.4"},
                        {"language", "zh-CN"},
                        {"authors", {"培训部 陳老師"}},
                        {"description", "退貨、投訴與回訪的練習。"},
                        {"scenarios", {"退货.json"}}};
    return m.dump(2, ' ', false);
}

// A scenario of the bundled Chinese pack, under a Chinese file name.
std::vector<ZipEntry> goodPack(const std::string& id) {
    return {{id + "/pack.json", manifest(id)}, {id + "/退货.json", readFile(sourceDir() / "scenarios" / "core-zh" / "late-return.json")}};
}

std::set<std::string> tree(const fs::path& root) {
    std::set<std::string> out;
    if (!fs::exists(root)) return out;
    for (const auto& e : fs::recursive_directory_iterator(root)) out.insert(fs::relative(e.path(), root).string());
    return out;
}

struct PackHome {
    TempDir tmp;
    fs::path db = tmp.path() / "frontline.db";
    fs::path userPacks = tmp.path() / "xdg" / "frontline" / "packs";

    CommandResult run(const std::string& args) const {
        return runCommand("XDG_DATA_HOME=" + shellQuote((tmp.path() / "xdg").string()) + " FRONTLINE_CLI " + args);
    }
    CommandResult withDb(const std::string& args) const { return run(args + " --db " + shellQuote(db.string())); }
    fs::path zip(const std::string& name, const std::vector<ZipEntry>& entries) const {
        fs::path p = tmp.path() / name;
        writeZip(p, entries);
        return p;
    }
    nlohmann::json audit() const { return requireJson(withDb("audit --json")); }
    nlohmann::json list() const { return requireJson(run("pack list --json")); }
    const nlohmann::json* listed(const nlohmann::json& list, const std::string& id) const {
        for (const auto& p : list["packs"])
            if (p["id"] == id) return &p;
        return nullptr;
    }
};

} // namespace

TEST_CASE("pack import of a good zip: in the list and on the audit log", "[cli][pack]") {
    PackHome home;
    requireSuccess(home.withDb("trainee add --empno T1 --name 王老师 --role trainer"));
    const fs::path zip = home.zip("团队包.zip", goodPack("team-zh"));

    auto r = home.withDb("pack import " + shellQuote(zip.string()) + " --by T1");
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "imported pack 'team-zh' (" + kTitle + ", version 2.3.4, zh-CN, 1 scenario) into " +
                       (home.userPacks / "team-zh").string() + "\n");
    CHECK(tree(home.userPacks) == std::set<std::string>{"team-zh", "team-zh/pack.json", "team-zh/退货.json"});

    const auto list = home.list();
    CHECK(list["user_dir"] == home.userPacks.string());
    const auto* pack = home.listed(list, "team-zh");
    REQUIRE(pack);
    CHECK((*pack)["origin"] == "user");
    CHECK((*pack)["title"] == kTitle);
    CHECK((*pack)["scenarios"] == 1);
    CHECK((*pack)["errors"] == 0);
    REQUIRE(home.listed(list, "core-zh"));
    CHECK((*home.listed(list, "core-zh"))["origin"] == "bundled");

    const auto log = home.audit()["entries"];
    REQUIRE(log.size() == 2);
    const auto& entry = log[1];
    CHECK(entry["actor"] == "T1");
    CHECK(entry["action"] == "pack.import");
    CHECK(entry["subject"] == "team-zh");
    CHECK(entry["details"]["archive"] == "团队包.zip");
    CHECK(entry["details"]["version"] == "2.3.4");
    CHECK(entry["details"]["hash"] == (*pack)["hash"]);

    auto text = home.run("pack list");
    requireSuccess(text);
    CHECK(text.out.find("team-zh  " + kTitle + "\n  user, zh-CN, version 2.3.4, 1 scenario: valid\n") != std::string::npos);
}

TEST_CASE("pack import refuses a zip with '../' entries: exit 1, nothing written, nothing logged", "[cli][pack]") {
    PackHome home;
    requireSuccess(home.withDb("trainee add --empno T1 --name 王老师 --role trainer"));
    auto entries = goodPack("evil-zh");
    entries.push_back({"../evil.json", "{}"});
    const fs::path zip = home.zip("evil.zip", entries);
    const auto before = tree(home.tmp.path());
    const auto logBefore = home.audit();

    auto r = home.withDb("pack import " + shellQuote(zip.string()) + " --by T1");
    CHECK(r.exitCode == 1);
    CHECK(r.out.empty());
    CHECK(r.err == "frontline-cli pack import: " + zip.string() + ": error: entry '../evil.json' leaves the pack folder\n");
    CHECK(tree(home.tmp.path()) == before);
    CHECK(home.audit() == logBefore);
    CHECK_FALSE(fs::exists(home.tmp.path() / "xdg" / "frontline" / "evil.json"));
}

TEST_CASE("pack import needs an active trainer before anything is written", "[cli][pack]") {
    PackHome home;
    requireSuccess(home.withDb("trainee add --empno E1 --name 張偉"));
    const fs::path zip = home.zip("good.zip", goodPack("team-zh"));
    auto r = home.withDb("pack import " + shellQuote(zip.string()) + " --by E1");
    CHECK(r.exitCode == 1);
    CHECK(r.err == "frontline-cli pack import: --by: 'E1' (張偉) is a trainee, not a trainer\n");
    CHECK(tree(home.userPacks).empty());
    auto usage = home.withDb("pack import --by E1");
    CHECK(usage.exitCode == 2);
}

TEST_CASE("pack export then import elsewhere gives the same pack; duplicate makes an editable copy", "[cli][pack]") {
    PackHome home;
    requireSuccess(home.withDb("trainee add --empno T1 --name 王老师 --role trainer"));

    auto dup = home.run("pack duplicate core-zh --id team-b --title " + shellQuote("乙組：核心場景"));
    INFO(dup.out << dup.err);
    REQUIRE(dup.exitCode == 0);
    CHECK(dup.out == "duplicated 'core-zh' as 'team-b' (乙組：核心場景, version 1.0.0) in " + (home.userPacks / "team-b").string() + "\n");
    auto copy = home.run("pack duplicate core-zh --id team-c");
    requireSuccess(copy);
    CHECK((*home.listed(home.list(), "team-c"))["title"] == "核心服务场景 (copy)");
    auto taken = home.run("pack duplicate core-zh --id core-en");
    CHECK(taken.exitCode == 1);
    CHECK(taken.err.find("pack id 'core-en' is already taken") != std::string::npos);

    const fs::path out = home.tmp.path() / "导出.zip";
    auto exported = home.run("pack export team-b --out " + shellQuote(out.string()));
    requireSuccess(exported);
    CHECK(exported.out == "wrote " + out.string() + " (pack 'team-b', 9 files)\n");
    auto again = home.run("pack export team-b --out " + shellQuote(out.string()));
    CHECK(again.exitCode == 1);
    CHECK(again.err == "frontline-cli pack export: " + out.string() + ": error: already exists (use --force to replace it)\n");
    requireSuccess(home.run("pack export team-b --out " + shellQuote(out.string()) + " --force"));

    // Another user folder: the exported pack comes back with the same content hash.
    const fs::path other = home.tmp.path() / "other-packs";
    auto imported = home.withDb("pack import " + shellQuote(out.string()) + " --by T1 --user-packs " + shellQuote(other.string()));
    requireSuccess(imported);
    const auto original = *home.listed(home.list(), "team-b");
    const auto reimported = *home.listed(requireJson(home.run("pack list --json --user-packs " + shellQuote(other.string()))), "team-b");
    CHECK(reimported["hash"] == original["hash"]);
    CHECK(reimported["dir"] == (other / "team-b").string());
    CHECK(reimported["version"] == "1.0.0");
}
