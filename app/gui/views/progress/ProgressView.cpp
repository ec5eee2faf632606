#include "views/progress/ProgressView.h"

#include <algorithm>

#include "AppData.h"
#include "session/AppSession.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/ScoreChart.h"
#include "ui/Tables.h"
#include "ui/Widgets.h"
#include "views/StatusWords.h"

namespace frontline::gui {

namespace {

constexpr float kTopHeightEm = 15.0f;
constexpr float kCertificateShare = 0.32f;

std::string scoreText(const StringTable& s, const std::optional<int>& score) {
    return score ? std::to_string(*score) : s.text("progress.no_score");
}

} // namespace

ProgressView::ProgressView(AppSession& session, const AppData& data) {
    if (!session.trainee()) return;
    auto record = session.evaluatedRecord();
    if (!record) {
        error_ = record.error().format();
        return;
    }
    model_ = buildProgressModel(record->history, record->evaluation, data.titles, data.strings.language());
}

void ProgressView::draw(const ViewContext& ctx) {
    if (!model_) {
        if (beginCard("##progress-error", ImVec2(0.0f, 0.0f))) {
            headingText(ctx.headingFont, ctx.strings.text("progress.unavailable"));
            wrappedText(error_);
        }
        endCard();
        return;
    }
    const float gap = ImGui::GetStyle().ItemSpacing.x * 1.5f;
    const float total = ImGui::GetContentRegionAvail().x;
    const float side = std::max(em(16.0f), total * kCertificateShare);
    if (beginCard("##chart", ImVec2(total - side - gap, em(kTopHeightEm)))) drawChart(ctx);
    endCard();
    ImGui::SameLine(0.0f, gap);
    if (beginCard("##certificate", ImVec2(side, em(kTopHeightEm)))) drawCertificate(ctx);
    endCard();
    ImGui::Dummy(em(0.0f, 0.2f));

    if (!beginCard("##records", ImVec2(0.0f, 0.0f))) {
        endCard();
        return;
    }
    const StringTable& s = ctx.strings;
    const ProgressModel& m = *model_;
    if (ImGui::BeginTabBar("##tabs")) {
        const std::string attempts = s.format("progress.tab_attempts", m.attempts.size()) + "###attempts";
        const std::string exams = s.format("progress.tab_exams", m.exams.size()) + "###exams";
        const std::string hours = s.format("progress.tab_hours", hoursText(m.totalMinutes)) + "###hours";
        if (ImGui::BeginTabItem(attempts.c_str())) {
            drawAttempts(ctx);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(exams.c_str())) {
            drawExams(ctx);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(hours.c_str())) {
            drawHours(ctx);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    endCard();
}

void ProgressView::drawChart(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const ProgressModel& m = *model_;
    sectionTitle(s.text("progress.chart_title"), t);
    if (m.chart.empty()) {
        coloredText(s.text("progress.chart_empty"), t.color("muted"));
        return;
    }
    std::vector<int> scores;
    std::vector<std::string> labels;
    for (const auto& p : m.chart) {
        scores.push_back(p.score);
        labels.push_back(m.attempts[static_cast<size_t>(p.attempt)].date.substr(5)); // MM-DD
    }
    const ScoreChartStyle style{t.color("accent"), t.color("ok"), t.color("error"), t.color("warning"), t.color("faint"), t.color("muted")};
    scoreChart(scores, labels, m.chartPassMark, s.format("progress.pass_line", m.chartPassMark), ImGui::GetContentRegionAvail(), style);
}

void ProgressView::drawCertificate(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const ProgressModel& m = *model_;
    sectionTitle(s.text("progress.certificate"), t);
    chip(stateText(s, m.state), stateColor(t, m.state), stateSoftColor(t, m.state));
    ImGui::Dummy(em(0.0f, 0.2f));
    wrappedText(s.text(m.certified ? "progress.certificate_held" : "progress.certificate_not_yet"));
    if (!m.certifiedOn.empty()) coloredText(s.format("home.certified_on", m.certifiedOn), t.color("muted"));
    if (!m.stateSince.empty()) coloredText(s.format("progress.state_since", m.stateSince), t.color("muted"));
}

void ProgressView::drawAttempts(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const ProgressModel& m = *model_;
    if (m.attempts.empty()) {
        coloredText(s.text("progress.attempts_empty"), ctx.theme.color("muted"));
        return;
    }
    if (!ImGui::BeginTable("##attempts", 5, kListTableFlags)) return;
    ImGui::TableSetupColumn("##date", ImGuiTableColumnFlags_WidthFixed, em(6.5f));
    ImGui::TableSetupColumn("##title", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("##mode", ImGuiTableColumnFlags_WidthFixed, em(6.0f));
    ImGui::TableSetupColumn("##status", ImGuiTableColumnFlags_WidthFixed, em(6.0f));
    ImGui::TableSetupColumn("##score", ImGuiTableColumnFlags_WidthFixed, em(4.0f));
    tableHeaderRow(s, {"progress.col_date", "progress.col_scenario", "progress.col_mode", "progress.col_status", "progress.col_score"});
    // Newest first, as people read a history.
    for (auto it = m.attempts.rbegin(); it != m.attempts.rend(); ++it) {
        ImGui::TableNextRow();
        tableCell(0, it->date);
        tableCell(1, it->title);
        tableCell(2, playModeText(s, it->mode));
        tableCell(3, attemptStatusText(s, it->status));
        ImGui::TableSetColumnIndex(4);
        const bool passed = it->score && *it->score >= it->passMark;
        const std::string score = it->score && it->rescored ? s.format("progress.score_rescored", *it->score) : scoreText(s, it->score);
        coloredText(score, it->score ? ctx.theme.color(passed ? "ok" : "error") : ctx.theme.color("muted"));
        if (it->rescored && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.c("progress.rescored_tip"));
    }
    ImGui::EndTable();
}

void ProgressView::drawExams(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const ProgressModel& m = *model_;
    if (m.exams.empty()) {
        coloredText(s.text("progress.exams_empty"), ctx.theme.color("muted"));
        return;
    }
    if (!ImGui::BeginTable("##exams", 4, kListTableFlags)) return;
    ImGui::TableSetupColumn("##date", ImGuiTableColumnFlags_WidthFixed, em(6.5f));
    ImGui::TableSetupColumn("##title", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("##status", ImGuiTableColumnFlags_WidthFixed, em(6.0f));
    ImGui::TableSetupColumn("##score", ImGuiTableColumnFlags_WidthFixed, em(4.0f));
    tableHeaderRow(s, {"progress.col_date", "progress.col_exam", "progress.col_status", "progress.col_score"});
    for (auto it = m.exams.rbegin(); it != m.exams.rend(); ++it) {
        ImGui::TableNextRow();
        tableCell(0, it->date);
        tableCell(1, it->title);
        tableCell(2, it->status == AttemptStatus::Completed ? s.text(it->passed ? "progress.exam_passed" : "progress.exam_failed")
                                                            : attemptStatusText(s, it->status));
        ImGui::TableSetColumnIndex(3);
        coloredText(scoreText(s, it->score), it->score ? ctx.theme.color(it->passed ? "ok" : "error") : ctx.theme.color("muted"));
    }
    ImGui::EndTable();
}

void ProgressView::drawHours(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const ProgressModel& m = *model_;
    if (m.hours.empty()) {
        coloredText(s.text("progress.hours_empty"), ctx.theme.color("muted"));
        return;
    }
    if (!ImGui::BeginTable("##hours", 4, kListTableFlags)) return;
    ImGui::TableSetupColumn("##date", ImGuiTableColumnFlags_WidthFixed, em(6.5f));
    ImGui::TableSetupColumn("##minutes", ImGuiTableColumnFlags_WidthFixed, em(5.5f));
    ImGui::TableSetupColumn("##kind", ImGuiTableColumnFlags_WidthFixed, em(6.0f));
    ImGui::TableSetupColumn("##topic", ImGuiTableColumnFlags_WidthStretch);
    tableHeaderRow(s, {"progress.col_date", "progress.col_minutes", "progress.col_kind", "progress.col_topic"});
    for (const auto& h : m.hours) {
        ImGui::TableNextRow();
        tableCell(0, h.date);
        tableCell(1, s.format("progress.minutes", h.minutes));
        tableCell(2, trainingKindText(s, h.kind));
        tableCell(3, h.topic);
    }
    ImGui::EndTable();
}

} // namespace frontline::gui
