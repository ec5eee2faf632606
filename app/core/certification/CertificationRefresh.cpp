#include "certification/CertificationRefresh.h"

#include "certification/LifecycleJson.h"
#include "common/CalendarDate.h"

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

} // namespace frontline
