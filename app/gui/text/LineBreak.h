#pragma once
// Line breaking for mixed Chinese and Latin text. Dear ImGui 1.86 wraps only
// at spaces, so a Chinese paragraph (one long "word") breaks anywhere, leaving
// "，" or "。" at the start of a line. This breaks between CJK characters and
// at spaces, and keeps closing punctuation off line starts and opening
// punctuation off line ends (the usual kinsoku rules). No ImGui dependency.
#include <functional>
#include <string_view>
#include <vector>

namespace frontline::gui {

// Width in pixels of one character (given as its UTF-8 bytes).
using MeasureFn = std::function<float(std::string_view)>;

struct LineSpan {
    size_t begin = 0;
    size_t end = 0; // exclusive, trailing spaces excluded
};

// Splits UTF-8 text into lines no wider than maxWidth (a single character wider
// than maxWidth gets a line of its own). Explicit '\n' always breaks.
std::vector<LineSpan> breakLines(std::string_view text, float maxWidth, const MeasureFn& measure);

} // namespace frontline::gui
