#include "views/cohort/CohortView.h"

#include <algorithm>
#include <cstdlib>

#include "AppData.h"
#include "session/AppSession.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/Tables.h"
#include "ui/TextInput.h"
#include "ui/Widgets.h"
#include "views/StatusWords.h"
#include "views/review/ReviewModel.h"

namespace frontline::gui {

namespace {

constexpr float kSideWidthEm = 21.0f;
constexpr int kYearsBack = 6; // the year combo offers this year and the five before it
constexpr ReportKind kReportKinds[] = {ReportKind::Onboarding, ReportKind::Annual, ReportKind::Cohort};
constexpr TrainingKind kTrainingKinds[] = {TrainingKind::Annual, TrainingKind::Advanced, TrainingKind::Onboarding};

std::string teamText(const StringTable& s, const std::string& team) { return team.empty() ? s.text("cohort.no_team") : team; }

std::string standingText(const StringTable& s, CohortStanding standing) {
    return s.text(std::string("cohort.standing.") + cohortStandingId(standing));
}

const char* standingTone(CohortStanding standing) {
    switch (standing) {
    case CohortStanding::Certified: return "ok";
    case CohortStanding::Due: return "warning";
    case CohortStanding::Blocked: return "error";
    case CohortStanding::InTraining: break;
    }
    return "accent";
}

Rgba standingColor(const Theme& t, CohortStanding standing) { return t.color(standingTone(standing)); }

std::string bandText(const AnnualProgram& annual, const std::string& band, const std::string& language) {
    for (const auto& b : annual.bands)
        if (b.id == band) return inLanguage(b.title, language);
    return band;
}

// True, once it has said so, when the team filter leaves nobody to show.
bool saidEmpty(const ViewContext& ctx, bool empty) {
    if (empty) coloredText(ctx.strings.text("cohort.empty"), ctx.theme.color("muted"));
    return empty;
}

std::string personLabel(const Trainee& t) { return t.name + " (" + t.empno + ")"; }

} // namespace

CohortView::CohortView(AppSession& session, const AppData& data) : session_(session) {
    if (!session.trainerSignedIn()) return;
    model_.emplace(session.store(), session.programs(), data.titles, data.strings.language(), session.trainee()->empno);
    load(std::nullopt, std::nullopt);
    const char* home = std::getenv("HOME");
    exportPath_ = CohortModel::defaultExportPath(exportKind_, session.now().today, home ? home : "");
    date_ = session.now().today.toString();
}

void CohortView::load(const std::optional<std::string>& team, std::optional<int> year) {
    if (auto s = model_->load(team, session_.now(), year); !s)
        error_ = s.error().format();
    else
        error_.clear();
}

void CohortView::draw(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    if (!model_) {
        if (beginCard("##cohort-none", ImVec2(0.0f, em(8.0f)))) wrappedText(s.text("review.trainers_only"));
        endCard();
        return;
    }
    const float gap = ImGui::GetStyle().ItemSpacing.x * 1.5f;
    const float side = em(kSideWidthEm);
    ImGui::BeginChild("##cohort-main", ImVec2(ImGui::GetContentRegionAvail().x - side - gap, 0.0f), false, ImGuiWindowFlags_NoBackground);
    if (cards_.begin("##cohort-filter", 0.0f)) drawFilter(ctx);
    cards_.end();
    ImGui::Dummy(em(0.0f, 0.1f));
    if (beginCard("##cohort-tables", ImVec2(0.0f, 0.0f))) {
        if (ImGui::BeginTabBar("##cohort-tabs")) {
            const std::pair<const char*, void (CohortView::*)(const ViewContext&)> tabs[] = {
                {"cohort.tab_funnel", &CohortView::drawFunnel},
                {"cohort.tab_status", &CohortView::drawStatus},
                {"cohort.tab_annual", &CohortView::drawAnnual},
                {"cohort.tab_grades", &CohortView::drawGrades}};
            for (const auto& [key, drawTab] : tabs) {
                const std::string label = s.text(key) + "###" + key;
                if (ImGui::BeginTabItem(label.c_str())) {
                    (this->*drawTab)(ctx);
                    ImGui::EndTabItem();
                }
            }
            ImGui::EndTabBar();
        }
    }
    endCard();
    ImGui::EndChild();
    ImGui::SameLine(0.0f, gap);
    ImGui::BeginChild("##cohort-side", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NoBackground);
    if (cards_.begin("##cohort-export", 0.0f)) drawExport(ctx);
    cards_.end();
    ImGui::Dummy(em(0.0f, 0.1f));
    if (beginCard("##cohort-hours", ImVec2(0.0f, 0.0f))) drawHoursForm(ctx);
    endCard();
    ImGui::EndChild();
}

void CohortView::drawFilter(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const CohortModel& m = *model_;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(s.c("cohort.team"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(10.0f));
    const std::string current = m.team() ? teamText(s, *m.team()) : s.text("cohort.team_all");
    std::optional<std::optional<std::string>> chosen;
    if (ImGui::BeginCombo("##team", current.c_str())) {
        if (ImGui::Selectable(s.c("cohort.team_all"), !m.team())) chosen = std::optional<std::string>{};
        for (const auto& team : m.teams()) {
            ImGui::PushID(team.c_str());
            if (ImGui::Selectable(teamText(s, team).c_str(), m.team() == team)) chosen = team;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine(0.0f, em(1.2f));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(s.c("cohort.year"));
    ImGui::SameLine();
    // The year of the compliance table, the grades and the export; earlier years show who ended short.
    const int thisYear = m.time().today.year;
    std::optional<int> year;
    ImGui::SetNextItemWidth(em(5.5f));
    if (ImGui::BeginCombo("##year", std::to_string(m.year()).c_str())) {
        for (int y = thisYear; y > thisYear - kYearsBack; --y)
            if (ImGui::Selectable(std::to_string(y).c_str(), y == m.year())) year = y;
        ImGui::EndCombo();
    }
    ImGui::SameLine(0.0f, em(1.2f));
    const CohortOverview& o = m.overview();
    ImGui::AlignTextToFramePadding();
    coloredText(s.format("cohort.as_of", m.time().today.toString(), o.members.size()), t.color("muted"));
    if (!error_.empty()) coloredText(error_, t.color("error"));
    ImGui::Dummy(em(0.0f, 0.1f));
    bool first = true;
    for (CohortStanding standing : {CohortStanding::Certified, CohortStanding::Due, CohortStanding::InTraining, CohortStanding::Blocked}) {
        if (!first) ImGui::SameLine(0.0f, em(0.5f));
        first = false;
        chip(s.format("cohort.standing_count", standingText(s, standing), o.count(standing)), standingColor(t, standing),
             t.color(std::string(standingTone(standing)) + "_soft"));
    }
    if (chosen) load(*chosen, m.year());
    if (year) load(m.team(), *year);
}

void CohortView::drawFunnel(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const CohortOverview& o = model_->overview();
    const auto& days = session_.programs().onboarding.days;
    const int total = static_cast<int>(o.members.size());
    ImGui::Dummy(em(0.0f, 0.3f));
    coloredText(s.format("cohort.funnel_intro", total), t.color("muted"));
    ImGui::Dummy(em(0.0f, 0.3f));
    float labelWidth = 0;
    std::vector<std::string> labels;
    for (size_t d = 0; d < days.size(); ++d)
        labels.push_back(s.format("cohort.funnel_day", days[d].number, inLanguage(days[d].title, s.language())));
    labels.push_back(s.text("cohort.funnel_certified"));
    for (const auto& l : labels) labelWidth = std::max(labelWidth, ImGui::CalcTextSize(l.c_str()).x);
    labelWidth = std::min(labelWidth, ImGui::GetContentRegionAvail().x * 0.45f);
    for (size_t i = 0; i < labels.size(); ++i) {
        const int count = i < o.daysFinished.size() ? o.daysFinished[i] : o.certified;
        const float x0 = ImGui::GetCursorPosX();
        ImGui::TextUnformatted(fitText(labels[i], labelWidth).c_str());
        ImGui::SameLine(x0 + labelWidth + em(1.0f));
        const float countWidth = em(5.0f);
        const float bar = std::max(em(4.0f), ImGui::GetContentRegionAvail().x - countWidth - em(1.0f));
        const float fraction = total > 0 ? static_cast<float>(count) / static_cast<float>(total) : 0.0f;
        meter(fraction, bar, t.color(i < o.daysFinished.size() ? "accent" : "ok"), t.color("faint"));
        ImGui::SameLine(0.0f, em(0.8f));
        ImGui::TextUnformatted(s.format("cohort.funnel_count", count, total).c_str());
        ImGui::Dummy(em(0.0f, 0.4f));
    }
}

void CohortView::drawStatus(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const CohortOverview& o = model_->overview();
    if (saidEmpty(ctx, o.members.empty())) return;
    if (!ImGui::BeginTable("##status", 5, kListTableFlags)) return;
    ImGui::TableSetupColumn("##name", ImGuiTableColumnFlags_WidthFixed, em(8.5f));
    ImGui::TableSetupColumn("##team", ImGuiTableColumnFlags_WidthFixed, em(5.5f));
    ImGui::TableSetupColumn("##state", ImGuiTableColumnFlags_WidthFixed, em(7.0f));
    ImGui::TableSetupColumn("##days", ImGuiTableColumnFlags_WidthFixed, em(4.5f));
    ImGui::TableSetupColumn("##missing", ImGuiTableColumnFlags_WidthStretch);
    tableHeaderRow(s, {"cohort.col_person", "cohort.col_team", "cohort.col_state", "cohort.col_days", "cohort.col_missing"});
    const size_t dayCount = session_.programs().onboarding.days.size();
    for (size_t i = 0; i < o.members.size(); ++i) {
        const CohortMember& m = o.members[i];
        ImGui::TableNextRow();
        if (m.standing == CohortStanding::Blocked) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, toImU32(t.color("error_soft")));
        tableCell(0, personLabel(m.trainee));
        tableCell(1, teamText(s, m.trainee.team));
        ImGui::TableSetColumnIndex(2);
        coloredText(m.standing == CohortStanding::Blocked ? standingText(s, m.standing) : stateText(s, m.evaluation.state),
                    standingColor(t, m.standing));
        tableCell(3, s.format("cohort.days_value", m.daysComplete, dayCount));
        ImGui::TableSetColumnIndex(4);
        const auto& missing = model_->missing(i);
        if (missing.empty())
            coloredText(m.evaluation.certifiedOn.empty() ? s.text("cohort.nothing_missing")
                                                         : s.format("home.certified_on", m.evaluation.certifiedOn),
                        t.color("muted"));
        for (const auto& item : missing) wrappedText(missingText(s, item));
    }
    ImGui::EndTable();
}

void CohortView::drawAnnual(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const CohortOverview& o = model_->overview();
    ImGui::Dummy(em(0.0f, 0.2f));
    coloredText(s.format("cohort.annual_intro", o.year, hoursText(session_.programs().annual.requiredMinutes),
                         session_.programs().annual.advancedSessions),
                t.color("muted"));
    if (saidEmpty(ctx, o.members.empty())) return;
    if (!ImGui::BeginTable("##annual", 6, kListTableFlags)) return;
    ImGui::TableSetupColumn("##name", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("##team", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("##hours", ImGuiTableColumnFlags_WidthFixed, em(5.5f));
    ImGui::TableSetupColumn("##advanced", ImGuiTableColumnFlags_WidthFixed, em(4.5f));
    ImGui::TableSetupColumn("##due", ImGuiTableColumnFlags_WidthFixed, em(6.0f));
    ImGui::TableSetupColumn("##status", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    tableHeaderRow(
        s, {"cohort.col_person", "cohort.col_team", "cohort.col_hours", "cohort.col_advanced", "cohort.col_due", "cohort.col_annual"});
    for (const auto& m : o.members) {
        const AnnualYear& y = m.year;
        const bool lapsed = m.evaluation.state == CertificationState::Lapsed;
        ImGui::TableNextRow();
        if (m.overdue || lapsed)
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, toImU32(t.color("error_soft")));
        else if (m.evaluation.state == CertificationState::Due)
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, toImU32(t.color("warning_soft")));
        tableCell(0, personLabel(m.trainee));
        tableCell(1, teamText(s, m.trainee.team));
        tableCell(2, s.format("cohort.hours_value", hoursText(y.minutesDone), hoursText(y.minutesRequired)));
        tableCell(3, s.format("cohort.advanced_value", y.advancedDone, y.advancedRequired));
        tableCell(4, y.dueDate.toString());
        ImGui::TableSetColumnIndex(5);
        const char* key = !m.annualOwed         ? "cohort.annual_not_owed"
                          : m.overdue || lapsed ? "cohort.annual_overdue"
                          : y.complete          ? "cohort.annual_complete"
                          : y.inDueWindow       ? "cohort.annual_due"
                                                : "cohort.annual_open";
        coloredText(s.text(key), t.color(m.overdue || lapsed ? "error" : !m.annualOwed ? "muted" : y.complete ? "ok" : "warning"));
    }
    ImGui::EndTable();
}

void CohortView::drawGrades(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const CohortOverview& o = model_->overview();
    if (saidEmpty(ctx, o.members.empty())) return;
    if (!ImGui::BeginTable("##grades", 5, kListTableFlags)) return;
    ImGui::TableSetupColumn("##name", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("##team", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("##score", ImGuiTableColumnFlags_WidthFixed, em(5.5f));
    ImGui::TableSetupColumn("##band", ImGuiTableColumnFlags_WidthFixed, em(6.0f));
    ImGui::TableSetupColumn("##plan", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    tableHeaderRow(s, {"cohort.col_person", "cohort.col_team", "cohort.col_year_score", "cohort.col_band", "cohort.col_plan"});
    for (const auto& m : o.members) {
        ImGui::TableNextRow();
        if (m.grade.improvementPlan) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, toImU32(t.color("warning_soft")));
        tableCell(0, personLabel(m.trainee));
        tableCell(1, teamText(s, m.trainee.team));
        tableCell(2,
                  m.grade.score ? s.format("cohort.score_value", m.grade.score->text(), m.grade.scoredItems) : s.text("progress.no_score"));
        tableCell(3, m.grade.band.empty() ? s.text("progress.no_score") : bandText(session_.programs().annual, m.grade.band, s.language()));
        ImGui::TableSetColumnIndex(4);
        if (m.grade.improvementPlan)
            coloredText(s.format("cohort.plan_flag", session_.programs().annual.improvementPlanMonths), t.color("error"));
        else
            coloredText(s.text("cohort.plan_none"), t.color("muted"));
    }
    ImGui::EndTable();
}

void CohortView::drawExport(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    sectionTitle(s.text("cohort.export_title"), t);
    auto reportText = [&](ReportKind k) { return s.text(std::string("cohort.report.") + reportKindId(k)); };
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##report", reportText(exportKind_).c_str())) {
        for (ReportKind k : kReportKinds) {
            if (ImGui::Selectable(reportText(k).c_str(), k == exportKind_)) {
                const char* home = std::getenv("HOME");
                if (exportPath_ == CohortModel::defaultExportPath(exportKind_, session_.now().today, home ? home : ""))
                    exportPath_ = CohortModel::defaultExportPath(k, session_.now().today, home ? home : "");
                exportKind_ = k;
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    inputString("##export-path", exportPath_, 0, s.c("cohort.export_path_hint"));
    const bool ready = !trimmedText(exportPath_).empty();
    ImGui::BeginDisabled(!ready);
    if (primaryButton(s.c("cohort.export"), t)) {
        auto rows = model_->exportCsv(exportKind_, trimmedText(exportPath_));
        exportFailed_ = !rows;
        exportMessage_ = rows ? s.format("cohort.exported", *rows, trimmedText(exportPath_)) : rows.error().format();
    }
    ImGui::EndDisabled();
    if (!exportMessage_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color(exportFailed_ ? "error" : "ok")));
        wrappedText(exportMessage_);
        ImGui::PopStyleColor();
    }
}

void CohortView::drawHoursForm(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const auto& people = model_->people();
    sectionTitle(s.text("cohort.hours_title"), t);
    if (saidEmpty(ctx, people.empty())) return;
    person_ = std::min(person_, people.size() - 1);
    const float labelWidth = em(4.0f);
    auto label = [&](const char* key) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(s.c(key));
        ImGui::SameLine(labelWidth + ImGui::GetStyle().WindowPadding.x);
        ImGui::SetNextItemWidth(-FLT_MIN);
    };
    label("cohort.hours_person");
    if (ImGui::BeginCombo("##person", personLabel(people[person_]).c_str())) {
        for (size_t i = 0; i < people.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(personLabel(people[i]).c_str(), i == person_)) person_ = i;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    label("cohort.hours_date");
    inputString("##date", date_, 0, "YYYY-MM-DD");
    label("cohort.hours_minutes");
    if (ImGui::InputInt("##minutes", &minutes_, 15, 60)) minutes_ = std::clamp(minutes_, 1, 24 * 60);
    label("cohort.hours_kind");
    if (ImGui::BeginCombo("##kind", trainingKindText(s, kind_).c_str())) {
        for (TrainingKind k : kTrainingKinds)
            if (ImGui::Selectable(trainingKindText(s, k).c_str(), k == kind_)) kind_ = k;
        ImGui::EndCombo();
    }
    label("cohort.hours_topic");
    inputString("##topic", topic_, 0, s.c("cohort.hours_topic_hint"));
    const bool ready = !trimmedText(topic_).empty() && !trimmedText(date_).empty();
    ImGui::BeginDisabled(!ready);
    if (primaryButton(s.c("cohort.hours_add"), t)) {
        const Trainee who = people[person_];
        auto r = model_->addHours(who.empno, date_, minutes_, kind_, topic_, session_.now());
        hoursFailed_ = !r;
        if (!r) {
            hoursMessage_ = r.error().format();
        } else {
            hoursMessage_ = s.format("cohort.hours_added", hoursText(r->minutes), trainingKindText(s, r->kind), r->trainee.name);
            if (r->stateBefore != r->stateAfter)
                hoursMessage_ += " " + s.format("review.certification_changed", stateText(s, r->stateBefore), stateText(s, r->stateAfter));
            topic_.clear();
        }
    }
    ImGui::EndDisabled();
    if (!hoursMessage_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color(hoursFailed_ ? "error" : "ok")));
        wrappedText(hoursMessage_);
        ImGui::PopStyleColor();
    }
}

} // namespace frontline::gui
