#include "views/progress/ProgressModel.h"

#include <algorithm>
#include <map>

#include "certification/AttemptScore.h"

namespace frontline::gui {

namespace {

std::string dayOf(const std::string& timestamp) { return timestamp.substr(0, 10); }

} // namespace

ProgressModel buildProgressModel(const TraineeHistory& h, const LifecycleEvaluation& e, const ActivityTitles& titles,
                                 const std::string& language) {
    ProgressModel m;
    std::vector<const ScenarioAttempt*> attempts;
    for (const auto& a : h.attempts) attempts.push_back(&a);
    std::stable_sort(attempts.begin(), attempts.end(), [](const auto* a, const auto* b) {
        return a->startedAt != b->startedAt ? a->startedAt < b->startedAt : a->id < b->id;
    });
    std::map<int64_t, std::string> attemptTitles;
    for (const auto* a : attempts) {
        AttemptRow row{a->id, dayOf(a->startedAt), titles.scenario(a->scenarioId, language), a->mode, a->status, {}, a->passMark};
        if (a->status != AttemptStatus::InProgress) row.score = countedScore(*a);
        row.rescored = attemptRescored(*a);
        attemptTitles[a->id] = row.title;
        if (a->status == AttemptStatus::Completed && row.score) {
            m.chart.push_back({static_cast<int>(m.attempts.size()), *row.score});
            m.chartPassMark = row.passMark;
        }
        m.attempts.push_back(std::move(row));
    }

    std::map<int64_t, std::string> examTitles;
    for (const auto& a : h.assessments) {
        ExamRow row{dayOf(a.startedAt), titles.exam(a.examId, language), a.status, a.score, a.passed};
        examTitles[a.id] = row.title;
        m.exams.push_back(std::move(row));
    }
    std::stable_sort(m.exams.begin(), m.exams.end(), [](const ExamRow& a, const ExamRow& b) { return a.date < b.date; });

    for (const auto& t : h.training) {
        // Time the app logged carries a machine topic; the activity's title reads better.
        std::string topic = t.topic;
        if (t.attemptId && attemptTitles.count(*t.attemptId)) topic = attemptTitles[*t.attemptId];
        if (t.assessmentId && examTitles.count(*t.assessmentId)) topic = examTitles[*t.assessmentId];
        m.hours.push_back({t.date, t.minutes, t.kind, t.source, topic});
        m.totalMinutes += t.minutes;
    }
    std::stable_sort(m.hours.begin(), m.hours.end(), [](const HoursRow& a, const HoursRow& b) { return a.date > b.date; });

    m.state = e.state;
    m.certified = e.certified;
    m.certifiedOn = e.certifiedOn;
    if (!h.certifications.empty()) m.stateSince = dayOf(h.certifications.back().at);
    return m;
}

} // namespace frontline::gui
