#pragma once
// The scenario editor with no window: which scenario of which pack is open
// (a ScenarioDocument: edits, undo and redo, live problems, save), which part
// of it the form shows, where the keyboard focus should jump when a problem
// is clicked, form or graph mode, and the outcome of the last save, which is
// also written to the audit log.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "authoring/ScenarioDocument.h"
#include "common/Result.h"
#include "records/RecordStore.h"
#include "scenario/PackLoader.h"
#include "session/AppSession.h"

namespace frontline::gui {

// The left column: the scenario's fields, then every node.
enum class PartKind { Scenario, Persona, Policy, Objectives, Slots, Node };
struct EditorPart {
    PartKind kind = PartKind::Scenario;
    int node = -1; // index into "nodes" for PartKind::Node
    bool operator==(const EditorPart& o) const { return kind == o.kind && node == o.node; }
};

// The part whose form shows the field at pointer ("/nodes/3/lines/0" -> node 3).
EditorPart partFor(const std::string& pointer);
// "/nodes/3" for node 3; "" for the scenario's own fields.
std::string partPointer(const EditorPart& part);

// A scenario of the open pack, for the picker.
struct ScenarioEntry {
    std::string file; // name inside the pack folder
    std::string id;
    std::string title;
};

enum class EditorMode { Form, Graph };

// Leaving the open scenario (another one picked, or signing out) while it
// has unsaved edits asks first: save, discard or cancel.
struct LeaveRequest {
    bool signOut = false;
    EditRequest open; // the scenario to open instead, when not signing out
};
enum class LeaveAnswer { Save, Discard, Cancel };

// What the last save did: the new version, or why nothing was written.
struct SaveOutcome {
    bool ok = false;
    std::string version;
    std::string detail; // the error, when not ok
};

// "core-zh/order-status[/node[/field...]]" as an edit request on the pack with
// that id among packs; "core-zh/order-status/opening/model_answers/1" focuses that answer.
Result<EditRequest> editRequestFor(const std::string& ref, const std::vector<PackLoad>& packs);
// No request: the first scenario of the first pack in the UI language (else of the first pack).
std::optional<EditRequest> defaultEditRequest(const std::vector<PackLoad>& packs, const std::string& language);

class EditorModel {
public:
    // lexicons must outlive the model.
    explicit EditorModel(const LexiconSet& lexicons) : lexicons_(lexicons) {}

    // Opens a scenario (empty id: the pack's first), selects a node (empty: none)
    // and moves the focus to the request's field, if any.
    Status open(const EditRequest& request);
    bool isOpen() const { return document_.has_value(); }
    ScenarioDocument& document() { return *document_; }
    const ScenarioDocument& document() const { return *document_; }
    const std::vector<ScenarioEntry>& scenarios() const { return scenarios_; }
    // The open scenario's index in scenarios(), -1 when it is not listed.
    int scenarioIndex() const;

    std::vector<EditorPart> parts() const;
    const EditorPart& selected() const { return selected_; }
    void select(EditorPart part);
    bool selectNode(const std::string& nodeId);

    EditorMode mode = EditorMode::Form;

    // Undo and redo, selecting the part that changed.
    void undo();
    void redo();

    // A problem line was clicked: show its part and move the focus to its field.
    void jumpTo(const std::string& pointer);
    // Asked by each field as it is drawn: true once, for the field that should
    // take the keyboard focus (the problem's own field or the one holding it;
    // failing that, on the next frame, the first field inside it).
    bool takeFocus(const std::string& fieldPointer);
    // True while a focus jump is waiting for a field under prefix (so a folded section opens).
    bool focusPendingWithin(const std::string& prefix) const;
    void endFrame();

    // Saves; on success appends "scenario.save" to the audit log as actor.
    const SaveOutcome& save(RecordStore& store, const std::string& actor);
    const std::optional<SaveOutcome>& lastSave() const { return lastSave_; }

    // True when request may go ahead now (nothing unsaved); otherwise it
    // waits in pendingLeave() for the person's answer.
    bool requestLeave(LeaveRequest request);
    const std::optional<LeaveRequest>& pendingLeave() const { return pendingLeave_; }
    // Answers the pending request and returns it when it should go ahead now:
    // after Discard, or after Save when the save worked (a refused save keeps
    // the document, and lastSave() says why). Discarding before a sign-out
    // closes the document, so nothing unsaved is kept for anyone.
    std::optional<LeaveRequest> answerLeave(LeaveAnswer answer, RecordStore& store, const std::string& actor);

    // The concept ids of the pack language's lexicon for a criterion kind, sorted.
    std::vector<std::string> conceptIds(bool forbidden) const;
    // The node ids of the document, in order (branch targets, start).
    std::vector<std::string> nodeIds() const;

private:
    void clampSelection();

    const LexiconSet& lexicons_;
    std::optional<ScenarioDocument> document_;
    std::vector<ScenarioEntry> scenarios_;
    EditorPart selected_;
    std::string focusTarget_;
    int focusPass_ = -1; // -1: no jump pending; 0: exact or holding field; 1: first field inside
    std::optional<SaveOutcome> lastSave_;
    std::optional<LeaveRequest> pendingLeave_;
};

} // namespace frontline::gui
