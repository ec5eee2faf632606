#pragma once
// Small painting helpers shared by views: chips, level dots, a meter, section
// titles. They take finished text; views look it up in the string table.
#include <map>
#include <string>

#include <imgui.h>

#include "theme/Theme.h"

namespace frontline::gui {

// Opens a white, rounded, padded card (a child window); always pair with endCard().
bool beginCard(const char* id, ImVec2 size);
void endCard();

// Cards as tall as their content: ImGui 1.86 child windows need a height up
// front, so each card's height is measured at the end of one frame and used
// from the next (the first frame uses a guess). A view keeps one CardStack.
class CardStack {
public:
    bool begin(const char* id, float width);
    void end();

private:
    std::map<std::string, float> heights_;
    std::string current_;
};

// Wrapped text in the heading font (the current font when heading is null).
void headingText(ImFont* heading, const std::string& text);

// A muted, spaced heading that starts a section of a card.
void sectionTitle(const std::string& text, const Theme& theme);

// A rounded label; stays on the current line so chips can follow with SameLine().
void chip(const std::string& text, Rgba foreground, Rgba background);

float chipWidth(const std::string& text);

// Between items of a flowing row: stays on the line when the next item (of
// nextWidth pixels) still fits, else lets it start a new line.
void flowSameLine(float nextWidth, float spacing = -1.0f);

// value filled dots out of max, e.g. difficulty 3 of 5.
void levelDots(int value, int max, Rgba on, Rgba off);
float levelDotsWidth(int max);

// A lock drawn as a shape (no font has to have the emoji), one text line tall.
void lockIcon(Rgba color);

// A small filled circle centred on the current text line, as a status marker.
void statusDot(Rgba color);

// A horizontal bar filled to fraction (0-1).
void meter(float fraction, float widthPx, Rgba fill, Rgba track);

// Text wrapped to the available width with Chinese-aware line breaks.
void wrappedText(const std::string& text);
// The same in a palette colour.
void wrappedText(const std::string& text, Rgba color);

// A modal dialog centred on the window, widthEm wide: opened on the frame
// `open` is set (which clears it). True while it shows; then call ImGui::EndPopup().
bool beginCenteredModal(const std::string& title, bool& open, float widthEm);

// A bullet followed by text wrapped at the right edge of the window.
void bulletWrapped(const std::string& text);

// Text in a palette colour.
void coloredText(const std::string& text, Rgba color);

// text shortened with an ellipsis to fit maxWidth pixels (whole characters only).
std::string fitText(const std::string& text, float maxWidth);

// A full-width selectable showing a title line and a second, smaller-weight
// line in another colour; long lines end in an ellipsis and show in full
// in a tooltip. Returns true when clicked.
bool twoLineSelectable(const char* id, bool selected, const std::string& title, const std::string& detail, Rgba detailColor);

// A label/value table: labels as wide as they need, values wrap in the rest.
// Fill with tableRow(); close with ImGui::EndTable() when this returns true.
bool beginFactTable(const char* id);

// The screen's main action: a button in the accent colour with white text.
bool primaryButton(const char* label, const Theme& theme, ImVec2 size = ImVec2(0, 0));

// A key pressed this frame (not repeats), in the 1.86 key-index API.
bool keyPressed(ImGuiKey key);

// A label/value row of a table opened with beginFactTable().
void tableRow(const std::string& label, const std::string& value, const Theme& theme);

} // namespace frontline::gui
