#include "CertificationContext.h"

#include <ctime>

#include "RecordsContext.h"
#include "certification/CertificationRefresh.h"
#include "common/DataPaths.h"

namespace frontline::cli {

Result<Programs> loadBundledPrograms(const char* argv0) { return frontline::loadBundledPrograms(dataRoot(argv0)); }

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
    return frontline::refreshAfterWrite(store, dataRoot(argv0), empno);
}

} // namespace frontline::cli
