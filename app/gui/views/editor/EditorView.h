#pragma once
// The scenario editor screen (trainers): a toolbar (scenario picker, save,
// undo, redo, form or graph, unsaved marker, pack version), the scenario's
// parts on the left, the selected part's form in the middle (with the
// try-a-reply panel beside a customer node), or the graph, and the problems
// panel below: every problem `frontline-cli validate` would report, re-checked
// on each edit, each a line that jumps to its field. Ctrl+Z / Ctrl+Y undo and
// redo, Ctrl+S saves; a save reloads the app's packs. Picking another
// scenario or signing out with unsaved edits asks to save, discard or
// cancel. Logic: EditorModel.
#include <string>

#include "views/View.h"
#include "views/editor/EditorModel.h"
#include "views/editor/GraphCanvas.h"
#include "views/editor/TryReplyPanel.h"

namespace frontline::gui {

struct AppData;

class EditorView : public View {
public:
    // graph: the "graph" screen, which opens in graph mode.
    EditorView(AppSession& session, const AppData& data, bool graph);
    const char* name() const override { return graph_ ? "graph" : "editor"; }
    const char* titleKey() const override { return "editor.title"; }
    void draw(const ViewContext& ctx) override;
    // Unsaved edits survive a visit to another screen.
    bool holdsUnsavedWork() const override { return model_.isOpen() && model_.document().dirty(); }
    // With unsaved edits, asks "save, discard or cancel" before signing out.
    bool interceptSignOut() override;

private:
    void start();
    void openScenario(const EditRequest& request);
    void handleShortcuts();
    void save();
    void leave(const LeaveRequest& request);
    void drawLeavePrompt(const ViewContext& ctx);
    void drawToolbar(const ViewContext& ctx);
    void drawParts(const ViewContext& ctx, float height);
    void drawForm(const ViewContext& ctx, float height);
    void drawGraph(const ViewContext& ctx, float height);
    void drawProblems(const ViewContext& ctx, float height);

    AppSession& session_;
    const AppData& data_;
    bool graph_ = false;
    bool started_ = false;
    EditorModel model_;
    std::string openError_; // why no scenario could be opened
    GraphCanvasState graphState_;
    TryReplyPanel tryPanel_;
    bool openLeavePrompt_ = false;
};

} // namespace frontline::gui
