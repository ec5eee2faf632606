#pragma once
// The debrief as painted on the call screen after the call and on the
// debrief screen for a recorded attempt: outcome, total against the pass mark,
// competency bars, the annotated transcript, and "try again" / "next". Also
// the per-turn feedback block the call screen shows after each reply.
#include <string>

#include "ui/Widgets.h"
#include "views/View.h"
#include "views/call/CallModel.h"

namespace frontline::gui {

enum class DebriefAction { None, TryAgain, Next };

// One turn's feedback: score, criteria hit (words marked in the reply), missed
// with the coaching tip, forbidden behaviour in red.
void drawTurnFeedback(const ViewContext& ctx, const TurnFeedback& f, bool showCustomerLine);

class DebriefPanel {
public:
    DebriefAction draw(const ViewContext& ctx, const Debrief& d, const std::string& scenarioTitle, PlayMode mode);

private:
    void drawSummary(const ViewContext& ctx, const Debrief& d, const std::string& scenarioTitle, PlayMode mode);
    void drawCompetencies(const ViewContext& ctx, const Debrief& d);
    CardStack cards_;
};

} // namespace frontline::gui
