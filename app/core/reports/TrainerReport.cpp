#include "reports/TrainerReport.h"

#include "reports/CertificationReports.h"

namespace frontline {

const char* reportKindId(ReportKind kind) {
    switch (kind) {
    case ReportKind::Onboarding: return "onboarding";
    case ReportKind::Annual: return "annual";
    case ReportKind::Cohort: return "cohort";
    }
    return "onboarding";
}

std::optional<ReportKind> parseReportKind(const std::string& id) {
    for (ReportKind k : {ReportKind::Onboarding, ReportKind::Annual, ReportKind::Cohort})
        if (id == reportKindId(k)) return k;
    return std::nullopt;
}

TraineeFilter reportFilter(const std::optional<std::string>& team) {
    TraineeFilter filter;
    filter.withTurns = false; // the rules read attempt totals (overrides applied), not every turn
    filter.rulesOnly = true;
    filter.team = team;
    return filter;
}

ReportTable trainerReport(ReportKind kind, const Programs& programs, const std::vector<TraineeHistory>& histories, int year,
                          const CalendarDate& today, int64_t nowSeconds, const std::optional<std::string>& team) {
    ReportTable table = kind == ReportKind::Onboarding ? onboardingReport(programs, histories, today, nowSeconds)
                        : kind == ReportKind::Annual   ? annualReport(programs, histories, year, today, nowSeconds)
                                                       : cohortReport(programs, histories, year, today, nowSeconds);
    if (team) table.title += " · team " + *team;
    return table;
}

} // namespace frontline
