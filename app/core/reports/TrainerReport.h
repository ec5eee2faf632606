#pragma once
// The three trainer reports by name, as `frontline-cli report` and the cohort
// screen's export build them: which histories they read, the table, and its
// title naming the team filter, so both give byte-identical CSV for the same data.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/CalendarDate.h"
#include "programs/Programs.h"
#include "records/RecordStore.h"
#include "reports/ReportTable.h"

namespace frontline {

enum class ReportKind { Onboarding, Annual, Cohort };
const char* reportKindId(ReportKind kind); // "onboarding", "annual", "cohort"
std::optional<ReportKind> parseReportKind(const std::string& id);

// What the reports read: active trainees (of one team), attempt totals without turns, rule fields only.
TraineeFilter reportFilter(const std::optional<std::string>& team);

// The report over histories read with reportFilter(team); year must not be after today's year.
ReportTable trainerReport(ReportKind kind, const Programs& programs, const std::vector<TraineeHistory>& histories, int year,
                          const CalendarDate& today, int64_t nowSeconds, const std::optional<std::string>& team);

} // namespace frontline
