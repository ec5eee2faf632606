#include "views/home/HomeView.h"

#include <algorithm>

#include "AppData.h"
#include "session/AppSession.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "views/StatusWords.h"
#include "views/call/CallLaunch.h"

namespace frontline::gui {

namespace {

constexpr float kSideWidthShare = 0.38f;

// Opens the exam screen on its introduction (the person presses start).
ExamRequest examRequest(const std::string& examId) {
    ExamRequest r;
    r.examId = examId;
    return r;
}

} // namespace

HomeView::HomeView(AppSession& session, const AppData& data) {
    if (!session.trainee()) return;
    auto record = session.evaluatedRecord();
    if (!record) {
        error_ = record.error().format();
        return;
    }
    model_ = buildHomeModel(record->history.trainee, record->evaluation, session.programs(), data.titles, data.strings.language());
}

void HomeView::draw(const ViewContext& ctx) {
    if (!model_) {
        if (beginCard("##home-error", ImVec2(0.0f, 0.0f))) {
            headingText(ctx.headingFont, ctx.strings.text("home.unavailable"));
            wrappedText(error_);
        }
        endCard();
        return;
    }
    drawHeader(ctx);
    const float gap = ImGui::GetStyle().ItemSpacing.x * 1.5f;
    const float total = ImGui::GetContentRegionAvail().x;
    const float side = std::max(em(18.0f), total * kSideWidthShare);
    ImGui::BeginChild("##home-main", ImVec2(total - side - gap, 0.0f), false, ImGuiWindowFlags_NoBackground);
    drawChecklist(ctx);
    ImGui::EndChild();
    ImGui::SameLine(0.0f, gap);
    ImGui::BeginChild("##home-side", ImVec2(side, 0.0f), false, ImGuiWindowFlags_NoBackground);
    drawNext(ctx);
    drawCertification(ctx);
    drawHours(ctx);
    ImGui::EndChild();
}

void HomeView::drawHeader(const ViewContext& ctx) {
    const HomeModel& m = *model_;
    const StringTable& s = ctx.strings;
    headingText(ctx.headingFont, s.format("home.greeting", m.name));
    const std::string who = m.team.empty() ? m.empno : s.format("signin.detail", m.empno, m.team);
    coloredText(who, ctx.theme.color("muted"));
    ImGui::SameLine(0.0f, em(1.0f));
    chip(stateText(s, m.state), stateColor(ctx.theme, m.state), stateSoftColor(ctx.theme, m.state));
    ImGui::Dummy(em(0.0f, 0.5f));
}

void HomeView::drawChecklist(const ViewContext& ctx) {
    if (!beginCard("##checklist", ImVec2(0.0f, 0.0f))) {
        endCard();
        return;
    }
    headingText(ctx.headingFont, ctx.strings.text("home.checklist"));
    for (const auto& day : model_->days) drawDay(ctx, day);
    endCard();
}

void HomeView::drawDay(const ViewContext& ctx, const HomeDay& day) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    sectionTitle(s.format("home.day", day.number, day.title), t);
    const std::string progress = s.format("home.day_progress", day.done, day.items.size());
    if (day.locked) {
        lockIcon(t.color("muted"));
        ImGui::SameLine(0.0f, em(0.4f));
        coloredText(s.text("home.day_locked"), t.color("muted"));
    } else {
        chip(day.complete ? s.text("home.day_complete") : progress, t.color(day.complete ? "ok" : "accent"),
             t.color(day.complete ? "ok_soft" : "accent_soft"));
    }
    if (ImGui::BeginTable("##items", 3, ImGuiTableFlags_PadOuterX)) {
        ImGui::TableSetupColumn("##state", ImGuiTableColumnFlags_WidthFixed, em(7.5f));
        ImGui::TableSetupColumn("##title", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("##score", ImGuiTableColumnFlags_WidthFixed, em(8.0f));
        for (const auto& item : day.items) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            statusDot(itemColor(t, item.status));
            ImGui::SameLine(0.0f, em(0.4f));
            coloredText(itemStatusText(s, item.status), itemColor(t, item.status));
            ImGui::TableSetColumnIndex(1);
            const std::string kind = s.text(item.isExam ? "home.kind_exam" : "home.kind_scenario");
            coloredText(kind, t.color("muted"));
            ImGui::SameLine(0.0f, em(0.5f));
            if (item.status == ItemStatus::Locked) {
                coloredText(fitText(item.title, ImGui::GetContentRegionAvail().x), t.color("muted"));
            } else if (item.isExam) { // a quiz opens on the exam screen
                ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("accent")));
                const std::string label = fitText(item.title, ImGui::GetContentRegionAvail().x) + "##" + item.id;
                if (ImGui::Selectable(label.c_str(), false)) ctx.session.openExam(examRequest(item.id));
                ImGui::PopStyleColor();
            } else {
                ImGui::TextUnformatted(fitText(item.title, ImGui::GetContentRegionAvail().x).c_str());
            }
            ImGui::TableSetColumnIndex(2);
            const std::string score =
                item.bestScore ? s.format("home.score", *item.bestScore, item.minScore) : s.format("home.score_none", item.minScore);
            coloredText(score, item.bestScore && *item.bestScore >= item.minScore ? t.color("ok") : t.color("muted"));
        }
        ImGui::EndTable();
    }
    ImGui::Dummy(em(0.0f, 0.3f));
}

void HomeView::drawNext(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const NextActivity& n = model_->next;
    if (cards_.begin("##next", 0.0f)) {
        coloredText(s.text("home.next"), t.color("accent"));
        switch (n.kind) {
        case NextActivity::Kind::OnboardingItem:
            headingText(ctx.headingFont, n.title);
            coloredText(s.format(n.isExam ? "home.next_day_exam" : "home.next_day_scenario", n.day), t.color("muted"));
            if (n.isExam && ImGui::Button(s.c("exam.open_from_home"))) ctx.session.openExam(examRequest(n.id));
            break;
        case NextActivity::Kind::CertificationItem:
            headingText(ctx.headingFont, n.title);
            coloredText(s.text(n.isExam ? "home.next_certification_exam" : "home.next_certification_scenario"), t.color("muted"));
            if (n.isExam && ImGui::Button(s.c("exam.open_from_home"))) ctx.session.openExam(examRequest(n.id));
            break;
        case NextActivity::Kind::AnnualTraining:
            headingText(ctx.headingFont, s.text("home.next_annual"));
            coloredText(s.text("home.next_annual_detail"), t.color("muted"));
            break;
        case NextActivity::Kind::None: headingText(ctx.headingFont, s.text("home.next_none")); break;
        }
        // A scenario starts a call right here.
        if (auto call = callForNext(n)) {
            ImGui::Dummy(em(0.0f, 0.2f));
            if (ImGui::Button(s.c(call->mode == PlayMode::Certification ? "call.start_certification" : "call.start_practice"))) {
                ctx.session.requestCall(*call);
                ctx.session.navigate("call");
            }
        }
    }
    cards_.end();
    ImGui::Dummy(em(0.0f, 0.2f));
}

void HomeView::drawCertification(const ViewContext& ctx) {
    const HomeModel& m = *model_;
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    if (cards_.begin("##certification", 0.0f)) {
        sectionTitle(s.text("home.certification"), t);
        statusDot(stateColor(t, m.state));
        ImGui::SameLine(0.0f, em(0.4f));
        ImGui::TextUnformatted(stateText(s, m.state).c_str());
        if (!m.certifiedOn.empty()) coloredText(s.format("home.certified_on", m.certifiedOn), t.color("muted"));
        if (m.finalScore) coloredText(s.format("home.final_score", *m.finalScore, m.passMark), t.color("muted"));
        if (!m.missing.empty()) {
            ImGui::Dummy(em(0.0f, 0.2f));
            coloredText(s.text("home.missing"), t.color("muted"));
            for (const auto& item : m.missing) bulletWrapped(missingText(s, item));
        }
    }
    cards_.end();
    ImGui::Dummy(em(0.0f, 0.2f));
}

void HomeView::drawHours(const ViewContext& ctx) {
    const HomeModel& m = *model_;
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    if (cards_.begin("##hours", 0.0f)) {
        sectionTitle(s.format("home.hours_title", m.year), t);
        ImGui::TextUnformatted(s.format("home.hours_value", hoursText(m.minutesDone), hoursText(m.minutesRequired)).c_str());
        meter(m.hoursFraction(), ImGui::GetContentRegionAvail().x, t.color(m.hoursFraction() >= 1.0f ? "ok" : "accent"), t.color("faint"));
        ImGui::TextUnformatted(s.format("home.advanced_value", m.advancedDone, m.advancedRequired).c_str());
        if (!m.annualApplies) coloredText(s.text("home.hours_not_owed"), t.color("muted"));
    }
    cards_.end();
}

} // namespace frontline::gui
