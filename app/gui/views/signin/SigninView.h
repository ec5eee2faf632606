#pragma once
// Sign-in: everyone active in the record, filtered as the search box is typed
// in (employee number, name or team). A click, or Enter when one person
// matches, signs in a person without a PIN and opens home. Picking someone
// with a PIN (every trainer) asks for it; a wrong one shows the tries left
// before the lock-out. Trainers land on the trainer screens.
#include <array>
#include <optional>
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
    void drawList(const ViewContext& ctx);
    void drawPinStep(const ViewContext& ctx);
    void drawRow(const ViewContext& ctx, const SigninEntry& e, int index);
    void drawMessage(const ViewContext& ctx);
    void pick(const ViewContext& ctx, const SigninEntry& e);
    void submitPin(const ViewContext& ctx);
    void signedIn(const ViewContext& ctx);
    void load(AppSession& session);

    std::vector<SigninEntry> everyone_;
    std::vector<SigninEntry> shown_;
    std::array<char, 256> query_{};
    std::string lastTrainee_;
    std::string loadError_;
    std::string message_;               // why the last pick or PIN did not sign in
    std::optional<SigninEntry> pinFor_; // the person whose PIN is being asked for
    std::array<char, 32> pin_{};        // cleared after every try
    bool focusSearch_ = true;
    bool focusPin_ = false;
};

} // namespace frontline::gui
