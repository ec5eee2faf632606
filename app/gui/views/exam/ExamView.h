#pragma once
// The exam screen: the list of written exams with the chosen one's rules and a
// start button; then the sitting, one question per page (a number strip
// showing answered and flagged questions, the timer, flags, previous/next);
// the summary before submitting, with a confirmation; and the results with
// per-category bars and per-question feedback. The sitting is an ExamModel,
// which scores and records; this view only paints it and passes input on.
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "session/AppSession.h"
#include "ui/Widgets.h"
#include "views/View.h"
#include "views/exam/ExamLaunch.h"
#include "views/exam/ExamModel.h"
#include "views/home/HomeModel.h"

namespace frontline::gui {

struct AppData;

class ExamView : public View {
public:
    ExamView(AppSession& session, const AppData& data);
    const char* name() const override { return kExamScreen; }
    const char* titleKey() const override { return "exam.title"; }
    void draw(const ViewContext& ctx) override;
    bool holdsUnsavedWork() const override { return stage_ == Stage::Sitting || stage_ == Stage::Summary; }

private:
    enum class Stage { List, Sitting, Summary, Results, Refused };

    void refreshList();
    void handle(const ExamRequest& request);
    bool start(const std::string& examId, std::optional<uint64_t> seed);
    void submit();
    void goToPage(size_t page);

    void drawList(const ViewContext& ctx);
    void drawIntro(const ViewContext& ctx, const ExamListItem& item);
    void drawRefused(const ViewContext& ctx);
    void drawSittingHeader(const ViewContext& ctx);
    void drawStrip(const ViewContext& ctx);
    void drawQuestion(const ViewContext& ctx);
    void drawAnswerInput(const ViewContext& ctx, size_t page);
    void drawPageButtons(const ViewContext& ctx);
    void drawSummary(const ViewContext& ctx);
    void drawConfirm(const ViewContext& ctx);
    void drawResults(const ViewContext& ctx);
    void drawQuestionResult(const ViewContext& ctx, size_t index);
    void handleKeys();

    AppSession& session_;
    const AppData& data_;
    std::unique_ptr<ExamResources> resources_;
    std::optional<HomeModel> home_;
    std::vector<ExamListItem> list_;
    std::string selected_; // exam id chosen in the list

    Stage stage_ = Stage::List;
    std::unique_ptr<ExamModel> exam_;
    std::string message_;                  // why an exam could not start or be submitted
    std::map<size_t, std::string> drafts_; // typed text per page (short answer, numeric, case)
    std::set<size_t> badNumbers_;          // pages whose typed number is not a number
    bool focusInput_ = false;              // put the keyboard in the page's text box on the next frame
    bool openConfirm_ = false;
    CardStack cards_;
};

} // namespace frontline::gui
