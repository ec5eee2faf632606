#include "views/editor/TryReplyPanel.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/TextInput.h"
#include "ui/Widgets.h"
#include "views/debrief/DebriefPanel.h"

namespace frontline::gui {

namespace {

std::string criterionLine(const StringTable& s, const CriterionResult& c) {
    if (c.kind == CriterionKind::Required)
        return s.format(c.hit ? "tryreply.crit.met" : "tryreply.crit.missed", c.label, c.earned, c.weight);
    return s.format(c.hit ? (c.critical ? "tryreply.crit.forbidden_critical" : "tryreply.crit.forbidden_hit")
                          : "tryreply.crit.forbidden_clear",
                    c.label);
}

std::string joinTerms(const StringTable& s, const std::vector<std::string>& terms) {
    std::string out;
    for (const auto& term : terms) out += (out.empty() ? "" : s.text("graph.list_separator")) + term;
    return out;
}

} // namespace

void TryReplyPanel::clearReply() { std::fill(reply_.begin(), reply_.end(), '\0'); }

void TryReplyPanel::draw(const ViewContext& ctx, const Scenario& scenario, uint64_t revision, const std::string& nodeId,
                         const LexiconSet& lexicons) {
    if (nodeId != nodeId_ || scenario.id != scenarioId_) {
        nodeId_ = nodeId;
        scenarioId_ = scenario.id;
        clearReply();
        problem_ = TryProblem::None;
        regraded_ = false;
    }
    model_.bind(scenario, nodeId);
    // Edits made during a playtest are checked once it stops.
    if (!model_.playing() && revision != checkedRevision_) {
        checkedRevision_ = revision;
        if (model_.regradeIfChanged(scenario, lexicons)) regraded_ = true;
    }

    // A reply sent shows its turn from the next frame on, and ImGui can scroll
    // only as far as the content of the frame before: keep scrolling for a few frames.
    const bool scroll = scrollFrames_ > 0;
    if (scroll) --scrollFrames_;
    ImGui::PushID("try-reply");
    ImGui::BeginChild("##try-reply", ImVec2(0.0f, 0.0f), false);
    if (model_.playing())
        drawPlaytest(ctx, scenario, lexicons);
    else
        drawTry(ctx, scenario, lexicons);
    if (scroll) ImGui::SetScrollHereY(1.0f);
    ImGui::EndChild();
    ImGui::PopID();
}

bool TryReplyPanel::replyBox(const ViewContext& ctx, const char* id) {
    if (focusReply_) {
        ImGui::SetKeyboardFocusHere();
        focusReply_ = false;
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool ctrlEnter =
        inputTextMultiline(id, reply_.data(), reply_.size(), ImVec2(-FLT_MIN, em(4.2f)), ImGuiInputTextFlags_EnterReturnsTrue);
    if (reply_[0] == '\0' && !ImGui::IsItemActive()) {
        const ImVec2 pad = ImGui::GetStyle().FramePadding;
        ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + pad.x, at.y + pad.y), toImU32(ctx.theme.color("muted")),
                                            ctx.strings.c("tryreply.hint"));
    }
    return ctrlEnter;
}

void TryReplyPanel::drawProblem(const ViewContext& ctx, const Scenario& scenario) {
    const StringTable& s = ctx.strings;
    std::string text;
    switch (problem_) {
    case TryProblem::None: return;
    case TryProblem::NoNode: text = s.text("tryreply.no_node"); break;
    case TryProblem::TerminalNode: text = s.text("tryreply.terminal"); break;
    case TryProblem::NoLexicon: text = s.format("tryreply.no_lexicon", model_.language(scenario)); break;
    case TryProblem::BlankReply: text = s.text("tryreply.blank"); break;
    }
    wrappedText(text, ctx.theme.color("warning"));
}

void TryReplyPanel::drawTry(const ViewContext& ctx, const Scenario& scenario, const LexiconSet& lexicons) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    sectionTitle(s.text("tryreply.title"), t);
    const Node* node = scenario.node(nodeId_);
    if (!node) {
        coloredText(s.text("tryreply.no_node"), t.color("muted"));
        return;
    }
    coloredText(s.format("tryreply.node", node->id), t.color("accent"));
    if (node->type == NodeType::Terminal) {
        wrappedText(s.text("tryreply.terminal"), t.color("muted"));
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("muted")));
    wrappedText(s.format("call.customer_said", model_.customerLine(scenario)));
    if (!scenario.slots.empty()) wrappedText(s.text("tryreply.slots_note"));
    ImGui::PopStyleColor();

    bool gradeNow = replyBox(ctx, "##try-reply-text");
    gradeNow = primaryButton(s.c("tryreply.grade"), t) || gradeNow;
    if (gradeNow) {
        problem_ = model_.grade(scenario, lexicons, reply_.data());
        regraded_ = false;
    }
    ImGui::SameLine(0.0f, em(0.6f));
    if (ImGui::Button(s.c("tryreply.play"))) {
        problem_ = model_.startPlaytest(scenario, lexicons);
        if (problem_ == TryProblem::None) {
            clearReply();
            focusReply_ = true;
        }
    }
    ImGui::SameLine(0.0f, em(0.8f));
    ImGui::AlignTextToFramePadding();
    coloredText(fitText(s.text("tryreply.grade_hint"), ImGui::GetContentRegionAvail().x), t.color("muted"));
    drawProblem(ctx, scenario);

    if (const auto& r = model_.result()) {
        ImGui::Dummy(em(0.0f, 0.2f));
        ImGui::Separator();
        if (regraded_) coloredText(s.text("tryreply.regraded"), t.color("accent"));
        drawResult(ctx, *r, *node);
    }
}

void TryReplyPanel::drawResult(const ViewContext& ctx, const TriedReply& r, const Node& node) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const ReplyGrade& g = r.grade;
    drawTurnFeedback(ctx, r.feedback, false);

    ImGui::Dummy(em(0.0f, 0.2f));
    sectionTitle(s.text("tryreply.details"), t);
    if (beginFactTable("##try-facts")) {
        tableRow(s.text("tryreply.fact.score"), s.format("tryreply.fact.score_value", g.score), t);
        tableRow(s.text("tryreply.fact.raw"), s.format("tryreply.fact.raw_value", g.rawScore), t);
        tableRow(s.text("tryreply.fact.cap"), s.format(g.capped ? "tryreply.fact.cap_applied" : "tryreply.fact.cap_unused", g.forbiddenCap),
                 t);
        tableRow(s.text("tryreply.fact.similarity"),
                 s.format("tryreply.fact.similarity_value", static_cast<int>(std::lround(g.similarity * 100))), t);
        tableRow(s.text("tryreply.fact.missing_terms"), g.missingTerms.empty() ? s.text("tryreply.none") : joinTerms(s, g.missingTerms), t);
        std::string competencies;
        for (size_t i = 0; i < g.competencies.size(); ++i) {
            if (!g.competencies[i]) continue;
            if (!competencies.empty()) competencies += s.text("graph.list_separator");
            competencies +=
                s.format("tryreply.fact.competency_value", s.text("debrief.competency." + competencyIds()[i]), *g.competencies[i]);
        }
        tableRow(s.text("tryreply.fact.competencies"), competencies.empty() ? s.text("tryreply.none") : competencies, t);
        tableRow(s.text("tryreply.fact.grader"), g.graderVersion, t);
        ImGui::EndTable();
    }

    sectionTitle(s.text("tryreply.criteria"), t);
    for (const auto& c : g.criteria) {
        const bool good = c.kind == CriterionKind::Required ? c.hit : !c.hit;
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color(good ? "ok" : c.kind == CriterionKind::Required ? "warning" : "error")));
        bulletWrapped(criterionLine(s, c));
        ImGui::PopStyleColor();
        ImGui::Indent(em(1.2f));
        const std::string source =
            c.concept.empty() ? s.format("tryreply.crit.id", c.id) : s.format("tryreply.crit.concept", c.id, c.concept);
        coloredText(source, t.color("muted"));
        if (!c.matched.empty()) coloredText(s.format("tryreply.crit.matched", joinTerms(s, c.matched)), t.color("muted"));
        ImGui::Unindent(em(1.2f));
    }

    if (r.closestModelAnswer.empty()) {
        sectionTitle(s.text("tryreply.closest_title"), t);
        coloredText(s.text("tryreply.none"), t.color("muted"));
    } else {
        sectionTitle(s.format("tryreply.closest", g.closestModelAnswer + 1, node.modelAnswers.size()), t);
        wrappedText(r.closestModelAnswer);
    }
}

void TryReplyPanel::drawPlaytest(const ViewContext& ctx, const Scenario& scenario, const LexiconSet& lexicons) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const ScenarioRun& run = model_.run();
    sectionTitle(s.text("tryreply.play_title"), t);
    if (ImGui::Button(s.c("tryreply.play_stop"))) {
        model_.stopPlaytest();
        clearReply();
        problem_ = TryProblem::None;
        return;
    }
    const auto& turns = model_.playTurns();
    for (size_t i = 0; i < turns.size(); ++i) {
        const PlaytestTurn& turn = turns[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Dummy(em(0.0f, 0.2f));
        ImGui::Separator();
        coloredText(s.format("tryreply.play_node", turn.feedback.nodeId), t.color("accent"));
        drawTurnFeedback(ctx, turn.feedback, true);
        coloredText(s.format("call.mood_change", turn.feedback.moodBefore, turn.feedback.moodAfter), t.color("muted"));
        if (!turn.closestModelAnswer.empty()) {
            wrappedText(s.format("tryreply.play_model", turn.closestModelAnswer), t.color("muted"));
        }
        coloredText(turn.nextNodeId.empty() ? s.text("tryreply.play_nowhere") : s.format("tryreply.play_next", turn.nextNodeId),
                    t.color("muted"));
        ImGui::PopID();
    }
    ImGui::Dummy(em(0.0f, 0.2f));
    ImGui::Separator();
    if (!run.finished()) {
        coloredText(s.format("tryreply.play_turn", turns.size() + 1, run.currentNode().id, run.mood()), t.color("accent"));
        wrappedText(s.format("call.customer_said", run.customerLine()));
        bool send = replyBox(ctx, "##play-reply-text");
        send = primaryButton(s.c("call.send"), t) || send;
        ImGui::SameLine(0.0f, em(0.8f));
        ImGui::AlignTextToFramePadding();
        coloredText(fitText(s.text("call.send_hint"), ImGui::GetContentRegionAvail().x), t.color("muted"));
        if (send) {
            problem_ = model_.playReply(reply_.data());
            if (problem_ == TryProblem::None) {
                clearReply();
                scrollFrames_ = 3;
            }
            focusReply_ = true;
        }
        if (problem_ == TryProblem::BlankReply) {
            wrappedText(s.text("tryreply.blank"), t.color("warning"));
        }
        return;
    }
    const std::string ending =
        run.endedByTurnLimit() ? s.text("debrief.turn_limit") : s.text(std::string("debrief.outcome.") + outcomeId(run.outcome()));
    headingText(ctx.headingFont, s.format("tryreply.play_ended", ending));
    coloredText(s.format("tryreply.play_total", run.totalScore(), run.scenario().passMark), t.color(run.passed() ? "ok" : "warning"));
    if (!run.closingLine().empty()) wrappedText(s.format("call.customer_said", run.closingLine()));
    if (!run.summary().empty()) {
        wrappedText(run.summary(), t.color("muted"));
    }
    ImGui::Dummy(em(0.0f, 0.2f));
    if (primaryButton(s.c("tryreply.play_again"), t)) {
        problem_ = model_.startPlaytest(scenario, lexicons);
        focusReply_ = true;
    }
}

} // namespace frontline::gui
