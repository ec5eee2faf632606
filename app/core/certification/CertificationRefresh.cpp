#include "certification/CertificationRefresh.h"

#include <ctime>

#include "certification/LifecycleJson.h"
#include "common/CalendarDate.h"
#include "common/DataPaths.h"
#include "common/LocalDate.h"
#include "programs/ProgramReader.h"

namespace frontline {

Result<RefreshOutcome> refreshCertification(RecordStore& store, const Programs& programs, const std::string& empno,
                                            const CalendarDate& today, int64_t now) {
    auto history = store.history(empno);
    if (!history) return history.error();
    RefreshOutcome out;
    out.history = std::move(*history);
    out.evaluation = evaluateLifecycle(programs, out.history, today, now);
    const auto& events = out.history.certifications;
    if (!events.empty() && events.back().state == out.evaluation.state) return out;
    CertificationEvent e;
    e.traineeId = out.history.trainee.id;
    e.state = out.evaluation.state;
    e.at = formatTimestamp(now);
    e.reason = out.evaluation.reason;
    e.detailsJson = lifecycleJson(out.evaluation, programs).dump();
    e.by = "system";
    auto id = store.recordCertification(e);
    if (!id) return id.error();
    e.id = *id;
    out.recorded = e;
    return out;
}

Result<Programs> loadBundledPrograms(const std::filesystem::path& dataRoot) {
    auto dir = programsDir(dataRoot);
    auto load = loadPrograms(dir, nullptr);
    for (const auto& d : load.diagnostics.items()) {
        if (d.severity != Severity::Error) continue;
        return makeError("the training programmes have errors: " + d.format() + " (run 'frontline-cli validate " + dir.string() + "')");
    }
    return load.programs;
}

std::string refreshNote(const RefreshOutcome& outcome) {
    if (!outcome.recorded) return {};
    const auto& events = outcome.history.certifications;
    std::string before = events.empty() ? "none" : certificationStateId(events.back().state);
    return "certification: " + before + " -> " + certificationStateId(outcome.recorded->state) + ": " + outcome.recorded->reason;
}

std::string refreshAfterWrite(RecordStore& store, const std::filesystem::path& dataRoot, const std::string& empno) {
    auto programs = loadBundledPrograms(dataRoot);
    if (!programs) return "warning: certification not re-evaluated: " + programs.error().message;
    auto outcome = refreshCertification(store, *programs, empno, localToday(), static_cast<int64_t>(std::time(nullptr)));
    if (!outcome) return "warning: certification not re-evaluated: " + outcome.error().message;
    return refreshNote(*outcome);
}

} // namespace frontline
