#pragma once
// The editor's form widgets: each binds one place of the scenario document
// (a JSON pointer), draws its current value with a label from the string
// table, and turns a change into one document edit, so Ctrl+Z undoes it.
// Typing into a text field is one edit per burst. Widgets take the keyboard
// focus when a clicked problem names their field.
#include <string>
#include <vector>

#include "views/View.h"
#include "views/editor/EditorModel.h"

namespace frontline::gui {

class EditorFields {
public:
    EditorFields(const ViewContext& ctx, EditorModel& model) : ctx_(ctx), model_(model) {}

    // A string; multiline for long text. optional: absent is allowed (add and remove buttons).
    void text(const char* labelKey, const std::string& pointer, bool multiline = false, bool optional = false);
    // An integer in [min, max]; optional ones have a checkbox that adds (with fallback) or removes the key.
    void integer(const char* labelKey, const std::string& pointer, int min, int max, bool optional = false, int fallback = 0);
    // A number of seconds or similar, optional like integer.
    void number(const char* labelKey, const std::string& pointer, double min, double max, bool optional, double fallback);
    // One of options (shown as they are: ids). optional: a "(none)" entry removes the key.
    void choice(const char* labelKey, const std::string& pointer, const std::vector<std::string>& options, bool optional = false);
    // A boolean whose absence means false; unticking removes the key.
    void flag(const char* labelKey, const std::string& pointer);
    // An array of strings: each item editable, with up, down and remove; an add button.
    void textList(const char* labelKey, const std::string& arrayPointer, bool multiline = false);
    // An array of ids chosen from options (branch hit / missed).
    void choiceList(const char* labelKey, const std::string& arrayPointer, const std::vector<std::string>& options);

    // Up, down and remove buttons for element index of arrayPointer, on the current line.
    void itemButtons(const std::string& arrayPointer, size_t index, size_t count);
    // A small button with a string-table label; true when clicked.
    bool button(const char* labelKey);
    void label(const char* labelKey);

private:
    void focusIfAsked(const std::string& pointer);
    // An optional value's checkbox: ticking adds fallback at pointer, unticking
    // removes it. Returns the value now there; when there is none, notes the
    // default that applies instead (shownDefault) and returns nullptr.
    const ScenarioDocument::Json* presenceToggle(const std::string& pointer, const ScenarioDocument::Json& fallback, int shownDefault);

    const ViewContext& ctx_;
    EditorModel& model_;
};

// A text field of the given width (multiline: and height) on a std::string.
bool editString(const char* id, std::string& value, bool multiline, float width, float height = 0.0f);

} // namespace frontline::gui
