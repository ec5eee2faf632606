#include "views/exam/ExamView.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "AppData.h"
#include "assessments/ExamSitting.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/TextInput.h"
#include "views/StatusWords.h"

namespace frontline::gui {

namespace {

constexpr double kAmberSeconds = 5 * 60; // the timer turns amber in the last five minutes
constexpr double kRedSeconds = 60;       // and red in the last minute
constexpr float kListWidthShare = 0.42f;

// A radio button or checkbox followed by wrapped text; a click on either counts.
bool choiceRow(const std::string& id, bool checked, bool radio, const std::string& text) {
    ImGui::PushID(id.c_str());
    bool clicked = false;
    if (radio) {
        clicked = ImGui::RadioButton("##choice", checked);
    } else {
        bool value = checked;
        clicked = ImGui::Checkbox("##choice", &value);
    }
    ImGui::SameLine(0.0f, em(0.5f));
    ImGui::BeginGroup();
    const ImVec2 p = ImGui::GetCursorScreenPos(); // the text's first line level with the button's label line
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + ImGui::GetStyle().FramePadding.y));
    wrappedText(text);
    ImGui::EndGroup();
    clicked = clicked || ImGui::IsItemClicked();
    ImGui::PopID();
    ImGui::Dummy(em(0.0f, 0.15f));
    return clicked;
}

} // namespace

ExamView::ExamView(AppSession& session, const AppData& data) : session_(session), data_(data) {
    resources_ = loadExamResources(data.root);
    refreshList();
    if (auto request = session_.takeExamRequest()) handle(*request);
}

void ExamView::refreshList() {
    if (!session_.trainee()) return;
    auto record = session_.evaluatedRecord();
    if (!record) {
        message_ = record.error().format();
        return;
    }
    home_ = buildHomeModel(record->history.trainee, record->evaluation, session_.programs(), data_.titles, data_.strings.language());
    list_ =
        buildExamList(resources_->library, record->history, *home_, session_.programs(), data_.strings.language(), record->time.nowSeconds);
    if (selected_.empty()) selected_ = nextExamDue(*home_, resources_->library, session_.programs());
}

void ExamView::handle(const ExamRequest& request) {
    if (holdsUnsavedWork()) return; // one sitting at a time: the open one comes first
    std::string id = request.examId;
    if (id.empty() && home_) id = nextExamDue(*home_, resources_->library, session_.programs());
    selected_ = id;
    stage_ = Stage::List;
    if (!request.startNow || !start(id, request.seed)) return;
    if (!request.answersFile) return;
    auto answers = readAnswersFile(*request.answersFile);
    Status filled = answers ? fillAnswers(*exam_, *answers) : Status(answers.error());
    if (!filled) {
        message_ = filled.error().format();
        stage_ = Stage::Refused;
        return;
    }
    submit();
}

bool ExamView::start(const std::string& examId, std::optional<uint64_t> seed) {
    exam_.reset();
    drafts_.clear();
    badNumbers_.clear();
    message_.clear();
    const Exam* exam = resources_->library.exam(examId);
    const QuestionBank* bank = exam ? resources_->library.bank(exam->bankId, data_.strings.language()) : nullptr;
    if (!exam || !bank || !session_.trainee()) {
        message_ = data_.strings.format("exam.unknown_exam", examId);
        stage_ = Stage::Refused;
        return false;
    }
    ExamSetup setup;
    setup.store = &session_.store();
    setup.trainee = *session_.trainee();
    setup.exam = exam;
    setup.bank = bank;
    setup.lexicons = &resources_->lexicons;
    setup.seed = seed.value_or(freshSeed());
    setup.dataRoot = data_.root;
    auto model = ExamModel::start(setup);
    if (!model) {
        message_ = model.error().message;
        stage_ = Stage::Refused;
        return false;
    }
    exam_ = std::move(*model);
    stage_ = Stage::Sitting;
    goToPage(0);
    return true;
}

void ExamView::submit() {
    if (!exam_) return;
    if (auto s = exam_->submit(); !s) {
        message_ = s.error().message;
        return;
    }
    stage_ = Stage::Results;
    refreshList();
}

void ExamView::goToPage(size_t page) {
    if (!exam_) return;
    if (page >= exam_->pageCount()) {
        stage_ = Stage::Summary;
        return;
    }
    exam_->jump(page);
    stage_ = Stage::Sitting;
    focusInput_ = true;
    if (!drafts_.count(page)) {
        const nlohmann::json* a = exam_->answer(page);
        drafts_[page] = !a ? std::string() : a->is_string() ? a->get<std::string>() : a->is_number() ? a->dump() : std::string();
    }
}

void ExamView::draw(const ViewContext& ctx) {
    if (auto request = session_.takeExamRequest()) handle(*request);
    if (exam_ && !exam_->submitted()) {
        auto ticked = exam_->tick();
        if (!ticked) {
            message_ = ticked.error().message;
        } else if (*ticked) {
            stage_ = Stage::Results;
            refreshList();
        }
    }
    switch (stage_) {
    case Stage::List: drawList(ctx); break;
    case Stage::Refused: drawRefused(ctx); break;
    case Stage::Sitting:
        handleKeys();
        drawSittingHeader(ctx);
        drawStrip(ctx);
        drawQuestion(ctx);
        break;
    case Stage::Summary:
        handleKeys();
        drawSittingHeader(ctx);
        drawStrip(ctx);
        drawSummary(ctx);
        break;
    case Stage::Results: drawResults(ctx); break;
    }
    drawConfirm(ctx);
}

// Keys while sitting, when no text box has the keyboard: 1-9 pick an option
// (1 true, 2 false), Page Down / Page Up turn pages, Ctrl+Enter goes to the
// summary and, there, asks to submit.
void ExamView::handleKeys() {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
    if (io.KeyCtrl && (keyPressed(ImGuiKey_Enter) || keyPressed(ImGuiKey_KeyPadEnter))) {
        if (stage_ == Stage::Summary)
            openConfirm_ = true;
        else
            goToPage(exam_->pageCount());
        return;
    }
    if (ImGui::IsAnyItemActive()) return;
    if (keyPressed(ImGuiKey_PageDown) && stage_ == Stage::Sitting) goToPage(exam_->page() + 1);
    if (keyPressed(ImGuiKey_PageUp)) {
        if (stage_ == Stage::Summary)
            goToPage(exam_->pageCount() - 1);
        else if (exam_->page() > 0)
            goToPage(exam_->page() - 1);
    }
    if (stage_ != Stage::Sitting) return;
    const size_t page = exam_->page();
    const Question& q = exam_->question();
    const auto& order = exam_->order(page);
    for (ImWchar c : io.InputQueueCharacters) {
        if (c < '1' || c > '9') continue;
        const size_t n = static_cast<size_t>(c - '1');
        if (q.type == QuestionType::TrueFalse && n < 2) {
            exam_->setAnswer(n == 0);
        } else if (q.type == QuestionType::SingleChoice && n < order.size()) {
            exam_->setAnswer(order[n]);
        } else if (q.type == QuestionType::MultipleChoice && n < order.size()) {
            nlohmann::json picked = exam_->answer(page) ? *exam_->answer(page) : nlohmann::json::array();
            auto it = std::find(picked.begin(), picked.end(), order[n]);
            if (it != picked.end())
                picked.erase(it);
            else
                picked.push_back(order[n]);
            exam_->setAnswer(picked.empty() ? nlohmann::json() : picked);
        }
    }
}

void ExamView::drawList(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    headingText(ctx.headingFont, s.text("exam.list_heading"));
    coloredText(s.text("exam.list_subtitle"), t.color("muted"));
    ImGui::Dummy(em(0.0f, 0.4f));
    if (list_.empty()) {
        wrappedText(message_.empty() ? s.text("exam.list_empty") : message_);
        return;
    }
    const float gap = ImGui::GetStyle().ItemSpacing.x * 1.5f;
    const float total = ImGui::GetContentRegionAvail().x;
    const float left = std::max(em(18.0f), total * kListWidthShare);
    if (beginCard("##exam-list", ImVec2(left, 0.0f))) {
        for (const auto& item : list_) {
            std::string detail = s.format("exam.list_detail", item.questions, item.minutes, item.passMark);
            if (item.lastScore) detail += s.text("exam.list_separator") + s.format("exam.last_score", *item.lastScore);
            const Rgba detailColor = item.lastScore && item.lastPassed ? t.color("ok") : t.color("muted");
            if (twoLineSelectable(("##" + item.id).c_str(), item.id == selected_, item.title, detail, detailColor)) selected_ = item.id;
        }
    }
    endCard();
    ImGui::SameLine(0.0f, gap);
    for (const auto& item : list_)
        if (item.id == selected_) drawIntro(ctx, item);
}

void ExamView::drawIntro(const ViewContext& ctx, const ExamListItem& item) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    if (beginCard("##exam-intro", ImVec2(0.0f, 0.0f))) {
        if (item.due) {
            chip(s.text("exam.due_next"), t.color("accent"), t.color("accent_soft"));
        } else if (item.status) {
            chip(itemStatusText(s, *item.status), itemColor(t, *item.status), t.color("faint"));
        }
        headingText(ctx.headingFont, item.title);
        ImGui::Dummy(em(0.0f, 0.3f));
        if (beginFactTable("##exam-facts")) {
            tableRow(s.text("exam.fact_questions"), std::to_string(item.questions), t);
            tableRow(s.text("exam.fact_time"), item.minutes > 0 ? s.format("exam.minutes", item.minutes) : s.text("exam.untimed"), t);
            tableRow(s.text("exam.fact_pass_mark"), std::to_string(item.passMark), t);
            tableRow(s.text("exam.fact_attempts"),
                     item.maxAttempts > 0 ? s.format("exam.attempts_of", item.attemptsUsed, item.maxAttempts)
                                          : s.format("exam.attempts_unlimited", item.attemptsUsed),
                     t);
            if (item.lastScore)
                tableRow(s.text("exam.fact_last"), s.format(item.lastPassed ? "exam.last_passed" : "exam.last_failed", *item.lastScore), t);
            ImGui::EndTable();
        }
        ImGui::Dummy(em(0.0f, 0.4f));
        sectionTitle(s.text("exam.how_title"), t);
        bulletWrapped(s.text("exam.how_one_page"));
        bulletWrapped(s.text("exam.how_flag"));
        bulletWrapped(s.text("exam.how_timer"));
        bulletWrapped(s.text("exam.how_keys"));
        ImGui::Dummy(em(0.0f, 0.5f));
        if (item.exhausted) {
            coloredText(s.format("exam.no_attempts_left", item.maxAttempts), t.color("warning"));
        } else if (item.retakeFrom) {
            coloredText(s.format("exam.retake_from", localDateTimeText(*item.retakeFrom), item.retakeWaitHours), t.color("warning"));
        } else if (primaryButton(s.c("exam.start"), t) || (!ImGui::IsAnyItemActive() && keyPressed(ImGuiKey_Enter))) {
            start(item.id, std::nullopt);
        }
    }
    endCard();
}

void ExamView::drawRefused(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    if (beginCard("##exam-refused", ImVec2(0.0f, em(12.0f)))) {
        headingText(ctx.headingFont, s.text("exam.cannot_start"));
        coloredText(s.text("exam.reason"), ctx.theme.color("muted"));
        wrappedText(message_);
        ImGui::Dummy(em(0.0f, 0.5f));
        if (ImGui::Button(s.c("exam.back_to_list"))) stage_ = Stage::List;
        ImGui::SameLine();
        if (ImGui::Button(s.c("exam.back_home"))) session_.navigate("home");
    }
    endCard();
}

void ExamView::drawSittingHeader(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    const float top = ImGui::GetCursorPosY();
    headingText(ctx.headingFont, examTitle(exam_->exam(), s.language()));
    if (auto left = exam_->remainingSeconds()) {
        const std::string clock = s.format("exam.time_left", clockText(*left));
        const bool red = *left <= kRedSeconds, amber = *left <= kAmberSeconds;
        const Rgba fg = red ? t.color("error") : amber ? t.color("warning") : t.color("accent");
        const Rgba bg = red ? t.color("error_soft") : amber ? t.color("warning_soft") : t.color("accent_soft");
        const ImVec2 back = ImGui::GetCursorPos();
        ImGui::PushFont(ctx.headingFont);
        ImGui::SetCursorPos(ImVec2(right - chipWidth(clock), top));
        chip(clock, fg, bg);
        ImGui::PopFont();
        ImGui::SetCursorPos(back);
    }
}

void ExamView::drawStrip(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const float side = ImGui::GetFrameHeight() * 1.15f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (size_t p = 0; p < exam_->pageCount(); ++p) {
        if (p > 0) flowSameLine(side, em(0.3f));
        const bool current = stage_ == Stage::Sitting && exam_->page() == p;
        const bool answered = exam_->answer(p) != nullptr;
        const Rgba fill = current ? t.color("accent") : answered ? t.color("accent_soft") : Rgba{1, 1, 1, 1};
        const Rgba text = current ? Rgba{1, 1, 1, 1} : answered ? t.color("accent") : t.color("muted");
        const std::string label = std::to_string(p + 1);
        const ImVec2 a = ImGui::GetCursorScreenPos();
        const ImVec2 b(a.x + side, a.y + side);
        if (ImGui::InvisibleButton(("##page" + label).c_str(), ImVec2(side, side))) goToPage(p);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.c(answered ? "exam.strip_answered" : "exam.strip_unanswered"));
        draw->AddRectFilled(a, b, toImU32(fill), em(0.3f));
        draw->AddRect(a, b, toImU32(current ? t.color("accent") : t.color("faint")), em(0.3f));
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(a.x + (side - size.x) * 0.5f, a.y + (side - size.y) * 0.5f), toImU32(text), label.c_str());
        if (exam_->flagged(p)) draw->AddCircleFilled(ImVec2(b.x - em(0.25f), a.y + em(0.25f)), em(0.2f), toImU32(t.color("warning")), 12);
    }
    flowSameLine(chipWidth(s.text("exam.summary")) + em(1.0f), em(0.8f));
    if (ImGui::Button(s.c("exam.summary"), ImVec2(0.0f, side))) goToPage(exam_->pageCount());
    ImGui::Dummy(em(0.0f, 0.3f));
    statusDot(t.color("accent"));
    ImGui::SameLine(0.0f, em(0.3f));
    coloredText(s.text("exam.legend_answered"), t.color("muted"));
    ImGui::SameLine(0.0f, em(1.0f));
    statusDot(t.color("warning"));
    ImGui::SameLine(0.0f, em(0.3f));
    coloredText(s.text("exam.legend_flagged"), t.color("muted"));
    ImGui::Dummy(em(0.0f, 0.3f));
}

void ExamView::drawQuestion(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const size_t page = exam_->page();
    const Question& q = exam_->question();
    const float footer = ImGui::GetFrameHeightWithSpacing() + em(0.8f);
    if (beginCard("##question", ImVec2(0.0f, std::max(em(8.0f), ImGui::GetContentRegionAvail().y - footer)))) {
        coloredText(s.format("exam.question_of", page + 1, exam_->pageCount()), t.color("accent"));
        ImGui::SameLine(0.0f, em(0.8f));
        chip(s.text(questionTypeKey(q.type)), t.color("muted"), t.color("faint"));
        ImGui::SameLine(0.0f, em(0.5f));
        coloredText(s.count("exam.points", static_cast<long long>(std::lround(q.points))), t.color("muted"));
        if (exam_->flagged(page)) {
            ImGui::SameLine(0.0f, em(0.5f));
            chip(s.text("exam.flagged"), t.color("warning"), t.color("warning_soft"));
        }
        ImGui::Dummy(em(0.0f, 0.3f));
        headingText(ctx.headingFont, q.text);
        ImGui::Dummy(em(0.0f, 0.5f));
        drawAnswerInput(ctx, page);
    }
    endCard();
    ImGui::Dummy(em(0.0f, 0.2f));
    drawPageButtons(ctx);
}

void ExamView::drawAnswerInput(const ViewContext& ctx, size_t page) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const Question& q = exam_->question(page);
    const nlohmann::json* answer = exam_->answer(page);
    const auto& order = exam_->order(page);
    auto optionText = [&](const std::string& id) -> const std::string& {
        const ChoiceOption* o = q.option(id);
        return o ? o->text : id;
    };
    switch (q.type) {
    case QuestionType::SingleChoice:
        for (const auto& id : order) {
            const bool on = answer && answer->is_string() && *answer == id;
            if (choiceRow(id, on, true, optionText(id))) exam_->setAnswer(page, id);
        }
        break;
    case QuestionType::MultipleChoice: {
        coloredText(s.text("exam.pick_all"), t.color("muted"));
        nlohmann::json picked = answer && answer->is_array() ? *answer : nlohmann::json::array();
        for (const auto& id : order) {
            auto it = std::find(picked.begin(), picked.end(), id);
            if (choiceRow(id, it != picked.end(), false, optionText(id))) {
                if (it != picked.end())
                    picked.erase(it);
                else
                    picked.push_back(id);
                exam_->setAnswer(page, picked.empty() ? nlohmann::json() : picked);
            }
        }
        break;
    }
    case QuestionType::TrueFalse:
        for (bool value : {true, false}) {
            const bool on = answer && answer->is_boolean() && answer->get<bool>() == value;
            if (choiceRow(value ? "true" : "false", on, true, s.text(value ? "exam.true" : "exam.false"))) exam_->setAnswer(page, value);
        }
        break;
    case QuestionType::ShortAnswer:
    case QuestionType::Numeric:
    case QuestionType::CaseAnalysis: {
        const bool multiline = q.type == QuestionType::CaseAnalysis;
        coloredText(s.text(multiline                         ? "exam.write_case"
                           : q.type == QuestionType::Numeric ? "exam.type_number"
                                                             : "exam.type_answer"),
                    t.color("muted"));
        if (focusInput_) ImGui::SetKeyboardFocusHere();
        std::string& draft = drafts_[page];
        const ImVec2 size(multiline ? -FLT_MIN : std::min(ImGui::GetContentRegionAvail().x, em(24.0f)),
                          multiline ? std::max(em(8.0f), ImGui::GetContentRegionAvail().y - em(1.0f)) : 0.0f);
        bool edited = false;
        if (multiline) {
            edited = inputStringMultiline("##answer", draft, size);
        } else {
            ImGui::SetNextItemWidth(size.x);
            edited = inputString("##answer", draft);
        }
        if (edited) {
            badNumbers_.erase(page);
            const bool blank = draft.find_first_not_of(" \t\r\n") == std::string::npos;
            if (blank) {
                exam_->setAnswer(page, nullptr);
            } else if (!exam_->setAnswer(page, draft)) {
                exam_->setAnswer(page, nullptr); // a half-typed number counts as unanswered until it reads as one
                badNumbers_.insert(page);
            }
        }
        if (badNumbers_.count(page)) coloredText(s.text("exam.not_a_number"), t.color("error"));
        break;
    }
    case QuestionType::Matching: {
        coloredText(s.text("exam.match_hint"), t.color("muted"));
        if (ImGui::BeginTable("##pairs", 2, ImGuiTableFlags_PadOuterX)) {
            ImGui::TableSetupColumn("##prompt", ImGuiTableColumnFlags_WidthStretch, 1.2f);
            ImGui::TableSetupColumn("##answer", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            for (const auto& pair : q.pairs) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::AlignTextToFramePadding();
                wrappedText(pair.prompt);
                ImGui::TableSetColumnIndex(1);
                const nlohmann::json* chosen = answer && answer->is_object() && answer->contains(pair.id) ? &(*answer)[pair.id] : nullptr;
                const std::string preview = chosen && chosen->is_string() ? chosen->get<std::string>() : s.text("exam.choose");
                ImGui::SetNextItemWidth(-FLT_MIN);
                if (ImGui::BeginCombo(("##pair" + pair.id).c_str(), preview.c_str())) {
                    nlohmann::json next = answer && answer->is_object() ? *answer : nlohmann::json::object();
                    if (ImGui::Selectable(s.c("exam.choose"), !chosen)) {
                        next.erase(pair.id);
                        exam_->setAnswer(page, next.empty() ? nlohmann::json() : next);
                    }
                    for (const auto& offered : order) {
                        if (ImGui::Selectable(offered.c_str(), chosen && *chosen == offered)) {
                            next[pair.id] = offered;
                            exam_->setAnswer(page, next);
                        }
                    }
                    ImGui::EndCombo();
                }
            }
            ImGui::EndTable();
        }
        break;
    }
    case QuestionType::Description: break;
    }
    focusInput_ = false;
}

void ExamView::drawPageButtons(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const size_t page = exam_->page();
    ImGui::BeginDisabled(page == 0);
    if (ImGui::Button(s.c("exam.previous"))) goToPage(page - 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    bool flag = exam_->flagged(page);
    if (ImGui::Checkbox(s.c("exam.flag"), &flag)) exam_->toggleFlag(page);
    const bool last = page + 1 == exam_->pageCount();
    const std::string next = s.text(last ? "exam.to_summary" : "exam.next");
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(next.c_str()).x - ImGui::GetStyle().FramePadding.x * 2);
    if (primaryButton(next.c_str(), ctx.theme)) goToPage(page + 1);
}

void ExamView::drawSummary(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const ExamSummary sum = exam_->summary();
    if (beginCard("##summary", ImVec2(0.0f, 0.0f))) {
        headingText(ctx.headingFont, s.text("exam.summary_heading"));
        coloredText(s.text("exam.summary_subtitle"), t.color("muted"));
        ImGui::Dummy(em(0.0f, 0.4f));
        auto stat = [&](int n, const char* key, Rgba color) {
            ImGui::BeginGroup();
            ImGui::PushFont(ctx.headingFont);
            coloredText(std::to_string(n), color);
            ImGui::PopFont();
            coloredText(s.text(key), t.color("muted"));
            ImGui::EndGroup();
            ImGui::SameLine(0.0f, em(3.0f));
        };
        stat(sum.answered, "exam.answered", t.color("ok"));
        stat(sum.unanswered, "exam.unanswered", sum.unanswered ? t.color("warning") : t.color("muted"));
        stat(sum.flagged, "exam.flagged_count", sum.flagged ? t.color("warning") : t.color("muted"));
        ImGui::NewLine();
        auto jumpList = [&](const std::vector<size_t>& pages, const char* key) {
            if (pages.empty()) return;
            sectionTitle(s.text(key), t);
            for (size_t i = 0; i < pages.size(); ++i) {
                const std::string label = s.format("exam.go_to", pages[i] + 1);
                if (i > 0) flowSameLine(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
                ImGui::PushID(static_cast<int>(pages[i]));
                if (ImGui::Button(label.c_str())) goToPage(pages[i]);
                ImGui::PopID();
            }
        };
        ImGui::PushID("unanswered");
        jumpList(sum.unansweredPages, "exam.unanswered_list");
        ImGui::PopID();
        ImGui::PushID("flagged");
        jumpList(sum.flaggedPages, "exam.flagged_list");
        ImGui::PopID();
        ImGui::Dummy(em(0.0f, 0.8f));
        if (!message_.empty()) {
            coloredText(s.text("exam.submit_failed"), t.color("error"));
            wrappedText(message_);
        }
        if (ImGui::Button(s.c("exam.back_to_questions"))) goToPage(exam_->page());
        ImGui::SameLine(0.0f, em(1.0f));
        if (primaryButton(s.c("exam.submit"), t)) openConfirm_ = true;
    }
    endCard();
}

void ExamView::drawConfirm(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const std::string title = s.text("exam.confirm_title") + "###exam-confirm";
    if (!beginCenteredModal(title, openConfirm_, 26.0f)) return;
    if (exam_) {
        const ExamSummary sum = exam_->summary();
        if (sum.unanswered > 0) coloredText(s.count("exam.confirm_unanswered", sum.unanswered), ctx.theme.color("warning"));
        wrappedText(s.text("exam.confirm_text"));
    }
    ImGui::Dummy(em(0.0f, 0.4f));
    if (primaryButton(s.c("exam.submit"), ctx.theme) || keyPressed(ImGuiKey_Enter) || keyPressed(ImGuiKey_KeyPadEnter)) {
        ImGui::CloseCurrentPopup();
        submit();
    }
    ImGui::SameLine();
    if (ImGui::Button(s.c("exam.cancel")) || keyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace frontline::gui
