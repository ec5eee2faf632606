#include "views/debrief/DebriefPanel.h"

#include <algorithm>

#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "views/StatusWords.h"
#include "views/call/Bubbles.h"

namespace frontline::gui {

namespace {

constexpr float kSummaryShare = 0.36f;

// The words that hit a criterion, as typed, joined for one line of feedback.
std::string joinMatched(const std::vector<std::string>& matched) {
    std::string out;
    for (const auto& m : matched) out += (out.empty() ? "" : " / ") + m;
    return out;
}

std::string outcomeText(const StringTable& s, const Debrief& d) {
    if (!d.outcome) return s.text(d.endedByTurnLimit ? "debrief.turn_limit" : "debrief.outcome_none");
    return s.text(std::string("debrief.outcome.") + outcomeId(*d.outcome));
}

Rgba outcomeColor(const Theme& t, const Debrief& d, bool soft) {
    std::string base = !d.outcome ? "warning" : *d.outcome == Outcome::CustomerLost ? "error" : "ok";
    return t.color(soft ? base + "_soft" : base);
}

// A bar filled to value/100 with a tick at the pass mark.
void competencyBar(float width, std::optional<int> value, int passMark, const Theme& t) {
    const float height = em(0.55f);
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float top = p.y + (line - height) * 0.5f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(p.x, top), ImVec2(p.x + width, top + height), toImU32(t.color("faint")), height * 0.5f);
    if (value && *value > 0) {
        const Rgba fill = t.color(*value >= passMark ? "ok" : "warning");
        draw->AddRectFilled(ImVec2(p.x, top), ImVec2(p.x + width * static_cast<float>(std::min(*value, 100)) / 100.0f, top + height),
                            toImU32(fill), height * 0.5f);
    }
    const float tick = p.x + width * static_cast<float>(passMark) / 100.0f;
    draw->AddLine(ImVec2(tick, top - em(0.25f)), ImVec2(tick, top + height + em(0.25f)), toImU32(t.color("muted")), 2.0f);
    ImGui::Dummy(ImVec2(width, line));
}

} // namespace

void drawTurnFeedback(const ViewContext& ctx, const TurnFeedback& f, bool showCustomerLine) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const bool good = f.score >= 70;
    coloredText(s.format("call.turn", f.turn + 1), t.color("muted"));
    ImGui::SameLine(0.0f, em(0.6f));
    chip(s.format("call.turn_score", f.score),
         t.color(good                  ? "ok"
                 : f.forbidden.empty() ? "warning"
                                       : "error"),
         t.color(good                  ? "ok_soft"
                 : f.forbidden.empty() ? "warning_soft"
                                       : "error_soft"));
    if (f.graderScore) {
        ImGui::SameLine(0.0f, em(0.6f));
        coloredText(s.format("call.rescored", *f.graderScore), t.color("accent"));
    }
    if (f.latePenalty > 0) {
        ImGui::SameLine(0.0f, em(0.6f));
        coloredText(s.format("call.late_penalty", f.latePenalty, static_cast<int>(f.latencySeconds + 0.5)), t.color("warning"));
    }
    if (showCustomerLine) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("muted")));
        wrappedText(s.format("call.customer_said", f.customerLine));
        ImGui::PopStyleColor();
    }
    richText(f.highlighted, t);
    for (const auto& c : f.forbidden) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("error")));
        bulletWrapped(s.format(c.critical ? "call.forbidden_critical" : "call.forbidden_item", c.label, joinMatched(c.matched)));
        ImGui::PopStyleColor();
        if (!c.tip.empty()) {
            ImGui::Indent(em(1.2f));
            wrappedText(c.tip);
            ImGui::Unindent(em(1.2f));
        }
    }
    if (f.capped) coloredText(s.text("call.capped"), t.color("error"));
    for (const auto& c : f.hits) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("ok")));
        bulletWrapped(s.format("call.hit_item", c.label, joinMatched(c.matched)));
        ImGui::PopStyleColor();
    }
    for (const auto& c : f.misses) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("warning")));
        bulletWrapped(s.format("call.miss_item", c.label));
        ImGui::PopStyleColor();
        if (!c.tip.empty()) {
            ImGui::Indent(em(1.2f));
            ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("muted")));
            wrappedText(c.tip);
            ImGui::PopStyleColor();
            ImGui::Unindent(em(1.2f));
        }
    }
}

DebriefAction DebriefPanel::draw(const ViewContext& ctx, const Debrief& d, const std::string& scenarioTitle, PlayMode mode) {
    const StringTable& s = ctx.strings;
    const float gap = ImGui::GetStyle().ItemSpacing.x * 1.5f;
    const float total = ImGui::GetContentRegionAvail().x;
    const float side = std::max(em(18.0f), total * kSummaryShare);
    DebriefAction action = DebriefAction::None;

    ImGui::BeginChild("##debrief-side", ImVec2(side, 0.0f), false, ImGuiWindowFlags_NoBackground);
    drawSummary(ctx, d, scenarioTitle, mode);
    ImGui::Dummy(em(0.0f, 0.2f));
    drawCompetencies(ctx, d);
    ImGui::Dummy(em(0.0f, 0.4f));
    if (ImGui::Button(s.c("debrief.try_again"))) action = DebriefAction::TryAgain;
    ImGui::SameLine(0.0f, em(0.6f));
    if (ImGui::Button(s.c("debrief.next"))) action = DebriefAction::Next;
    ImGui::EndChild();

    ImGui::SameLine(0.0f, gap);
    if (beginCard("##debrief-transcript", ImVec2(0.0f, 0.0f))) {
        headingText(ctx.headingFont, s.text("debrief.transcript"));
        for (const auto& f : d.transcript) {
            ImGui::PushID(static_cast<int>(f.turn));
            ImGui::Dummy(em(0.0f, 0.3f));
            drawTurnFeedback(ctx, f, true);
            ImGui::Dummy(em(0.0f, 0.2f));
            ImGui::Separator();
            ImGui::PopID();
        }
        if (!d.closingLine.empty()) {
            ImGui::Dummy(em(0.0f, 0.3f));
            ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(ctx.theme.color("muted")));
            wrappedText(s.format("call.customer_said", d.closingLine));
            ImGui::PopStyleColor();
        }
    }
    endCard();
    return action;
}

void DebriefPanel::drawSummary(const ViewContext& ctx, const Debrief& d, const std::string& scenarioTitle, PlayMode mode) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    if (cards_.begin("##debrief-summary", 0.0f)) {
        coloredText(s.format("debrief.kicker", playModeText(s, mode)), t.color("accent"));
        headingText(ctx.headingFont, scenarioTitle);
        ImGui::Dummy(em(0.0f, 0.2f));
        chip(outcomeText(s, d), outcomeColor(t, d, false), outcomeColor(t, d, true));
        ImGui::SameLine(0.0f, em(0.5f));
        chip(s.text(d.passed ? "debrief.passed" : "debrief.failed"), t.color(d.passed ? "ok" : "error"),
             t.color(d.passed ? "ok_soft" : "error_soft"));
        ImGui::Dummy(em(0.0f, 0.3f));
        if (ctx.headingFont) ImGui::PushFont(ctx.headingFont);
        ImGui::TextUnformatted(s.format("debrief.total_value", d.totalScore).c_str());
        if (ctx.headingFont) ImGui::PopFont();
        ImGui::SameLine(0.0f, em(0.6f));
        ImGui::AlignTextToFramePadding();
        coloredText(s.format("debrief.pass_mark", d.passMark), t.color("muted"));
        if (d.failedByCriticalTurn && d.criticalTurn >= 0) {
            ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("error")));
            wrappedText(s.format("debrief.critical", d.criticalTurn + 1));
            ImGui::PopStyleColor();
        }
        if (!d.summary.empty()) wrappedText(d.summary);
        if (d.creditedMinutes > 0)
            coloredText(s.format("debrief.minutes", d.creditedMinutes, trainingKindText(s, d.trainingKind)), t.color("muted"));
    }
    cards_.end();
}

void DebriefPanel::drawCompetencies(const ViewContext& ctx, const Debrief& d) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    if (cards_.begin("##debrief-competencies", 0.0f)) {
        sectionTitle(s.text("debrief.competencies"), t);
        float labelWidth = 0;
        for (const auto& id : competencyIds()) labelWidth = std::max(labelWidth, ImGui::CalcTextSize(s.c("debrief.competency." + id)).x);
        const float valueWidth = ImGui::CalcTextSize("100").x;
        for (size_t i = 0; i < competencyIds().size(); ++i) {
            const auto& value = d.competencies[i];
            const float x0 = ImGui::GetCursorPosX();
            ImGui::TextUnformatted(s.c("debrief.competency." + competencyIds()[i]));
            ImGui::SameLine(x0 + labelWidth + em(0.8f));
            const float bar = std::max(em(4.0f), ImGui::GetContentRegionAvail().x - valueWidth - em(0.8f));
            competencyBar(bar, value, d.passMark, t);
            ImGui::SameLine(0.0f, em(0.6f));
            coloredText(value ? std::to_string(*value) : s.text("debrief.competency_none"),
                        value && *value >= d.passMark ? t.color("ok") : t.color("muted"));
        }
        coloredText(s.format("debrief.pass_line", d.passMark), t.color("muted"));
    }
    cards_.end();
}

} // namespace frontline::gui
