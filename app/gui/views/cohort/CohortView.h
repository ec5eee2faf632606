#pragma once
// The trainer's cohort screen: a team filter and the cohort at a glance; tabs
// with the onboarding funnel, who is certified, due, in training or blocked
// (and what is missing), the annual compliance table (overdue rows in the
// danger colour) and the grades; beside them the CSV export and the manual
// hours form. It paints a CohortModel and sends the trainer's entries through it.
#include <optional>
#include <string>

#include "ui/Widgets.h"
#include "views/View.h"
#include "views/cohort/CohortModel.h"

namespace frontline::gui {

struct AppData;

class CohortView : public View {
public:
    CohortView(AppSession& session, const AppData& data);
    const char* name() const override { return "cohort"; }
    const char* titleKey() const override { return "cohort.title"; }
    void draw(const ViewContext& ctx) override;

private:
    void load(const std::optional<std::string>& team, std::optional<int> year);
    void drawFilter(const ViewContext& ctx);
    void drawFunnel(const ViewContext& ctx);
    void drawStatus(const ViewContext& ctx);
    void drawAnnual(const ViewContext& ctx);
    void drawGrades(const ViewContext& ctx);
    void drawExport(const ViewContext& ctx);
    void drawHoursForm(const ViewContext& ctx);

    AppSession& session_;
    std::optional<CohortModel> model_;
    std::string error_;
    // Export
    ReportKind exportKind_ = ReportKind::Annual;
    std::string exportPath_;
    std::string exportMessage_;
    bool exportFailed_ = false;
    // Manual hours
    size_t person_ = 0;
    std::string date_;
    int minutes_ = 60;
    TrainingKind kind_ = TrainingKind::Annual;
    std::string topic_;
    std::string hoursMessage_;
    bool hoursFailed_ = false;
    CardStack cards_;
};

} // namespace frontline::gui
