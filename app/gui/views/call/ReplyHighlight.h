#pragma once
// A graded reply cut into runs of plain text and the words that hit a
// criterion or showed forbidden behaviour, so the call screen can colour the
// trainee's own words without knowing about character offsets.
#include <string>
#include <vector>

#include "grading/ReplyGrade.h"

namespace frontline::gui {

enum class HighlightKind { Plain, Hit, Forbidden };

struct ReplySegment {
    std::string text; // UTF-8 bytes of the reply
    HighlightKind kind = HighlightKind::Plain;
};

// The reply in order, split at the grade's spans (character offsets). Where a
// hit and a forbidden span overlap, forbidden wins: it is what must be seen.
std::vector<ReplySegment> highlightReply(const std::string& reply, const ReplyGrade& grade);

} // namespace frontline::gui
