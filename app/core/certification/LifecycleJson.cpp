#include "certification/LifecycleJson.h"

namespace frontline {

namespace {

using nlohmann::json;

json scoreJson(const std::optional<ExactScore>& s) { return s ? json(std::stod(s->text())) : json(nullptr); }
json optionalJson(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }
json optionalJson(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }
json textOrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json itemJson(const CertificationItem& i) {
    json attempts = json::array();
    for (const auto& a : i.attempts) {
        json j = {
            {"attempt", a.attemptId}, {"started_at", a.startedAt}, {"ended_at", a.endedAt}, {"score", a.score}, {"counted", a.counted}};
        if (!a.counted) j["ignored_because"] = a.ignoredBecause;
        attempts.push_back(j);
    }
    return {{i.isWritten ? "exam" : "scenario", i.id},
            {"score", optionalJson(i.score)},
            {"score_attempt", optionalJson(i.scoreAttemptId)},
            {"attempts_used", i.used},
            {"attempts_left", i.left},
            {"next_allowed_at", textOrNull(i.nextAllowedAt)},
            {"attempts", attempts}};
}

json yearJson(const AnnualYear& y) {
    return {{"year", y.year},
            {"minutes_done", y.minutesDone},
            {"minutes_required", y.minutesRequired},
            {"minutes_left", y.minutesLeft},
            {"advanced_done", y.advancedDone},
            {"advanced_required", y.advancedRequired},
            {"advanced_left", y.advancedLeft},
            {"owed_from_earlier_minutes", y.debtMinutes()},
            {"owed_from_earlier_advanced", y.debtAdvanced()},
            {"due_window_start", y.windowStart.toString()},
            {"due_date", y.dueDate.toString()},
            {"complete", y.complete},
            {"overdue", y.overdue}};
}

} // namespace

json lifecycleJson(const LifecycleEvaluation& e, const Programs& programs) {
    const auto& rule = programs.onboarding.certification;
    json days = json::array();
    for (const auto& d : e.onboarding.days) {
        json items = json::array();
        for (const auto& i : d.items)
            items.push_back({{i.isExam ? "exam" : "scenario", i.id},
                             {"status", itemStatusId(i.status)},
                             {"min_score", i.minScore},
                             {"best_score", optionalJson(i.bestScore)},
                             {"best_attempt", optionalJson(i.bestAttemptId)},
                             {"attempts", i.attempts}});
        days.push_back({{"day", d.number},
                        {"title", {{"zh-CN", d.title.zh}, {"en", d.title.en}}},
                        {"planned_hours", d.plannedHours},
                        {"locked", d.locked},
                        {"complete", d.complete},
                        {"items", items}});
    }
    json scenarios = json::array();
    for (const auto& s : e.certification.scenarios) scenarios.push_back(itemJson(s));
    json certification = {
        {"rule",
         {{"weights", {{"scenarios", rule.scenarioWeight}, {"written", rule.writtenWeight}}},
          {"pass_mark", rule.passMark},
          {"component_minimum", {{"scenarios", rule.scenarioMinimum}, {"written", rule.writtenMinimum}}},
          {"max_attempts", rule.maxAttempts},
          {"retake_wait_hours", rule.retakeWaitHours},
          {"counting", {{"scenarios", attemptCountingId(rule.scenarioCounting)}, {"written", attemptCountingId(rule.writtenCounting)}}}}},
        {"components",
         {{"scenarios", scoreJson(e.certification.scenarioComponent)}, {"written", scoreJson(e.certification.writtenComponent)}}},
        {"final", scoreJson(e.certification.finalScore)},
        {"passed", e.certification.passed},
        {"reasons", e.certification.reasons},
        {"counted_attempts",
         {{"scenarios", e.certification.countedScenarioAttempts()}, {"written", optionalJson(e.certification.written.scoreAttemptId)}}},
        {"scenarios", scenarios},
        {"written", itemJson(e.certification.written)}};
    json annual = json::array();
    for (const auto& y : e.annual) annual.push_back(yearJson(y));
    return {{"state", certificationStateId(e.state)},
            {"reason", e.reason},
            {"missing", e.missing},
            {"certified_on", textOrNull(e.certifiedOn)},
            {"granted_by", textOrNull(e.grantedBy)},
            {"programs",
             {{"onboarding", programs.onboarding.id + "@" + programs.onboarding.version},
              {"annual", programs.annual.id + "@" + programs.annual.version}}},
            {"onboarding", {{"days", days}, {"complete", e.onboarding.allDaysComplete()}}},
            {"certification", certification},
            {"annual_applies", e.annualApplies},
            {"current_year", yearJson(e.currentYear)},
            {"annual_history", annual}};
}

} // namespace frontline
