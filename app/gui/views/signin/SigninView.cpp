#include "views/signin/SigninView.h"

#include <algorithm>

#include "session/AppSession.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/TextInput.h"
#include "ui/Widgets.h"

namespace frontline::gui {

namespace {

constexpr float kCardWidthEm = 34.0f;

} // namespace

SigninView::SigninView(AppSession& session) : lastTrainee_(session.settings().lastTrainee) { load(session); }

void SigninView::load(AppSession& session) {
    auto people = session.store().trainees(TraineeFilter{});
    if (!people) {
        loadError_ = people.error().format();
        return;
    }
    auto pins = session.store().credentialStates();
    if (!pins) {
        loadError_ = pins.error().format();
        return;
    }
    everyone_ = signinEntries(*people, *pins);
    // The person who signed in last comes first.
    std::stable_partition(everyone_.begin(), everyone_.end(), [&](const SigninEntry& e) { return e.empno == lastTrainee_; });
    shown_ = filterSignin(everyone_, query_.data());
}

void SigninView::signedIn(const ViewContext& ctx) { ctx.session.navigate(ctx.session.takeScreenAfterSignin()); }

void SigninView::pick(const ViewContext& ctx, const SigninEntry& e) {
    message_.clear();
    switch (stepFor(e)) {
    case SigninStep::TrainerWithoutPin: message_ = ctx.strings.format("signin.trainer_no_pin", e.empno); return;
    case SigninStep::Locked: message_ = ctx.strings.text("signin.pin_locked"); return;
    case SigninStep::AskPin:
        pinFor_ = e;
        pin_.fill('\0');
        focusPin_ = true;
        return;
    case SigninStep::SignIn: break;
    }
    if (auto s = ctx.session.signIn(e.empno); !s) {
        message_ = ctx.strings.format("signin.failed", s.error().message);
        return;
    }
    signedIn(ctx);
}

void SigninView::submitPin(const ViewContext& ctx) {
    const std::string pin = pin_.data();
    pin_.fill('\0');
    focusPin_ = true;
    if (pin.empty()) return;
    auto s = ctx.session.signIn(pinFor_->empno, pin);
    if (s) {
        signedIn(ctx);
        return;
    }
    const SigninRefusal why = refusalFor(ctx.session.lastPinCheck(), s.error().message);
    message_ = why.arg.empty() ? ctx.strings.text(why.key) : ctx.strings.format(why.key, why.arg);
    if (ctx.session.lastPinCheck() && ctx.session.lastPinCheck()->outcome == PinCheck::Outcome::Locked) {
        load(ctx.session); // the list shows the lock from now on
    }
}

void SigninView::drawMessage(const ViewContext& ctx) {
    if (message_.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(ctx.theme.color("warning")));
    wrappedText(message_);
    ImGui::PopStyleColor();
}

void SigninView::drawRow(const ViewContext& ctx, const SigninEntry& e, int index) {
    const Theme& t = ctx.theme;
    ImGui::PushID(index);
    std::string detail = e.empno;
    if (!e.team.empty()) detail = ctx.strings.format("signin.detail", e.empno, e.team);
    if (e.empno == lastTrainee_) detail = ctx.strings.format("signin.detail_last", detail);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    if (twoLineSelectable("##person", false, e.name, detail, t.color("muted"))) pick(ctx, e);
    if (e.trainer || e.locked) {
        // The lock and its label sit at the right end of the row.
        const std::string label = ctx.strings.text(e.locked ? "signin.locked_badge" : "signin.trainer_badge");
        const Rgba color = t.color(e.locked ? "error" : "warning");
        const float width = chipWidth(label);
        const ImVec2 end = ImGui::GetCursorScreenPos();
        const float rowHeight = ImGui::GetItemRectSize().y;
        const float right = ImGui::GetItemRectMax().x - em(0.6f);
        ImGui::SetCursorScreenPos(ImVec2(right - width - em(1.0f), start.y + (rowHeight - ImGui::GetTextLineHeight()) * 0.5f));
        lockIcon(color);
        ImGui::SameLine(0.0f, em(0.35f));
        chip(label, color, t.color(e.locked ? "error_soft" : "warning_soft"));
        ImGui::SetCursorScreenPos(end);
    }
    ImGui::PopID();
}

void SigninView::drawPinStep(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    headingText(ctx.headingFont, s.format("signin.pin_heading", pinFor_->name));
    coloredText(pinFor_->team.empty() ? pinFor_->empno : s.format("signin.detail", pinFor_->empno, pinFor_->team), t.color("muted"));
    ImGui::Dummy(em(0.0f, 0.4f));
    ImGui::TextUnformatted(s.c("signin.pin_label"));
    if (focusPin_) {
        ImGui::SetKeyboardFocusHere();
        focusPin_ = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter = inputText("##pin", pin_.data(), pin_.size(), ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue,
                                 s.c("signin.pin_hint"));
    if (ImGui::IsItemEdited()) message_.clear();
    drawMessage(ctx);
    ImGui::Dummy(em(0.0f, 0.3f));
    const bool submit = primaryButton(s.c("signin.pin_submit"), t);
    ImGui::SameLine();
    const bool back = ImGui::Button(s.c("signin.pin_back")) || keyPressed(ImGuiKey_Escape);
    if (back) {
        pinFor_.reset();
        pin_.fill('\0');
        message_.clear();
        focusSearch_ = true;
        return;
    }
    if (enter || submit) submitPin(ctx);
}

void SigninView::drawList(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    headingText(ctx.headingFont, s.text("signin.heading"));
    coloredText(s.text("signin.subtitle"), t.color("muted"));
    ImGui::Dummy(em(0.0f, 0.4f));

    if (focusSearch_) {
        ImGui::SetKeyboardFocusHere();
        focusSearch_ = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter = inputText("##search", query_.data(), query_.size(), ImGuiInputTextFlags_EnterReturnsTrue, s.c("signin.search_hint"));
    if (ImGui::IsItemEdited()) {
        shown_ = filterSignin(everyone_, query_.data());
        message_.clear();
    }
    if (enter && shown_.size() == 1) {
        pick(ctx, shown_.front());
        if (pinFor_) return; // the PIN step draws from the next frame
    }

    drawMessage(ctx);
    ImGui::Dummy(em(0.0f, 0.2f));
    if (everyone_.empty()) {
        wrappedText(s.text("signin.nobody"));
    } else if (shown_.empty()) {
        coloredText(s.format("signin.no_match", std::string(query_.data())), t.color("muted"));
    } else {
        sectionTitle(s.count("signin.people", static_cast<long long>(shown_.size())), t);
        ImGui::BeginChild("##people", ImVec2(0.0f, 0.0f), false);
        for (size_t i = 0; i < shown_.size(); ++i) drawRow(ctx, shown_[i], static_cast<int>(i));
        ImGui::EndChild();
    }
}

void SigninView::draw(const ViewContext& ctx) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(em(kCardWidthEm), avail);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    if (!beginCard("##signin", ImVec2(width, 0.0f))) {
        endCard();
        return;
    }
    if (!loadError_.empty()) {
        headingText(ctx.headingFont, ctx.strings.text("signin.heading"));
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(ctx.theme.color("error")));
        wrappedText(ctx.strings.format("signin.load_error", loadError_));
        ImGui::PopStyleColor();
    } else if (pinFor_) {
        drawPinStep(ctx);
    } else {
        drawList(ctx);
    }
    endCard();
}

} // namespace frontline::gui
