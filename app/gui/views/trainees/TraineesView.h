#pragma once
// Trainees (trainers only): everyone in the record in a table, deactivated
// people greyed, with search and a team filter; beside it a form to add a
// person or edit the selected one, deactivate or reactivate them, and set or
// reset their sign-in PIN. It paints a TraineesModel, which does the work.
#include <array>
#include <optional>
#include <string>

#include "views/View.h"
#include "views/trainees/TraineesModel.h"

namespace frontline::gui {

class TraineesView : public View {
public:
    explicit TraineesView(AppSession& session);
    const char* name() const override { return "trainees"; }
    const char* titleKey() const override { return "trainees.title"; }
    void draw(const ViewContext& ctx) override;

private:
    using TextBuffer = std::array<char, 256>;
    using PinBuffer = std::array<char, 32>;

    void drawFilters(const ViewContext& ctx);
    void drawTable(const ViewContext& ctx);
    void drawSide(const ViewContext& ctx);
    void drawForm(const ViewContext& ctx, const TraineeRow* editing); // nullptr: the add form
    void drawStatus(const ViewContext& ctx, const TraineeRow& row);
    void drawPin(const ViewContext& ctx, const TraineeRow& row);
    void drawMessage(const ViewContext& ctx);
    void select(const TraineeRow* row);
    void show(const TraineeActionResult& result);
    TraineeForm typedForm() const;

    std::optional<TraineesModel> model_;
    std::string loadError_;
    TextBuffer query_{};
    std::string team_;     // empty: every team
    std::string selected_; // empno; empty: the add form
    TextBuffer empno_{}, personName_{}, team2_{}, hireDate_{};
    Role role_ = Role::Trainee;
    PinBuffer pin_{}, pinRepeat_{};
    std::optional<TraineeActionResult> message_; // what the last action came to
};

} // namespace frontline::gui
