#pragma once
// Home: where the signed-in person stands. The onboarding checklist by day on
// the left; on the right the next recommended activity, the certification
// state with what is missing, and this year's training hours. It paints a
// HomeModel built when the screen opens.
#include <optional>
#include <string>

#include "ui/Widgets.h"
#include "views/View.h"
#include "views/home/HomeModel.h"

namespace frontline::gui {

struct AppData;

class HomeView : public View {
public:
    HomeView(AppSession& session, const AppData& data);
    const char* name() const override { return "home"; }
    const char* titleKey() const override { return "home.title"; }
    void draw(const ViewContext& ctx) override;

private:
    void drawHeader(const ViewContext& ctx);
    void drawChecklist(const ViewContext& ctx);
    void drawDay(const ViewContext& ctx, const HomeDay& day);
    void drawNext(const ViewContext& ctx);
    void drawCertification(const ViewContext& ctx);
    void drawHours(const ViewContext& ctx);

    std::optional<HomeModel> model_;
    std::string error_;
    CardStack cards_;
};

} // namespace frontline::gui
