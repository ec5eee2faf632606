#include "grading/ConceptMatcher.h"

namespace frontline {

bool ConceptMatcher::negatedAt(const std::u32string& text, int begin) const {
    const auto& rule = lexicon_.negation();
    // The window runs back from the match and stops at clause punctuation.
    int start = begin;
    if (lexicon_.wordBased()) {
        int words = 0;
        for (int i = begin - 1; i >= 0 && words < rule.window;) {
            char32_t c = text[static_cast<size_t>(i)];
            if (isClausePunct(c)) break;
            if (!isWordChar(c)) { // spaces, quotes and emoji only separate words
                --i;
                continue;
            }
            while (i >= 0 && isWordChar(text[static_cast<size_t>(i)])) --i;
            ++words;
            start = i + 1;
        }
    } else {
        for (int i = begin - 1; i >= 0 && begin - i <= rule.window; --i) {
            if (isClausePunct(text[static_cast<size_t>(i)])) break;
            start = i;
        }
    }
    std::u32string window = U" " + text.substr(static_cast<size_t>(start), static_cast<size_t>(begin - start)) + U" ";
    for (const auto& cueUtf8 : rule.cues) {
        std::u32string cue = toU32(cueUtf8);
        size_t pos = window.find(cue);
        while (pos != std::u32string::npos) {
            bool bounded = !lexicon_.wordBased() ||
                           (!isWordChar(window[pos - 1]) && (pos + cue.size() >= window.size() || !isWordChar(window[pos + cue.size()])));
            if (bounded) return true;
            pos = window.find(cue, pos + 1);
        }
    }
    return false;
}

void ConceptMatcher::collect(const NormalizedText& reply, const Pattern& pattern, const Concept* concept,
                             const std::vector<MatchSpan>& excluded, ConceptMatch& out) const {
    for (const auto& m : pattern.findAll(reply.text)) {
        bool isExcluded = false;
        for (const auto& e : excluded) isExcluded = isExcluded || (e.begin < m.end && m.begin < e.end);
        if (isExcluded) continue;
        bool negatable = concept ? concept->negatable : true;
        if (negatable && negatedAt(reply.text, m.begin)) continue;
        TextSpan span{reply.origin[static_cast<size_t>(m.begin)], reply.origin[static_cast<size_t>(m.end - 1)] + 1};
        bool overlaps = false;
        for (const auto& s : out.spans) overlaps = overlaps || (s.begin < span.end && span.begin < s.end);
        if (overlaps) continue;
        out.spans.push_back(span);
        out.patterns.push_back(pattern.source());
    }
}

ConceptMatch ConceptMatcher::match(const NormalizedText& reply, const std::string& conceptId,
                                   const std::vector<std::string>& phrases) const {
    ConceptMatch out;
    const Concept* concept = conceptId.empty() ? nullptr : lexicon_.concept(conceptId);
    // Where the concept's exclusions occur depends only on the reply: find them once.
    std::vector<MatchSpan> excluded;
    if (concept) {
        for (const auto& ex : concept->exclude) {
            auto spans = ex.findAll(reply.text);
            excluded.insert(excluded.end(), spans.begin(), spans.end());
        }
        for (const auto& p : concept->patterns) collect(reply, p, concept, excluded, out);
    }
    for (const auto& phrase : phrases) {
        std::string err;
        if (auto p = Pattern::compile(phrase, lexicon_.wordBased(), err)) collect(reply, *p, concept, excluded, out);
    }
    return out;
}

} // namespace frontline
