#include "views/debrief/DebriefView.h"

#include "AppData.h"
#include "session/AppSession.h"
#include "ui/Em.h"
#include "ui/Widgets.h"
#include "views/debrief/PastDebrief.h"

namespace frontline::gui {

DebriefView::DebriefView(AppSession& session, const AppData& data) : session_(session) {
    if (!session.trainee()) return;
    auto history = session.store().history(session.trainee()->empno);
    if (!history) {
        error_ = history.error().format();
        return;
    }
    attempt_ = latestCompletedAttempt(*history);
    if (!attempt_) return;
    debrief_ = debriefFromAttempt(*attempt_);
    title_ = data.titles.scenario(attempt_->scenarioId, data.strings.language());
}

void DebriefView::draw(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    if (!debrief_) {
        if (beginCard("##debrief-none", ImVec2(0.0f, em(10.0f)))) {
            headingText(ctx.headingFont, s.text(error_.empty() ? "debrief.none" : "debrief.unavailable"));
            wrappedText(error_.empty() ? s.text("debrief.none_body") : error_);
            ImGui::Dummy(em(0.0f, 0.3f));
            if (ImGui::Button(s.c("call.open_library"))) session_.navigate("library");
        }
        endCard();
        return;
    }
    switch (panel_.draw(ctx, *debrief_, title_, attempt_->mode)) {
    case DebriefAction::TryAgain:
        session_.requestCall(CallRequest{attempt_->packId, attempt_->scenarioId, attempt_->mode, {}});
        session_.navigate("call");
        break;
    case DebriefAction::Next: session_.navigate("home"); break;
    case DebriefAction::None: break;
    }
}

} // namespace frontline::gui
