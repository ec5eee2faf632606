#pragma once
// What the library view shows, as plain data built from loaded packs with no
// ImGui calls, so it can be tested without a window. Text that the UI words
// (family, channel, mood band) is kept as string-table keys.
#include <string>
#include <vector>

#include "scenario/PackLoader.h"

namespace frontline::gui {

struct Problem {
    std::string text; // formatted diagnostic: file:line:column: severity: message
    bool error = true;
};

struct ScenarioItem {
    std::string id;
    std::string title;
    std::string familyKey;  // "family.angry-customer"
    std::string channelKey; // "channel.phone"
    int difficulty = 1;     // 1-5
    std::string personaName;
    std::string personaSituation;
    int personaMood = 50;
    std::string moodKey; // "mood.upset"
    std::vector<std::string> objectives;
    std::vector<std::string> policy;
    int nodeCount = 0;
    int terminalCount = 0;
    int passMark = 70;
    std::string hashShort; // first 12 hex digits of the content hash
    std::string fileName;
    int errors = 0;
    bool playable = false;
    std::vector<Problem> problems; // this file's diagnostics, capped at kMaxProblems
};

struct PackItem {
    std::string id;
    std::string title;
    std::string language;
    std::string version;
    std::string description;
    std::string authors; // joined with ", "
    std::string dir;
    std::string hashShort;
    bool manifestOk = false;
    int errors = 0;
    int warnings = 0;
    std::vector<Problem> problems; // all diagnostics, capped at kMaxProblems
    int hiddenProblems = 0;        // how many were left out
    std::vector<ScenarioItem> scenarios;
};

struct LibraryModel {
    std::string packsDir;
    std::vector<PackItem> packs;
    int scenarioCount() const;
};

constexpr int kMaxProblems = 50;
constexpr size_t kShortHashLength = 12;

// Packs in the UI's language come first; otherwise the loads' order is kept.
LibraryModel buildLibraryModel(const std::string& packsDir, const std::vector<PackLoad>& loads, const std::string& uiLanguage);

std::string familyKey(const std::string& family);   // unknown families map to "family.unknown"
std::string channelKey(const std::string& channel); // unknown channels map to "channel.unknown"
std::string moodKey(int mood);                      // five bands from "mood.furious" to "mood.delighted"

// Replaces {slot} with the slot's first value, so a preview reads naturally.
std::string previewWithSlots(const std::string& text, const std::vector<Slot>& slots);

} // namespace frontline::gui
