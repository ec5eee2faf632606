#include "views/cohort/CohortModel.h"

#include <fstream>

#include "certification/CertificationRefresh.h"
#include "review/ManualTraining.h"
#include "views/review/ReviewModel.h"

namespace frontline::gui {

CohortModel::CohortModel(RecordStore& store, const Programs& programs, const ActivityTitles& titles, std::string language,
                         std::string trainer)
    : store_(store), programs_(programs), titles_(titles), language_(std::move(language)), trainer_(std::move(trainer)) {}

Status CohortModel::load(const std::optional<std::string>& team, const EvaluationTime& now, std::optional<int> year) {
    const int reportYear = year.value_or(now.today.year);
    if (reportYear > now.today.year) return makeError(std::to_string(reportYear) + " has not started");
    auto everyone = store_.trainees(TraineeFilter{});
    if (!everyone) return everyone.error();
    auto histories = store_.histories(reportFilter(team));
    if (!histories) return histories.error();
    team_ = team;
    time_ = now;
    teams_ = teamsOf(*everyone);
    people_.clear();
    for (auto& p : *everyone)
        if (p.role != Role::Trainer) people_.push_back(std::move(p));
    histories_ = std::move(*histories);
    // The reports list trainers too (the export keeps them); the cohort on screen is the people they train.
    std::vector<TraineeHistory> trainees;
    for (const auto& h : histories_)
        if (h.trainee.role != Role::Trainer) trainees.push_back(h);
    overview_ = cohortOverview(programs_, trainees, reportYear, now.today, now.nowSeconds);
    missing_.clear();
    for (const auto& m : overview_.members)
        missing_.push_back(buildHomeModel(m.trainee, m.evaluation, programs_, titles_, language_).missing);
    return Done{};
}

std::string CohortModel::csv(ReportKind kind) const {
    return toCsv(trainerReport(kind, programs_, histories_, overview_.year, time_.today, time_.nowSeconds, team_), false);
}

Result<size_t> CohortModel::exportCsv(ReportKind kind, const std::filesystem::path& path) const {
    const ReportTable table = trainerReport(kind, programs_, histories_, overview_.year, time_.today, time_.nowSeconds, team_);
    const std::string text = toCsv(table, false);
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file) return makeError("cannot write " + path.string());
    file << text;
    file.close();
    if (!file) return makeError("cannot write " + path.string());
    return table.rows.size();
}

std::string CohortModel::defaultExportPath(ReportKind kind, const CalendarDate& today, const std::string& home) {
    const std::string name = std::string("frontline-") + reportKindId(kind) + "-" + today.toString() + ".csv";
    return home.empty() ? name : (std::filesystem::path(home) / name).string();
}

Result<HoursReport> CohortModel::addHours(const std::string& empno, const std::string& dateText, int minutes, TrainingKind kind,
                                          const std::string& topic, const EvaluationTime& now) {
    auto person = store_.trainee(empno);
    if (!person) return person.error();
    auto date = CalendarDate::parse(trimmedText(dateText));
    if (!date) return makeError("'" + dateText + "' is not a date; write it as YYYY-MM-DD");
    auto history = store_.history(empno);
    if (!history) return history.error();
    HoursReport r;
    r.stateBefore = evaluateLifecycle(programs_, *history, now.today, now.nowSeconds).state;
    auto id = addManualTraining(store_, *person, *date, minutes, kind, trimmedText(topic), trainer_, now.today);
    if (!id) return id.error();
    auto refreshed = refreshCertification(store_, programs_, empno, now.today, now.nowSeconds);
    if (!refreshed) return refreshed.error();
    r.trainee = *person;
    r.minutes = minutes;
    r.kind = kind;
    r.stateAfter = refreshed->evaluation.state;
    if (auto s = load(team_, now, overview_.year); !s) return s.error();
    return r;
}

} // namespace frontline::gui
