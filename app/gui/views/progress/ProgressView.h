#pragma once
// My progress: scenario scores over time as a chart, the certificate status,
// and tabs with every scenario attempt, written exam and logged hour. It
// paints a ProgressModel built when the screen opens.
#include <optional>
#include <string>

#include "views/View.h"
#include "views/progress/ProgressModel.h"

namespace frontline::gui {

struct AppData;

class ProgressView : public View {
public:
    ProgressView(AppSession& session, const AppData& data);
    const char* name() const override { return "progress"; }
    const char* titleKey() const override { return "progress.title"; }
    void draw(const ViewContext& ctx) override;

private:
    void drawChart(const ViewContext& ctx);
    void drawCertificate(const ViewContext& ctx);
    void drawAttempts(const ViewContext& ctx);
    void drawExams(const ViewContext& ctx);
    void drawHours(const ViewContext& ctx);

    std::optional<ProgressModel> model_;
    std::string error_;
};

} // namespace frontline::gui
