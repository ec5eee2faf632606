#pragma once
// The certification state of one trainee at one moment: in training,
// certified for duty, due (annual training not complete within the due
// window), or lapsed (a year ended short and the missing training is not yet
// made up), with the reason and what is still missing.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "certification/AnnualCompliance.h"
#include "certification/CertificationRule.h"
#include "certification/OnboardingProgress.h"
#include "programs/Programs.h"
#include "records/Records.h"

namespace frontline {

struct LifecycleEvaluation {
    CertificationState state = CertificationState::InTraining;
    std::string reason;               // one sentence: why this state
    std::vector<std::string> missing; // what is still to do, one item per line
    OnboardingProgress onboarding;
    CertificationResult certification;
    bool certified = false;         // onboarding passed, or granted by a trainer
    std::string certifiedOn;        // YYYY-MM-DD
    std::string grantedBy;          // the trainer whose recorded decision certified, when the rule did not
    std::vector<AnnualYear> annual; // the year after certification up to today's year; empty before
    AnnualYear currentYear;         // today's year (from the ledger when owed, else for information)
    bool annualApplies = false;     // today's year is owed
};

// Certified when every onboarding day is complete and the certification rule
// passes (on the date the last counted result ended), or when a trainer
// recorded a certified-for-duty event (its date). The annual requirement
// applies from the first calendar year after the certification year.
// today is the trainee's calendar day (dates of training entries are local
// days); nowSeconds the UTC time, for retake waiting times.
LifecycleEvaluation evaluateLifecycle(const Programs& programs, const TraineeHistory& history, const CalendarDate& today,
                                      int64_t nowSeconds);

} // namespace frontline
