#pragma once
// Which scenario a call request plays, with no window: the pack is the one
// asked for, else the first pack in the interface language that holds the
// scenario, else any pack that does; only playable scenarios count. Also the
// call home's "next activity" starts, and reply files for screenshot mode.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/Result.h"
#include "scenario/PackLoader.h"
#include "session/AppSession.h"
#include "views/home/HomeModel.h"

namespace frontline::gui {

struct ScenarioChoice {
    const Pack* pack = nullptr;
    const Scenario* scenario = nullptr;
};

std::optional<ScenarioChoice> findPlayableScenario(const std::vector<PackLoad>& packs, const std::string& packId,
                                                   const std::string& scenarioId, const std::string& language);

// A scenario activity (onboarding or certification) becomes a call; the
// certification's scenarios are played in certification mode. Exams and
// annual training are not calls.
std::optional<CallRequest> callForNext(const NextActivity& next);

// "core-zh/order-status" -> pack and scenario; a bare id leaves the pack open.
CallRequest parseScenarioRef(const std::string& ref);

// One reply per non-blank line (UTF-8, a trailing '\r' dropped).
Result<std::vector<std::string>> readReplyLines(const std::filesystem::path& file);

} // namespace frontline::gui
