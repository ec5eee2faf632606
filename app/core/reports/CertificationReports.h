#pragma once
// The three trainer reports of `frontline-cli report`, built from trainee
// histories and the programmes at one moment: onboarding progress per
// trainee, annual compliance per trainee for one year, and a per-team cohort
// summary.
#include <cstdint>
#include <vector>

#include "common/CalendarDate.h"
#include "programs/Programs.h"
#include "records/Records.h"
#include "reports/ReportTable.h"

namespace frontline {

ReportTable onboardingReport(const Programs& programs, const std::vector<TraineeHistory>& histories, const CalendarDate& today,
                             int64_t nowSeconds);
// year must not be after today's year.
ReportTable annualReport(const Programs& programs, const std::vector<TraineeHistory>& histories, int year, const CalendarDate& today,
                         int64_t nowSeconds);
ReportTable cohortReport(const Programs& programs, const std::vector<TraineeHistory>& histories, int year, const CalendarDate& today,
                         int64_t nowSeconds);

} // namespace frontline
