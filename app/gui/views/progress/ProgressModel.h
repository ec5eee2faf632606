#pragma once
// "My progress": every scenario attempt with its score in the order played
// (for the chart and the list), the written exam attempts, the hours log and
// the certificate status, from one person's training record.
#include <optional>
#include <string>
#include <vector>

#include "certification/CertificationLifecycle.h"
#include "session/ActivityTitles.h"

namespace frontline::gui {

struct AttemptRow {
    int64_t id = 0;
    std::string date; // YYYY-MM-DD it started
    std::string title;
    PlayMode mode = PlayMode::Practice;
    AttemptStatus status = AttemptStatus::InProgress;
    std::optional<int> score; // overrides applied; none while in progress
    int passMark = 0;
    bool rescored = false; // a trainer has re-scored one of its turns
};

struct ExamRow {
    std::string date;
    std::string title;
    AttemptStatus status = AttemptStatus::InProgress;
    std::optional<int> score;
    bool passed = false;
};

struct HoursRow {
    std::string date;
    int minutes = 0;
    TrainingKind kind = TrainingKind::Onboarding;
    TrainingSource source = TrainingSource::App;
    std::string topic; // the scenario or exam title for time the app logged
};

struct ChartPoint {
    int attempt = 0; // index into ProgressModel::attempts
    int score = 0;
};

struct ProgressModel {
    std::vector<AttemptRow> attempts; // oldest first
    std::vector<ChartPoint> chart;    // the scored attempts, oldest first
    int chartPassMark = 0;            // the pass mark of the latest scored attempt
    std::vector<ExamRow> exams;       // oldest first
    std::vector<HoursRow> hours;      // newest first
    int totalMinutes = 0;
    CertificationState state = CertificationState::InTraining;
    bool certified = false;
    std::string certifiedOn;
    std::string stateSince; // date of the last recorded change of state; empty when none
};

ProgressModel buildProgressModel(const TraineeHistory& history, const LifecycleEvaluation& evaluation, const ActivityTitles& titles,
                                 const std::string& language);

} // namespace frontline::gui
