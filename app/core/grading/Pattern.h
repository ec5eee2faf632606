#pragma once
// A lexicon or rubric phrase compiled for matching against normalised text.
// Syntax (scenarios/FORMAT.md): plain text, `{num}` for a number, `*` for a
// gap of up to 8 characters.
#include <optional>
#include <string>
#include <vector>

#include "grading/BigramBloom.h"

namespace frontline {

struct MatchSpan {
    int begin = 0; // in normalised characters
    int end = 0;
};

class Pattern {
public:
    // Returns nothing and sets error when the phrase cannot be a pattern.
    static std::optional<Pattern> compile(const std::string& phrase, bool wordBoundaries, std::string& error);

    // Every non-overlapping match, left to right.
    std::vector<MatchSpan> findAll(const std::u32string& text) const;
    const std::string& source() const { return source_; }
    // False when the text's pairs rule a match out (cheap; findAll is exact).
    bool mayOccurIn(const BigramBloom& textPairs) const { return textPairs.mayContain(requiredPairs_); }

    static constexpr int kMaxGap = 8;

private:
    enum class Kind { Literal, Number, Gap };
    struct Token {
        Kind kind;
        std::u32string literal;
    };

    int matchAt(const std::u32string& text, size_t pos, size_t token) const; // end or -1

    std::string source_;
    std::vector<Token> tokens_;
    std::u32string required_; // the longest literal: no match is possible without it
    BigramBloom requiredPairs_;
    bool boundaryStart_ = false;
    bool boundaryEnd_ = false;
};

bool isNumberChar(char32_t c);

} // namespace frontline
