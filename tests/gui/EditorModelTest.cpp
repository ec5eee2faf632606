#include <catch2/catch.hpp>

#include "GuiTestStore.h"
#include "common/DataPaths.h"
#include "scenario/PackLoader.h"
#include "views/editor/EditorModel.h"

using namespace frontline;
using namespace frontline::gui;
namespace fs = std::filesystem;

namespace {

struct EditorFixture {
    test::TempDir temp;
    fs::path packs = temp.path() / "packs";
    std::vector<PackLoad> loads;
    EditorModel model{test::bundledLexicons()};

    EditorFixture() {
        fs::create_directories(packs);
        for (const char* pack : {"core-zh", "core-en"})
            fs::copy(bundledScenariosDir(test::sourceDir()) / pack, packs / pack, fs::copy_options::recursive);
        for (const auto& dir : listPackDirs(packs)) loads.push_back(loadPack(dir, test::bundledLexicons()));
    }

    void open(const std::string& ref) {
        auto request = editRequestFor(ref, loads);
        REQUIRE(request);
        auto opened = model.open(*request);
        if (!opened) FAIL(opened.error().format());
    }
};

} // namespace

TEST_CASE("a JSON pointer belongs to the part whose form shows it", "[editor-model]") {
    CHECK(partFor("/title") == EditorPart{PartKind::Scenario, -1});
    CHECK(partFor("") == EditorPart{PartKind::Scenario, -1});
    CHECK(partFor("/persona/mood") == EditorPart{PartKind::Persona, -1});
    CHECK(partFor("/policy/2/rules_out/0") == EditorPart{PartKind::Policy, -1});
    CHECK(partFor("/slots/eta/1") == EditorPart{PartKind::Slots, -1});
    CHECK(partFor("/nodes/7/rubric/criteria/0/weight") == EditorPart{PartKind::Node, 7});
    CHECK(partFor("/nodes") == EditorPart{PartKind::Scenario, -1});
    CHECK(partPointer({PartKind::Node, 3}) == "/nodes/3");
}

TEST_CASE("Edit references (--edit) name a loaded pack, a scenario, a node and a field", "[editor-model]") {
    EditorFixture f;
    auto r = editRequestFor("core-zh/order-status/opening/model_answers/1", f.loads);
    REQUIRE(r);
    CHECK(r->packDir == f.packs / "core-zh");
    CHECK(r->scenarioId == "order-status");
    CHECK(r->nodeId == "opening");
    CHECK(r->field == "/model_answers/1");
    CHECK(editRequestFor("core-en/late-return", f.loads)->nodeId.empty());
    auto unknown = editRequestFor("core-fr/late-return", f.loads);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == "no pack 'core-fr' is loaded (packs: core-en, core-zh)");
    CHECK_FALSE(editRequestFor("core-zh", f.loads));
    CHECK_FALSE(editRequestFor("core-zh//opening", f.loads));
    auto fallback = defaultEditRequest(f.loads, "zh-CN");
    REQUIRE(fallback);
    CHECK(fallback->packDir == f.packs / "core-zh");
}

TEST_CASE("the editor opens at a node with its parts listed and the focus on the asked field", "[editor-model]") {
    EditorFixture f;
    f.open("core-zh/order-status/hold-check/model_answers/1");
    CHECK(f.model.document().scenario().id == "order-status");
    CHECK(f.model.scenarios().size() == 8);
    CHECK(f.model.scenarios()[static_cast<size_t>(f.model.scenarioIndex())].id == "order-status");
    CHECK(f.model.parts().size() == 5 + 12);
    CHECK(f.model.selected() == EditorPart{PartKind::Node, 3});
    // Fields before it do not take the focus; it does, once.
    CHECK_FALSE(f.model.takeFocus("/nodes/3/id"));
    CHECK(f.model.takeFocus("/nodes/3/model_answers/1"));
    CHECK_FALSE(f.model.takeFocus("/nodes/3/model_answers/1"));
}

TEST_CASE("a problem's pointer focuses its field, else the one holding it, else the first field inside it", "[editor-model]") {
    EditorFixture f;
    f.open("core-zh/order-status");
    f.model.mode = EditorMode::Graph;
    f.model.jumpTo("/nodes/2/rubric/criteria/1/phrases/0");
    CHECK(f.model.mode == EditorMode::Form);
    CHECK(f.model.selected() == EditorPart{PartKind::Node, 2});
    CHECK(f.model.focusPendingWithin("/nodes/2/rubric"));
    CHECK_FALSE(f.model.focusPendingWithin("/nodes/2/branches"));
    CHECK(f.model.takeFocus("/nodes/2/rubric/criteria/1/phrases"));

    // No field is the pointer itself: the first frame finds none, the next takes the first field inside.
    f.model.jumpTo("/nodes/2/rubric");
    CHECK_FALSE(f.model.takeFocus("/nodes/2/id"));
    f.model.endFrame();
    CHECK_FALSE(f.model.takeFocus("/nodes/2/id"));
    CHECK(f.model.takeFocus("/nodes/2/rubric/forbidden_cap"));
    // A pointer no field shows is given up after that.
    f.model.jumpTo("/nodes/2/nothing");
    f.model.endFrame();
    f.model.endFrame();
    CHECK_FALSE(f.model.takeFocus("/nodes/2/nothing/below"));
}

TEST_CASE("undo and redo select the part they changed", "[editor-model]") {
    EditorFixture f;
    f.open("core-en/late-return");
    ScenarioDocument& doc = f.model.document();
    REQUIRE(doc.set("/persona/name", "Mr. {customer}"));
    f.model.select({PartKind::Node, 1});
    f.model.undo();
    CHECK(f.model.selected() == EditorPart{PartKind::Persona, -1});
    f.model.select({});
    f.model.redo();
    CHECK(f.model.selected() == EditorPart{PartKind::Persona, -1});
}

TEST_CASE("a save bumps the version and is audited; a refused one says why and writes nothing", "[editor-model]") {
    EditorFixture f;
    testing::GuiTestStore store;
    f.open("core-zh/late-return");
    ScenarioDocument& doc = f.model.document();
    REQUIRE(doc.set("/title", "超期退货：七天已过，怎么办？"));
    const SaveOutcome& saved = f.model.save(*store.store, "T1");
    CHECK(saved.ok);
    CHECK(saved.version == "1.0.1");
    auto audit = store.store->audit(std::string("core-zh"));
    REQUIRE(audit);
    REQUIRE(audit->size() == 1);
    CHECK(audit->front().actor == "T1");
    CHECK(audit->front().action == "scenario.save");
    CHECK(nlohmann::json::parse(audit->front().detailsJson) == nlohmann::json{{"scenario", "late-return"}, {"version", "1.0.1"}});

    REQUIRE(doc.set("/difficulty", 9));
    const SaveOutcome& refused = f.model.save(*store.store, "T1");
    CHECK_FALSE(refused.ok);
    CHECK(refused.detail.find("not saved: the scenario has 1 error") == 0);
    CHECK(store.store->audit(std::string("core-zh"))->size() == 1);
}

TEST_CASE("the concept lists follow the criterion kind and the pack language", "[editor-model]") {
    EditorFixture f;
    f.open("core-zh/order-status");
    auto required = f.model.conceptIds(false);
    auto forbidden = f.model.conceptIds(true);
    CHECK(std::find(required.begin(), required.end(), "empathy") != required.end());
    CHECK(std::find(required.begin(), required.end(), "rude") == required.end());
    CHECK(std::find(forbidden.begin(), forbidden.end(), "rude") != forbidden.end());
    CHECK(f.model.nodeIds().front() == "opening");
}

TEST_CASE("leaving a scenario with unsaved edits waits for save, discard or cancel", "[editor-model]") {
    EditorFixture f;
    testing::GuiTestStore store;
    f.open("core-zh/late-return");
    auto other = editRequestFor("core-zh/order-status", f.loads);
    REQUIRE(other);
    const LeaveRequest switchTo{false, *other};

    SECTION("nothing unsaved: go at once") {
        CHECK(f.model.requestLeave(switchTo));
        CHECK_FALSE(f.model.pendingLeave());
    }
    REQUIRE(f.model.document().set("/title", "超期退货：陳先生的訂單"));

    SECTION("cancel keeps the edits and stays") {
        CHECK_FALSE(f.model.requestLeave(switchTo));
        REQUIRE(f.model.pendingLeave());
        CHECK_FALSE(f.model.answerLeave(LeaveAnswer::Cancel, *store.store, "T1"));
        CHECK_FALSE(f.model.pendingLeave());
        CHECK(f.model.document().dirty());
        CHECK(store.store->audit(std::string("core-zh"))->empty());
    }
    SECTION("save writes the edits, then goes") {
        CHECK_FALSE(f.model.requestLeave(switchTo));
        auto go = f.model.answerLeave(LeaveAnswer::Save, *store.store, "T1");
        REQUIRE(go);
        CHECK(go->open.scenarioId == "order-status");
        CHECK_FALSE(f.model.document().dirty());
        CHECK(loadPack(f.packs / "core-zh", test::bundledLexicons()).pack.version == "1.0.1");
        CHECK(store.store->audit(std::string("core-zh"))->size() == 1);
    }
    SECTION("a refused save stays, with the reason") {
        REQUIRE(f.model.document().set("/difficulty", 9));
        CHECK_FALSE(f.model.requestLeave(switchTo));
        CHECK_FALSE(f.model.answerLeave(LeaveAnswer::Save, *store.store, "T1"));
        REQUIRE(f.model.lastSave());
        CHECK_FALSE(f.model.lastSave()->ok);
        CHECK(f.model.document().dirty());
    }
    SECTION("discard goes without writing; before a sign-out it closes the document") {
        CHECK_FALSE(f.model.requestLeave(switchTo));
        auto go = f.model.answerLeave(LeaveAnswer::Discard, *store.store, "T1");
        REQUIRE(go);
        CHECK_FALSE(go->signOut);
        CHECK(f.model.isOpen()); // the view opens the other scenario in its place
        CHECK(loadPack(f.packs / "core-zh", test::bundledLexicons()).pack.version == "1.0.0");

        CHECK_FALSE(f.model.requestLeave(LeaveRequest{true, {}}));
        go = f.model.answerLeave(LeaveAnswer::Discard, *store.store, "T1");
        REQUIRE(go);
        CHECK(go->signOut);
        CHECK_FALSE(f.model.isOpen());
        CHECK(store.store->audit(std::string("core-zh"))->empty());
    }
}
