#pragma once
// The trainer's view of a cohort at one moment, per person: where they stand
// in onboarding, whether they are certified, due, still training or blocked
// (and why), their annual compliance and grade; and the onboarding funnel,
// how many have finished each day and how many are certified.
#include <cstdint>
#include <string>
#include <vector>

#include "certification/AnnualCompliance.h"
#include "certification/CertificationLifecycle.h"
#include "certification/GradeBands.h"
#include "common/CalendarDate.h"
#include "programs/Programs.h"
#include "records/Records.h"

namespace frontline {

// Blocked: cannot go on as things stand: certification failed with no attempt
// left, or a lapsed agent (a year ended short of the annual training).
enum class CohortStanding { Certified, Due, InTraining, Blocked };
const char* cohortStandingId(CohortStanding s); // "certified", "due", "in-training", "blocked"

struct CohortMember {
    Trainee trainee;
    LifecycleEvaluation evaluation; // state, reason, what is missing, onboarding and certification
    CohortStanding standing = CohortStanding::InTraining;
    int daysComplete = 0; // onboarding days complete, in order (a locked day stops the count)
    AnnualYear year;      // the compliance year asked for
    bool annualOwed = false;
    bool overdue = false; // owed, the year ended, and not complete
    YearGrade grade;
};

struct CohortOverview {
    int year = 0;
    std::vector<CohortMember> members; // in the order of the histories
    std::vector<int> daysFinished;     // [d]: members who completed onboarding day d+1
    int certified = 0;                 // members certified (by the rule or a trainer)
    int count(CohortStanding s) const;
};

// year must not be after today's year.
CohortOverview cohortOverview(const Programs& programs, const std::vector<TraineeHistory>& histories, int year, const CalendarDate& today,
                              int64_t nowSeconds);

// The distinct teams of people, sorted; "" (no team) included when someone has none.
std::vector<std::string> teamsOf(const std::vector<Trainee>& people);

} // namespace frontline
