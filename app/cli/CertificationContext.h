#pragma once
// What the certification commands (status, report, and the writers that
// refresh a trainee's certification state) share: the bundled programmes and
// the evaluation clock, each failing with one clear line.
#include <cstdint>

#include "CliArgs.h"
#include "common/CalendarDate.h"
#include "common/Result.h"
#include "programs/Programs.h"
#include "records/RecordStore.h"

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
EvaluationClock clockNow();

// After a command changed what the rules read (an attempt, hours, an
// override): re-evaluates the person's certification now and records any
// change of state. Returns the line to print ("certification: in-training ->
// certified-for-duty: ..."), empty when nothing changed. The write itself has
// already landed, so a failure here is a warning line, not an error.
std::string refreshAfterWrite(RecordStore& store, const char* argv0, const std::string& empno);

} // namespace frontline::cli
