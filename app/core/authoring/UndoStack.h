#pragma once
// The history of a document's edits. Each step replaces the value at one JSON
// pointer (a field, or the array or object that gained or lost a member), so
// undoing it puts the old value back and redoing puts the new one back.
// Keystrokes typed into one text field coalesce into one step until the view
// ends the burst (the field loses focus), so Ctrl+Z undoes a word, not a letter.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace frontline {

struct EditStep {
    std::string pointer; // the value the step replaces
    nlohmann::ordered_json before;
    nlohmann::ordered_json after;
    std::string field;   // the field the user edited (pointer or inside it), for selecting it again
    bool typing = false; // a keystroke in a text field, may coalesce with the next one
};

class UndoStack {
public:
    // Records a step and forgets the redo history.
    void push(EditStep step);
    // The step a keystroke in field would join, or nullptr: the last step, when
    // it was typing into the same field and the burst is still open.
    EditStep* openBurst(const std::string& field);
    void endBurst() { burstOpen_ = false; }

    bool canUndo() const { return !done_.empty(); }
    bool canRedo() const { return !undone_.empty(); }
    // The step to revert (moved to the redo history), or nullptr.
    const EditStep* undo();
    // The step to apply again (moved back to the history), or nullptr.
    const EditStep* redo();
    size_t undoCount() const { return done_.size(); }
    size_t redoCount() const { return undone_.size(); }

private:
    std::vector<EditStep> done_;
    std::vector<EditStep> undone_;
    bool burstOpen_ = false;
};

} // namespace frontline
