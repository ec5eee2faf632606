#include "CertificationContext.h"

#include <ctime>

#include "RecordsContext.h"
#include "certification/CertificationRefresh.h"
#include "common/DataPaths.h"
#include "programs/ProgramReader.h"

namespace frontline::cli {

Result<Programs> loadBundledPrograms(const char* argv0) {
    auto dir = programsDir(dataRoot(argv0));
    auto load = loadPrograms(dir, nullptr);
    for (const auto& d : load.diagnostics.items()) {
        if (d.severity != Severity::Error) continue;
        return makeError("the training programmes have errors: " + d.format() + " (run 'frontline-cli validate " + dir.string() + "')");
    }
    return load.programs;
}

Result<EvaluationClock> evaluationClock(const CliArgs& args) {
    if (args.value("date")) {
        auto d = dateOption(args, "date");
        if (!d) return d.error();
        return EvaluationClock{*d, d->dayNumber() * 86400 + 86399};
    }
    return clockNow();
}

EvaluationClock clockNow() { return EvaluationClock{localToday(), static_cast<int64_t>(std::time(nullptr))}; }

std::string refreshAfterWrite(RecordStore& store, const char* argv0, const std::string& empno) {
    auto programs = loadBundledPrograms(argv0);
    if (!programs) return "warning: certification not re-evaluated: " + programs.error().message;
    EvaluationClock clock = clockNow();
    auto outcome = refreshCertification(store, *programs, empno, clock.today, clock.nowSeconds);
    if (!outcome) return "warning: certification not re-evaluated: " + outcome.error().message;
    if (!outcome->recorded) return {};
    const auto& events = outcome->history.certifications;
    std::string before = events.empty() ? "none" : certificationStateId(events.back().state);
    return "certification: " + before + " -> " + certificationStateId(outcome->recorded->state) + ": " + outcome->recorded->reason;
}

} // namespace frontline::cli
