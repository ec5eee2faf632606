#include "HistoryBuilder.h"

#include "common/CalendarDate.h"

namespace frontline::test {

std::string HistoryBuilder::plusMinutes(const std::string& timestamp, int minutes) {
    return formatTimestamp(parseTimestamp(timestamp).value() + minutes * 60);
}

OnboardingProgram smallOnboarding() {
    OnboardingProgram p;
    p.id = "test-onboarding";
    p.version = "1.0.0";
    OnboardingDay d1;
    d1.number = 1;
    d1.plannedHours = 6;
    d1.scenarios = {{"order-status", {"core-zh", "core-en"}, 70}};
    d1.exams = {{"day1-quiz", 60}};
    OnboardingDay d2;
    d2.number = 2;
    d2.plannedHours = 6;
    d2.scenarios = {{"payment-outage", {"core-zh", "core-en"}, 70}};
    p.days = {d1, d2};
    auto& c = p.certification;
    c.scenarios = {{"angry-appliance", {"core-zh", "core-en"}, 0}, {"late-return", {"core-zh", "core-en"}, 0}};
    c.examId = "cert-exam";
    return p;
}

AnnualProgram standardAnnual() {
    AnnualProgram a;
    a.id = "annual";
    a.version = "1.0.0";
    a.bands = {{"excellent", 90, {}}, {"good", 80, {}}, {"pass", 70, {}}, {"needs-improvement", 0, {}}};
    return a;
}

} // namespace frontline::test
