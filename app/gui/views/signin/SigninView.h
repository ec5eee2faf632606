#pragma once
// Sign-in: everyone active in the record, filtered as the search box is typed
// in (employee number, name or team). A click, or Enter when one person
// matches, signs in and opens the home screen. Trainers show a lock: their
// PIN sign-in is not built yet, so they cannot be picked here.
#include <array>
#include <string>
#include <vector>

#include "views/View.h"
#include "views/signin/SigninModel.h"

namespace frontline::gui {

class SigninView : public View {
public:
    explicit SigninView(AppSession& session);
    const char* name() const override { return "signin"; }
    const char* titleKey() const override { return "signin.title"; }
    void draw(const ViewContext& ctx) override;

private:
    void drawRow(const ViewContext& ctx, const SigninEntry& e, int index);
    void pick(const ViewContext& ctx, const SigninEntry& e);

    std::vector<SigninEntry> everyone_;
    std::vector<SigninEntry> shown_;
    std::array<char, 256> query_{};
    std::string lastTrainee_;
    std::string loadError_;
    std::string message_; // why the last pick did not sign in
    bool focusSearch_ = true;
};

} // namespace frontline::gui
