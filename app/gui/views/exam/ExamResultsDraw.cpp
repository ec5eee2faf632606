// The exam screen's results stage: the score against the pass mark, a bar per
// category, and each question with the answer given, the right answer, the
// feedback and, for case analyses, the grader's explanation. Apart from the
// rest of ExamView so each file stays about one stage.
#include "views/exam/ExamView.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "AppData.h"
#include "assessments/ExamSitting.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "views/StatusWords.h"

namespace frontline::gui {

void ExamView::drawResults(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const ExamResult& r = *exam_->result();
    ImGui::BeginChild("##results", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NoBackground);
    const float width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
    if (cards_.begin("##score", width)) {
        coloredText(s.text("exam.results"), t.color("accent"));
        headingText(ctx.headingFont, examTitle(exam_->exam(), s.language()));
        ImGui::PushFont(ctx.headingFont);
        coloredText(s.format("exam.score", r.percent), r.passed ? t.color("ok") : t.color("error"));
        ImGui::PopFont();
        ImGui::SameLine(0.0f, em(0.8f));
        coloredText(s.format("exam.pass_mark", r.passMark), t.color("muted"));
        ImGui::SameLine(0.0f, em(0.8f));
        const char* verdict = r.pendingReview ? "exam.pending_review" : r.passed ? "exam.passed" : "exam.not_passed";
        const bool good = r.passed && !r.pendingReview;
        chip(s.text(verdict), good ? t.color("ok") : t.color("error"), good ? t.color("ok_soft") : t.color("error_soft"));
        coloredText(s.format("exam.points_total", pointsText(r.earnedPoints), pointsText(r.possiblePoints)) +
                        s.text("exam.list_separator") + s.format("exam.time_spent", clockText(r.timeSpentSeconds)) +
                        s.text("exam.list_separator") + s.format("exam.credited", exam_->creditedMinutes()),
                    t.color("muted"));
        if (exam_->autoSubmitted()) coloredText(s.text("exam.auto_submitted"), t.color("warning"));
        ImGui::Dummy(em(0.0f, 0.3f));
        if (primaryButton(s.c("exam.back_home"), t)) session_.navigate("home");
        ImGui::SameLine();
        if (ImGui::Button(s.c("exam.back_to_list"))) {
            exam_.reset();
            stage_ = Stage::List;
        }
    }
    cards_.end();
    if (!exam_) {
        ImGui::EndChild();
        return;
    }
    ImGui::Dummy(em(0.0f, 0.2f));
    if (cards_.begin("##categories", width)) {
        sectionTitle(s.text("exam.by_category"), t);
        if (ImGui::BeginTable("##cats", 3)) {
            ImGui::TableSetupColumn("##name", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("##bar", ImGuiTableColumnFlags_WidthStretch, 1.4f);
            ImGui::TableSetupColumn("##value", ImGuiTableColumnFlags_WidthFixed, em(7.0f));
            for (const auto& c : r.categories) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextUnformatted(fitText(c.title.empty() ? c.category : c.title, ImGui::GetContentRegionAvail().x).c_str());
                ImGui::TableSetColumnIndex(1);
                const float f = c.possible > 0 ? static_cast<float>(c.earned / c.possible) : 0.0f;
                meter(f, ImGui::GetContentRegionAvail().x, c.percent >= r.passMark ? t.color("ok") : t.color("warning"), t.color("faint"));
                ImGui::TableSetColumnIndex(2);
                coloredText(s.format("exam.category_value", pointsText(c.earned), pointsText(c.possible), c.percent), t.color("muted"));
            }
            ImGui::EndTable();
        }
        ImGui::Dummy(em(0.0f, 0.2f)); // past the table's last cell padding, so the card measures its full height
    }
    cards_.end();
    ImGui::Dummy(em(0.0f, 0.2f));
    headingText(ctx.headingFont, s.text("exam.per_question"));
    for (size_t i = 0; i < r.questions.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        drawQuestionResult(ctx, i);
        ImGui::PopID();
        ImGui::Dummy(em(0.0f, 0.2f));
    }
    ImGui::EndChild();
}

void ExamView::drawQuestionResult(const ViewContext& ctx, size_t index) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const QuestionResult& qr = exam_->result()->questions[index];
    const Question& q = exam_->question(index);
    const float width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
    const char* state = qr.pendingReview ? "exam.q_pending"
                        : !qr.answered   ? "exam.q_unanswered"
                        : qr.correct     ? "exam.q_correct"
                        : qr.earned > 0  ? "exam.q_partial"
                                         : "exam.q_wrong";
    const Rgba color = qr.correct ? t.color("ok") : qr.earned > 0 || qr.pendingReview ? t.color("warning") : t.color("error");
    if (cards_.begin(("##q" + std::to_string(index)).c_str(), width)) {
        statusDot(color);
        ImGui::SameLine(0.0f, em(0.4f));
        coloredText(s.format("exam.q_number", index + 1), t.color("accent"));
        ImGui::SameLine(0.0f, em(0.5f));
        coloredText(s.text(state), color);
        ImGui::SameLine(0.0f, em(0.5f));
        coloredText(s.format("exam.q_points", pointsText(qr.earned), pointsText(qr.points)) + s.text("exam.list_separator") +
                        s.text(questionTypeKey(q.type)),
                    t.color("muted"));
        wrappedText(q.text);
        ImGui::Dummy(em(0.0f, 0.2f));
        if (beginFactTable("##answers")) {
            const nlohmann::json* given = exam_->answer(index);
            tableRow(s.text("exam.your_answer"), answerText(q, given, s), t);
            if (q.type == QuestionType::TrueFalse && !qr.correct) {
                tableRow(s.text("exam.right_answer"), s.text(q.truth ? "exam.true" : "exam.false"), t);
            } else if (!qr.rightAnswers.empty() && !qr.correct) {
                std::string right;
                for (const auto& a : qr.rightAnswers) right += (right.empty() ? "" : "\n") + a;
                tableRow(s.text(q.type == QuestionType::CaseAnalysis ? "exam.model_answer" : "exam.right_answer"), right, t);
            }
            ImGui::EndTable();
        }
        for (const auto& line : qr.feedback) bulletWrapped(line);
        if (qr.caseGrade) {
            const ReplyGrade& g = *qr.caseGrade;
            sectionTitle(s.format("exam.grader_score", g.score), t);
            for (const auto* c : g.hits()) {
                statusDot(t.color("ok"));
                ImGui::SameLine(0.0f, em(0.4f));
                std::string words;
                for (const auto& m : c->matched) words += (words.empty() ? "" : s.text("exam.list_separator")) + m;
                wrappedText(s.format("exam.criterion_hit", c->label, c->earned, c->weight) +
                            (words.empty() ? std::string() : s.format("exam.matched_words", words)));
            }
            for (const auto* c : g.misses()) {
                statusDot(t.color("warning"));
                ImGui::SameLine(0.0f, em(0.4f));
                ImGui::BeginGroup();
                wrappedText(s.format("exam.criterion_missed", c->label, c->weight));
                if (!c->tip.empty()) {
                    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("muted")));
                    wrappedText(s.format("exam.tip", c->tip));
                    ImGui::PopStyleColor();
                }
                ImGui::EndGroup();
            }
            for (const auto* c : g.forbidden()) {
                statusDot(t.color("error"));
                ImGui::SameLine(0.0f, em(0.4f));
                std::string words;
                for (const auto& m : c->matched) words += (words.empty() ? "" : s.text("exam.list_separator")) + m;
                ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("error")));
                wrappedText(s.format("exam.forbidden_hit", c->label, words));
                ImGui::PopStyleColor();
            }
        }
    }
    cards_.end();
}

} // namespace frontline::gui
