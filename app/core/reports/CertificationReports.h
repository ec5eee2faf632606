#pragma once
// The three trainer reports of `frontline-cli report`, built from trainee
// histories and the programmes at one moment: onboarding progress per
// trainee, annual compliance per trainee for one year, and a per-team cohort
// summary.
#include <cstdint>
#include <vector>

#include "certification/CertificationLifecycle.h"
#include "common/CalendarDate.h"
#include "programs/Programs.h"
#include "records/Records.h"
#include "reports/ReportTable.h"

namespace frontline {

// One trainee's compliance in year: the ledger's year when the requirement applies, else the year on its own.
AnnualYear complianceYear(const Programs& programs, const TraineeHistory& history, const LifecycleEvaluation& evaluation, int year,
                          const CalendarDate& today);
// Whether the annual requirement applies to year (from the year after certification on).
bool annualOwed(const LifecycleEvaluation& evaluation, int year);

ReportTable onboardingReport(const Programs& programs, const std::vector<TraineeHistory>& histories, const CalendarDate& today,
                             int64_t nowSeconds);
// year must not be after today's year.
ReportTable annualReport(const Programs& programs, const std::vector<TraineeHistory>& histories, int year, const CalendarDate& today,
                         int64_t nowSeconds);
ReportTable cohortReport(const Programs& programs, const std::vector<TraineeHistory>& histories, int year, const CalendarDate& today,
                         int64_t nowSeconds);

} // namespace frontline
