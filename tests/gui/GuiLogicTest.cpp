// The GUI's window-free logic: command line, theme, library model.
#include <catch2/catch.hpp>
#include <filesystem>

#include "AppOptions.h"
#include "theme/Theme.h"
#include "views/library/LibraryModel.h"

using namespace frontline;
using namespace frontline::gui;

namespace {

const std::vector<std::string> kViews = {"library", "exam", "review"};
const std::vector<std::string> kLanguages = {"en", "zh-CN"};

Result<AppOptions> parse(std::vector<std::string> args) { return parseAppOptions(args, kViews, kLanguages); }

PackLoad makeLoad(const std::string& id, const std::string& language, int errors) {
    PackLoad load;
    load.manifestOk = true;
    load.pack.id = id;
    load.pack.title = id + " title";
    load.pack.language = language;
    load.pack.authors = {"A", "B"};
    load.pack.hash = "0123456789abcdef0123";
    Scenario s;
    s.id = "s1";
    s.title = "Call from {customer}";
    s.family = "angry-customer";
    s.channel = "phone";
    s.difficulty = 9;
    s.persona = {"{customer}", "Bought a {item}.", 15};
    s.slots = {{"customer", {"Ms Wang", "Mr Li"}}, {"item", {"fridge"}}};
    s.policy = {{"p1", "Refund within 7 days", {}}};
    Node customer;
    customer.type = NodeType::Customer;
    Node end;
    end.type = NodeType::Terminal;
    s.nodes = {customer, end, end};
    s.hash = "fedcba9876543210ffff";
    s.file = "/packs/" + id + "/s1.json";
    load.pack.scenarios = {s};
    load.scenarioErrors = {errors};
    for (int i = 0; i < errors; ++i) load.diagnostics.add({Severity::Error, {"s1.json", 3, 4}, "bad thing", "/nodes"});
    return load;
}

} // namespace

TEST_CASE("options: defaults and values", "[gui-options]") {
    auto o = parse({});
    REQUIRE(o.ok());
    CHECK(o->view == "signin");
    CHECK(o->width == 1280);
    CHECK(o->height == 800);
    CHECK_FALSE(o->sizeGiven);
    CHECK_FALSE(o->language);
    CHECK_FALSE(o->trainee);

    o = parse({"--db", "/tmp/x.db", "--lang=zh-CN", "--size", "800x600", "--screenshot", "a.png", "--packs", "p"});
    REQUIRE(o.ok());
    CHECK(o->database == std::filesystem::path("/tmp/x.db"));
    CHECK(o->language == std::string("zh-CN"));
    CHECK(o->width == 800);
    CHECK(o->height == 600);
    CHECK(o->screenshot == std::filesystem::path("a.png"));
    CHECK(o->packs == std::filesystem::path("p"));
    CHECK(o->sizeGiven);

    o = parse({"--trainee", "E1001", "--view", "library"});
    REQUIRE(o.ok());
    CHECK(o->trainee == std::string("E1001"));
    CHECK(parse({"--trainee=张伟01"})->trainee == std::string("张伟01"));
    CHECK(parse({"--trainee"}).error().message == "option --trainee needs a value");
    CHECK(parse({"--trainee", ""}).error().message == "option --trainee needs a value");
    CHECK(parse({"--help"})->help);
    CHECK(parse({"--version"})->version);
}

TEST_CASE("options: every mistake is one clear message", "[gui-options]") {
    CHECK(parse({"--bogus"}).error().message == "unknown argument '--bogus' (try --help)");
    CHECK(parse({"--db"}).error().message == "option --db needs a value");
    CHECK(parse({"--lang", "fr"}).error().message.find("unknown language 'fr'") == 0);
    CHECK(parse({"--view", "nope"}).error().message.find("unknown view 'nope'") == 0);
    CHECK(parse({"--size", "100x100"}).error().message.find("bad size") == 0);
    CHECK(parse({"--help=yes"}).error().message == "option --help takes no value");
    CHECK_FALSE(parse({"--screenshot", "a.png", "--screenshot-on-exit", "b.png"}).ok());
    CHECK_FALSE(parseWindowSize("1280"));
    CHECK_FALSE(parseWindowSize("x800"));
    CHECK_FALSE(parseWindowSize("1280x800x2"));
    CHECK(parseWindowSize("320x240") == std::make_pair(320, 240));
}

TEST_CASE("options: numbers are whole and in range", "[gui-options]") {
    CHECK(parse({"--view", "exam", "--seed", "18446744073709551615"})->seed == std::optional<uint64_t>(18446744073709551615ULL));
    CHECK(parse({"--view", "exam", "--seed", "-1"}).error().message == "bad seed '-1' (expected a whole number)");
    CHECK(parse({"--view", "exam", "--seed", "12x"}).error().message == "bad seed '12x' (expected a whole number)");
    CHECK(parse({"--view", "exam", "--seed", ""}).error().message == "bad seed '' (expected a whole number)");
    CHECK(parse({"--view", "review", "--attempt", "12"})->attempt == std::optional<int64_t>(12));
    CHECK(parse({"--view", "review", "--attempt", "0"}).error().message == "bad attempt '0' (expected an attempt number, e.g. 12)");
    CHECK(parse({"--view", "review", "--attempt", "１２"}).error().message.find("bad attempt") == 0);
    CHECK(parse({"--bench-frames", "100000"})->benchFrames == 100000);
    CHECK(parse({"--bench-frames", "100001"}).error().message == "bad frame count '100001' (expected 1 to 100000)");
    CHECK(parse({"--bench-frames", "ten"}).error().message == "bad frame count 'ten' (expected 1 to 100000)");
}

TEST_CASE("theme: the bundled theme loads cleanly", "[gui-theme]") {
    auto theme = loadTheme(std::filesystem::path(FRONTLINE_SOURCE_DIR) / "assets" / "theme" / "default.json");
    REQUIRE(theme.ok());
    CHECK(theme->warnings.empty());
    CHECK(theme->bodyPx() > 10);
    for (const char* name : {"accent", "accent_soft", "muted", "faint", "ok", "ok_soft", "warning", "warning_soft", "error", "error_soft",
                             "top_bar", "mood_low", "mood_mid", "mood_high", "tab", "tab_hovered", "tab_active"}) {
        INFO(name);
        CHECK(theme->palette.count(name) == 1);
    }
}

TEST_CASE("theme: colours and mistakes", "[gui-theme]") {
    auto c = parseHexColor("#FF800080");
    REQUIRE(c);
    CHECK(c->r == Approx(1.0f));
    CHECK(c->g == Approx(128 / 255.0f));
    CHECK(c->a == Approx(128 / 255.0f));
    CHECK_FALSE(parseHexColor("FF8000"));
    CHECK_FALSE(parseHexColor("#FF80"));
    CHECK_FALSE(parseHexColor("#GG8000"));

    CHECK_FALSE(parseTheme("t.json", R"({"format": "other"})").ok());
    CHECK_FALSE(parseTheme("t.json", R"({"format": "frontline-theme/1", "ui_scale": 9})").ok());
    auto t = parseTheme("t.json", R"({"format": "frontline-theme/1", "colours": {}, "palette": {"accent": "red"}})");
    REQUIRE(t.ok());
    CHECK(t->warnings.size() == 2);
}

TEST_CASE("library model: packs, scenarios and keys", "[gui-library]") {
    std::vector<PackLoad> loads = {makeLoad("core-en", "en", 0), makeLoad("core-zh", "zh-CN", 2)};
    LibraryModel model = buildLibraryModel("/packs", loads, "zh-CN");
    REQUIRE(model.packs.size() == 2);
    CHECK(model.packs[0].id == "core-zh"); // the UI's language first
    CHECK(model.packs[0].errors == 2);
    CHECK(model.packs[0].problems.size() == 2);
    CHECK(model.packs[0].scenarios[0].playable == false);
    CHECK(model.packs[0].scenarios[0].problems.size() == 2); // the diagnostics name s1.json
    CHECK(model.scenarioCount() == 2);

    const PackItem& en = model.packs[1];
    CHECK(en.authors == "A, B");
    CHECK(en.hashShort == "0123456789ab");
    const ScenarioItem& s = en.scenarios[0];
    CHECK(s.title == "Call from Ms Wang");
    CHECK(s.personaName == "Ms Wang");
    CHECK(s.personaSituation == "Bought a fridge.");
    CHECK(s.familyKey == "family.angry-customer");
    CHECK(s.channelKey == "channel.phone");
    CHECK(s.difficulty == 5); // clamped
    CHECK(s.moodKey == "mood.furious");
    CHECK(s.nodeCount == 3);
    CHECK(s.terminalCount == 2);
    CHECK(s.fileName == "s1.json");
    CHECK(s.playable);
}

TEST_CASE("library model: helpers", "[gui-library]") {
    CHECK(familyKey("made-up") == "family.unknown");
    CHECK(channelKey("email") == "channel.unknown");
    CHECK(moodKey(0) == "mood.furious");
    CHECK(moodKey(50) == "mood.neutral");
    CHECK(moodKey(100) == "mood.delighted");
    CHECK(previewWithSlots("{{literal}} {missing} {a}", {{"a", {"x"}}}) == "{literal} {missing} x");
    CHECK(buildLibraryModel("/none", {}, "en").packs.empty());
}
