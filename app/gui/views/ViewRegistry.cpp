#include "views/ViewRegistry.h"

#include "AppData.h"
#include "views/call/CallView.h"
#include "views/cohort/CohortView.h"
#include "views/debrief/DebriefView.h"
#include "views/editor/EditorView.h"
#include "views/exam/ExamView.h"
#include "views/home/HomeView.h"
#include "views/lexicon/LexiconView.h"
#include "views/library/LibraryView.h"
#include "views/packs/PacksView.h"
#include "views/progress/ProgressView.h"
#include "views/review/ReviewView.h"
#include "views/settings/SettingsView.h"
#include "views/signin/SigninView.h"
#include "views/trainees/TraineesView.h"

namespace frontline::gui {

const std::vector<ViewEntry>& viewRegistry() {
    static const std::vector<ViewEntry> views = {
        {kSigninScreen, [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<SigninView>(in.session); },
         Audience::Anyone, nullptr},
        {"home", [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<HomeView>(in.session, in.data); },
         Audience::Learner, "nav.home"},
        {"progress", [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<ProgressView>(in.session, in.data); },
         Audience::Learner, "nav.progress"},
        {kExamScreen, [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<ExamView>(in.session, in.data); },
         Audience::Learner, "exam.nav"},
        {"library",
         [](const ViewInputs& in) -> std::unique_ptr<View> {
             const AppData& d = in.data;
             return std::make_unique<LibraryView>(buildLibraryModel(d.packsDir.string(), d.packs, d.strings.language()));
         },
         Audience::Anyone, "nav.library"},
        {"call", [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<CallView>(in.session, in.data, false); },
         Audience::Learner, nullptr},
        {"call-feedback",
         [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<CallView>(in.session, in.data, true); },
         Audience::Learner, nullptr},
        {"debrief", [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<DebriefView>(in.session, in.data); },
         Audience::Learner, nullptr},
        {kTrainerHomeScreen,
         [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<ReviewView>(in.session, in.data); }, Audience::Trainer,
         "nav.review"},
        {"cohort", [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<CohortView>(in.session, in.data); },
         Audience::Trainer, "nav.cohort"},
        {"trainees", [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<TraineesView>(in.session); },
         Audience::Trainer, "nav.trainees"},
        {"packs", [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<PacksView>(in.session, in.data); },
         Audience::Trainer, "nav.packs"},
        {"lexicon", [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<LexiconView>(in.data); }, Audience::Trainer,
         "nav.lexicon"},
        {kEditorScreen,
         [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<EditorView>(in.session, in.data, false); },
         Audience::Trainer, "nav.editor"},
        {"graph", [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<EditorView>(in.session, in.data, true); },
         Audience::Trainer, nullptr},
        {"settings", [](const ViewInputs& in) -> std::unique_ptr<View> { return std::make_unique<SettingsView>(in.data); },
         Audience::Anyone, "nav.settings"},
    };
    return views;
}

std::vector<std::string> viewNames() {
    std::vector<std::string> names;
    for (const auto& v : viewRegistry()) names.push_back(v.name);
    return names;
}

ScreenAudiences screenAudiences() {
    ScreenAudiences audiences;
    for (const auto& v : viewRegistry()) audiences[v.name] = v.audience;
    return audiences;
}

std::unique_ptr<View> makeView(const std::string& name, const ViewInputs& in) {
    for (const auto& v : viewRegistry()) {
        if (name == v.name) return v.make(in);
    }
    return nullptr;
}

} // namespace frontline::gui
