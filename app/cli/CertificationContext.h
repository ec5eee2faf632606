#pragma once
// What the certification commands (status, report, and the writers that
// refresh a trainee's certification state) share: the bundled programmes and
// the evaluation clock, each failing with one clear line.
#include <cstdint>

#include "CliArgs.h"
#include "common/CalendarDate.h"
#include "common/Result.h"
#include "programs/Programs.h"

namespace frontline::cli {

// assessments/programs/ under the data root, read and checked; an error names
// the first problem and points at 'frontline-cli validate'.
Result<Programs> loadBundledPrograms(const char* argv0);

// The moment the rules are evaluated at: --date YYYY-MM-DD (the end of that
// day, for tests and "as of" reports), else now and the local calendar day.
struct EvaluationClock {
    CalendarDate today;
    int64_t nowSeconds = 0;
};
Result<EvaluationClock> evaluationClock(const CliArgs& args);

} // namespace frontline::cli
