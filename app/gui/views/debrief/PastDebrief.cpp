#include "views/debrief/PastDebrief.h"

#include <nlohmann/json.hpp>

#include "scenario/CompetencyScores.h"

namespace frontline::gui {

namespace {

CriterionResult criterionFromJson(const nlohmann::json& j) {
    CriterionResult c;
    c.id = j.value("id", "");
    c.concept = j.value("concept", "");
    c.label = j.value("label", c.id);
    c.kind = j.value("kind", "required") == "forbidden" ? CriterionKind::Forbidden : CriterionKind::Required;
    c.critical = j.value("critical", false);
    c.hit = j.value("hit", false);
    c.weight = j.value("weight", 0);
    c.earned = j.value("earned", 0);
    if (auto comp = parseCompetency(j.value("competency", ""))) c.competency = *comp;
    c.tip = j.value("tip", "");
    if (j.contains("matched") && j["matched"].is_array())
        for (const auto& m : j["matched"])
            if (m.is_string()) c.matched.push_back(m.get<std::string>());
    if (j.contains("spans") && j["spans"].is_array())
        for (const auto& s : j["spans"])
            if (s.is_array() && s.size() == 2 && s[0].is_number_integer() && s[1].is_number_integer())
                c.spans.push_back({s[0].get<int>(), s[1].get<int>()});
    return c;
}

} // namespace

ReplyGrade gradeFromJson(const std::string& text) {
    ReplyGrade g;
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object()) return g;
    g.score = j.value("score", 0);
    g.rawScore = j.value("raw_score", 0);
    g.capped = j.value("capped", false);
    g.forbiddenCap = j.value("forbidden_cap", 40);
    g.forbiddenHit = j.value("forbidden_hit", false);
    g.criticalHit = j.value("critical_hit", false);
    g.latencySeconds = j.value("latency_s", 0.0);
    g.timeLimitSeconds = j.value("time_limit_s", 30.0);
    g.latePenalty = j.value("late_penalty", 0);
    g.similarity = j.value("similarity", 0.0);
    g.closestModelAnswer = j.value("closest_model_answer", -1);
    g.graderVersion = j.value("grader_version", "");
    if (j.contains("criteria") && j["criteria"].is_array())
        for (const auto& c : j["criteria"])
            if (c.is_object()) g.criteria.push_back(criterionFromJson(c));
    if (j.contains("competencies")) g.competencies = competencyScoresFromJson(j["competencies"]);
    return g;
}

Debrief debriefFromAttempt(const ScenarioAttempt& a) {
    Debrief d;
    d.attemptId = a.id;
    d.status = a.status;
    d.outcome = parseOutcome(a.outcome);
    d.totalScore = a.totalScore.value_or(0);
    d.passMark = a.passMark;
    d.criticalTurn = a.criticalTurn;
    d.failedByCriticalTurn = a.mode == PlayMode::Certification && a.criticalTurn >= 0 && !a.criticalTurnOverridden;
    d.passed = a.status == AttemptStatus::Completed && d.totalScore >= d.passMark && !d.failedByCriticalTurn;
    d.competencies = competencyScoresFromJson(nlohmann::json::parse(a.competenciesJson, nullptr, false));
    for (const auto& t : a.turns) {
        TurnFeedback f = turnFeedback(static_cast<size_t>(t.index), t.nodeId, t.customerLine, t.reply, t.latencySeconds,
                                      gradeFromJson(t.gradeJson), t.effectiveScore());
        if (t.overriddenScore) f.graderScore = t.score;
        d.transcript.push_back(std::move(f));
    }
    return d;
}

std::optional<ScenarioAttempt> latestCompletedAttempt(const TraineeHistory& history) {
    std::optional<ScenarioAttempt> best;
    for (const auto& a : history.attempts) {
        if (a.status != AttemptStatus::Completed) continue;
        if (!best || a.id > best->id) best = a;
    }
    return best;
}

} // namespace frontline::gui
