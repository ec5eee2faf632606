#include "reports/CohortOverview.h"

#include <algorithm>
#include <set>

#include "reports/CertificationReports.h"

namespace frontline {

const char* cohortStandingId(CohortStanding s) {
    switch (s) {
    case CohortStanding::Certified: return "certified";
    case CohortStanding::Due: return "due";
    case CohortStanding::InTraining: return "in-training";
    case CohortStanding::Blocked: return "blocked";
    }
    return "in-training";
}

int CohortOverview::count(CohortStanding s) const {
    return static_cast<int>(std::count_if(members.begin(), members.end(), [&](const CohortMember& m) { return m.standing == s; }));
}

CohortOverview cohortOverview(const Programs& programs, const std::vector<TraineeHistory>& histories, int year, const CalendarDate& today,
                              int64_t nowSeconds) {
    CohortOverview o;
    o.year = year;
    o.daysFinished.assign(programs.onboarding.days.size(), 0);
    for (const auto& h : histories) {
        CohortMember m;
        m.trainee = h.trainee;
        m.evaluation = evaluateLifecycle(programs, h, today, nowSeconds);
        const LifecycleEvaluation& e = m.evaluation;
        for (size_t d = 0; d < e.onboarding.days.size() && e.onboarding.days[d].complete; ++d) {
            ++m.daysComplete;
            if (d < o.daysFinished.size()) ++o.daysFinished[d];
        }
        m.year = complianceYear(programs, h, e, year, today);
        m.annualOwed = annualOwed(e, year);
        m.overdue = m.annualOwed && m.year.overdue;
        m.grade = yearGrade(programs.annual, h, year);
        switch (e.state) {
        case CertificationState::CertifiedForDuty: m.standing = CohortStanding::Certified; break;
        case CertificationState::Due: m.standing = CohortStanding::Due; break;
        case CertificationState::Lapsed: m.standing = CohortStanding::Blocked; break;
        case CertificationState::InTraining:
            m.standing = e.certification.noAttemptsLeft ? CohortStanding::Blocked : CohortStanding::InTraining;
            break;
        }
        if (e.certified) ++o.certified;
        o.members.push_back(std::move(m));
    }
    return o;
}

std::vector<std::string> teamsOf(const std::vector<Trainee>& people) {
    std::set<std::string> teams;
    for (const auto& p : people) teams.insert(p.team);
    return {teams.begin(), teams.end()};
}

} // namespace frontline
