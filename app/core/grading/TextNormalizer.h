#pragma once
// Folds a reply for matching: NFKC with case folding (full-width to
// half-width), Traditional to Simplified Chinese, curly quotes to straight,
// white space collapsed. Each normalised character remembers which original
// character it came from, so matches can be highlighted in the reply as typed.
#include <string>
#include <string_view>
#include <vector>

#include "grading/BigramBloom.h"

namespace frontline {

struct NormalizedText {
    std::u32string text;
    std::vector<int> origin; // per normalised character: index of the original character
    int originalLength = 0;  // characters in the original text
    BigramBloom pairs;       // of text, to skip phrases that cannot occur
};

NormalizedText normalizeText(std::string_view utf8);
// Just the folded text, for patterns and lexicon cues.
std::u32string foldText(std::string_view utf8);

std::u32string toU32(std::string_view utf8); // invalid bytes become U+FFFD
std::string toUtf8(std::u32string_view text);

bool isClausePunct(char32_t c);
bool isWordChar(char32_t c); // letters and digits of any script, for word boundaries
bool isHan(char32_t c);

} // namespace frontline
