#pragma once
// The certification rule of the onboarding programme: which attempts count,
// the component scores, the weighted final score, and pass or fail with every
// reason. See assessments/programs/FORMAT.md, "The certification rule".
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "certification/ExactScore.h"
#include "programs/Programs.h"
#include "records/Records.h"

namespace frontline {

struct ItemAttempt {
    int64_t attemptId = 0;
    std::string startedAt, endedAt;
    int score = 0;
    bool counted = false;
    std::string ignoredBecause; // when not counted
};

// One certification item (a scenario, or the written test) and its sittings.
struct CertificationItem {
    bool isWritten = false;
    std::string id;                    // scenario id or exam id
    std::vector<ItemAttempt> attempts; // completed attempts in the order taken, counted or ignored
    int used = 0;                      // counted attempts
    int left = 0;                      // maxAttempts - used
    std::optional<int> score;          // from the counted attempts (best or latest)
    std::optional<int64_t> scoreAttemptId;
    std::string nextAllowedAt; // the earliest start of the next attempt; empty when none left or none taken
    std::string label() const; // "scenario 'angry-appliance'", "written test 'onboarding-certification'"
};

struct CertificationResult {
    std::vector<CertificationItem> scenarios;
    CertificationItem written;
    std::optional<ExactScore> scenarioComponent; // mean of the scenario items' scores, once every one has a score
    std::optional<ExactScore> writtenComponent;
    std::optional<ExactScore> finalScore; // weighted, once both components exist
    bool complete = false;                // every item has a counted attempt
    bool passed = false;
    bool noAttemptsLeft = false;                          // failed and no item has an attempt left
    std::string passedAt;                                 // when passing: the end of the latest counted attempt
    std::vector<std::string> reasons;                     // every reason it has not passed; empty when passed
    std::vector<int64_t> countedScenarioAttempts() const; // the attempts whose scores made the component
};

// Only completed attempts are sittings (an abandoned or interrupted attempt is
// not). Scenario items take certification-mode attempts from any accepted pack.
// now is the evaluation time, for "next attempt allowed".
CertificationResult evaluateCertification(const CertificationRuleSpec& rule, const std::vector<ScenarioAttempt>& attempts,
                                          const std::vector<AssessmentAttempt>& assessments, int64_t nowSeconds);

} // namespace frontline
