#pragma once
// The trainer's cohort screen without a window: the cohort (one team or
// everyone) evaluated at one moment, as the funnel, the certification status
// with what blocks each person, the annual compliance and the grades; the
// CSV export of the same tables as `frontline-cli report`; and the manual
// entry of classroom or external training, signed by the trainer.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/Result.h"
#include "programs/Programs.h"
#include "records/RecordStore.h"
#include "reports/CohortOverview.h"
#include "reports/TrainerReport.h"
#include "session/ActivityTitles.h"
#include "session/AppSession.h"
#include "views/home/HomeModel.h"

namespace frontline::gui {

// What one manual hours entry changed, for the line the form shows.
struct HoursReport {
    Trainee trainee;
    int minutes = 0;
    TrainingKind kind = TrainingKind::Annual;
    CertificationState stateBefore = CertificationState::InTraining, stateAfter = CertificationState::InTraining;
};

class CohortModel {
public:
    CohortModel(RecordStore& store, const Programs& programs, const ActivityTitles& titles, std::string language, std::string trainer);

    // Everyone active (team nullopt) or one team, evaluated at now; the annual
    // compliance and grades of year (now's year when unset; not after it).
    Status load(const std::optional<std::string>& team, const EvaluationTime& now, std::optional<int> year = std::nullopt);
    const std::optional<std::string>& team() const { return team_; }
    int year() const { return overview_.year; }
    const std::vector<std::string>& teams() const { return teams_; } // every active person's team, sorted
    const std::vector<Trainee>& people() const { return people_; }   // active trainees and agents of every team, by empno
    const CohortOverview& overview() const { return overview_; }
    // members()[i]'s "still missing" lines, as home shows them to the person.
    const std::vector<MissingItem>& missing(size_t member) const { return missing_[member]; }
    const EvaluationTime& time() const { return time_; }

    // The report as `frontline-cli report KIND --format csv [--team T]` writes it (no byte-order mark).
    std::string csv(ReportKind kind) const;
    // Writes csv(kind) to path; returns the number of rows.
    Result<size_t> exportCsv(ReportKind kind, const std::filesystem::path& path) const;
    // "~/frontline-<report>-<date>.csv", with ~ spelt out from home (the current folder when empty).
    static std::string defaultExportPath(ReportKind kind, const CalendarDate& today, const std::string& home);

    // Records classroom or external training for empno (dateText YYYY-MM-DD,
    // minutes 1-1440, a topic), re-evaluates their certification and reloads.
    Result<HoursReport> addHours(const std::string& empno, const std::string& dateText, int minutes, TrainingKind kind,
                                 const std::string& topic, const EvaluationTime& now);

private:
    RecordStore& store_;
    const Programs& programs_;
    const ActivityTitles& titles_;
    std::string language_;
    std::string trainer_;
    std::optional<std::string> team_;
    EvaluationTime time_;
    std::vector<std::string> teams_;
    std::vector<Trainee> people_;
    std::vector<TraineeHistory> histories_;
    CohortOverview overview_;
    std::vector<std::vector<MissingItem>> missing_;
};

} // namespace frontline::gui
