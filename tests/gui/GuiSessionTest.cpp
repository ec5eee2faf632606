// The app's window-free foundation: session and navigation, settings on disk,
// the sign-in filter.
#include <catch2/catch.hpp>
#include <fstream>

#include "../unit/TestData.h"
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
    return AppSession(std::move(f.store), Programs{}, Settings{}, first,
                      {{"home", Audience::Learner}, {"progress", Audience::Learner}, {"review", Audience::Trainer}}, "signin");
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

TEST_CASE("session: deactivated and unknown people cannot sign in; a trainer without a PIN is told how to get one", "[gui-session]") {
    GuiTestStore f;
    f.add("E1", "Li Na");
    REQUIRE(f.store->setTraineeActive("E1", false, "T1"));
    AppSession s = makeSession(f, "signin");
    const std::string noPin = s.signIn("T1").error().message;
    CHECK(noPin.find("no PIN") != std::string::npos);
    CHECK(noPin.find("frontline-cli trainee set-pin --empno T1") != std::string::npos);
    CHECK(s.signIn("E1").error().message.find("deactivated") != std::string::npos);
    CHECK_FALSE(s.signIn("NOPE"));
    CHECK_FALSE(s.trainee());
    CHECK_FALSE(s.takeSettingsChange());
}

TEST_CASE("session: a trainer signs in with the PIN; wrong ones count down to the lock", "[gui-session]") {
    GuiTestStore f;
    REQUIRE(f.store->setPin("T1", "2468", "cli"));
    AppSession s = makeSession(f, "signin");                                // takes f.store
    CHECK(s.signIn("T1").error().message.find("PIN") != std::string::npos); // none given
    CHECK_FALSE(s.lastPinCheck());

    CHECK_FALSE(s.signIn("T1", std::string("8642")));
    REQUIRE(s.lastPinCheck());
    CHECK(s.lastPinCheck()->outcome == PinCheck::Outcome::Wrong);
    CHECK(s.lastPinCheck()->triesLeft == 4);
    CHECK_FALSE(s.trainee());

    REQUIRE(s.signIn("T1", std::string("２４６８"))); // full-width digits, as a Chinese input method types them
    CHECK(s.trainerSignedIn());
    CHECK_FALSE(s.admits(Audience::Learner));
    s.navigate(kTrainerHomeScreen);
    CHECK(s.applyNavigation() == std::optional<std::string>(kTrainerHomeScreen));
    auto log = s.store().audit(std::string("T1"));
    REQUIRE(log);
    CHECK(log->back().action == "signin");
    CHECK(log->back().actor == "T1");
    CHECK(s.store().credentialState("T1")->failedTries == 0);

    s.signOut();
    for (int i = 0; i < kMaxPinTries - 1; ++i) CHECK_FALSE(s.signIn("T1", std::string("0000")));
    CHECK(s.lastPinCheck()->outcome == PinCheck::Outcome::Wrong);
    CHECK(s.lastPinCheck()->triesLeft == 1);
    CHECK_FALSE(s.signIn("T1", std::string("0000")));
    CHECK(s.lastPinCheck()->outcome == PinCheck::Outcome::Locked);
    CHECK(s.signIn("T1", std::string("2468")).error().message.find("ask another trainer") != std::string::npos);
    CHECK_FALSE(s.trainee());
}

TEST_CASE("session: a trainee with a PIN needs it; one without signs in with a click", "[gui-session]") {
    GuiTestStore f;
    f.add("E1001", "张伟");
    f.add("E1002", "陳美玲");
    REQUIRE(f.store->setPin("E1002", "13579", "T1"));
    AppSession s = makeSession(f, "signin");
    CHECK_FALSE(s.signIn("E1002"));
    CHECK_FALSE(s.signIn("E1001", std::string("13579"))); // a PIN for someone who has none is a mistake, not a pass
    REQUIRE(s.signIn("E1002", std::string("13579")));
    CHECK(s.trainee()->name == "陳美玲");
    CHECK(s.admits(Audience::Learner));
    CHECK(s.store().audit(std::string("E1002"))->back().action == "pin.set"); // a trainee's sign-in is not audited
    REQUIRE(s.signIn("E1001"));
    CHECK(s.trainee()->name == "张伟");
}

TEST_CASE("sign-in steps: PIN, a trainer without one, a locked account; refusals in words the screen can translate", "[gui-signin]") {
    std::vector<Trainee> people(4);
    people[0] = {1, "E1001", "张伟", "客服一组", "", Role::Trainee, true, ""};
    people[1] = {2, "E1002", "陳美玲", "客服二組", "", Role::Trainee, true, ""};
    people[2] = {3, "T1", "王老师", "", "", Role::Trainer, true, ""};
    people[3] = {4, "T2", "李老師", "", "", Role::Trainer, true, ""};
    std::map<std::string, CredentialState> pins;
    pins["E1002"] = {true, false, 2, ""};
    pins["T1"] = {true, true, 5, "2026-03-02T08:00:00Z"};
    const auto entries = signinEntries(people, pins);
    REQUIRE(entries.size() == 4);
    CHECK(stepFor(entries[0]) == SigninStep::SignIn);
    CHECK(stepFor(entries[1]) == SigninStep::AskPin);
    CHECK(stepFor(entries[2]) == SigninStep::Locked);
    CHECK(stepFor(entries[3]) == SigninStep::TrainerWithoutPin);

    const auto wrong = refusalFor(PinCheck{PinCheck::Outcome::Wrong, 3}, "wrong PIN");
    CHECK(wrong.key == "signin.pin_wrong");
    CHECK(wrong.arg == "3");
    CHECK(refusalFor(PinCheck{PinCheck::Outcome::Locked, 0}, "locked").key == "signin.pin_locked");
    const auto other = refusalFor(std::nullopt, "the database is busy");
    CHECK(other.key == "signin.failed");
    CHECK(other.arg == "the database is busy");
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

TEST_CASE("pack validation and language names read alike on every screen", "[gui-words]") {
    auto strings = StringTable::load(test::sourceDir() / "assets" / "i18n", "zh-CN");
    REQUIRE(strings);
    const StringTable& s = *strings;
    CHECK(validationText(s, 0, 0) == s.text("library.status_clean"));
    CHECK(validationText(s, 2, 0) == s.count("library.status_errors", 2));
    CHECK(validationText(s, 0, 1) == s.count("library.status_warnings", 1));
    CHECK(validationText(s, 2, 1) ==
          s.format("library.status_both", s.count("library.status_errors", 2), s.count("library.status_warnings", 1)));
    CHECK(languageName(s, "zh-CN") == s.text("language.zh-CN"));
    CHECK(languageName(s, "ja") == "ja"); // a code the interface has no name for
}

TEST_CASE("session: sign-in leads on to the screen that asked for it, when the person may see it", "[gui-session]") {
    GuiTestStore f;
    f.add("E1001", "張偉");
    REQUIRE(f.store->setPin("T1", "2468", "cli"));
    AppSession s = makeSession(f, "review"); // a trainer's screen asked for on the command line
    CHECK(s.screen() == "signin");
    REQUIRE(s.signIn("E1001")); // a trainee may not see it: home instead
    CHECK(s.takeScreenAfterSignin() == "home");
    s.signOut();

    s.navigate("review");
    s.applyNavigation();
    CHECK(s.screen() == "signin");
    REQUIRE(s.signIn("T1", std::string("2468")));
    CHECK(s.takeScreenAfterSignin() == "review");
    CHECK(s.takeScreenAfterSignin() == kTrainerHomeScreen); // taken once
    s.signOut();
    s.applyNavigation();
    REQUIRE(s.signIn("E1001"));
    CHECK(s.takeScreenAfterSignin() == "home"); // a sign-out forgets where the last person was going
}
