#include <catch2/catch.hpp>
#include <sstream>

#include "TestData.h"
#include "authoring/PackVersion.h"
#include "authoring/ScenarioDocument.h"
#include "common/DataPaths.h"
#include "common/JsonDocument.h"
#include "scenario/PackLoader.h"

using namespace frontline;
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

// A copy of the bundled Chinese pack, so saving never touches the repository.
struct PackCopy {
    test::TempDir temp;
    fs::path dir = temp.path() / "core-zh";
    PackCopy() { fs::copy(bundledScenariosDir(test::sourceDir()) / "core-zh", dir, fs::copy_options::recursive); }
};

ScenarioDocument openOrderStatus(const PackCopy& pack) {
    auto doc = ScenarioDocument::open(pack.dir, "order-status.json", test::bundledLexicons());
    if (!doc) FAIL(doc.error().format());
    return std::move(doc.value());
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// The lines that differ between two texts of the same length in lines.
std::vector<std::string> changedLines(const std::string& before, const std::string& after) {
    auto a = lines(before), b = lines(after);
    REQUIRE(a.size() == b.size());
    std::vector<std::string> out;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) out.push_back(b[i]);
    }
    return out;
}

const Diagnostic* findAt(const Diagnostics& diags, const std::string& pointer) {
    for (const auto& d : diags.items()) {
        if (d.pointer == pointer) return &d;
    }
    return nullptr;
}

const std::string kAnswer = "/nodes/0/model_answers/1";
const std::string kNewAnswer = "您好，乐享家电服务中心，我是客服小林！请问您贵姓？麻烦报一下订单号——我马上帮您查「物流」。";

} // namespace

TEST_CASE("a bundled scenario opens clean, unchanged, with the text of its file", "[editor]") {
    PackCopy pack;
    ScenarioDocument doc = openOrderStatus(pack);
    CHECK(doc.packId() == "core-zh");
    CHECK(doc.packVersion() == "1.0.0");
    CHECK(doc.packLanguage() == "zh-CN");
    CHECK(doc.scenario().id == "order-status");
    CHECK(doc.scenario().nodes.size() == 12);
    CHECK(doc.diagnostics().empty());
    CHECK_FALSE(doc.dirty());
    CHECK_FALSE(doc.canUndo());
    CHECK(doc.text() == test::readFile(pack.dir / "order-status.json"));
}

TEST_CASE("setting a field is one undo step; undo and redo restore the text exactly", "[editor]") {
    PackCopy pack;
    ScenarioDocument doc = openOrderStatus(pack);
    const std::string original = doc.text();
    const std::string oldAnswer = doc.textAt(kAnswer);
    REQUIRE(doc.set(kAnswer, kNewAnswer));
    CHECK(doc.dirty());
    CHECK(doc.textAt(kAnswer) == kNewAnswer);
    CHECK(doc.scenario().nodes[0].modelAnswers[1] == kNewAnswer);
    CHECK(changedLines(original, doc.text()).size() == 1);
    CHECK(doc.diagnostics().empty());

    CHECK(doc.undo() == kAnswer);
    CHECK(doc.text() == original);
    CHECK_FALSE(doc.dirty());
    CHECK(doc.textAt(kAnswer) == oldAnswer);
    CHECK(doc.canRedo());
    CHECK(doc.redo() == kAnswer);
    CHECK(doc.textAt(kAnswer) == kNewAnswer);
    CHECK_FALSE(doc.redo());
    // A new edit after an undo forgets the redo history.
    REQUIRE(doc.undo());
    REQUIRE(doc.set("/title", "订单查询（改）"));
    CHECK_FALSE(doc.canRedo());
}

TEST_CASE("keystrokes in one field coalesce into one step until the burst ends", "[editor]") {
    PackCopy pack;
    ScenarioDocument doc = openOrderStatus(pack);
    const std::string oldTitle = doc.textAt("/title");
    REQUIRE(doc.set("/title", oldTitle + "，", true));
    REQUIRE(doc.set("/title", oldTitle + "，急", true));
    REQUIRE(doc.set("/title", oldTitle + "，急件", true));
    doc.endTypingBurst();
    REQUIRE(doc.set("/title", oldTitle + "，急件！", true));
    // Typing in another field is a step of its own even while a burst is open.
    REQUIRE(doc.set("/persona/name", "{surname}先生", true));
    REQUIRE(doc.set("/title", oldTitle + "，急件！！", true));

    CHECK(doc.undo() == "/title");
    CHECK(doc.textAt("/title") == oldTitle + "，急件！");
    CHECK(doc.undo() == "/persona/name");
    CHECK(doc.undo() == "/title");
    CHECK(doc.textAt("/title") == oldTitle + "，急件");
    CHECK(doc.undo() == "/title");
    CHECK(doc.textAt("/title") == oldTitle);
    CHECK_FALSE(doc.canUndo());
    CHECK_FALSE(doc.dirty());
}

TEST_CASE("the revision moves on with every change to the scenario and is never shared by two documents", "[editor]") {
    PackCopy pack;
    ScenarioDocument doc = openOrderStatus(pack);
    const ScenarioDocument other = openOrderStatus(pack);
    CHECK(doc.revision() != 0);
    CHECK(doc.revision() != other.revision());

    const uint64_t opened = doc.revision();
    REQUIRE(doc.set("/title", doc.textAt("/title"))); // the same value: nothing changes
    CHECK(doc.revision() == opened);
    REQUIRE(doc.set("/title", "订单查询（急件）"));
    const uint64_t edited = doc.revision();
    CHECK(edited != opened);
    REQUIRE(doc.undo());
    CHECK(doc.revision() != edited);
    CHECK(doc.revision() != opened);
    const uint64_t undone = doc.revision();
    REQUIRE(doc.redo());
    CHECK(doc.revision() != undone);
    CHECK(doc.revision() != edited);
}

TEST_CASE("array edits insert, remove and move elements, each undoable", "[editor]") {
    PackCopy pack;
    ScenarioDocument doc = openOrderStatus(pack);
    const std::string original = doc.text();
    const std::string lines0 = "/nodes/0/lines";
    const Json before = *doc.find(lines0);
    REQUIRE(doc.insert(lines0, before.size(), "喂？你好，我想查个快递。"));
    CHECK(doc.find(lines0)->size() == before.size() + 1);
    REQUIRE(doc.move(lines0, before.size(), 0));
    CHECK((*doc.find(lines0))[0] == "喂？你好，我想查个快递。");
    REQUIRE(doc.remove(lines0 + "/1"));
    CHECK(doc.find(lines0)->size() == before.size());
    CHECK_FALSE(doc.move(lines0, 0, 99));
    CHECK_FALSE(doc.insert("/title", 0, "x"));
    CHECK_FALSE(doc.remove("/nodes/99"));

    REQUIRE(doc.undo());
    REQUIRE(doc.undo());
    REQUIRE(doc.undo());
    CHECK(doc.text() == original);
}

TEST_CASE("adding a missing member and undoing it leaves the object as it was", "[editor]") {
    PackCopy pack;
    ScenarioDocument doc = openOrderStatus(pack);
    const std::string original = doc.text();
    REQUIRE_FALSE(doc.find("/nodes/0/time_limit"));
    REQUIRE(doc.set("/nodes/0/time_limit", 45));
    CHECK(doc.scenario().nodes[0].timeLimit == 45.0);
    REQUIRE(doc.remove("/nodes/3/time_limit"));
    CHECK_FALSE(doc.find("/nodes/3/time_limit"));
    CHECK_FALSE(doc.set("/nodes/0/nope/deeper", 1));
    REQUIRE(doc.undo());
    REQUIRE(doc.undo());
    CHECK(doc.text() == original); // time_limit of node 3 is back in its place, not at the end
}

TEST_CASE("problems are re-checked after each edit with the validator's checks and carry their JSON pointer", "[editor]") {
    PackCopy pack;
    ScenarioDocument doc = openOrderStatus(pack);

    REQUIRE(doc.set("/nodes/0/branches/1/to", "nowhere"));
    const Diagnostic* dangling = findAt(doc.diagnostics(), "/nodes/0/branches/1/to");
    REQUIRE(dangling);
    CHECK(dangling->severity == Severity::Error);
    CHECK(dangling->message.find("'nowhere' does not exist") != std::string::npos);
    // Its location is in the text the file would get, as validate would print it.
    Diagnostics ignored;
    auto parsed = JsonDocument::parse(doc.file().string(), doc.text(), ignored);
    REQUIRE(parsed);
    CHECK(dangling->where.line == parsed->locate("/nodes/0/branches/1/to").line);
    CHECK(dangling->where.file == (pack.dir / "order-status.json").string());
    REQUIRE(doc.undo());
    CHECK_FALSE(doc.diagnostics().hasErrors());

    REQUIRE(doc.set("/nodes/0/rubric/criteria/0/weight", 10));
    const Diagnostic* weights = nullptr;
    for (const auto& d : doc.diagnostics().items()) {
        if (d.message.find("sum") != std::string::npos) weights = &d;
    }
    REQUIRE(weights);
    CHECK(weights->pointer.rfind("/nodes/0/rubric", 0) == 0);
    REQUIRE(doc.undo());

    REQUIRE(doc.remove("/nodes/0/model_answers/2"));
    REQUIRE(doc.remove("/nodes/0/model_answers/1"));
    REQUIRE(doc.diagnostics().hasErrors());
    CHECK(doc.diagnostics().items().front().pointer.rfind("/nodes/0/model_answers", 0) == 0);

    REQUIRE(doc.set("/nodes/0/rubric/criteria/0/concept", "no_such_concept"));
    CHECK(findAt(doc.diagnostics(), "/nodes/0/rubric/criteria/0/concept"));

    // Another scenario of the pack already has this id.
    REQUIRE(doc.set("/id", "late-return"));
    const Diagnostic* duplicate = findAt(doc.diagnostics(), "/id");
    REQUIRE(duplicate);
    CHECK(duplicate->message.find("late-return.json") != std::string::npos);
}

TEST_CASE("saving a one-field change rewrites one line of the scenario and the version line of pack.json", "[editor]") {
    PackCopy pack;
    const std::string scenarioBefore = test::readFile(pack.dir / "order-status.json");
    const std::string manifestBefore = test::readFile(pack.dir / "pack.json");
    ScenarioDocument doc = openOrderStatus(pack);
    REQUIRE(doc.set(kAnswer, kNewAnswer));
    auto saved = doc.save();
    REQUIRE(saved);
    CHECK(saved->packId == "core-zh");
    CHECK(saved->scenarioId == "order-status");
    CHECK(saved->previousVersion == "1.0.0");
    CHECK(saved->version == "1.0.1");
    CHECK_FALSE(doc.dirty());
    CHECK(doc.packVersion() == "1.0.1");

    const std::string scenarioAfter = test::readFile(pack.dir / "order-status.json");
    auto changed = changedLines(scenarioBefore, scenarioAfter);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].find(kNewAnswer) != std::string::npos);
    auto manifestChanged = changedLines(manifestBefore, test::readFile(pack.dir / "pack.json"));
    REQUIRE(manifestChanged.size() == 1);
    CHECK(manifestChanged[0] == "  \"version\": \"1.0.1\",");

    // The saved pack loads clean, with the new answer.
    PackLoad load = loadPack(pack.dir, test::bundledLexicons());
    CHECK(load.ok());
    CHECK(load.pack.version == "1.0.1");
    CHECK(load.pack.scenario("order-status")->nodes[0].modelAnswers[1] == kNewAnswer);

    // Nothing changed since: refused. Another change: the next patch version.
    CHECK_FALSE(doc.save());
    REQUIRE(doc.set("/title", "订单查询"));
    auto again = doc.save();
    REQUIRE(again);
    CHECK(again->version == "1.0.2");
}

TEST_CASE("saving is refused, writing nothing, while there are errors or the version cannot be bumped", "[editor]") {
    PackCopy pack;
    const std::string scenarioBefore = test::readFile(pack.dir / "order-status.json");
    ScenarioDocument doc = openOrderStatus(pack);
    REQUIRE(doc.set("/nodes/0/branches/1/to", "nowhere"));
    auto refused = doc.save();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("1 error") != std::string::npos);
    CHECK(refused.error().message.find("nowhere") != std::string::npos);
    CHECK(test::readFile(pack.dir / "order-status.json") == scenarioBefore);
    REQUIRE(doc.undo());

    std::string manifest = test::readFile(pack.dir / "pack.json");
    manifest.replace(manifest.find("\"1.0.0\""), 7, "\"v1\"");
    test::writeFile(pack.dir / "pack.json", manifest);
    REQUIRE(doc.set(kAnswer, kNewAnswer));
    auto badVersion = doc.save();
    REQUIRE_FALSE(badVersion);
    CHECK(badVersion.error().message.find("'v1' is not MAJOR.MINOR.PATCH") != std::string::npos);
    CHECK(test::readFile(pack.dir / "order-status.json") == scenarioBefore);
    CHECK(test::readFile(pack.dir / "pack.json") == manifest);
    CHECK(doc.dirty());
}

TEST_CASE("the patch number of MAJOR.MINOR.PATCH is bumped; anything else is refused", "[editor]") {
    CHECK(bumpPatchVersion("1.0.0").value() == "1.0.1");
    CHECK(bumpPatchVersion("2.13.9").value() == "2.13.10");
    CHECK(bumpPatchVersion("0.0.099").value() == "0.0.100");
    for (const char* bad : {"1.0", "1.0.0.0", "v1.0.0", "1.0.x", "", "1..0", "1.0.0-beta", "1.0.999999"}) {
        INFO(bad);
        CHECK_FALSE(bumpPatchVersion(bad));
    }
}
