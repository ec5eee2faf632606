#include "grading/ReplyGrade.h"

namespace frontline {

nlohmann::json ReplyGrade::toJson() const {
    nlohmann::json j;
    j["score"] = score;
    j["raw_score"] = rawScore;
    j["capped"] = capped;
    j["forbidden_cap"] = forbiddenCap;
    j["forbidden_hit"] = forbiddenHit;
    j["critical_hit"] = criticalHit;
    j["latency_s"] = latencySeconds;
    j["time_limit_s"] = timeLimitSeconds;
    j["late_penalty"] = latePenalty;
    j["similarity"] = similarity;
    j["closest_model_answer"] = closestModelAnswer;
    j["missing_terms"] = missingTerms;
    j["grader_version"] = graderVersion;
    auto& crit = j["criteria"] = nlohmann::json::array();
    auto& forbiddenHits = j["forbidden_hits"] = nlohmann::json::array();
    for (const auto& c : criteria) {
        nlohmann::json cj = {{"id", c.id},
                             {"label", c.label},
                             {"kind", c.kind == CriterionKind::Required ? "required" : "forbidden"},
                             {"hit", c.hit},
                             {"weight", c.weight},
                             {"earned", c.earned},
                             {"competency", competencyId(c.competency)},
                             {"tip", c.tip},
                             {"matched", c.matched}};
        if (!c.concept.empty()) cj["concept"] = c.concept;
        if (c.critical) cj["critical"] = true;
        auto& spans = cj["spans"] = nlohmann::json::array();
        for (const auto& s : c.spans) spans.push_back({s.begin, s.end});
        if (c.kind == CriterionKind::Forbidden && c.hit) {
            forbiddenHits.push_back({{"id", c.id}, {"label", c.label}, {"critical", c.critical}, {"matched", c.matched}, {"spans", spans}});
        }
        crit.push_back(std::move(cj));
    }
    auto& comp = j["competencies"] = nlohmann::json::object();
    for (int i = 0; i < kCompetencyCount; ++i) {
        if (competencies[static_cast<size_t>(i)]) comp[competencyId(static_cast<Competency>(i))] = *competencies[static_cast<size_t>(i)];
    }
    return j;
}

std::vector<const CriterionResult*> ReplyGrade::select(CriterionKind kind, bool hit) const {
    std::vector<const CriterionResult*> out;
    for (const auto& c : criteria) {
        if (c.kind == kind && c.hit == hit) out.push_back(&c);
    }
    return out;
}

} // namespace frontline
