#include "reports/CertificationReports.h"

#include <cmath>
#include <map>

#include "certification/CertificationLifecycle.h"
#include "certification/GradeBands.h"
#include "common/CalendarDate.h"

namespace frontline {

namespace {

using nlohmann::json;

json score(const std::optional<ExactScore>& s) { return s ? json(std::stod(s->text())) : json(nullptr); }
json textOrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

} // namespace

AnnualYear complianceYear(const Programs& programs, const TraineeHistory& h, const LifecycleEvaluation& e, int year,
                          const CalendarDate& today) {
    for (const auto& y : e.annual)
        if (y.year == year) return y;
    CalendarDate asOf = year < today.year ? CalendarDate::lastOfYear(year).plusDays(1) : today;
    return annualYear(programs.annual, h.training, year, asOf);
}

bool annualOwed(const LifecycleEvaluation& e, int year) {
    return !e.annual.empty() && year >= e.annual.front().year && year <= e.annual.back().year;
}

ReportTable onboardingReport(const Programs& programs, const std::vector<TraineeHistory>& histories, const CalendarDate& today,
                             int64_t now) {
    ReportTable t;
    t.title = "Onboarding progress (" + programs.onboarding.id + " " + programs.onboarding.version + ")";
    t.columns = {"empno", "name", "team", "role", "state"};
    for (const auto& d : programs.onboarding.days) t.columns.push_back("day" + std::to_string(d.number));
    for (const char* c :
         {"onboarding_complete", "scenario_score", "written_score", "final_score", "certification_passed", "certified_on", "reason"})
        t.columns.push_back(c);
    for (const auto& h : histories) {
        auto e = evaluateLifecycle(programs, h, today, now);
        std::vector<json> row = {h.trainee.empno, h.trainee.name, h.trainee.team, roleId(h.trainee.role), certificationStateId(e.state)};
        for (const auto& d : e.onboarding.days) {
            std::string cell = std::to_string(d.doneCount()) + "/" + std::to_string(d.items.size());
            row.push_back(d.locked ? cell + " locked" : cell);
        }
        row.push_back(e.onboarding.allDaysComplete());
        row.push_back(score(e.certification.scenarioComponent));
        row.push_back(score(e.certification.writtenComponent));
        row.push_back(score(e.certification.finalScore));
        row.push_back(e.certification.passed);
        row.push_back(textOrNull(e.certifiedOn));
        row.push_back(e.reason);
        t.rows.push_back(std::move(row));
    }
    return t;
}

ReportTable annualReport(const Programs& programs, const std::vector<TraineeHistory>& histories, int year, const CalendarDate& today,
                         int64_t now) {
    ReportTable t;
    t.title = "Annual training " + std::to_string(year) + " (" + programs.annual.id + " " + programs.annual.version + ")";
    t.columns = {"empno",
                 "name",
                 "team",
                 "state",
                 "requirement_applies",
                 "minutes_done",
                 "minutes_required",
                 "minutes_left",
                 "advanced_done",
                 "advanced_required",
                 "owed_from_earlier_minutes",
                 "due_date",
                 "overdue",
                 "year_score",
                 "grade_band",
                 "improvement_plan"};
    for (const auto& h : histories) {
        auto e = evaluateLifecycle(programs, h, today, now);
        AnnualYear y = complianceYear(programs, h, e, year, today);
        YearGrade g = yearGrade(programs.annual, h, year);
        bool owed = annualOwed(e, year);
        t.rows.push_back({h.trainee.empno, h.trainee.name, h.trainee.team, certificationStateId(e.state), owed, y.minutesDone,
                          y.minutesRequired, y.minutesLeft, y.advancedDone, y.advancedRequired, y.debtMinutes(), y.dueDate.toString(),
                          owed && y.overdue, score(g.score), textOrNull(g.band), g.improvementPlan});
    }
    return t;
}

ReportTable cohortReport(const Programs& programs, const std::vector<TraineeHistory>& histories, int year, const CalendarDate& today,
                         int64_t now) {
    struct Team {
        int trainees = 0, inTraining = 0, certified = 0, due = 0, lapsed = 0, onboarded = 0, owed = 0, annualComplete = 0, overdue = 0,
            improvementPlans = 0;
        std::vector<ExactScore> finals;
    };
    std::map<std::string, Team> teams;
    for (const auto& h : histories) {
        auto e = evaluateLifecycle(programs, h, today, now);
        Team& t = teams[h.trainee.team];
        ++t.trainees;
        switch (e.state) {
        case CertificationState::InTraining: ++t.inTraining; break;
        case CertificationState::CertifiedForDuty: ++t.certified; break;
        case CertificationState::Due: ++t.due; break;
        case CertificationState::Lapsed: ++t.lapsed; break;
        }
        if (e.certified) ++t.onboarded;
        if (e.certification.finalScore) t.finals.push_back(*e.certification.finalScore);
        if (annualOwed(e, year)) {
            ++t.owed;
            AnnualYear y = complianceYear(programs, h, e, year, today);
            if (y.complete) ++t.annualComplete;
            if (y.overdue) ++t.overdue;
        }
        if (yearGrade(programs.annual, h, year).improvementPlan) ++t.improvementPlans;
    }
    ReportTable out;
    out.title = "Cohort summary " + std::to_string(year);
    out.columns = {"team",        "trainees",        "in_training",     "certified_for_duty",
                   "due",         "lapsed",          "certified_total", "mean_final_score",
                   "annual_owed", "annual_complete", "annual_overdue",  "improvement_plans"};
    for (const auto& [name, t] : teams) {
        json mean = nullptr;
        if (!t.finals.empty()) {
            double sum = 0;
            for (const auto& f : t.finals) sum += f.value();
            mean = std::floor(sum / static_cast<double>(t.finals.size()) * 10) / 10; // truncated like ExactScore::text()
        }
        out.rows.push_back({name.empty() ? "(no team)" : name, t.trainees, t.inTraining, t.certified, t.due, t.lapsed, t.onboarded, mean,
                            t.owed, t.annualComplete, t.overdue, t.improvementPlans});
    }
    return out;
}

} // namespace frontline
