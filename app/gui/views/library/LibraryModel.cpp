#include "views/library/LibraryModel.h"

#include <algorithm>

namespace frontline::gui {

namespace {

Problem toProblem(const Diagnostic& d) { return {d.format(), d.severity == Severity::Error}; }

std::string shortHash(const std::string& hash) { return hash.substr(0, std::min(hash.size(), kShortHashLength)); }

ScenarioItem makeScenarioItem(const Scenario& s, int errors, bool playable) {
    ScenarioItem item;
    item.id = s.id;
    item.title = previewWithSlots(s.title, s.slots);
    item.familyKey = familyKey(s.family);
    item.channelKey = channelKey(s.channel);
    item.difficulty = std::clamp(s.difficulty, 1, 5);
    item.personaName = previewWithSlots(s.persona.name, s.slots);
    item.personaSituation = previewWithSlots(s.persona.situation, s.slots);
    item.personaMood = std::clamp(s.persona.mood, 0, 100);
    item.moodKey = moodKey(item.personaMood);
    item.objectives = s.objectives;
    for (const auto& fact : s.policy) item.policy.push_back(previewWithSlots(fact.text, s.slots));
    item.nodeCount = static_cast<int>(s.nodes.size());
    item.terminalCount =
        static_cast<int>(std::count_if(s.nodes.begin(), s.nodes.end(), [](const Node& n) { return n.type == NodeType::Terminal; }));
    item.passMark = s.passMark;
    item.hashShort = shortHash(s.hash);
    item.fileName = std::filesystem::path(s.file).filename().string();
    item.errors = errors;
    item.playable = playable;
    return item;
}

PackItem makePackItem(const PackLoad& load) {
    const Pack& p = load.pack;
    PackItem item;
    item.id = p.id;
    item.title = p.title.empty() ? std::filesystem::path(p.dir).filename().string() : p.title;
    item.language = p.language;
    item.version = p.version;
    item.description = p.description;
    for (const auto& a : p.authors) item.authors += (item.authors.empty() ? "" : ", ") + a;
    item.dir = p.dir;
    item.hashShort = shortHash(p.hash);
    item.manifestOk = load.manifestOk;
    item.errors = load.diagnostics.errorCount();
    item.warnings = load.diagnostics.warningCount();
    for (const auto& d : load.diagnostics.items()) {
        if (static_cast<int>(item.problems.size()) < kMaxProblems)
            item.problems.push_back(toProblem(d));
        else
            ++item.hiddenProblems;
    }
    for (size_t i = 0; i < p.scenarios.size(); ++i) {
        int errors = i < load.scenarioErrors.size() ? load.scenarioErrors[i] : 0;
        ScenarioItem s = makeScenarioItem(p.scenarios[i], errors, load.scenarioPlayable(i));
        const auto file = std::filesystem::path(p.scenarios[i].file).filename();
        for (const auto& d : load.diagnostics.items()) {
            bool mine = !file.empty() && std::filesystem::path(d.where.file).filename() == file;
            if (mine && static_cast<int>(s.problems.size()) < kMaxProblems) s.problems.push_back(toProblem(d));
        }
        item.scenarios.push_back(std::move(s));
    }
    return item;
}

} // namespace

int LibraryModel::scenarioCount() const {
    int n = 0;
    for (const auto& p : packs) n += static_cast<int>(p.scenarios.size());
    return n;
}

LibraryModel buildLibraryModel(const std::string& packsDir, const std::vector<PackLoad>& loads, const std::string& uiLanguage) {
    LibraryModel model;
    model.packsDir = packsDir;
    for (const auto& load : loads) model.packs.push_back(makePackItem(load));
    std::stable_partition(model.packs.begin(), model.packs.end(), [&](const PackItem& p) { return p.language == uiLanguage; });
    return model;
}

std::string familyKey(const std::string& family) {
    const auto& known = familyIds();
    bool ok = std::find(known.begin(), known.end(), family) != known.end();
    return "family." + (ok ? family : std::string("unknown"));
}

std::string channelKey(const std::string& channel) {
    return "channel." + (channel == "phone" || channel == "chat" ? channel : std::string("unknown"));
}

std::string moodKey(int mood) {
    if (mood < 20) return "mood.furious";
    if (mood < 40) return "mood.upset";
    if (mood < 60) return "mood.neutral";
    if (mood < 80) return "mood.calm";
    return "mood.delighted";
}

std::string previewWithSlots(const std::string& text, const std::vector<Slot>& slots) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        char ch = text[i];
        if ((ch == '{' || ch == '}') && i + 1 < text.size() && text[i + 1] == ch) {
            out += ch;
            ++i;
            continue;
        }
        if (ch == '{') {
            auto close = text.find('}', i);
            if (close != std::string::npos) {
                std::string name = text.substr(i + 1, close - i - 1);
                auto slot = std::find_if(slots.begin(), slots.end(), [&](const Slot& s) { return s.name == name; });
                if (slot != slots.end() && !slot->values.empty()) {
                    out += slot->values.front();
                    i = close;
                    continue;
                }
            }
        }
        out += ch;
    }
    return out;
}

} // namespace frontline::gui
