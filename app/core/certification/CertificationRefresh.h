#pragma once
// Re-evaluates one trainee's certification and records a CertificationEvent
// when the state differs from the last one recorded (or none is), with the
// reason and the evidence: components, weights and the attempts that counted.
// Every command that changes what the rules read (play, hours add, override)
// calls this, so every change of state lands in the record with its reason.
#include <cstdint>
#include <optional>
#include <string>

#include "certification/CertificationLifecycle.h"
#include "common/Result.h"
#include "records/RecordStore.h"

namespace frontline {

struct RefreshOutcome {
    TraineeHistory history; // as read before any event was recorded
    LifecycleEvaluation evaluation;
    std::optional<CertificationEvent> recorded; // the new event, when the state changed
};

// today and nowSeconds as for evaluateLifecycle; the event's `at` is nowSeconds as a timestamp.
Result<RefreshOutcome> refreshCertification(RecordStore& store, const Programs& programs, const std::string& empno,
                                            const CalendarDate& today, int64_t nowSeconds);

} // namespace frontline
