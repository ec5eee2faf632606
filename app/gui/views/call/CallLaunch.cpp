#include "views/call/CallLaunch.h"

#include <fstream>

namespace frontline::gui {

std::optional<ScenarioChoice> findPlayableScenario(const std::vector<PackLoad>& packs, const std::string& packId,
                                                   const std::string& scenarioId, const std::string& language) {
    auto lookIn = [&](const PackLoad& load) -> std::optional<ScenarioChoice> {
        for (size_t i = 0; i < load.pack.scenarios.size(); ++i) {
            if (load.pack.scenarios[i].id == scenarioId && load.scenarioPlayable(i))
                return ScenarioChoice{&load.pack, &load.pack.scenarios[i]};
        }
        return std::nullopt;
    };
    if (!packId.empty()) {
        for (const auto& load : packs)
            if (load.pack.id == packId) return lookIn(load);
        return std::nullopt;
    }
    for (const auto& load : packs)
        if (load.pack.language == language)
            if (auto c = lookIn(load)) return c;
    for (const auto& load : packs)
        if (auto c = lookIn(load)) return c;
    return std::nullopt;
}

std::optional<CallRequest> callForNext(const NextActivity& next) {
    if (next.isExam || next.id.empty()) return std::nullopt;
    if (next.kind != NextActivity::Kind::OnboardingItem && next.kind != NextActivity::Kind::CertificationItem) return std::nullopt;
    CallRequest r;
    r.scenarioId = next.id;
    r.mode = next.kind == NextActivity::Kind::CertificationItem ? PlayMode::Certification : PlayMode::Practice;
    return r;
}

CallRequest parseScenarioRef(const std::string& ref) {
    CallRequest r;
    if (auto slash = ref.find('/'); slash != std::string::npos) {
        r.packId = ref.substr(0, slash);
        r.scenarioId = ref.substr(slash + 1);
    } else {
        r.scenarioId = ref;
    }
    return r;
}

Result<std::vector<std::string>> readReplyLines(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) return makeError("cannot read the replies file", {file.string()});
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") != std::string::npos) out.push_back(line);
    }
    return out;
}

} // namespace frontline::gui
