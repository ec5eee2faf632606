// frontline-cli status --trainee EMPNO: onboarding progress, certification
// state and why, and this year's training hours, for one person.
#include <iostream>

#include "CertificationContext.h"
#include "CliArgs.h"
#include "Commands.h"
#include "RecordsContext.h"
#include "certification/CertificationRefresh.h"
#include "certification/GradeBands.h"
#include "certification/LifecycleJson.h"

namespace frontline::cli {

namespace {

const char* kHelp = R"(usage: frontline-cli status --trainee EMPNO [--json] [--date YYYY-MM-DD] [--db PATH]

Shows where one person stands: each onboarding day's required scenarios and
quizzes (done, in progress, not started, locked), the certification rule's
scores and every reason it has not passed, the certification state
(in-training, certified-for-duty, due, lapsed) with what is still missing,
this year's training minutes against the annual requirement, the year's
grade band, and any written exam whose essays wait for a trainer's grade.

When the state differs from the last one recorded, the change is recorded
with its reason (as every command that changes the records does).
--date evaluates as of the end of that day instead of now.
Exit status: 0 on success, 1 when the trainee or the database cannot be read,
2 on bad usage.
)";

std::string orDash(const std::optional<int>& v) { return v ? std::to_string(*v) : "-"; }
std::string orDash(const std::optional<ExactScore>& v) { return v ? v->text() : "-"; }

std::string hoursText(double h) {
    std::string s = std::to_string(h);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s + " h";
}

void printOnboarding(const LifecycleEvaluation& e, const Programs& p) {
    std::cout << "onboarding (" << p.onboarding.id << " " << p.onboarding.version << "):\n";
    for (const auto& d : e.onboarding.days) {
        std::cout << "  day " << d.number << " " << d.title.zh << " / " << d.title.en << ": " << d.doneCount() << " of " << d.items.size()
                  << " done, " << hoursText(d.plannedHours) << " planned"
                  << (d.locked     ? ", locked"
                      : d.complete ? ", complete"
                                   : "")
                  << "\n";
        for (const auto& i : d.items) {
            std::string label = (i.isExam ? "exam " : "scenario ") + i.id;
            std::cout << "    " << itemStatusId(i.status) << std::string(13 - std::string(itemStatusId(i.status)).size(), ' ') << label
                      << std::string(label.size() < 40 ? 40 - label.size() : 1, ' ') << "best " << orDash(i.bestScore) << ", needs "
                      << i.minScore << "\n";
        }
    }
}

void printCertification(const LifecycleEvaluation& e, const Programs& p) {
    const auto& rule = p.onboarding.certification;
    const auto& c = e.certification;
    std::cout << "certification " << rule.title.zh << " / " << rule.title.en << ":\n"
              << "  final " << orDash(c.finalScore) << " = scenarios " << orDash(c.scenarioComponent) << " x " << rule.scenarioWeight
              << "% + written " << orDash(c.writtenComponent) << " x " << rule.writtenWeight << "%; pass mark " << rule.passMark
              << ", each component at least " << rule.scenarioMinimum << "/" << rule.writtenMinimum << ": "
              << (c.passed     ? "passed"
                  : c.complete ? "failed"
                               : "incomplete")
              << "\n";
    auto item = [&](const CertificationItem& i) {
        std::cout << "  " << i.label() << ": score " << orDash(i.score);
        if (i.scoreAttemptId) std::cout << " (attempt " << *i.scoreAttemptId << ")";
        std::cout << ", " << i.used << " of " << rule.maxAttempts << " attempts used";
        if (!c.passed && !i.nextAllowedAt.empty()) std::cout << ", next from " << i.nextAllowedAt;
        std::cout << "\n";
        for (const auto& a : i.attempts)
            if (!a.counted) std::cout << "    attempt " << a.attemptId << " not counted: " << a.ignoredBecause << "\n";
    };
    for (const auto& s : c.scenarios) item(s);
    item(c.written);
}

void printAnnual(const LifecycleEvaluation& e, const YearGrade& g) {
    const auto& y = e.currentYear;
    std::cout << "annual " << y.year << ": " << y.minutesDone << " of " << y.minutesRequired << " min (" << y.minutesLeft << " left), "
              << y.advancedDone << " of " << y.advancedRequired << " advanced sessions, due " << y.dueDate.toString();
    if (!e.annualApplies) std::cout << " (not owed" << (e.certified ? " until the year after certification" : " while in training") << ")";
    if (y.debtMinutes() > 0 || y.debtAdvanced() > 0)
        std::cout << "; owed from earlier years: " << y.debtMinutes() << " min, " << y.debtAdvanced() << " advanced sessions";
    std::cout << "\n";
    std::cout << "grade " << g.year << ": ";
    if (g.score)
        std::cout << g.score->text() << " from " << g.scoredItems << " scored attempts, " << g.band;
    else
        std::cout << "no scores yet";
    if (g.improvementPlan) std::cout << " (improvement plan: consecutive years in the lowest band)";
    std::cout << "\n";
}

} // namespace

int runStatus(int argc, char** argv) {
    const std::string cmd = "status";
    CliArgs args(cmd, {"trainee", "date", "db"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kHelp, false)) return *stop;
    auto empno = empnoOption(args, "trainee");
    if (!empno) return fail(cmd, empno.error(), kExitUsage);
    auto clock = evaluationClock(args);
    if (!clock) return fail(cmd, clock.error(), kExitUsage);
    auto programs = loadBundledPrograms(argv[0]);
    if (!programs) return fail(cmd, programs.error(), kExitFailed);
    auto store = openRecords(args);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto trainee = findTrainee(**store, *empno);
    if (!trainee) return fail(cmd, trainee.error(), kExitFailed);
    auto refreshed = refreshCertification(**store, *programs, *empno, clock->today, clock->nowSeconds);
    if (!refreshed) return fail(cmd, refreshed.error(), kExitFailed);
    const auto& e = refreshed->evaluation;
    YearGrade grade = yearGrade(programs->annual, refreshed->history, clock->today.year);
    // Written exams recorded without a score: the rules ignore them until a trainer grades the essays.
    std::vector<const AssessmentAttempt*> waiting;
    for (const auto& a : refreshed->history.assessments)
        if (a.status == AttemptStatus::Completed && !a.score) waiting.push_back(&a);

    if (args.flag("json")) {
        nlohmann::json j = lifecycleJson(e, *programs);
        j["trainee"] = traineeJson(*trainee);
        j["date"] = clock->today.toString();
        j["grade"] = {{"year", grade.year},
                      {"score", grade.score ? nlohmann::json(std::stod(grade.score->text())) : nlohmann::json(nullptr)},
                      {"scored_items", grade.scoredItems},
                      {"band", grade.band.empty() ? nlohmann::json(nullptr) : nlohmann::json(grade.band)},
                      {"improvement_plan", grade.improvementPlan}};
        j["recorded_event"] = refreshed->recorded ? nlohmann::json(refreshed->recorded->id) : nlohmann::json(nullptr);
        j["exams_waiting_for_trainer"] = nlohmann::json::array();
        for (const auto* a : waiting)
            j["exams_waiting_for_trainer"].push_back({{"attempt", a->id}, {"exam", a->examId}, {"ended_at", a->endedAt}});
        std::cout << dumpJson(j) << "\n";
        return kExitOk;
    }
    const auto& t = *trainee;
    std::cout << t.empno << " " << t.name << (t.team.empty() ? "" : " · team " + t.team) << " · " << roleId(t.role)
              << (t.active ? "" : " · deactivated") << " · as of " << clock->today.toString() << "\n";
    std::cout << "state: " << certificationStateId(e.state) << ": " << e.reason << "\n";
    if (refreshed->recorded) std::cout << "  (state change recorded as event " << refreshed->recorded->id << ")\n";
    if (!e.missing.empty()) {
        std::cout << "still missing:\n";
        for (const auto& m : e.missing) std::cout << "  - " << m << "\n";
    }
    for (const auto* a : waiting)
        std::cout << "written exam '" << a->examId << "' (attempt " << a->id << ", " << a->endedAt
                  << ") waits for a trainer's grade: see 'frontline-cli exam pending'\n";
    printOnboarding(e, *programs);
    printCertification(e, *programs);
    printAnnual(e, grade);
    return kExitOk;
}

} // namespace frontline::cli
