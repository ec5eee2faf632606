#include "session/AppSession.h"

#include <ctime>

#include "common/LocalDate.h"

namespace frontline::gui {

EvaluationTime systemTime() {
    const auto now = static_cast<int64_t>(std::time(nullptr));
    return {localDateAt(now), now};
}

AppSession::AppSession(std::unique_ptr<RecordStore> store, Programs programs, Settings settings, std::string firstScreen,
                       ScreenAudiences audiences, std::string signinScreen)
    : store_(std::move(store)), programs_(std::move(programs)), settings_(std::move(settings)), audiences_(std::move(audiences)),
      signinScreen_(std::move(signinScreen)) {
    screen_ = route(firstScreen);
}

Status AppSession::signIn(const std::string& empno, std::optional<std::string> pin) {
    lastPinCheck_.reset();
    auto t = store_->trainee(empno);
    if (!t) return t.error();
    if (!t->active) return makeError("'" + empno + "' is deactivated");
    auto credential = store_->credentialState(empno);
    if (!credential) return credential.error();
    if (!credential->pinSet && t->role == Role::Trainer) {
        return makeError("trainer '" + empno + "' has no PIN yet; set one with `frontline-cli trainee set-pin --empno " + empno + "`");
    }
    if (!credential->pinSet && pin) return makeError("'" + empno + "' has no PIN");
    if (credential->pinSet) {
        if (!pin) return makeError("'" + empno + "' signs in with a PIN");
        auto check = store_->checkPin(empno, *pin);
        if (!check) return check.error();
        lastPinCheck_ = *check;
        switch (check->outcome) {
        case PinCheck::Outcome::Accepted: break;
        case PinCheck::Outcome::Wrong:
            return makeError("wrong PIN; " + std::to_string(check->triesLeft) + " more wrong PINs lock the account");
        case PinCheck::Outcome::Locked:
            return makeError("'" + empno + "' is locked after " + std::to_string(kMaxPinTries) +
                             " wrong PINs; ask another trainer to reset the PIN");
        case PinCheck::Outcome::NoPin: return makeError("the PIN of '" + empno + "' was just removed; try again");
        }
    }
    trainee_ = std::move(t.value());
    if (settings_.lastTrainee != empno) {
        settings_.lastTrainee = empno;
        settingsChanged_ = true;
    }
    return Done{};
}

void AppSession::signOut() {
    trainee_.reset();
    wanted_.reset();
    navigate(signinScreen_);
}

bool AppSession::admits(Audience audience) const {
    switch (audience) {
    case Audience::Anyone: return true;
    case Audience::Learner: return trainee_ && trainee_->role != Role::Trainer;
    case Audience::Trainer: return trainerSignedIn();
    }
    return false;
}

std::string AppSession::resolve(const std::string& screen) const {
    const auto it = audiences_.find(screen);
    return it == audiences_.end() || admits(it->second) ? screen : signinScreen_;
}

std::string AppSession::route(const std::string& screen) {
    std::string next = resolve(screen);
    if (next != screen) wanted_ = screen;
    return next;
}

std::string AppSession::takeScreenAfterSignin() {
    std::optional<std::string> wanted = std::move(wanted_);
    wanted_.reset();
    if (wanted && resolve(*wanted) == *wanted) return *wanted;
    return trainerSignedIn() ? kTrainerHomeScreen : "home";
}

std::optional<std::string> AppSession::applyNavigation() {
    if (!pendingScreen_) return std::nullopt;
    std::string next = route(*pendingScreen_);
    pendingScreen_.reset();
    if (next == screen_) return std::nullopt;
    screen_ = next;
    return screen_;
}

void AppSession::openExam(ExamRequest request) {
    examRequest_ = std::move(request);
    navigate(kExamScreen);
}

std::optional<ExamRequest> AppSession::takeExamRequest() {
    auto request = std::move(examRequest_);
    examRequest_.reset();
    return request;
}

void AppSession::openEditor(EditRequest request) {
    editRequest_ = std::move(request);
    navigate(kEditorScreen);
}

void AppSession::openReview(int64_t attemptId) {
    reviewRequest_ = attemptId;
    navigate(kTrainerHomeScreen);
}

std::optional<int64_t> AppSession::takeReviewRequest() {
    auto request = reviewRequest_;
    reviewRequest_.reset();
    return request;
}

std::optional<EditRequest> AppSession::takeEditRequest() {
    auto request = std::move(editRequest_);
    editRequest_.reset();
    return request;
}

void AppSession::updateSettings(const Settings& settings) {
    if (settings == settings_) return;
    settings_ = settings;
    settingsChanged_ = true;
}

bool AppSession::takeSettingsChange() {
    const bool changed = settingsChanged_;
    settingsChanged_ = false;
    return changed;
}

Result<EvaluatedRecord> AppSession::evaluatedRecord() const {
    if (!trainee_) return makeError("nobody is signed in");
    auto history = store_->history(trainee_->empno);
    if (!history) return history.error();
    EvaluatedRecord r;
    r.time = now();
    r.evaluation = evaluateLifecycle(programs_, *history, r.time.today, r.time.nowSeconds);
    r.history = std::move(*history);
    return r;
}

} // namespace frontline::gui
