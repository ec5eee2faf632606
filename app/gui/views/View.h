#pragma once
// One screen of the app. A view owns its state as plain data and paints it in
// draw(); it never keeps function-local statics. Views are listed once, in
// ViewRegistry.cpp.
#include <string>

#include <imgui.h>

#include "i18n/StringTable.h"
#include "theme/Theme.h"

namespace frontline::gui {

class AppSession;

// What every view may use while drawing. Views change the session (navigate,
// sign in, settings) only through its request methods.
struct ViewContext {
    const StringTable& strings;
    const Theme& theme;
    ImFont* headingFont = nullptr;
    AppSession& session;
};

class View {
public:
    virtual ~View() = default;
    virtual const char* name() const = 0;     // "library"; the --view value
    virtual const char* titleKey() const = 0; // string-table key of the title
    // Paints into the content area the app frame has opened.
    virtual void draw(const ViewContext& ctx) = 0;
    // True while the view holds work that exists nowhere else (an exam being
    // sat): the app keeps the view when the trainee goes to another screen,
    // and shows it again on return, instead of building a new one.
    virtual bool holdsUnsavedWork() const { return false; }
    // Someone asked to sign out. A view whose unsaved work would be lost and
    // that can ask about it (the editor: save, discard or cancel) returns true
    // and signs out itself if the person agrees; false lets the sign-out go ahead.
    virtual bool interceptSignOut() { return false; }
};

} // namespace frontline::gui
