#pragma once
// A trainer's entry of training done outside the app (classroom, workshop,
// external course), checked as `frontline-cli hours add` and the cohort
// screen both need it before the store records and audits it.
#include <cstdint>
#include <string>

#include "common/CalendarDate.h"
#include "common/Result.h"
#include "records/RecordStore.h"

namespace frontline {

// The day must have happened (not after today) and not be before the person's hire date.
Status checkTrainingDate(const Trainee& trainee, const CalendarDate& date, const CalendarDate& today);

// Checks the date, then records minutes of kind on date about topic for trainee,
// entered by the trainer `by` (source manual, so the store audits it). Returns the entry id.
Result<int64_t> addManualTraining(RecordStore& store, const Trainee& trainee, const CalendarDate& date, int minutes, TrainingKind kind,
                                  const std::string& topic, const std::string& by, const CalendarDate& today);

} // namespace frontline
