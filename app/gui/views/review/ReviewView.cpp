#include "views/review/ReviewView.h"

#include <algorithm>
#include <cstdio>

#include "AppData.h"
#include "assessments/ExamScoring.h"
#include "certification/AttemptScore.h"
#include "session/AppSession.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/Tables.h"
#include "ui/TextInput.h"
#include "views/StatusWords.h"
#include "views/debrief/DebriefPanel.h"

namespace frontline::gui {

namespace {

constexpr float kQueueShare = 0.40f;

// "03-02" of "2026-03-02" or of a timestamp.
std::string monthDay(const std::string& date) { return date.size() >= 10 ? date.substr(5, 5) : date; }
// "2026-03-02 09:30" of a UTC timestamp.
std::string minuteOf(const std::string& timestamp) {
    return timestamp.size() >= 16 ? timestamp.substr(0, 10) + " " + timestamp.substr(11, 5) : timestamp;
}

constexpr std::pair<unsigned, const char*> kReasonWords[] = {{kReviewFailedCertification, "review.why_failed_certification"},
                                                             {kReviewLowTurn, "review.why_low_turn"},
                                                             {kReviewQaSample, "review.why_sample"},
                                                             {kReviewOverridden, "review.why_overridden"}};

std::string reasonsText(const StringTable& s, unsigned reasons) {
    std::string out;
    for (const auto& [bit, key] : kReasonWords)
        if (reasons & bit) out += (out.empty() ? "" : s.text("review.why_separator")) + s.text(key);
    return out;
}

// What a trainer's write did to the trainee's certification, after the line saying what was written.
std::string certificationText(const StringTable& s, CertificationState before, CertificationState after) {
    return before != after ? s.format("review.certification_changed", stateText(s, before), stateText(s, after))
                           : s.format("review.certification_same", stateText(s, after));
}

std::string totalText(const StringTable& s, const ReviewItem& item) {
    if (!item.total) return s.text("progress.no_score");
    return item.overridden ? s.format("review.score_overridden", *item.total) : std::to_string(*item.total);
}

} // namespace

ReviewView::ReviewView(AppSession& session, const AppData& data) : session_(session) {
    if (!session.trainerSignedIn()) return;
    model_.emplace(session.store(), session.programs(), data.titles, data.strings.language(), session.trainee()->empno);
    loadWeek(isoWeekOf(session.now().today));
    if (auto requested = session.takeReviewRequest()) {
        select(*requested);
        focusScore_ = true;
    } else if (!model_->queue().exams.empty()) {
        selectExam(model_->queue().exams.front().attempt.id); // the queue's first row
    } else if (!model_->queue().items.empty()) {
        select(model_->queue().items.front().attempt.id);
    }
}

void ReviewView::loadWeek(const IsoWeek& week) {
    if (auto s = model_->loadWeek(week, ratePercent_ / 100.0); !s) error_ = s.error().format();
}

void ReviewView::select(int64_t attemptId) {
    if (auto s = model_->select(attemptId); !s) {
        error_ = s.error().format();
        return;
    }
    error_.clear();
    formTurn_ = model_->suggestedTurn();
    const auto& turns = model_->selection()->turns;
    std::snprintf(scoreText_, sizeof scoreText_, "%d", turns.empty() ? 0 : turns[static_cast<size_t>(formTurn_)].feedback.score);
    reason_.clear();
    overrideMessage_.clear();
    noteMessage_.clear();
    markNote_.clear();
    markMessage_.clear();
    gradeMessage_.clear();
}

void ReviewView::selectExam(int64_t assessmentId) {
    if (auto s = model_->selectExam(assessmentId); !s) {
        error_ = s.error().format();
        return;
    }
    error_.clear();
    gradePoints_.clear();
    for (const auto& q : model_->examSelection()->questions) gradePoints_[q.questionId] = "";
    gradeComment_.clear();
    gradeMessage_.clear();
}

void ReviewView::draw(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    if (!model_) {
        if (beginCard("##review-none", ImVec2(0.0f, em(8.0f)))) wrappedText(s.text("review.trainers_only"));
        endCard();
        return;
    }
    const float gap = ImGui::GetStyle().ItemSpacing.x * 1.5f;
    const float total = ImGui::GetContentRegionAvail().x;
    const float left = std::max(em(20.0f), total * kQueueShare);
    if (beginCard("##review-queue", ImVec2(left, 0.0f))) drawQueue(ctx);
    endCard();
    ImGui::SameLine(0.0f, gap);

    ImGui::BeginChild("##review-detail", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NoBackground);
    if (!error_.empty()) coloredText(error_, ctx.theme.color("error"));
    if (!gradeMessage_.empty() && !model_->examSelection()) coloredText(gradeMessage_, ctx.theme.color(gradeFailed_ ? "error" : "ok"));
    if (model_->examSelection()) {
        if (beginCard("##review-exam", ImVec2(0.0f, 0.0f))) drawExamGrading(ctx);
        endCard();
    } else if (!model_->selection()) {
        if (beginCard("##review-empty", ImVec2(0.0f, em(8.0f)))) {
            headingText(ctx.headingFont, s.text("review.none_selected"));
            wrappedText(s.text("review.none_selected_body"));
        }
        endCard();
    } else {
        if (cards_.begin("##review-summary", 0.0f)) {
            drawSummary(ctx);
            ImGui::Dummy(em(0.0f, 0.2f));
            ImGui::Separator();
            drawReviewMark(ctx);
            ImGui::Separator();
            drawOverrideForm(ctx);
        }
        cards_.end();
        ImGui::Dummy(em(0.0f, 0.2f));
        if (beginCard("##review-tabs", ImVec2(0.0f, 0.0f))) {
            if (ImGui::BeginTabBar("##review-tab-bar")) {
                const std::string transcript = s.text("review.tab_transcript") + "###transcript";
                const std::string notes = s.format("review.tab_notes", model_->selection()->notes.size()) + "###notes";
                if (ImGui::BeginTabItem(transcript.c_str())) {
                    drawTranscript(ctx);
                    ImGui::EndTabItem();
                }
                if (ImGui::BeginTabItem(notes.c_str())) {
                    drawNotes(ctx);
                    ImGui::EndTabItem();
                }
                ImGui::EndTabBar();
            }
        }
        endCard();
    }
    ImGui::EndChild();
}

void ReviewView::drawWeekControls(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const IsoWeek& week = model_->week();
    if (ImGui::ArrowButton("##previous-week", ImGuiDir_Left)) loadWeek(isoWeekOf(week.monday.plusDays(-7)));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(
        s.format("review.week", week.id(), monthDay(week.monday.toString()), monthDay(week.nextMonday().plusDays(-1).toString())).c_str());
    ImGui::SameLine();
    const bool current = week.monday >= isoWeekOf(session_.now().today).monday;
    ImGui::BeginDisabled(current);
    if (ImGui::ArrowButton("##next-week", ImGuiDir_Right)) loadWeek(isoWeekOf(week.nextMonday()));
    ImGui::EndDisabled();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(s.c("review.rate"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(6.0f));
    if (ImGui::InputInt("##rate", &ratePercent_, 5, 10)) {
        ratePercent_ = std::clamp(ratePercent_, 1, 100);
        loadWeek(week);
    }
    ImGui::SameLine();
    ImGui::TextUnformatted("%");
    ImGui::SameLine(0.0f, em(1.0f));
    const ReviewQueue& q = model_->queue();
    coloredText(s.format("review.queue_summary", q.sampled(), q.sample.ended.size(), q.items.size()), ctx.theme.color("muted"));
}

void ReviewView::drawQueue(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    headingText(ctx.headingFont, s.text("review.queue_title"));
    drawWeekControls(ctx);
    const ReviewQueue& q = model_->queue();
    ImGui::Checkbox(s.c("review.show_reviewed"), &showReviewed_);
    ImGui::SameLine(0.0f, em(1.0f));
    coloredText(s.format("review.reviewed_count", model_->reviewedCount(), q.items.size()), t.color("muted"));
    ImGui::Dummy(em(0.0f, 0.2f));
    const std::vector<const ReviewItem*> items = model_->visibleItems(showReviewed_);
    if (items.empty() && q.exams.empty()) {
        coloredText(s.text(q.items.empty() ? "review.queue_empty" : "review.queue_all_reviewed"), t.color("muted"));
        return;
    }
    if (!ImGui::BeginTable("##queue", 4, kListTableFlags)) return;
    ImGui::TableSetupColumn("##trainee", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("##scenario", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("##score", ImGuiTableColumnFlags_WidthFixed, em(3.5f));
    ImGui::TableSetupColumn("##why", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    tableHeaderRow(s, {"review.col_trainee", "review.col_scenario", "review.col_score", "review.col_why"});
    const int64_t selected = model_->selection() ? model_->selection()->item.attempt.id : -1;
    const int64_t selectedExam = model_->examSelection() ? model_->examSelection()->attempt.id : -1;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    std::optional<int64_t> clicked, clickedExam;
    // Two lines a row: who (name, employee number), what (title, mode and day), score, why.
    auto twoLines = [&](const std::string& first, const std::string& second) {
        const float width = ImGui::GetContentRegionAvail().x;
        ImGui::TextUnformatted(fitText(first, width).c_str());
        coloredText(fitText(second, width), t.color("muted"));
    };
    // Written exams waiting for a trainer first: the trainee's result waits on them.
    for (const auto& exam : q.exams) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(("exam" + std::to_string(exam.attempt.id)).c_str());
        const ImVec2 start = ImGui::GetCursorPos();
        if (ImGui::Selectable("##row", exam.attempt.id == selectedExam,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                              ImVec2(0.0f, 2 * line - ImGui::GetStyle().ItemSpacing.y)))
            clickedExam = exam.attempt.id;
        ImGui::SetCursorPos(start);
        twoLines(exam.trainee.name, exam.trainee.empno);
        ImGui::PopID();
        ImGui::TableSetColumnIndex(1);
        twoLines(model_->examTitle(exam.attempt.examId), monthDay(exam.attempt.endedAt) + " · " + s.text("review.written_exam"));
        ImGui::TableSetColumnIndex(2);
        coloredText(s.text("progress.no_score"), t.color("muted"));
        ImGui::TableSetColumnIndex(3);
        const float width = ImGui::GetContentRegionAvail().x;
        coloredText(fitText(s.text("review.why_essay_waiting"), width), t.color("warning"));
        coloredText(fitText(s.format("review.essays_count", exam.questions.size()), width), t.color("muted"));
    }
    for (const ReviewItem* row : items) {
        const ReviewItem& item = *row;
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(static_cast<int>(item.attempt.id));
        const ImVec2 start = ImGui::GetCursorPos();
        if (ImGui::Selectable("##row", item.attempt.id == selected,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                              ImVec2(0.0f, 2 * line - ImGui::GetStyle().ItemSpacing.y)))
            clicked = item.attempt.id;
        const std::string title = model_->scenarioTitle(item.attempt.scenarioId);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", title.c_str());
        ImGui::SetCursorPos(start);
        twoLines(item.trainee.name, item.trainee.empno);
        ImGui::PopID();
        ImGui::TableSetColumnIndex(1);
        twoLines(title, monthDay(item.attempt.endedAt) + " · " + playModeText(s, item.attempt.mode));
        ImGui::TableSetColumnIndex(2);
        coloredText(totalText(s, item), t.color(item.passed ? "ok" : "error"));
        ImGui::TableSetColumnIndex(3);
        const float width = ImGui::GetContentRegionAvail().x;
        const Rgba tone = t.color(item.reviewed()                                                  ? "faint"
                                  : (item.reasons & (kReviewFailedCertification | kReviewLowTurn)) ? "warning"
                                                                                                   : "muted");
        int shown = 0;
        if (item.reviewed()) {
            coloredText(fitText(s.format("review.reviewed_row", item.marks.back().by, monthDay(item.marks.back().at)), width),
                        t.color("ok"));
            ++shown;
        }
        for (const auto& [bit, key] : kReasonWords) {
            if (!(item.reasons & bit) || shown == 2) continue;
            coloredText(fitText(s.text(key), width), tone);
            ++shown;
        }
    }
    ImGui::EndTable();
    if (clicked && *clicked != selected) select(*clicked);
    if (clickedExam && *clickedExam != selectedExam) selectExam(*clickedExam);
}

void ReviewView::drawSummary(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const ReviewSelection& sel = *model_->selection();
    const ReviewItem& item = sel.item;
    const Trainee& who = item.trainee;
    coloredText(s.format(who.team.empty() ? "review.kicker_no_team" : "review.kicker", who.name, who.empno, who.team), t.color("accent"));
    headingText(ctx.headingFont, sel.title);
    chip(playModeText(s, item.attempt.mode), t.color("accent"), t.color("accent_soft"));
    ImGui::SameLine(0.0f, em(0.5f));
    chip(s.text(item.passed ? "debrief.passed" : "debrief.failed"), t.color(item.passed ? "ok" : "error"),
         t.color(item.passed ? "ok_soft" : "error_soft"));
    if (item.overridden) {
        ImGui::SameLine(0.0f, em(0.5f));
        chip(s.text("review.overridden"), t.color("warning"), t.color("warning_soft"));
    }
    ImGui::SameLine(0.0f, em(0.8f));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(s.format("review.total", totalText(s, item), item.attempt.passMark).c_str());
    ImGui::SameLine(0.0f, em(0.8f));
    coloredText(s.format("review.ended", minuteOf(item.attempt.endedAt)), t.color("muted"));
    if (criticalTurnStands(item.attempt)) coloredText(s.format("debrief.critical", item.attempt.criticalTurn + 1), t.color("error"));
    if (item.reasons != 0) coloredText(s.format("review.why_line", reasonsText(s, item.reasons)), t.color("muted"));
}

void ReviewView::drawOverrideForm(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const ReviewSelection& sel = *model_->selection();
    sectionTitle(s.text("review.override_title"), t);
    if (sel.turns.empty()) {
        coloredText(s.text("review.no_turns"), t.color("muted"));
        return;
    }
    formTurn_ = std::clamp(formTurn_, 0, static_cast<int>(sel.turns.size()) - 1);
    auto turnLabel = [&](size_t i) { return s.format("review.turn_option", i + 1, sel.turns[i].feedback.score); };
    ImGui::SetNextItemWidth(em(9.0f));
    if (ImGui::BeginCombo("##turn", turnLabel(static_cast<size_t>(formTurn_)).c_str())) {
        for (size_t i = 0; i < sel.turns.size(); ++i) {
            if (ImGui::Selectable(turnLabel(i).c_str(), static_cast<int>(i) == formTurn_)) {
                formTurn_ = static_cast<int>(i);
                std::snprintf(scoreText_, sizeof scoreText_, "%d", sel.turns[i].feedback.score);
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(s.c("review.new_score"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(3.5f));
    if (focusScore_) {
        ImGui::SetKeyboardFocusHere();
        focusScore_ = false;
    }
    inputText("##score", scoreText_, sizeof scoreText_, ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_AutoSelectAll);
    ImGui::SameLine();
    const bool ready = model_->canOverride(formTurn_, scoreText_, reason_);
    const std::string apply = s.text("review.apply");
    const float buttonWidth = ImGui::CalcTextSize(apply.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(std::max(em(8.0f), ImGui::GetContentRegionAvail().x - buttonWidth - ImGui::GetStyle().ItemSpacing.x));
    inputString("##reason", reason_, 0, s.c("review.reason_hint"));
    ImGui::SameLine();
    ImGui::BeginDisabled(!ready);
    bool send = primaryButton(apply.c_str(), t);
    ImGui::EndDisabled();
    // Ctrl+Enter applies from the keyboard, as a reply is sent on the call screen.
    if (ready && ImGui::GetIO().KeyCtrl && keyPressed(ImGuiKey_Enter)) send = true;
    if (send && ready) {
        auto score = ReviewModel::parseScore(scoreText_);
        auto report = model_->applyOverride(formTurn_, *score, reason_, session_.now());
        overrideFailed_ = !report;
        if (!report) {
            overrideMessage_ = report.error().format();
        } else {
            const auto& r = *report;
            overrideMessage_ = s.format("review.override_done", r.turnNumber, r.oldScore, r.newScore,
                                        r.oldTotal ? std::to_string(*r.oldTotal) : "–", r.newTotal ? std::to_string(*r.newTotal) : "–") +
                               " " + certificationText(s, r.stateBefore, r.stateAfter);
            reason_.clear();
        }
    }
    const GradeOverride* last =
        sel.turns[static_cast<size_t>(formTurn_)].history.empty() ? nullptr : &sel.turns[static_cast<size_t>(formTurn_)].history.back();
    if (!overrideMessage_.empty())
        coloredText(overrideMessage_, t.color(overrideFailed_ ? "error" : "ok"));
    else if (last)
        coloredText(s.format("review.turn_overridden_by", last->by, minuteOf(last->at)), t.color("muted"));
    else
        coloredText(s.text("review.override_hint"), t.color("muted"));
}

void ReviewView::drawTranscript(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const ReviewSelection& sel = *model_->selection();
    ImGui::BeginChild("##transcript", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NoBackground);
    for (size_t i = 0; i < sel.turns.size(); ++i) {
        const ReviewTurn& turn = sel.turns[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Dummy(em(0.0f, 0.2f));
        drawTurnFeedback(ctx, turn.feedback, true);
        if (turn.critical) coloredText(s.text("review.critical_turn"), t.color("error"));
        if (turn.overriddenScore) {
            chip(s.text("review.overridden"), t.color("warning"), t.color("warning_soft"));
            ImGui::SameLine(0.0f, em(0.5f));
            coloredText(s.format("review.grader_score", turn.graderScore), t.color("muted"));
        }
        for (const auto& h : turn.history) {
            ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("muted")));
            bulletWrapped(s.format("review.history_item", h.oldScore, h.newScore, h.by, minuteOf(h.at), h.reason));
            ImGui::PopStyleColor();
        }
        if (ImGui::SmallButton(s.c("review.override_this_turn"))) {
            formTurn_ = static_cast<int>(i);
            std::snprintf(scoreText_, sizeof scoreText_, "%d", turn.feedback.score);
            overrideMessage_.clear();
            focusScore_ = true;
        }
        ImGui::Dummy(em(0.0f, 0.2f));
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::EndChild();
}

void ReviewView::drawNotes(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const ReviewSelection& sel = *model_->selection();
    const float formHeight = em(7.2f);
    ImGui::BeginChild("##notes-list", ImVec2(0.0f, std::max(em(4.0f), ImGui::GetContentRegionAvail().y - formHeight)), false,
                      ImGuiWindowFlags_NoBackground);
    if (sel.notes.empty()) coloredText(s.format("review.notes_empty", sel.item.trainee.name), t.color("muted"));
    for (const auto& n : sel.notes) {
        const std::string meta = n.attemptId ? s.format("review.note_meta_call", minuteOf(n.at), n.by, *n.attemptId)
                                             : s.format("review.note_meta", minuteOf(n.at), n.by);
        coloredText(meta, t.color("muted"));
        wrappedText(n.text);
        ImGui::Dummy(em(0.0f, 0.3f));
    }
    ImGui::EndChild();
    ImGui::Separator();
    inputStringMultiline("##note", note_, ImVec2(-FLT_MIN, em(3.2f)));
    ImGui::Checkbox(s.c("review.note_about_call"), &noteAboutCall_);
    ImGui::SameLine();
    const bool ready = !trimmedText(note_).empty();
    ImGui::BeginDisabled(!ready);
    if (ImGui::Button(s.c("review.add_note"))) {
        if (auto st = model_->addNote(note_, noteAboutCall_); !st) {
            noteMessage_ = st.error().format();
        } else {
            note_.clear();
            noteMessage_ = s.text("review.note_added");
        }
    }
    ImGui::EndDisabled();
    if (!noteMessage_.empty()) {
        ImGui::SameLine();
        coloredText(noteMessage_, t.color("muted"));
    }
}

void ReviewView::drawReviewMark(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const ReviewItem& item = model_->selection()->item;
    sectionTitle(s.text("review.mark_title"), t);
    for (const auto& m : item.marks) {
        const std::string line = m.note.empty() ? s.format("review.marked_by", m.by, minuteOf(m.at))
                                                : s.format("review.marked_by_note", m.by, minuteOf(m.at), m.note);
        coloredText(line, t.color("ok"));
    }
    const std::string label = s.text(item.reviewed() ? "review.mark_again" : "review.mark_reviewed");
    const float buttonWidth = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(std::max(em(8.0f), ImGui::GetContentRegionAvail().x - buttonWidth - ImGui::GetStyle().ItemSpacing.x));
    inputString("##mark-note", markNote_, 0, s.c("review.mark_note_hint"));
    ImGui::SameLine();
    const bool ended = item.attempt.status != AttemptStatus::InProgress;
    ImGui::BeginDisabled(!ended);
    if (ImGui::Button(label.c_str())) {
        if (auto st = model_->markReviewed(markNote_); !st) {
            markMessage_ = st.error().format();
        } else {
            markNote_.clear();
            markMessage_ = s.text("review.marked");
        }
    }
    ImGui::EndDisabled();
    if (!markMessage_.empty()) coloredText(markMessage_, t.color("muted"));
}

void ReviewView::drawExamGrading(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const PendingExam& exam = *model_->examSelection();
    const Trainee& who = exam.trainee;
    coloredText(s.format(who.team.empty() ? "review.kicker_no_team" : "review.kicker", who.name, who.empno, who.team), t.color("accent"));
    headingText(ctx.headingFont, model_->examTitle(exam.attempt.examId));
    chip(s.text("review.why_essay_waiting"), t.color("warning"), t.color("warning_soft"));
    ImGui::SameLine(0.0f, em(0.8f));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(s.format("review.exam_pass_mark", exam.passMark).c_str());
    ImGui::SameLine(0.0f, em(0.8f));
    coloredText(s.format("review.ended", minuteOf(exam.attempt.endedAt)), t.color("muted"));
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("muted")));
    wrappedText(s.text("review.grade_hint"));
    ImGui::PopStyleColor();
    ImGui::Separator();

    const float formHeight = em(6.4f);
    ImGui::BeginChild("##essays", ImVec2(0.0f, std::max(em(6.0f), ImGui::GetContentRegionAvail().y - formHeight)), false,
                      ImGuiWindowFlags_NoBackground);
    for (size_t i = 0; i < exam.questions.size(); ++i) {
        const PendingQuestion& q = exam.questions[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Dummy(em(0.0f, 0.2f));
        sectionTitle(s.format("review.essay_heading", i + 1, q.questionId), t);
        wrappedText(q.text.empty() ? s.text("review.essay_no_text") : q.text);
        coloredText(s.text("review.essay_answer"), t.color("muted"));
        ImGui::Indent(em(1.0f));
        wrappedText(q.answer);
        ImGui::Unindent(em(1.0f));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(s.c("review.essay_points"));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(4.0f));
        inputString("##points", gradePoints_[q.questionId], ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_AutoSelectAll);
        ImGui::SameLine();
        ImGui::TextUnformatted(s.format("review.essay_points_max", pointsText(q.points)).c_str());
        ImGui::Dummy(em(0.0f, 0.2f));
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::EndChild();

    coloredText(s.text("review.grade_comment"), t.color("muted"));
    inputStringMultiline("##grade-comment", gradeComment_, ImVec2(-FLT_MIN, em(2.6f)));
    const bool ready = model_->canGrade(gradePoints_, gradeComment_);
    ImGui::BeginDisabled(!ready);
    const bool send = primaryButton(s.c("review.grade"), t);
    ImGui::EndDisabled();
    if (send && ready) {
        auto report = model_->gradeExam(gradePoints_, gradeComment_, session_.now());
        gradeFailed_ = !report;
        if (!report) {
            gradeMessage_ = report.error().format();
        } else {
            const auto& r = *report;
            gradeMessage_ =
                s.format("review.grade_done", who.name, pointsText(r.earnedPoints), pointsText(r.possiblePoints),
                         r.score ? std::to_string(*r.score) : "–", r.passMark, s.text(r.passed ? "debrief.passed" : "debrief.failed")) +
                " " + certificationText(s, r.stateBefore, r.stateAfter);
            return; // the exam has left the queue
        }
    }
    if (!gradeMessage_.empty()) {
        ImGui::SameLine();
        coloredText(gradeMessage_, t.color(gradeFailed_ ? "error" : "ok"));
    }
}

} // namespace frontline::gui
