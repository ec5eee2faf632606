#pragma once
// Where a trainee stands in the 3-day onboarding: every required scenario and
// quiz of every day, done or not, with the best score so far. A day is locked
// until the day before it is complete.
#include <optional>
#include <string>
#include <vector>

#include "programs/Programs.h"
#include "records/Records.h"

namespace frontline {

enum class ItemStatus { Done, InProgress, NotStarted, Locked };
const char* itemStatusId(ItemStatus s); // "done", "in-progress", "not-started", "locked"

struct ItemProgress {
    bool isExam = false;
    std::string id; // scenario id or exam id
    int minScore = 0;
    ItemStatus status = ItemStatus::NotStarted;
    int attempts = 0;             // started attempts of any status
    std::optional<int> bestScore; // best completed attempt
    std::optional<int64_t> bestAttemptId;
    std::string doneAt; // when the first attempt reaching minScore ended; empty when not done
};

struct DayProgress {
    int number = 1;
    BilingualText title;
    double plannedHours = 0;
    bool locked = false;
    bool complete = false;   // unlocked and every item done
    std::string completedAt; // the latest doneAt of its items
    std::vector<ItemProgress> items;
    int doneCount() const;
};

struct OnboardingProgress {
    std::vector<DayProgress> days;
    bool allDaysComplete() const { return !days.empty() && days.back().complete; }
    std::string completedAt() const { return allDaysComplete() ? days.back().completedAt : std::string(); }
};

// Scenario items count attempts in any mode from any accepted pack; an
// attempt's score is countedScore() (overrides applied). Exams count
// completed assessment attempts with a score.
OnboardingProgress onboardingProgress(const OnboardingProgram& program, const TraineeHistory& history);

} // namespace frontline
