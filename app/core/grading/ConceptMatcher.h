#pragma once
// Finds where a lexicon concept or a rubric's own phrases occur in a reply,
// honouring the lexicon's negation window and exclusions.
#include <string>
#include <vector>

#include "common/MemoCache.h"
#include "grading/Lexicon.h"
#include "grading/TextNormalizer.h"

namespace frontline {

struct TextSpan {
    int begin = 0; // character offsets into the original reply, end exclusive
    int end = 0;
};

struct ConceptMatch {
    std::vector<TextSpan> spans;
    std::vector<std::string> patterns; // which pattern produced each span
    bool hit() const { return !spans.empty(); }
};

class ConceptMatcher {
public:
    explicit ConceptMatcher(const Lexicon& lexicon) : lexicon_(lexicon) {}

    // Matches of the concept (may be empty/unknown) plus the extra phrases.
    // For forbidden behaviour a refusal right after the match also negates it:
    // "免单我们做不到" promises nothing (for required ones "理解您的心情但不能…" still shows empathy).
    ConceptMatch match(const NormalizedText& reply, const std::string& conceptId, const std::vector<std::string>& phrases,
                       bool forbidden = false) const;

    // True when a negation cue stands in the window just before position begin.
    bool negatedAt(const std::u32string& text, int begin) const;
    // True when a refusal cue follows a match ending at end ("免单我们做不到").
    bool refusedAfter(const std::u32string& text, int end) const;

private:
    // The text within size characters (zh) or words (en) of position from,
    // backwards (step -1) or forwards (+1), padded with a space each side.
    std::u32string window(const std::u32string& text, int from, int step, int size) const;
    void collect(const NormalizedText& reply, const Pattern& pattern, const Concept* concept, bool forbidden,
                 const std::vector<MatchSpan>& excluded, ConceptMatch& out) const;

    const Lexicon& lexicon_;
    MemoCache<std::optional<Pattern>> phrases_; // rubric phrases, compiled once
};

} // namespace frontline
