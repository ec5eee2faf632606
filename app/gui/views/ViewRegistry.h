#pragma once
// The one list of views: their --view names, how to make them, and where
// they appear in the navigation.
#include <memory>
#include <string>
#include <vector>

#include "session/AppSession.h"
#include "views/View.h"

namespace frontline::gui {

struct AppData;
class AppSession;

// What a view is made from: the bundled content and the running session (the
// store, the programmes and who is signed in).
struct ViewInputs {
    const AppData& data;
    AppSession& session;
};

struct ViewEntry {
    const char* name;
    std::unique_ptr<View> (*make)(const ViewInputs& in);
    Audience audience = Audience::Anyone; // who may see it; sign-in comes first for the others
    const char* navKey = nullptr;         // string key of its tab in the top bar; null when not a tab
};

const std::vector<ViewEntry>& viewRegistry();
std::vector<std::string> viewNames();
ScreenAudiences screenAudiences();
// The screen the app starts on (and returns to on sign-out).
constexpr const char* kSigninScreen = "signin";
// nullptr when no view has that name.
std::unique_ptr<View> makeView(const std::string& name, const ViewInputs& in);

} // namespace frontline::gui
