// The trainees screen without a window: the table with PIN states, search and
// team filter, and each trainer action going through the store (audited with
// the signed-in trainer) or refused with a key the view can say in Chinese.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "GuiTestStore.h"
#include "views/trainees/TraineesModel.h"

using namespace frontline;
using namespace frontline::gui;
using frontline::testing::GuiTestStore;

namespace {

std::string empnos(const std::vector<const TraineeRow*>& rows) {
    std::string out;
    for (const auto* r : rows) out += r->person.empno + " ";
    return out;
}

TraineeForm form(const std::string& empno, const std::string& name, const std::string& team = "", const std::string& hired = "") {
    TraineeForm f;
    f.empno = empno;
    f.name = name;
    f.team = team;
    f.hireDate = hired;
    return f;
}

AuditEntry lastAudit(RecordStore& store) {
    auto log = store.audit(std::nullopt);
    REQUIRE(log);
    REQUIRE_FALSE(log->empty());
    return log->back();
}

} // namespace

TEST_CASE("trainees: everyone, deactivated included, with PIN states; search and team filter", "[gui-trainees]") {
    GuiTestStore f;
    f.add("E1001", "张伟", "客服一组");
    f.add("E1002", "陳美玲", "客服二組");
    f.add("E1003", "Li Na", "Support", Role::Agent);
    REQUIRE(f.store->setTraineeActive("E1003", false, "T1"));
    REQUIRE(f.store->setPin("T1", "2468", "cli"));
    REQUIRE(f.store->setPin("E1002", "１３５７", "T1"));
    for (int i = 0; i < kMaxPinTries; ++i) REQUIRE(f.store->checkPin("E1002", "9999"));

    TraineesModel m(*f.store, "T1");
    REQUIRE(m.reload());
    REQUIRE(m.rows().size() == 4);
    CHECK_FALSE(m.find("E1003")->person.active);
    CHECK(m.find("T1")->pin.pinSet);
    CHECK_FALSE(m.find("T1")->pin.locked);
    CHECK(m.find("E1002")->pin.locked);
    CHECK_FALSE(m.find("E1001")->pin.pinSet);
    CHECK(m.find("NOPE") == nullptr);

    CHECK(m.teams() == std::vector<std::string>{"Support", "客服一组", "客服二組"});
    CHECK(empnos(m.filtered("", "")) == "E1001 E1002 E1003 T1 ");
    CHECK(empnos(m.filtered("張偉", "")) == "E1001 "); // Traditional finds Simplified
    CHECK(empnos(m.filtered("客服", "")) == "E1001 E1002 ");
    CHECK(empnos(m.filtered("", "客服二組")) == "E1002 ");
    CHECK(empnos(m.filtered("张", "客服二組")).empty());
    CHECK(empnos(m.filtered("ｌｉ", "")) == "E1003 "); // full-width letters
}

TEST_CASE("trainees: add and edit go through the store as the signed-in trainer", "[gui-trainees]") {
    GuiTestStore f;
    TraineesModel m(*f.store, "T1");
    REQUIRE(m.reload());

    auto added = m.add(form(" E2001 ", " 黃志強 ", "客服三組", "2026-03-02"));
    CHECK(added.ok);
    CHECK(added.key == "trainees.added");
    CHECK(added.arg == "黃志強");
    REQUIRE(m.find("E2001")); // the list is read again
    CHECK(m.find("E2001")->person.team == "客服三組");
    CHECK(empnos(m.filtered("志强", "")) == "E2001 "); // the search reads the new list too
    CHECK(lastAudit(*f.store).action == "trainee.add");
    CHECK(lastAudit(*f.store).actor == "T1");

    TraineeForm edit = formFor(m.find("E2001")->person);
    edit.name = "黄志强";
    edit.role = Role::Agent;
    auto saved = m.edit(edit);
    CHECK(saved.ok);
    CHECK(saved.key == "trainees.saved");
    CHECK(m.find("E2001")->person.name == "黄志强");
    CHECK(m.find("E2001")->person.role == Role::Agent);
    auto entry = lastAudit(*f.store);
    CHECK(entry.action == "trainee.edit");
    CHECK(entry.actor == "T1");
    CHECK(nlohmann::json::parse(entry.detailsJson).size() == 2); // name and role only

    CHECK(m.add(form("", "某人")).key == "trainees.need_empno");
    CHECK(m.add(form("E2002", "  ")).key == "trainees.need_name");
    auto date = m.add(form("E2002", "某人", "", "2026-02-30"));
    CHECK(date.key == "trainees.bad_date");
    CHECK(date.arg == "2026-02-30");
    auto taken = m.add(form("E2001", "另一人"));
    CHECK(taken.key == "trainees.empno_taken");
    auto store = m.add(form("E 2002", "某人")); // the store's own check, in its words
    CHECK_FALSE(store.ok);
    CHECK(store.key == "trainees.refused");
    CHECK(store.arg.find("spaces") != std::string::npos);
    CHECK(m.rows().size() == 2);

    TraineeForm self = formFor(m.find("T1")->person);
    self.role = Role::Agent;
    CHECK(m.edit(self).key == "trainees.not_own_role");
    CHECK(m.find("T1")->person.role == Role::Trainer);
}

TEST_CASE("trainees: deactivate and reactivate, never oneself", "[gui-trainees]") {
    GuiTestStore f;
    f.add("E1001", "张伟");
    TraineesModel m(*f.store, "T1");
    REQUIRE(m.reload());
    auto off = m.setActive("E1001", false);
    CHECK(off.ok);
    CHECK(off.key == "trainees.deactivated");
    CHECK_FALSE(m.find("E1001")->person.active);
    CHECK(lastAudit(*f.store).action == "trainee.deactivate");
    auto on = m.setActive("E1001", true);
    CHECK(on.key == "trainees.activated");
    CHECK(m.find("E1001")->person.active);
    CHECK(lastAudit(*f.store).actor == "T1");
    CHECK(m.setActive("T1", false).key == "trainees.not_self");
    CHECK(m.find("T1")->person.active);
    CHECK(m.setActive("NOPE", false).key == "trainees.refused");
}

TEST_CASE("trainees: a PIN is typed twice, must match and meet the policy; a reset unlocks", "[gui-trainees]") {
    GuiTestStore f;
    f.add("E1001", "张伟");
    TraineesModel m(*f.store, "T1");
    REQUIRE(m.reload());
    const auto before = f.store->audit(std::nullopt)->size();
    CHECK(m.setPin("E1001", "2468", "2469").key == "trainees.pin_mismatch");
    CHECK(m.setPin("E1001", "24a8", "24a8").key == "trainees.pin_policy");
    CHECK(m.setPin("E1001", "123", "123").key == "trainees.pin_policy");
    CHECK(f.store->audit(std::nullopt)->size() == before); // nothing written
    CHECK_FALSE(m.find("E1001")->pin.pinSet);

    auto set = m.setPin("E1001", "２４６８", "2468"); // the same PIN, once in full-width digits
    CHECK(set.ok);
    CHECK(set.key == "trainees.pin_done");
    CHECK(set.arg == "张伟");
    CHECK(m.find("E1001")->pin.pinSet);
    CHECK(lastAudit(*f.store).action == "pin.set");
    CHECK(lastAudit(*f.store).actor == "T1");

    for (int i = 0; i < kMaxPinTries; ++i) REQUIRE(f.store->checkPin("E1001", "8642"));
    REQUIRE(m.reload());
    CHECK(m.find("E1001")->pin.locked);
    CHECK(m.setPin("E1001", "13579", "13579").ok);
    CHECK_FALSE(m.find("E1001")->pin.locked);
    CHECK(lastAudit(*f.store).action == "pin.reset");
    CHECK(f.store->checkPin("E1001", "13579")->outcome == PinCheck::Outcome::Accepted);
}
