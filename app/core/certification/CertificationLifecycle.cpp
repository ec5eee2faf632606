#include "certification/CertificationLifecycle.h"

#include "common/CalendarDate.h"

namespace frontline {

namespace {

std::string plural(int n, const std::string& noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

std::string itemLabel(const ItemProgress& i) { return (i.isExam ? "exam '" : "scenario '") + i.id + "'"; }

void listOnboardingGaps(const OnboardingProgress& p, std::vector<std::string>& missing) {
    for (const auto& d : p.days) {
        std::string day = "day " + std::to_string(d.number) + ": ";
        if (d.locked) {
            missing.push_back(day + "locked until day " + std::to_string(d.number - 1) + " is complete (" + std::to_string(d.doneCount()) +
                              " of " + std::to_string(d.items.size()) + " items done early)");
            continue;
        }
        for (const auto& i : d.items) {
            if (i.status == ItemStatus::Done) continue;
            if (i.bestScore)
                missing.push_back(day + itemLabel(i) + " best " + std::to_string(*i.bestScore) + " is below " + std::to_string(i.minScore));
            else if (i.attempts > 0)
                missing.push_back(day + itemLabel(i) + " started, not completed");
            else
                missing.push_back(day + itemLabel(i) + " not started (needs " + std::to_string(i.minScore) + ")");
        }
    }
}

// The latest certified-for-duty decision a trainer recorded, if it is the trainer's last word.
const CertificationEvent* trainerGrant(const TraineeHistory& h) {
    for (auto it = h.certifications.rbegin(); it != h.certifications.rend(); ++it) {
        if (it->by == "system" || it->by.empty()) continue;
        return it->state == CertificationState::CertifiedForDuty ? &*it : nullptr;
    }
    return nullptr;
}

std::string owedText(int minutes, int advanced) {
    std::string out;
    if (minutes > 0) out = plural(minutes, "minute");
    if (advanced > 0) out += (out.empty() ? "" : " and ") + plural(advanced, "advanced session");
    return out;
}

void evaluateAnnual(const Programs& programs, const TraineeHistory& h, const CalendarDate& today, LifecycleEvaluation& e) {
    const auto& ap = programs.annual;
    int firstYear = CalendarDate::parse(e.certifiedOn)->year + 1;
    e.annual = annualLedger(ap, h.training, firstYear, today);
    e.annualApplies = !e.annual.empty();
    e.currentYear = e.annualApplies ? e.annual.back() : annualYear(ap, h.training, today.year, today);
    e.state = CertificationState::CertifiedForDuty;
    std::string since = "certified for duty on " + e.certifiedOn + (e.grantedBy.empty() ? "" : " by " + e.grantedBy);
    if (!e.annualApplies) {
        e.reason = since + "; the annual requirement starts in " + std::to_string(firstYear);
        return;
    }
    const auto& y = e.currentYear;
    std::string progress = std::to_string(y.year) + ": " + std::to_string(y.minutesDone) + " of " + std::to_string(y.minutesRequired) +
                           " min, " + std::to_string(y.advancedDone) + " of " + std::to_string(y.advancedRequired) + " advanced sessions";
    if (y.debtMinutes() > 0 || y.debtAdvanced() > 0) {
        int shortYear = y.year - 1;
        for (const auto& past : e.annual)
            if (past.overdue) shortYear = past.year; // the most recent year that ended short
        e.state = CertificationState::Lapsed;
        e.reason = std::to_string(shortYear) + " ended short of the annual training; " + owedText(y.debtMinutes(), y.debtAdvanced()) +
                   " still to log before taking calls again";
        e.missing.push_back("make up " + owedText(y.debtMinutes(), y.debtAdvanced()) + " from earlier years");
        return;
    }
    if (y.inDueWindow && !y.complete) {
        e.state = CertificationState::Due;
        int daysLeft = static_cast<int>(y.dueDate.dayNumber() - today.dayNumber()) + 1;
        e.reason = "annual training for " + std::to_string(y.year) + " is not complete with " + plural(daysLeft, "day") + " left (" +
                   progress + ")";
    } else {
        e.reason = since + "; " + progress;
        if (!y.debtPaidOn.empty()) e.reason += "; the earlier shortfall was made up on " + y.debtPaidOn;
    }
    if (!y.complete) e.missing.push_back(owedText(y.minutesLeft, y.advancedLeft) + " by " + y.dueDate.toString());
}

} // namespace

LifecycleEvaluation evaluateLifecycle(const Programs& programs, const TraineeHistory& h, const CalendarDate& today, int64_t now) {
    LifecycleEvaluation e;
    e.onboarding = onboardingProgress(programs.onboarding, h);
    e.certification = evaluateCertification(programs.onboarding.certification, h.attempts, h.assessments, now);
    if (e.onboarding.allDaysComplete() && e.certification.passed) {
        e.certified = true;
        std::string at = std::max(e.onboarding.completedAt(), e.certification.passedAt);
        e.certifiedOn = CalendarDate::ofTimestamp(at).value_or(today).toString();
    } else if (const auto* grant = trainerGrant(h)) {
        e.certified = true;
        e.grantedBy = grant->by;
        e.certifiedOn = CalendarDate::ofTimestamp(grant->at).value_or(today).toString();
    }
    if (e.certified) {
        evaluateAnnual(programs, h, today, e);
        return e;
    }
    e.currentYear = annualYear(programs.annual, h.training, today.year, today);
    listOnboardingGaps(e.onboarding, e.missing);
    for (const auto& r : e.certification.reasons) e.missing.push_back("certification: " + r);
    e.state = CertificationState::InTraining;
    if (!e.onboarding.allDaysComplete()) {
        int done = 0;
        for (const auto& d : e.onboarding.days) done += d.complete ? 1 : 0;
        e.reason = "onboarding is not complete (" + std::to_string(done) + " of " + std::to_string(e.onboarding.days.size()) +
                   " days done)" + (e.certification.passed ? "" : " and the certification is not passed");
    } else {
        e.reason =
            "the certification is not passed: " + (e.certification.reasons.empty() ? std::string("-") : e.certification.reasons.front());
    }
    return e;
}

} // namespace frontline
