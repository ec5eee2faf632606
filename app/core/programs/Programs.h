#pragma once
// The training programmes of assessments/programs/ (see FORMAT.md there) as
// plain data: the 3-day onboarding with its certification rule, and the
// annual requirement with its grade bands. Read by ProgramReader, applied by
// the functions in certification/.
#include <string>
#include <vector>

namespace frontline {

// A title in both product languages; zh-CN first.
struct BilingualText {
    std::string zh;
    std::string en;
};

// A scenario the trainee must play: one scenario id, playable from any of the
// listed packs (the zh pack and its en equivalent).
struct ScenarioRequirement {
    std::string scenarioId;
    std::vector<std::string> packs; // at least one; the first is the primary
    int minScore = 70;              // onboarding days only: the score that completes the item
    bool acceptsPack(const std::string& packId) const;
};

// A written quiz or exam (the exams themselves are defined by assessments/banks).
struct ExamRequirement {
    std::string examId;
    int minScore = 70;
};

struct OnboardingDay {
    int number = 1; // 1-based, in order
    BilingualText title;
    std::vector<BilingualText> topics;
    double plannedHours = 0;
    std::vector<ScenarioRequirement> scenarios;
    std::vector<ExamRequirement> exams;
};

// Which of an item's counted attempts supplies its score.
enum class AttemptCounting { Best, Latest };
const char* attemptCountingId(AttemptCounting c); // "best" / "latest"

// The certification rule: final = scenarios x weight + written x weight.
struct CertificationRuleSpec {
    BilingualText title;
    double plannedHours = 0;
    std::vector<ScenarioRequirement> scenarios; // played in certification mode
    std::string examId;                         // the written test
    int scenarioWeight = 70;                    // percent; the two weights sum to 100
    int writtenWeight = 30;
    int passMark = 80;
    int scenarioMinimum = 70; // component minimums
    int writtenMinimum = 70;
    int maxAttempts = 3;      // per item, the first attempt included
    int retakeWaitHours = 24; // from the end of one attempt to the start of the next
    AttemptCounting scenarioCounting = AttemptCounting::Best;
    AttemptCounting writtenCounting = AttemptCounting::Latest;
};

struct OnboardingProgram {
    std::string file;
    std::string id;
    std::string version;
    BilingualText title;
    std::vector<OnboardingDay> days;
    CertificationRuleSpec certification;
};

struct GradeBand {
    std::string id;   // "excellent"
    int minScore = 0; // the band holds year scores >= minScore (and below the band above)
    BilingualText title;
};

struct AnnualProgram {
    std::string file;
    std::string id;
    std::string version;
    BilingualText title;
    int requiredMinutes = 480;
    int advancedSessions = 2;
    std::vector<std::string> countedKinds{"annual", "advanced"}; // training kinds whose minutes count
    int dueWindowDays = 60;                                      // the last N days of the year, Dec 31 included
    int idleGapSeconds = 120;                                    // active-time accounting (records/ActiveTime)
    std::vector<GradeBand> bands;                                // highest first; the last has minScore 0
    std::string improvementBand = "needs-improvement";
    int improvementConsecutiveYears = 2;
    int improvementPlanMonths = 3;
};

struct Programs {
    OnboardingProgram onboarding;
    AnnualProgram annual;
};

} // namespace frontline
