#include "views/signin/SigninView.h"

#include <algorithm>

#include "session/AppSession.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/Widgets.h"

namespace frontline::gui {

namespace {

constexpr float kCardWidthEm = 34.0f;

} // namespace

SigninView::SigninView(AppSession& session) : lastTrainee_(session.settings().lastTrainee) {
    auto people = session.store().trainees(TraineeFilter{});
    if (!people) {
        loadError_ = people.error().format();
        return;
    }
    everyone_ = signinEntries(*people);
    // The person who signed in last comes first.
    std::stable_partition(everyone_.begin(), everyone_.end(), [&](const SigninEntry& e) { return e.empno == lastTrainee_; });
    shown_ = everyone_;
}

void SigninView::pick(const ViewContext& ctx, const SigninEntry& e) {
    if (e.trainer) {
        message_ = ctx.strings.text("signin.trainer_pin_later");
        return;
    }
    if (auto s = ctx.session.signIn(e.empno); !s) {
        message_ = ctx.strings.format("signin.failed", s.error().message);
        return;
    }
    ctx.session.navigate("home");
}

void SigninView::drawRow(const ViewContext& ctx, const SigninEntry& e, int index) {
    const Theme& t = ctx.theme;
    ImGui::PushID(index);
    std::string detail = e.empno;
    if (!e.team.empty()) detail = ctx.strings.format("signin.detail", e.empno, e.team);
    if (e.empno == lastTrainee_) detail = ctx.strings.format("signin.detail_last", detail);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    if (twoLineSelectable("##person", false, e.name, detail, t.color("muted"))) pick(ctx, e);
    if (e.trainer) {
        // The lock and its label sit at the right end of the row.
        const std::string label = ctx.strings.text("signin.trainer_badge");
        const float width = chipWidth(label);
        const ImVec2 end = ImGui::GetCursorScreenPos();
        const float rowHeight = ImGui::GetItemRectSize().y;
        const float right = ImGui::GetItemRectMax().x - em(0.6f);
        ImGui::SetCursorScreenPos(ImVec2(right - width - em(1.0f), start.y + (rowHeight - ImGui::GetTextLineHeight()) * 0.5f));
        lockIcon(t.color("warning"));
        ImGui::SameLine(0.0f, em(0.35f));
        chip(label, t.color("warning"), t.color("warning_soft"));
        ImGui::SetCursorScreenPos(end);
    }
    ImGui::PopID();
}

void SigninView::draw(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(em(kCardWidthEm), avail);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    if (!beginCard("##signin", ImVec2(width, 0.0f))) {
        endCard();
        return;
    }
    headingText(ctx.headingFont, s.text("signin.heading"));
    coloredText(s.text("signin.subtitle"), t.color("muted"));
    ImGui::Dummy(em(0.0f, 0.4f));

    if (!loadError_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("error")));
        wrappedText(s.format("signin.load_error", loadError_));
        ImGui::PopStyleColor();
        endCard();
        return;
    }

    if (focusSearch_) {
        ImGui::SetKeyboardFocusHere();
        focusSearch_ = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter =
        ImGui::InputTextWithHint("##search", s.c("signin.search_hint"), query_.data(), query_.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemEdited()) {
        shown_ = filterSignin(everyone_, query_.data());
        message_.clear();
    }
    if (enter && shown_.size() == 1) pick(ctx, shown_.front());

    if (!message_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("warning")));
        wrappedText(message_);
        ImGui::PopStyleColor();
    }
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
    endCard();
}

} // namespace frontline::gui
