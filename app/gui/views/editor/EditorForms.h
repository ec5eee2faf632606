#pragma once
// The form of each part of a scenario (FORMAT.md, field by field), drawn
// with EditorFields so every change is one undoable document edit.
#include "views/View.h"
#include "views/editor/EditorModel.h"

namespace frontline::gui {

// Draws the form of the model's selected part.
void drawPartForm(const ViewContext& ctx, EditorModel& model);

// Appends a new node of the type ("customer" or "terminal") and selects it.
void addNode(EditorModel& model, const std::string& type);

} // namespace frontline::gui
