#pragma once
// The debrief of the signed-in trainee's latest finished call, rebuilt from
// the training record (the call screen shows the same panel when a call ends).
#include <optional>
#include <string>

#include "views/View.h"
#include "views/call/CallModel.h"
#include "views/debrief/DebriefPanel.h"

namespace frontline::gui {

struct AppData;

class DebriefView : public View {
public:
    DebriefView(AppSession& session, const AppData& data);
    const char* name() const override { return "debrief"; }
    const char* titleKey() const override { return "debrief.title"; }
    void draw(const ViewContext& ctx) override;

private:
    AppSession& session_;
    std::optional<ScenarioAttempt> attempt_;
    std::optional<Debrief> debrief_;
    std::string title_;
    std::string error_;
    DebriefPanel panel_;
};

} // namespace frontline::gui
