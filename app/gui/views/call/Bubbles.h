#pragma once
// Painting for the call screen and the debrief: wrapped text whose hit and
// forbidden words are marked (the trainee's own words, coloured), and chat
// bubbles, customer on the left and agent on the right.
#include <string>
#include <vector>

#include <imgui.h>

#include "theme/Theme.h"
#include "views/call/ReplyHighlight.h"

namespace frontline::gui {

// Lines of segments (Chinese-aware breaks) at most maxWidth wide, laid out once and painted at any position.
struct RichLayout {
    struct Piece {
        size_t segment = 0;
        size_t begin = 0, end = 0; // bytes of that segment's text
        float x = 0;
    };
    std::vector<std::vector<Piece>> lines;
    float width = 0; // the widest line
    float lineHeight = 0;
    float height() const { return lineHeight * static_cast<float>(lines.empty() ? 1 : lines.size()); }
};

RichLayout layoutRich(const std::vector<ReplySegment>& segments, float maxWidth);
void paintRich(ImDrawList* draw, ImVec2 at, const RichLayout& layout, const std::vector<ReplySegment>& segments, const Theme& theme,
               Rgba plain);

// A wrapped paragraph with marked words, advancing the cursor like wrappedText().
void richText(const std::vector<ReplySegment>& segments, const Theme& theme);

// A chat bubble at most maxShare of the available width; right-aligned for the agent.
// Returns true when clicked. label (the speaker) goes above it in small muted text.
struct BubbleStyle {
    bool right = false;
    Rgba fill;
    Rgba border;
    bool selected = false;
};
bool chatBubble(const char* id, const std::string& label, const std::vector<ReplySegment>& segments, const BubbleStyle& style,
                const Theme& theme, float maxShare);

} // namespace frontline::gui
