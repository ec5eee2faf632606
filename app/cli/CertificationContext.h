#pragma once
// What the certification commands (status, report, and the writers that
// refresh a trainee's certification state) share: the evaluation clock from
// the command line, and the core's programme loading and refresh
// (certification/CertificationRefresh.h) bound to the CLI's data root.
#include <cstdint>

#include "CliArgs.h"
#include "common/CalendarDate.h"
#include "common/Result.h"
#include "programs/Programs.h"
#include "records/RecordStore.h"

namespace frontline::cli {

// The bundled programmes under dataRoot(argv0) (see frontline::loadBundledPrograms).
Result<Programs> loadBundledPrograms(const char* argv0);

// The moment the rules are evaluated at: --date YYYY-MM-DD (the end of that
// day, for tests and "as of" reports), else now and the local calendar day.
struct EvaluationClock {
    CalendarDate today;
    int64_t nowSeconds = 0;
};
Result<EvaluationClock> evaluationClock(const CliArgs& args);
EvaluationClock clockNow();

// frontline::refreshAfterWrite with the bundled programmes under dataRoot(argv0):
// the line to print, empty when nothing changed.
std::string refreshAfterWrite(RecordStore& store, const char* argv0, const std::string& empno);

} // namespace frontline::cli
