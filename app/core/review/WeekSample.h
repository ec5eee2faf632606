#pragma once
// The weekly QA sample drawn from the record: the scenario attempts completed
// in one ISO week, in id order, and the reproducible pick of them (QaSample.h).
// `frontline-cli sample` prints it; the trainer's review queue starts from it.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/Result.h"
#include "records/QaSample.h"
#include "records/RecordStore.h"

namespace frontline {

struct WeekSample {
    IsoWeek week;
    double rate = kDefaultQaRate;
    uint64_t seed = 0;
    std::vector<ScenarioAttempt> ended; // completed in the week (by their UTC end day), by id, with turns
    std::vector<size_t> picked;         // indices into ended, ascending
};

// The ISO week a day falls in (the week of its Thursday, so Jan 1 may be in the last week of the year before).
IsoWeek isoWeekOf(const CalendarDate& day);

// rate in (0, 1]; seed as for qaSample (qaSeedFor(week.id()) is the default).
Result<WeekSample> drawWeekSample(const RecordStore& store, const IsoWeek& week, double rate, uint64_t seed);

} // namespace frontline
