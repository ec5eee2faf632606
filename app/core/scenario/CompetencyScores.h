#pragma once
// A call's competency sub-scores: each competency's mean over the turns whose
// rubric tests it. Recorded with a finished attempt and shown in the debrief.
#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "scenario/Pack.h"
#include "scenario/ScenarioRun.h"

namespace frontline {

using CompetencyScores = std::array<std::optional<int>, kCompetencyCount>; // 0-100, none when no turn tests it

// Means rounded to whole points, indexed by Competency.
CompetencyScores competencyScores(const std::vector<TurnRecord>& turns);
// {"communication": 80, ...} with the competencies that have a score.
nlohmann::json competencyScoresJson(const CompetencyScores& scores);
// Read back from that form; unknown ids and values that are not integers are skipped.
CompetencyScores competencyScoresFromJson(const nlohmann::json& json);

} // namespace frontline
