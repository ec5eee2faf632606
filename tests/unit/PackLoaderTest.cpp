#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "TestData.h"
#include "scenario/PackLoader.h"

using namespace frontline;
namespace fs = std::filesystem;

namespace {
std::vector<std::string> messages(const PackLoad& load) {
    std::vector<std::string> out;
    for (const auto& d : load.diagnostics.items()) out.push_back(d.format());
    return out;
}
} // namespace

TEST_CASE("the mini pack loads clean into the model", "[pack]") {
    PackLoad load = loadPack(test::dataDir() / "packs" / "mini-zh", test::miniLexicons());
    INFO(Catch::Detail::stringify(messages(load)));
    REQUIRE(load.ok());
    const Pack& p = load.pack;
    CHECK(p.id == "mini-zh");
    CHECK(p.language == "zh-CN");
    REQUIRE(p.scenarios.size() == 1);
    const Scenario& s = p.scenarios[0];
    CHECK(s.id == "loop-inquiry");
    CHECK(s.nodes.size() == 4);
    CHECK(s.slots.size() == 3);
    const Node* open = s.node("open");
    REQUIRE(open);
    CHECK(open->timeLimit == 30.0);
    CHECK(open->rubric.forbiddenCap == 40);
    CHECK(open->mood.high == 10);
    CHECK(open->mood.mid == 0);
    CHECK(open->branches.size() == 3);
    CHECK(open->branches[0].when->mood->max == 15);
    CHECK(s.node("answer")->rubric.criteria[2].critical);
    CHECK(s.node("done")->outcome == Outcome::Resolved);
    CHECK(s.hash.size() == 64);
    CHECK(p.hash.size() == 64);
}

TEST_CASE("content hashes ignore formatting but not content", "[pack]") {
    test::TempDir tmp;
    fs::path src = test::dataDir() / "packs" / "mini-zh";
    auto copyPack = [&](const std::string& name, const std::string& scenarioText) {
        fs::path dir = tmp.path() / name;
        test::writeFile(dir / "pack.json", test::readFile(src / "pack.json"));
        test::writeFile(dir / "loop-inquiry.json", scenarioText);
        return loadPack(dir, test::miniLexicons());
    };
    std::string original = test::readFile(src / "loop-inquiry.json");
    auto a = copyPack("a", original);
    auto b = copyPack("b", nlohmann::json::parse(original).dump(8));
    std::string changed = original;
    changed.replace(changed.find("好的，谢谢！"), std::string("好的，谢谢！").size(), "好的，谢谢您！");
    auto c = copyPack("c", changed);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(a.pack.scenarios[0].hash == b.pack.scenarios[0].hash);
    CHECK(a.pack.hash == b.pack.hash);
    CHECK(a.pack.scenarios[0].hash != c.pack.scenarios[0].hash);
    CHECK(a.pack.hash != c.pack.hash);
}

TEST_CASE("a broken sibling does not stop a clean scenario from playing", "[pack]") {
    test::TempDir tmp;
    fs::path src = test::dataDir() / "packs" / "mini-zh";
    auto manifest = nlohmann::json::parse(test::readFile(src / "pack.json"));
    manifest["scenarios"].push_back("broken.json");
    test::writeFile(tmp.path() / "pack.json", manifest.dump(2));
    test::writeFile(tmp.path() / "loop-inquiry.json", test::readFile(src / "loop-inquiry.json"));
    test::writeFile(tmp.path() / "broken.json", "{\"id\": \"broken\"");
    PackLoad load = loadPack(tmp.path(), test::miniLexicons());
    CHECK_FALSE(load.ok());
    REQUIRE(load.pack.scenarios.size() == 1);
    CHECK(load.scenarioPlayable(0));
}

TEST_CASE("a missing folder or manifest is one clear error", "[pack]") {
    PackLoad none = loadPack(test::dataDir() / "no-such-pack", test::miniLexicons());
    REQUIRE(messages(none).size() == 1);
    CHECK(messages(none)[0].find("not a pack folder") != std::string::npos);
    test::TempDir tmp;
    PackLoad empty = loadPack(tmp.path(), test::miniLexicons());
    REQUIRE(messages(empty).size() == 1);
    CHECK(messages(empty)[0].find("missing or unreadable pack manifest") != std::string::npos);
}
