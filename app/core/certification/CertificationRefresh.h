#pragma once
// Re-evaluates one trainee's certification and records a CertificationEvent
// when the state differs from the last one recorded (or none is), with the
// reason and the evidence: components, weights and the attempts that counted.
// Every command that changes what the rules read (play, hours add, override)
// calls this, so every change of state lands in the record with its reason.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "certification/CertificationLifecycle.h"
#include "common/Result.h"
#include "programs/Programs.h"
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

// assessments/programs/ under the data root, read and checked; an error names
// the first problem and points at 'frontline-cli validate'.
Result<Programs> loadBundledPrograms(const std::filesystem::path& dataRoot);

// The line that tells a person what a refresh changed ("certification:
// in-training -> certified-for-duty: ..."); empty when nothing was recorded.
std::string refreshNote(const RefreshOutcome& outcome);

// After a write that changed what the rules read (an attempt, hours, an
// override): re-evaluates the person's certification with the bundled
// programmes, now and on the local calendar day, and records any change of
// state. Returns refreshNote(), or a "warning: ..." line on failure: the
// write itself has already landed, so a failure here is not an error.
std::string refreshAfterWrite(RecordStore& store, const std::filesystem::path& dataRoot, const std::string& empno);

} // namespace frontline
