#include "certification/CertificationRule.h"

#include <algorithm>

#include "certification/AttemptScore.h"
#include "common/CalendarDate.h"

namespace frontline {

std::string CertificationItem::label() const { return (isWritten ? "written test '" : "scenario '") + id + "'"; }

std::vector<int64_t> CertificationResult::countedScenarioAttempts() const {
    std::vector<int64_t> ids;
    for (const auto& s : scenarios)
        if (s.scoreAttemptId) ids.push_back(*s.scoreAttemptId);
    return ids;
}

namespace {

std::string hours(int64_t seconds) {
    int64_t h = seconds / 3600, m = seconds % 3600 / 60;
    return m == 0 ? std::to_string(h) + " h" : std::to_string(h) + " h " + std::to_string(m) + " min";
}

// Orders the item's completed attempts and decides which are sittings: at most
// maxAttempts, each started at least the waiting time after the previous one ended.
void countSittings(CertificationItem& item, const CertificationRuleSpec& rule, AttemptCounting counting, int64_t now) {
    auto& at = item.attempts;
    std::stable_sort(at.begin(), at.end(), [](const ItemAttempt& a, const ItemAttempt& b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.attemptId < b.attemptId;
    });
    const int64_t wait = static_cast<int64_t>(rule.retakeWaitHours) * 3600;
    std::optional<int64_t> lastEnd;
    int64_t lastId = 0;
    for (auto& a : at) {
        auto start = parseTimestamp(a.startedAt), end = parseTimestamp(a.endedAt);
        if (!end) {
            a.ignoredBecause = "it has no valid end time";
        } else if (item.used >= rule.maxAttempts) {
            a.ignoredBecause = "it is beyond the " + std::to_string(rule.maxAttempts) + " allowed attempts";
        } else if (lastEnd && start.value_or(*end) < *lastEnd + wait) {
            a.ignoredBecause = "it started " + hours(std::max<int64_t>(0, start.value_or(*end) - *lastEnd)) + " after attempt " +
                               std::to_string(lastId) + " ended, before the " + std::to_string(rule.retakeWaitHours) + " h wait";
        } else {
            a.counted = true;
            ++item.used;
            lastEnd = end;
            lastId = a.attemptId;
            bool better = !item.score || (counting == AttemptCounting::Latest) || a.score > *item.score;
            if (better) {
                item.score = a.score;
                item.scoreAttemptId = a.attemptId;
            }
        }
    }
    item.left = std::max(0, rule.maxAttempts - item.used);
    if (item.left > 0 && lastEnd) item.nextAllowedAt = formatTimestamp(std::max(now, *lastEnd + wait));
}

} // namespace

CertificationResult evaluateCertification(const CertificationRuleSpec& rule, const std::vector<ScenarioAttempt>& attempts,
                                          const std::vector<AssessmentAttempt>& assessments, int64_t now) {
    CertificationResult r;
    for (const auto& req : rule.scenarios) {
        CertificationItem item;
        item.id = req.scenarioId;
        for (const auto& a : attempts) {
            if (a.mode != PlayMode::Certification || a.scenarioId != req.scenarioId || !req.acceptsPack(a.packId)) continue;
            auto score = countedScore(a);
            if (score) item.attempts.push_back({a.id, a.startedAt, a.endedAt, *score, false, {}});
        }
        countSittings(item, rule, rule.scenarioCounting, now);
        r.scenarios.push_back(std::move(item));
    }
    r.written.isWritten = true;
    r.written.id = rule.examId;
    for (const auto& a : assessments) {
        if (a.examId != rule.examId || a.status != AttemptStatus::Completed || !a.score) continue;
        r.written.attempts.push_back({a.id, a.startedAt, a.endedAt, *a.score, false, {}});
    }
    countSittings(r.written, rule, rule.writtenCounting, now);

    std::vector<int> scenarioScores;
    for (const auto& s : r.scenarios) {
        if (s.score)
            scenarioScores.push_back(*s.score);
        else
            r.reasons.push_back(s.label() + " has no completed certification-mode attempt");
    }
    if (!r.scenarios.empty() && scenarioScores.size() == r.scenarios.size()) r.scenarioComponent = ExactScore::mean(scenarioScores);
    if (r.written.score)
        r.writtenComponent = ExactScore::whole(*r.written.score);
    else
        r.reasons.push_back(r.written.label() + " has not been taken");
    r.complete = r.scenarioComponent && r.writtenComponent;
    if (r.complete) {
        r.finalScore = ExactScore::weighted(*r.scenarioComponent, rule.scenarioWeight, *r.writtenComponent, rule.writtenWeight);
        if (!r.scenarioComponent->atLeast(rule.scenarioMinimum))
            r.reasons.push_back("scenario performance " + r.scenarioComponent->text() + " is below the component minimum " +
                                std::to_string(rule.scenarioMinimum));
        if (!r.writtenComponent->atLeast(rule.writtenMinimum))
            r.reasons.push_back("written test " + r.writtenComponent->text() + " is below the component minimum " +
                                std::to_string(rule.writtenMinimum));
        if (!r.finalScore->atLeast(rule.passMark))
            r.reasons.push_back("final score " + r.finalScore->text() + " is below the pass mark " + std::to_string(rule.passMark));
    }
    r.passed = r.complete && r.reasons.empty();
    if (r.passed) {
        // Certified when the last of the attempts whose scores made the result ended.
        auto scoredEnd = [&](const CertificationItem& i) {
            for (const auto& a : i.attempts)
                if (i.scoreAttemptId && a.attemptId == *i.scoreAttemptId) r.passedAt = std::max(r.passedAt, a.endedAt);
        };
        for (const auto& s : r.scenarios) scoredEnd(s);
        scoredEnd(r.written);
        return r;
    }
    std::vector<const CertificationItem*> items;
    for (const auto& s : r.scenarios) items.push_back(&s);
    items.push_back(&r.written);
    r.noAttemptsLeft = std::all_of(items.begin(), items.end(), [](const CertificationItem* i) { return i->left == 0; });
    for (const auto* i : items) {
        if (i->left == 0)
            r.reasons.push_back("no attempts left for " + i->label() + " (" + std::to_string(i->used) + " of " +
                                std::to_string(rule.maxAttempts) + " used)");
        else if (!i->nextAllowedAt.empty() && parseTimestamp(i->nextAllowedAt).value_or(0) > now)
            r.reasons.push_back("the next attempt at " + i->label() + " is allowed from " + i->nextAllowedAt);
    }
    if (r.noAttemptsLeft) r.reasons.push_back("every certification attempt is used: a trainer must review before another");
    return r;
}

} // namespace frontline
