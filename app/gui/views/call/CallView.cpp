#include "views/call/CallView.h"

#include <algorithm>
#include <cfloat>
#include <cstring>
#include <random>

#include "AppData.h"
#include "grading/KeywordGrader.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/TextInput.h"
#include "views/StatusWords.h"
#include "views/call/Bubbles.h"
#include "views/library/LibraryModel.h"

namespace frontline::gui {

namespace {

constexpr size_t kReplyBytes = 8192;
constexpr float kSideShare = 0.34f;
constexpr float kBubbleShare = 0.78f;

Rgba moodColor(const Theme& t, int mood) {
    const std::string key = moodKey(mood);
    if (key == "mood.furious" || key == "mood.upset") return t.color("mood_low");
    if (key == "mood.neutral") return t.color("mood_mid");
    return t.color("mood_high");
}

Rgba countdownColor(const Theme& t, CountdownLevel level) {
    switch (level) {
    case CountdownLevel::Amber: return t.color("warning");
    case CountdownLevel::Red: return t.color("error");
    case CountdownLevel::Calm: break;
    }
    return t.color("accent");
}

Rgba styleColor(ImGuiCol c) {
    const ImVec4 v = ImGui::GetStyleColorVec4(c);
    return Rgba{v.x, v.y, v.z, v.w};
}

std::vector<ReplySegment> plain(const std::string& text) { return {ReplySegment{text, HighlightKind::Plain}}; }

bool isBlank(const char* s) {
    for (; *s; ++s)
        if (!std::strchr(" \t\r\n", *s)) return false;
    return true;
}

} // namespace

CallView::CallView(AppSession& session, const AppData& data, bool feedbackScreen)
    : session_(session), data_(data), feedbackScreen_(feedbackScreen), reply_(kReplyBytes, '\0') {
    CallRequest request = session.callRequest();
    // Replies in the request are played once; coming back to the screen resumes the call instead.
    CallRequest rest = request;
    rest.replies.clear();
    session.requestCall(rest);
    start(std::move(request));
}

void CallView::start(CallRequest request) {
    model_.reset();
    debrief_.reset();
    feedback_.clear();
    problem_ = Problem::None;
    detail_.clear();
    selectedTurn_ = 0;
    showModelAnswer_ = false;
    scrollToEnd_ = focusReply_ = true;
    std::fill(reply_.begin(), reply_.end(), '\0');

    const auto& trainee = session_.trainee();
    if (!trainee) {
        problem_ = Problem::NoScenario;
        return;
    }
    const std::string& language = data_.strings.language();
    if (request.scenarioId.empty()) {
        // The trainee's next recommended activity, when it is a call.
        if (auto record = session_.evaluatedRecord()) {
            const HomeModel home = buildHomeModel(record->history.trainee, record->evaluation, session_.programs(), data_.titles, language);
            if (auto next = callForNext(home.next)) {
                next->replies = std::move(request.replies);
                request = std::move(*next);
            }
        }
    }
    request_ = request;
    choice_ = findPlayableScenario(data_.packs, request.packId, request.scenarioId, language);
    if (!choice_) {
        problem_ = Problem::NoScenario;
        detail_ = request.scenarioId;
        return;
    }
    const Lexicon* lexicon = data_.lexicons.forLanguage(choice_->pack->language);
    if (!lexicon) {
        problem_ = Problem::CannotStart;
        detail_ = choice_->pack->language;
        return;
    }
    grader_ = std::make_unique<KeywordGrader>(*lexicon);
    CallSetup setup;
    setup.store = &session_.store();
    setup.trainee = *trainee;
    setup.pack = choice_->pack;
    setup.scenario = choice_->scenario;
    setup.grader = grader_.get();
    setup.seed = std::random_device{}();
    setup.mode = request.mode;
    setup.dataRoot = data_.root;
    auto model = CallModel::start(setup);
    if (!model) {
        problem_ = Problem::CannotStart;
        detail_ = model.error().message;
        return;
    }
    model_ = std::move(model.value());
    for (const auto& reply : request.replies) {
        if (model_->callEnded()) break;
        if (auto s = model_->submit(reply); !s) {
            detail_ = s.error().message;
            break;
        }
    }
    if (feedbackScreen_ && model_->turnCount() == 0 && !model_->callEnded()) {
        const std::string answer = model_->firstModelAnswerHere();
        if (!answer.empty()) (void)model_->submit(answer);
    }
    refreshFeedback();
    if (model_->turnCount() > 0) selectedTurn_ = model_->turnCount() - 1;
    showFeedbackTab_ = model_->turnCount() > 0;
    // Replies played for a screenshot stop before the end unless they reach it.
    if (model_->callEnded() && !feedbackScreen_) endCall();
}

void CallView::refreshFeedback() {
    feedback_.clear();
    if (!model_) return;
    for (size_t i = 0; i < model_->turnCount(); ++i) {
        if (auto f = model_->feedback(i)) feedback_.push_back(std::move(*f));
    }
}

void CallView::endCall() {
    auto d = model_->finish();
    if (!d) {
        detail_ = d.error().message;
        return;
    }
    debrief_ = std::move(d.value());
}

void CallView::send(const ViewContext& ctx) {
    if (!model_ || model_->callEnded() || model_->paused()) return;
    if (isBlank(reply_.data())) {
        detail_ = ctx.strings.text("call.empty_reply");
        focusReply_ = true;
        return;
    }
    auto index = model_->submit(reply_.data());
    focusReply_ = true;
    if (!index) {
        detail_ = ctx.strings.format("call.submit_failed", index.error().message);
        return;
    }
    detail_.clear();
    std::fill(reply_.begin(), reply_.end(), '\0');
    selectedTurn_ = *index;
    showFeedbackTab_ = true;
    showModelAnswer_ = false;
    scrollToEnd_ = true;
    refreshFeedback();
    if (model_->callEnded()) endCall();
}

void CallView::draw(const ViewContext& ctx) {
    if (!model_) {
        drawProblem(ctx);
        return;
    }
    const std::string title = choice_->scenario->title;
    if (debrief_) {
        switch (debriefPanel_.draw(ctx, *debrief_, title, model_->mode())) {
        case DebriefAction::TryAgain: {
            CallRequest again = request_;
            again.replies.clear();
            start(again);
            break;
        }
        case DebriefAction::Next: session_.navigate("home"); break;
        case DebriefAction::None: break;
        }
        return;
    }
    drawHeader(ctx);
    const float gap = ImGui::GetStyle().ItemSpacing.x * 1.5f;
    const float total = ImGui::GetContentRegionAvail().x;
    const float side = std::max(em(17.0f), total * kSideShare);

    ImGui::BeginChild("##call-main", ImVec2(total - side - gap, 0.0f), false, ImGuiWindowFlags_NoBackground);
    const float replyHeight = em(10.6f);
    drawTranscript(ctx, std::max(em(6.0f), ImGui::GetContentRegionAvail().y - replyHeight - ImGui::GetStyle().ItemSpacing.y));
    drawReplyBox(ctx);
    ImGui::EndChild();

    ImGui::SameLine(0.0f, gap);
    ImGui::BeginChild("##call-side", ImVec2(side, 0.0f), false, ImGuiWindowFlags_NoBackground);
    drawPersona(ctx);
    // Policy and feedback share one card as tabs; a sent or picked reply brings its feedback forward.
    if (beginCard("##call-tabs", ImVec2(0.0f, 0.0f))) {
        if (ImGui::BeginTabBar("##call-tabbar")) {
            const ImGuiTabItemFlags feedbackFlags = showFeedbackTab_ ? ImGuiTabItemFlags_SetSelected : 0;
            if (ImGui::BeginTabItem(ctx.strings.c("call.policy"))) {
                drawPolicy(ctx);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem(ctx.strings.c("call.feedback"), nullptr, feedbackFlags)) {
                drawFeedback(ctx);
                ImGui::EndTabItem();
            }
            showFeedbackTab_ = false;
            ImGui::EndTabBar();
        }
    }
    endCard();
    ImGui::EndChild();
}

void CallView::drawHeader(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    headingText(ctx.headingFont, choice_->scenario->title);
    const bool practice = model_->mode() == PlayMode::Practice;
    chip(playModeText(s, model_->mode()), t.color(practice ? "accent" : "warning"), t.color(practice ? "accent_soft" : "warning_soft"));
    ImGui::SameLine(0.0f, em(0.8f));
    coloredText(s.text(practice ? "call.practice_note" : "call.certification_note"), t.color("muted"));
    if (model_->resumed()) {
        ImGui::SameLine(0.0f, em(0.8f));
        coloredText(s.text("call.resumed"), t.color("accent"));
    }
    ImGui::Dummy(em(0.0f, 0.2f));
}

void CallView::drawTranscript(const ViewContext& ctx, float height) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    if (beginCard("##call-transcript", ImVec2(0.0f, height))) {
        BubbleStyle customer{false, styleColor(ImGuiCol_FrameBg), styleColor(ImGuiCol_Border), false};
        const std::string& customerName = s.format("call.customer_label", model_->personaName());
        const std::string& you = s.text("call.you");
        const auto entries = model_->transcript();
        for (size_t i = 0; i < entries.size(); ++i) {
            const TranscriptEntry& e = entries[i];
            ImGui::PushID(static_cast<int>(i));
            chatBubble("##c", customerName, plain(e.customerLine), customer, t, kBubbleShare);
            ImGui::Dummy(em(0.0f, 0.2f));
            BubbleStyle agent{true, t.color("accent_soft"), t.color("accent_soft"), !feedback_.empty() && selectedTurn_ == i};
            const bool marked = i < feedback_.size();
            std::string label = you;
            if (e.score) label = s.format("call.you_scored", *e.score);
            if (chatBubble("##a", label, marked ? feedback_[i].highlighted : plain(e.reply), agent, t, kBubbleShare)) {
                selectedTurn_ = i;
                showFeedbackTab_ = true;
                showModelAnswer_ = false;
            }
            ImGui::Dummy(em(0.0f, 0.35f));
            ImGui::PopID();
        }
        if (!model_->callEnded()) chatBubble("##now", customerName, plain(model_->customerLine()), customer, t, kBubbleShare);
        if (scrollToEnd_) {
            ImGui::SetScrollHereY(1.0f);
            scrollToEnd_ = false;
        }
    }
    endCard();
}

void CallView::drawReplyBox(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    if (beginCard("##call-reply", ImVec2(0.0f, 0.0f))) {
        const bool paused = model_->paused();
        const double remaining = model_->remainingSeconds();
        const CountdownLevel level = model_->countdown();
        const Rgba ink = paused ? t.color("muted") : countdownColor(t, level);
        const std::string clock = paused ? s.text("call.paused") : s.format("call.countdown", static_cast<int>(remaining + 0.999));
        coloredText(clock, ink);
        ImGui::SameLine(0.0f, em(0.8f));
        const float limit = static_cast<float>(std::max(1.0, model_->timeLimit()));
        meter(static_cast<float>(remaining) / limit, ImGui::GetContentRegionAvail().x, ink, t.color("faint"));

        if (focusReply_ && !paused) {
            ImGui::SetKeyboardFocusHere();
            focusReply_ = false;
        }
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue | (paused ? ImGuiInputTextFlags_ReadOnly : 0);
        const bool ctrlEnter = inputTextMultiline("##reply", reply_.data(), reply_.size(), ImVec2(-FLT_MIN, em(4.6f)), flags);
        if (reply_[0] == '\0' && !ImGui::IsItemActive()) {
            const ImVec2 pad = ImGui::GetStyle().FramePadding;
            ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + pad.x, at.y + pad.y), toImU32(t.color("muted")), s.c("call.reply_hint"));
        }
        if (ctrlEnter) send(ctx);

        ImGui::BeginDisabled(paused);
        if (ImGui::Button(s.c("call.send"))) send(ctx);
        ImGui::EndDisabled();
        ImGui::SameLine(0.0f, em(0.6f));
        if (ImGui::Button(s.c(paused ? "call.resume" : "call.pause"))) {
            if (paused) {
                model_->resume();
                focusReply_ = true;
            } else {
                model_->pause();
            }
        }
        ImGui::SameLine(0.0f, em(0.8f));
        ImGui::AlignTextToFramePadding();
        if (!detail_.empty())
            coloredText(fitText(detail_, ImGui::GetContentRegionAvail().x), t.color("warning"));
        else
            coloredText(fitText(s.text("call.send_hint"), ImGui::GetContentRegionAvail().x), t.color("muted"));
    }
    endCard();
}

void CallView::drawPersona(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    if (cards_.begin("##call-persona", 0.0f)) {
        coloredText(s.text("call.persona"), t.color("muted"));
        headingText(ctx.headingFont, model_->personaName());
        wrappedText(model_->situation());
        ImGui::Dummy(em(0.0f, 0.2f));
        const int mood = model_->mood();
        coloredText(s.text("call.mood"), t.color("muted"));
        ImGui::SameLine(0.0f, em(0.6f));
        const std::string value = s.format("call.mood_value", mood, s.text(moodKey(mood)));
        const float valueWidth = ImGui::CalcTextSize(value.c_str()).x;
        meter(static_cast<float>(mood) / 100.0f, std::max(em(3.0f), ImGui::GetContentRegionAvail().x - valueWidth - em(0.6f)),
              moodColor(t, mood), t.color("faint"));
        ImGui::SameLine(0.0f, em(0.6f));
        ImGui::TextUnformatted(value.c_str());
        const int delta = mood - model_->startingMood();
        if (delta != 0) coloredText(s.format(delta > 0 ? "call.mood_up" : "call.mood_down", std::abs(delta)), moodColor(t, mood));
    }
    cards_.end();
    ImGui::Dummy(em(0.0f, 0.1f));
}

void CallView::drawPolicy(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    ImGui::BeginChild("##call-policy", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NoBackground);
    const auto facts = model_->policy();
    if (facts.empty()) coloredText(s.text("call.policy_none"), t.color("muted"));
    for (const auto& f : facts) bulletWrapped(f.text);
    ImGui::EndChild();
}

void CallView::drawFeedback(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    ImGui::BeginChild("##call-feedback", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NoBackground);
    {
        if (!model_->feedbackVisible()) {
            wrappedText(s.text("call.feedback_hidden"));
        } else if (feedback_.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("muted")));
            wrappedText(s.text("call.feedback_empty"));
            ImGui::PopStyleColor();
        } else {
            const TurnFeedback& f = feedback_[std::min(selectedTurn_, feedback_.size() - 1)];
            drawTurnFeedback(ctx, f, false);
            coloredText(s.format("call.mood_change", f.moodBefore, f.moodAfter), t.color("muted"));
            ImGui::Dummy(em(0.0f, 0.2f));
            if (ImGui::Button(s.c(showModelAnswer_ ? "call.hide_model" : "call.show_model"))) showModelAnswer_ = !showModelAnswer_;
            if (showModelAnswer_) {
                if (auto answer = model_->closestModelAnswer(f.turn)) {
                    sectionTitle(s.text("call.model_answer"), t);
                    wrappedText(*answer);
                }
            }
        }
    }
    ImGui::EndChild();
}

void CallView::drawProblem(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    if (beginCard("##call-problem", ImVec2(0.0f, em(12.0f)))) {
        const bool none = problem_ == Problem::NoScenario;
        headingText(ctx.headingFont, s.text(none ? "call.no_scenario" : "call.unavailable"));
        wrappedText(none ? s.text("call.no_scenario_body") : detail_);
        ImGui::Dummy(em(0.0f, 0.3f));
        if (ImGui::Button(s.c("call.open_library"))) session_.navigate("library");
        ImGui::SameLine(0.0f, em(0.6f));
        if (ImGui::Button(s.c("debrief.next"))) session_.navigate("home");
    }
    endCard();
}

} // namespace frontline::gui
