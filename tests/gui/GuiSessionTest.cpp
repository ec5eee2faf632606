// The app's window-free foundation: session and navigation, settings on disk,
// the sign-in filter.
#include <catch2/catch.hpp>
#include <fstream>

#include "GuiTestStore.h"
#include "session/AppSession.h"
#include "session/Settings.h"
#include "views/StatusWords.h"
#include "views/signin/SigninModel.h"

using namespace frontline;
using namespace frontline::gui;
using frontline::testing::GuiTestStore;

namespace {

const std::vector<std::string> kLanguages = {"en", "zh-CN"};

AppSession makeSession(GuiTestStore& f, const std::string& first) {
    return AppSession(std::move(f.store), Programs{}, Settings{}, first, {{"home", Audience::Learner}, {"progress", Audience::Learner}, {"review", Audience::Trainer}}, "signin");
}

void writeFile(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

} // namespace

TEST_CASE("session: screens of one person's record need a sign-in first", "[gui-session]") {
    GuiTestStore f;
    f.add("E1001", "张伟");
    AppSession s = makeSession(f, "home");
    CHECK(s.screen() == "signin"); // nobody signed in yet
    s.navigate("library");
    CHECK(s.applyNavigation() == std::optional<std::string>("library"));
    CHECK_FALSE(s.applyNavigation()); // taken once
    s.navigate("progress");
    CHECK(s.applyNavigation() == std::optional<std::string>("signin"));

    REQUIRE(s.signIn("E1001"));
    CHECK(s.trainee()->name == "张伟");
    CHECK(s.settings().lastTrainee == "E1001");
    CHECK(s.takeSettingsChange());
    CHECK_FALSE(s.takeSettingsChange());
    s.navigate("progress");
    CHECK(s.applyNavigation() == std::optional<std::string>("progress"));
    s.navigate("progress");
    CHECK_FALSE(s.applyNavigation()); // already there

    s.signOut();
    CHECK_FALSE(s.trainee());
    CHECK(s.applyNavigation() == std::optional<std::string>("signin"));
}

TEST_CASE("session: trainers, deactivated and unknown people cannot sign in here", "[gui-session]") {
    GuiTestStore f;
    f.add("E1", "Li Na");
    REQUIRE(f.store->setTraineeActive("E1", false, "T1"));
    AppSession s = makeSession(f, "signin");
    CHECK(s.signIn("T1").error().message.find("PIN") != std::string::npos);
    CHECK(s.signIn("E1").error().message.find("deactivated") != std::string::npos);
    CHECK_FALSE(s.signIn("NOPE"));
    CHECK_FALSE(s.trainee());
    CHECK_FALSE(s.takeSettingsChange());
}

TEST_CASE("settings: saved and read back; missing file gives the defaults", "[gui-settings]") {
    const test::TempDir tmp;
    const auto& dir = tmp.path();
    const auto file = dir / "sub" / "settings.json";
    Settings defaults;
    defaults.language = "zh-CN";
    auto load = loadSettings(file, defaults, kLanguages);
    CHECK(load.settings == defaults);
    CHECK(load.warnings.empty());

    Settings s;
    s.language = "en";
    s.fontPx = 22;
    s.uiScale = 1.25f;
    s.windowWidth = 1500;
    s.windowHeight = 900;
    s.lastTrainee = "E1002";
    REQUIRE(saveSettings(file, s));
    CHECK_FALSE(std::filesystem::exists(file.string() + ".tmp"));
    load = loadSettings(file, defaults, kLanguages);
    CHECK(load.settings == s);
    CHECK(load.warnings.empty());
}

TEST_CASE("settings: a corrupt or odd file never stops the app", "[gui-settings]") {
    const test::TempDir tmp;
    const auto& dir = tmp.path();
    const auto file = dir / "settings.json";
    Settings defaults;
    defaults.language = "zh-CN";

    writeFile(file, "{\"language\": \"en\", \"font_px\": 2");
    auto load = loadSettings(file, defaults, kLanguages);
    CHECK(load.settings == defaults);
    REQUIRE(load.warnings.size() == 1);
    CHECK(load.warnings[0].find("not a JSON object") != std::string::npos);

    writeFile(file, R"({"language": "fr", "font_px": "big", "ui_scale": 9, "window_width": 10, "last_trainee": "E7"})");
    load = loadSettings(file, defaults, kLanguages);
    CHECK(load.settings.language == "zh-CN");
    CHECK(load.settings.fontPx == defaults.fontPx);
    CHECK(load.settings.uiScale == kMaxUiScale);
    CHECK(load.settings.windowWidth == defaults.windowWidth);
    CHECK(load.settings.lastTrainee == "E7");
    CHECK(load.warnings.size() == 2); // the wrong type and the unknown language

    std::filesystem::create_directories(dir / "a-folder");
    load = loadSettings(dir / "a-folder", defaults, kLanguages);
    CHECK(load.settings == defaults);
    CHECK(load.warnings.size() == 1);
}

TEST_CASE("sign-in filter: number, name or team, Traditional finds Simplified", "[gui-signin]") {
    std::vector<Trainee> people(5);
    people[0] = {1, "E1001", "张伟", "客服一组", "", Role::Trainee, true, ""};
    people[1] = {2, "E1002", "陳美玲", "客服二組", "", Role::Trainee, true, ""};
    people[2] = {3, "E1003", "Li Na", "Support", "", Role::Agent, true, ""};
    people[3] = {4, "T1", "王老师", "", "", Role::Trainer, true, ""};
    people[4] = {5, "E9", "离职者", "", "", Role::Trainee, false, ""};
    const auto entries = signinEntries(people);
    REQUIRE(entries.size() == 4); // the deactivated one is left out
    CHECK(entries[3].trainer);

    auto names = [&](const std::string& q) {
        std::string out;
        for (const auto& e : filterSignin(entries, q)) out += e.empno + " ";
        return out;
    };
    CHECK(names("") == "E1001 E1002 E1003 T1 ");
    CHECK(names("  ") == "E1001 E1002 E1003 T1 ");
    CHECK(names("e100") == "E1001 E1002 E1003 ");
    CHECK(names("Ｅ１００２") == "E1002 "); // full-width digits, as some input methods type them
    CHECK(names("張偉") == "E1001 ");
    CHECK(names("陈美") == "E1002 ");
    CHECK(names("li n") == "E1003 ");
    CHECK(names("客服") == "E1001 E1002 ");
    CHECK(names("老师") == "T1 ");
    CHECK(names("nobody") == "");
}

TEST_CASE("hours are shown with at most one decimal", "[gui-words]") {
    CHECK(hoursText(0) == "0");
    CHECK(hoursText(45) == "0.8");
    CHECK(hoursText(90) == "1.5");
    CHECK(hoursText(480) == "8");
    CHECK(hoursText(137) == "2.3");
}
