#include "CertificationContext.h"

#include <ctime>

#include "RecordsContext.h"
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
    return EvaluationClock{localToday(), static_cast<int64_t>(std::time(nullptr))};
}

} // namespace frontline::cli
