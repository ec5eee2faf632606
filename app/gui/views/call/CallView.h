#pragma once
// The call screen: the chat transcript (customer left, agent right), the
// persona card with the mood meter, the policy facts, the reply box with its
// countdown (Ctrl+Enter sends), pause and resume, feedback after each reply in
// practice mode, and the debrief once the call ends. It paints a CallModel
// started from the session's call request (an unfinished call resumes).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "grading/ReplyGrader.h"
#include "session/AppSession.h"
#include "ui/Widgets.h"
#include "views/View.h"
#include "views/call/CallLaunch.h"
#include "views/call/CallModel.h"
#include "views/debrief/DebriefPanel.h"

namespace frontline::gui {

struct AppData;

class CallView : public View {
public:
    // feedbackScreen: the call-feedback screen, which sends a model answer
    // when no reply has been sent yet, so the feedback panel shows.
    CallView(AppSession& session, const AppData& data, bool feedbackScreen);
    const char* name() const override { return feedbackScreen_ ? "call-feedback" : "call"; }
    const char* titleKey() const override { return "call.title"; }
    void draw(const ViewContext& ctx) override;

private:
    enum class Problem { None, NoScenario, CannotStart };
    void start(CallRequest request);
    void send(const ViewContext& ctx);
    void endCall();
    void refreshFeedback();
    void drawHeader(const ViewContext& ctx);
    void drawTranscript(const ViewContext& ctx, float height);
    void drawReplyBox(const ViewContext& ctx);
    void drawPersona(const ViewContext& ctx);
    void drawPolicy(const ViewContext& ctx);
    void drawFeedback(const ViewContext& ctx);
    void drawProblem(const ViewContext& ctx);

    AppSession& session_;
    const AppData& data_;
    bool feedbackScreen_ = false;
    CallRequest request_;
    std::optional<ScenarioChoice> choice_;
    std::unique_ptr<ReplyGrader> grader_;
    std::unique_ptr<CallModel> model_;
    Problem problem_ = Problem::None;
    std::string detail_; // the reason a call could not start or a reply was refused
    std::vector<char> reply_;
    bool focusReply_ = true;
    bool scrollToEnd_ = true;
    size_t selectedTurn_ = 0;
    bool showModelAnswer_ = false;
    bool showFeedbackTab_ = false;
    std::vector<TurnFeedback> feedback_; // per turn while feedback shows
    std::optional<Debrief> debrief_;
    DebriefPanel debriefPanel_;
    CardStack cards_;
};

} // namespace frontline::gui
