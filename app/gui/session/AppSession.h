#pragma once
// What the app holds while it runs, with no window: the open training record,
// the programmes, the user's settings, who is signed in, and which screen is
// showing. Views ask for changes here (navigate, sign in, new settings); the
// app applies them between frames, so a view is never replaced mid-draw.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "certification/CertificationLifecycle.h"
#include "common/CalendarDate.h"
#include "common/Result.h"
#include "programs/Programs.h"
#include "records/RecordStore.h"
#include "session/Settings.h"

namespace frontline::gui {

// The moment the certification rules are evaluated at: the local calendar day and the UTC time.
struct EvaluationTime {
    CalendarDate today;
    int64_t nowSeconds = 0;
};
EvaluationTime systemTime();

// The signed-in person's whole record and what the certification rules make of
// it now: what home, progress and the exam list are built from.
struct EvaluatedRecord {
    TraineeHistory history;
    LifecycleEvaluation evaluation;
    EvaluationTime time;
};

// Who may see a screen: anyone, a signed-in trainee or agent (their own
// record), or a signed-in trainer (authoring, review, the cohort).
enum class Audience { Anyone, Learner, Trainer };
using ScreenAudiences = std::map<std::string, Audience>;

// The screen that sits written exams, and which exam it should open.
constexpr const char* kExamScreen = "exam";
struct ExamRequest {
    std::string examId;                               // empty: the next exam due
    bool startNow = false;                            // skip the introduction; the clock starts at once
    std::optional<uint64_t> seed;                     // the paper's seed; a fresh one when unset
    std::optional<std::filesystem::path> answersFile; // fill in these answers and submit at once (screenshots)
};

// Which call the call screen opens: a scenario of a pack in a mode. An empty
// scenarioId means the trainee's next recommended scenario. replies are sent
// before the first frame (screenshot and bench modes), one per turn.
struct CallRequest {
    std::string packId; // empty: the pack in the UI language that has the scenario
    std::string scenarioId;
    PlayMode mode = PlayMode::Practice;
    std::vector<std::string> replies;
};

// The screen a trainer lands on after signing in.
constexpr const char* kTrainerHomeScreen = "review";

// Which scenario the editor opens, set by the pack library (and the graph's
// node clicks): the pack's folder, a scenario of it (empty: the first) and a
// node to select (empty: the start). graph opens the graph instead of the forms.
constexpr const char* kEditorScreen = "editor";
struct EditRequest {
    std::filesystem::path packDir;
    std::string scenarioId;
    std::string nodeId;
    bool graph = false;
    // A field to put the keyboard focus on: a JSON pointer inside the node
    // ("/model_answers/1"), or inside the scenario when there is no node.
    std::string field;
};

class AppSession {
public:
    // audiences: who may see each screen (unlisted screens are for anyone);
    // asking for a screen the signed-in person may not see leads to signinScreen.
    AppSession(std::unique_ptr<RecordStore> store, Programs programs, Settings settings, std::string firstScreen, ScreenAudiences audiences,
               std::string signinScreen);

    RecordStore& store() { return *store_; }
    const RecordStore& store() const { return *store_; }
    const Programs& programs() const { return programs_; }
    EvaluationTime now() const { return systemTime(); }

    // Signs in an active person. Whoever has a PIN must give it, and the store
    // checks it (wrong ones count toward the lock-out); trainers must have
    // one. After a refused PIN, lastPinCheck() says why (wrong, tries left;
    // locked), so the screen can say it in the UI language.
    Status signIn(const std::string& empno, std::optional<std::string> pin = std::nullopt);
    const std::optional<PinCheck>& lastPinCheck() const { return lastPinCheck_; }
    void signOut();
    // The sign-out button: the app asks the views first (one may hold unsaved
    // edits, see View::interceptSignOut), then signs out, between frames.
    void requestSignOut() { signOutRequested_ = true; }
    // True once after requestSignOut().
    bool takeSignOutRequest() {
        const bool requested = signOutRequested_;
        signOutRequested_ = false;
        return requested;
    }
    const std::optional<Trainee>& trainee() const { return trainee_; }
    bool trainerSignedIn() const { return trainee_ && trainee_->role == Role::Trainer; }
    // True when the signed-in person (or nobody) may see screens for this audience.
    bool admits(Audience audience) const;
    // The signed-in person's record, evaluated now; an error when nobody is
    // signed in or the store cannot be read.
    Result<EvaluatedRecord> evaluatedRecord() const;

    // The screen showing now, and a request to show another from the next frame.
    const std::string& screen() const { return screen_; }
    void navigate(const std::string& screen) { pendingScreen_ = screen; }
    // Applies a pending request (redirecting to sign-in when it needs a
    // trainee and nobody is signed in); returns the new screen, if it changed.
    std::optional<std::string> applyNavigation();
    // Where to go once someone signs in: the screen that sent them to sign-in
    // (a trainer who opened the editor lands in it) when they may see it,
    // else their home (trainers: kTrainerHomeScreen). Taken once.
    std::string takeScreenAfterSignin();

    // Opens the exam screen on an exam from the next frame; the screen takes the request once.
    void openExam(ExamRequest request);
    std::optional<ExamRequest> takeExamRequest();

    // The call the call screen opens next; views set it before navigating there.
    void requestCall(CallRequest request) { callRequest_ = std::move(request); }
    const CallRequest& callRequest() const { return callRequest_; }

    // Opens the editor on a scenario from the next frame; the editor takes the request once.
    void openEditor(EditRequest request);
    std::optional<EditRequest> takeEditRequest();

    // Opens the review screen on one scenario attempt from the next frame; the screen takes the request once.
    void openReview(int64_t attemptId);
    std::optional<int64_t> takeReviewRequest();

    const Settings& settings() const { return settings_; }
    // Views change settings through this; the app picks the change up between frames.
    void updateSettings(const Settings& settings);
    // True once after settings changed (and the change should be applied and saved).
    bool takeSettingsChange();

    // The packs on disk changed (an import or a duplicate): the app reloads
    // them between frames, so every screen sees the new pack.
    void packsChanged() { packsChanged_ = true; }
    // True once after packsChanged().
    bool takePacksChange() {
        const bool changed = packsChanged_;
        packsChanged_ = false;
        return changed;
    }

private:
    std::string resolve(const std::string& screen) const;
    // resolve(), remembering a screen that sent the user to sign in.
    std::string route(const std::string& screen);

    std::unique_ptr<RecordStore> store_;
    Programs programs_;
    Settings settings_;
    bool settingsChanged_ = false;
    bool packsChanged_ = false;
    bool signOutRequested_ = false;
    std::optional<Trainee> trainee_;
    std::optional<PinCheck> lastPinCheck_;
    std::string screen_;
    std::optional<std::string> pendingScreen_;
    std::optional<std::string> wanted_; // asked for before signing in
    std::optional<ExamRequest> examRequest_;
    std::optional<int64_t> reviewRequest_;
    std::optional<EditRequest> editRequest_;
    ScreenAudiences audiences_;
    std::string signinScreen_;
    CallRequest callRequest_;
};

} // namespace frontline::gui
