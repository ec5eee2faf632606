#pragma once
// The annual grade: the mean of a calendar year's scores placed in the
// programme's bands (excellent / good / pass / needs improvement), and the
// improvement-plan flag after consecutive years in the lowest band.
#include <optional>
#include <string>
#include <vector>

#include "certification/ExactScore.h"
#include "programs/Programs.h"
#include "records/Records.h"

namespace frontline {

struct YearGrade {
    int year = 0;
    int scoredItems = 0;             // completed scenario attempts and written tests that ended that year
    std::optional<ExactScore> score; // their mean; none without any
    std::string band;                // band id; empty without a score
    bool improvementPlan = false;    // this year and the years before it (consecutive_years in all) are all in the plan band
};

// The band a score falls in: the first band (highest first) whose minimum it reaches, compared exactly.
std::string bandFor(const AnnualProgram& program, const ExactScore& score);

// Scenario attempts count with countedScore() (overrides applied), any mode.
// A year without scores has no band and breaks a run of low years.
YearGrade yearGrade(const AnnualProgram& program, const TraineeHistory& history, int year);

} // namespace frontline
