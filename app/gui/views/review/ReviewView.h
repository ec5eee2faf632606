#pragma once
// The trainer's review screen: the week's queue on the left; the selected
// call's summary, the override form and, in tabs, its annotated transcript
// (each turn with its override history) and the trainee's coaching notes.
// Written exams waiting for a trainer head the queue; selecting one shows the
// grade form (each essay, the answer, points and a required comment).
// It paints a ReviewModel and sends the trainer's writes through it.
#include <map>
#include <optional>
#include <string>

#include "ui/Widgets.h"
#include "views/View.h"
#include "views/review/ReviewModel.h"

namespace frontline::gui {

struct AppData;

class ReviewView : public View {
public:
    ReviewView(AppSession& session, const AppData& data);
    const char* name() const override { return "review"; }
    const char* titleKey() const override { return "review.title"; }
    void draw(const ViewContext& ctx) override;

private:
    void drawQueue(const ViewContext& ctx);
    void drawWeekControls(const ViewContext& ctx);
    void drawSummary(const ViewContext& ctx);
    void drawOverrideForm(const ViewContext& ctx);
    void drawTranscript(const ViewContext& ctx);
    void drawNotes(const ViewContext& ctx);
    void drawReviewMark(const ViewContext& ctx);
    void drawExamGrading(const ViewContext& ctx);
    void select(int64_t attemptId);
    void selectExam(int64_t assessmentId);
    void loadWeek(const IsoWeek& week);

    AppSession& session_;
    std::optional<ReviewModel> model_;
    std::string error_; // the queue or the selection could not be read
    int ratePercent_ = 10;
    // The override form
    int formTurn_ = 0;
    char scoreText_[8] = {};
    std::string reason_;
    bool focusScore_ = false;
    std::string overrideMessage_;
    bool overrideFailed_ = false;
    // Coaching notes
    std::string note_;
    bool noteAboutCall_ = true;
    std::string noteMessage_;
    // Reviewed marks
    bool showReviewed_ = false;
    std::string markNote_;
    std::string markMessage_;
    // The exam grade form: points typed by question id, the comment
    std::map<std::string, std::string> gradePoints_;
    std::string gradeComment_;
    std::string gradeMessage_;
    bool gradeFailed_ = false;
    CardStack cards_;
};

} // namespace frontline::gui
