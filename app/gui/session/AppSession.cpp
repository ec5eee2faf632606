#include "session/AppSession.h"

#include <ctime>

namespace frontline::gui {

EvaluationTime systemTime() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return {CalendarDate{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday}, static_cast<int64_t>(now)};
}

AppSession::AppSession(std::unique_ptr<RecordStore> store, Programs programs, Settings settings, std::string firstScreen,
                       ScreenAudiences audiences, std::string signinScreen)
    : store_(std::move(store)), programs_(std::move(programs)), settings_(std::move(settings)),
      audiences_(std::move(audiences)), signinScreen_(std::move(signinScreen)) {
    screen_ = resolve(firstScreen);
}

Status AppSession::signIn(const std::string& empno) {
    auto t = store_->trainee(empno);
    if (!t) return t.error();
    if (!t->active) return makeError("'" + empno + "' is deactivated");
    if (t->role == Role::Trainer) return makeError("'" + empno + "' is a trainer; trainer sign-in needs a PIN");
    trainee_ = std::move(t.value());
    if (settings_.lastTrainee != empno) {
        settings_.lastTrainee = empno;
        settingsChanged_ = true;
    }
    return Done{};
}

void AppSession::signOut() {
    trainee_.reset();
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

std::optional<std::string> AppSession::applyNavigation() {
    if (!pendingScreen_) return std::nullopt;
    std::string next = resolve(*pendingScreen_);
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
