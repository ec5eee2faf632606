#include "scenario/CompetencyScores.h"

#include <cmath>

namespace frontline {

CompetencyScores competencyScores(const std::vector<TurnRecord>& turns) {
    CompetencyScores out{};
    for (size_t c = 0; c < out.size(); ++c) {
        double sum = 0;
        int n = 0;
        for (const auto& t : turns) {
            if (auto v = t.grade.competencies[c]) {
                sum += *v;
                ++n;
            }
        }
        if (n > 0) out[c] = static_cast<int>(std::lround(sum / n));
    }
    return out;
}

nlohmann::json competencyScoresJson(const CompetencyScores& scores) {
    nlohmann::json out = nlohmann::json::object();
    for (size_t c = 0; c < scores.size(); ++c) {
        if (scores[c]) out[competencyId(static_cast<Competency>(c))] = *scores[c];
    }
    return out;
}

CompetencyScores competencyScoresFromJson(const nlohmann::json& json) {
    CompetencyScores out{};
    if (!json.is_object()) return out;
    for (const auto& [id, v] : json.items()) {
        auto c = parseCompetency(id);
        if (c && v.is_number_integer()) out[static_cast<size_t>(*c)] = v.get<int>();
    }
    return out;
}

} // namespace frontline
