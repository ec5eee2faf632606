#include "grading/ConceptMatcher.h"

#include <algorithm>

namespace frontline {

namespace {

// True when one of cues occurs in window (padded with spaces); English cues
// must stand as whole words. Words of notCues are blanked out first, so the
// 不 of "不过" is no cue.
bool containsCue(std::u32string window, const std::vector<std::string>& cues, const std::vector<std::string>& notCues, bool words) {
    for (const auto& word : notCues) {
        std::u32string w = toU32(word);
        for (size_t pos = window.find(w); pos != std::u32string::npos; pos = window.find(w, pos + w.size()))
            std::fill_n(window.begin() + static_cast<std::ptrdiff_t>(pos), w.size(), U' ');
    }
    for (const auto& cueUtf8 : cues) {
        std::u32string cue = toU32(cueUtf8);
        for (size_t pos = window.find(cue); pos != std::u32string::npos; pos = window.find(cue, pos + 1)) {
            bool bounded =
                !words || (!isWordChar(window[pos - 1]) && (pos + cue.size() >= window.size() || !isWordChar(window[pos + cue.size()])));
            if (bounded) return true;
        }
    }
    return false;
}

} // namespace

std::u32string ConceptMatcher::window(const std::u32string& text, int from, int step, int size) const {
    // Walks away from the match (step -1 backwards, +1 forwards) and stops at
    // clause punctuation: "抱歉，不过" keeps the apology.
    const int n = static_cast<int>(text.size());
    int lo = from, hi = from; // the window is [lo, hi)
    auto take = [&](int i) {
        lo = std::min(lo, i);
        hi = std::max(hi, i + 1);
    };
    int i = step < 0 ? from - 1 : from;
    for (int counted = 0; i >= 0 && i < n && counted < size;) {
        char32_t c = text[static_cast<size_t>(i)];
        if (isClausePunct(c)) break;
        if (!lexicon_.wordBased()) {
            take(i);
            i += step;
            ++counted;
        } else if (!isWordChar(c)) { // spaces, quotes and emoji only separate words
            i += step;
        } else {
            for (; i >= 0 && i < n && isWordChar(text[static_cast<size_t>(i)]); i += step) take(i);
            ++counted;
        }
    }
    return U" " + text.substr(static_cast<size_t>(lo), static_cast<size_t>(hi - lo)) + U" ";
}

bool ConceptMatcher::negatedAt(const std::u32string& text, int begin) const {
    const auto& rule = lexicon_.negation();
    return containsCue(window(text, begin, -1, rule.window), rule.cues, rule.notCues, lexicon_.wordBased());
}

bool ConceptMatcher::refusedAfter(const std::u32string& text, int end) const {
    const auto& rule = lexicon_.negation();
    if (rule.afterCues.empty()) return false;
    return containsCue(window(text, end, +1, rule.afterWindow), rule.afterCues, {}, lexicon_.wordBased());
}

void ConceptMatcher::collect(const NormalizedText& reply, const Pattern& pattern, const Concept* concept, bool forbidden,
                             const std::vector<MatchSpan>& excluded, ConceptMatch& out) const {
    if (!pattern.mayOccurIn(reply.pairs)) return;
    for (const auto& m : pattern.findAll(reply.text)) {
        bool isExcluded = false;
        for (const auto& e : excluded) isExcluded = isExcluded || (e.begin < m.end && m.begin < e.end);
        if (isExcluded) continue;
        bool negatable = concept ? concept->negatable : true;
        if (negatable && (negatedAt(reply.text, m.begin) || (forbidden && refusedAfter(reply.text, m.end)))) continue;
        TextSpan span{reply.origin[static_cast<size_t>(m.begin)], reply.origin[static_cast<size_t>(m.end - 1)] + 1};
        bool overlaps = false;
        for (const auto& s : out.spans) overlaps = overlaps || (s.begin < span.end && span.begin < s.end);
        if (overlaps) continue;
        out.spans.push_back(span);
        out.patterns.push_back(pattern.source());
    }
}

ConceptMatch ConceptMatcher::match(const NormalizedText& reply, const std::string& conceptId, const std::vector<std::string>& phrases,
                                   bool forbidden) const {
    ConceptMatch out;
    const Concept* concept = conceptId.empty() ? nullptr : lexicon_.concept(conceptId);
    // Where the concept's exclusions occur depends only on the reply: find them once.
    std::vector<MatchSpan> excluded;
    if (concept) {
        for (const auto& ex : concept->exclude) {
            if (!ex.mayOccurIn(reply.pairs)) continue;
            auto spans = ex.findAll(reply.text);
            excluded.insert(excluded.end(), spans.begin(), spans.end());
        }
        forbidden = forbidden || concept->forbidden;
        for (const auto& p : concept->patterns) collect(reply, p, concept, forbidden, excluded, out);
    }
    for (const auto& phrase : phrases) {
        auto p = phrases_.get(phrase, [&](const std::string& text) {
            std::string err; // packs are validated on load, so a bad phrase just never matches
            return Pattern::compile(text, lexicon_.wordBased(), err);
        });
        if (p) collect(reply, *p, concept, forbidden, excluded, out);
    }
    return out;
}

} // namespace frontline
