#include "grading/Pattern.h"

#include <string_view>

#include "grading/TextNormalizer.h"

namespace frontline {

namespace {

const char32_t* kChineseNumerals = U"零〇一二两三四五六七八九十百千万半";

// English number words that can stand in for {num}; longest first so "fifteen" beats "five".
const std::vector<std::u32string>& numberWords() {
    static const std::vector<std::u32string> words = {
        U"half an", U"forty-five", U"seventeen", U"thirteen", U"fourteen", U"eighteen", U"nineteen", U"fifteen",
        U"sixteen", U"seventy",    U"twenty",    U"thirty",   U"eleven",   U"twelve",   U"ninety",   U"eighty",
        U"forty",   U"fifty",      U"sixty",     U"three",    U"seven",    U"eight",    U"four",     U"five",
        U"nine",    U"half",       U"one",       U"two",      U"six",      U"ten",      U"an",       U"a"};
    return words;
}

// The first letters of numberWords(): anything else cannot start a number word.
bool mayStartNumber(char32_t c) {
    if (c < 0x80) return (c >= U'0' && c <= U'9') || std::u32string_view(U"aefhnost").find(c) != std::u32string_view::npos;
    return isNumberChar(c);
}

} // namespace

bool isNumberChar(char32_t c) {
    if (c >= U'0' && c <= U'9') return true;
    for (const char32_t* p = kChineseNumerals; *p; ++p) {
        if (*p == c) return true;
    }
    return false;
}

std::optional<Pattern> Pattern::compile(const std::string& phrase, bool wordBoundaries, std::string& error) {
    Pattern p;
    p.source_ = phrase;
    std::u32string folded = foldText(phrase);
    std::u32string literal;
    auto flush = [&] {
        if (!literal.empty()) p.tokens_.push_back({Kind::Literal, literal});
        literal.clear();
    };
    for (size_t i = 0; i < folded.size(); ++i) {
        if (folded.compare(i, 5, U"{num}") == 0) {
            flush();
            p.tokens_.push_back({Kind::Number, {}});
            i += 4;
        } else if (folded[i] == U'*') {
            flush();
            p.tokens_.push_back({Kind::Gap, {}});
        } else {
            literal += folded[i];
        }
    }
    flush();
    bool hasText = false;
    for (const auto& t : p.tokens_) hasText = hasText || t.kind != Kind::Gap;
    if (!hasText) {
        error = "pattern '" + phrase + "' matches nothing specific (it needs text or {num})";
        return std::nullopt;
    }
    if (p.tokens_.front().kind == Kind::Gap || p.tokens_.back().kind == Kind::Gap) {
        error = "pattern '" + phrase + "' must not begin or end with '*'";
        return std::nullopt;
    }
    for (const auto& t : p.tokens_) {
        if (t.literal.size() > p.required_.size()) p.required_ = t.literal;
    }
    p.requiredPairs_ = BigramBloom::of(p.required_);
    if (wordBoundaries) {
        p.boundaryStart_ = folded.empty() ? false : isWordChar(folded.front()) || p.tokens_.front().kind == Kind::Number;
        p.boundaryEnd_ = folded.empty() ? false : isWordChar(folded.back()) || p.tokens_.back().kind == Kind::Number;
    }
    return p;
}

namespace {

// A word may end before an English contraction that keeps its meaning
// ("why you're", "we'll"), but not before n't: "i can" is not in "i can't".
bool wordEndsAt(const std::u32string& text, size_t pos) {
    if (pos >= text.size() || !isWordChar(text[pos])) return true;
    if (text[pos] != U'\'') return false;
    for (std::u32string_view suffix : {U"re", U"ve", U"ll", U"d", U"s", U"m"}) {
        size_t end = pos + 1 + suffix.size();
        if (text.compare(pos + 1, suffix.size(), suffix) == 0 && (end >= text.size() || !isWordChar(text[end]))) return true;
    }
    return false;
}

} // namespace

int Pattern::matchAt(const std::u32string& text, size_t pos, size_t token) const {
    if (token == tokens_.size()) {
        if (boundaryEnd_ && !wordEndsAt(text, pos)) return -1;
        return static_cast<int>(pos);
    }
    const Token& t = tokens_[token];
    switch (t.kind) {
    case Kind::Literal:
        if (text.compare(pos, t.literal.size(), t.literal) != 0) return -1;
        return matchAt(text, pos + t.literal.size(), token + 1);
    case Kind::Number: {
        if (pos >= text.size() || !mayStartNumber(text[pos])) return -1; // most positions, cheaply
        size_t end = pos;
        while (end < text.size() && (isNumberChar(text[end]) || (text[end] == U'.' && end > pos && end + 1 < text.size() &&
                                                                 text[end + 1] >= U'0' && text[end + 1] <= U'9'))) {
            ++end;
        }
        for (size_t e = end; e > pos; --e) { // longest number first, shorter on backtrack
            int r = matchAt(text, e, token + 1);
            if (r >= 0) return r;
        }
        for (const auto& w : numberWords()) {
            if (text.compare(pos, w.size(), w) == 0 && (pos + w.size() >= text.size() || !isWordChar(text[pos + w.size()]))) {
                int r = matchAt(text, pos + w.size(), token + 1);
                if (r >= 0) return r;
            }
        }
        return -1;
    }
    case Kind::Gap:
        for (size_t g = 0; g <= kMaxGap && pos + g <= text.size(); ++g) {
            int r = matchAt(text, pos + g, token + 1);
            if (r >= 0) return r;
        }
        return -1;
    }
    return -1;
}

std::vector<MatchSpan> Pattern::findAll(const std::u32string& text) const {
    std::vector<MatchSpan> out;
    if (!required_.empty() && text.find(required_) == std::u32string::npos) return out; // the usual case, in one scan
    // A pattern starting with text can only match where that text occurs: jump there.
    const std::u32string* anchor = tokens_.front().kind == Kind::Literal ? &tokens_.front().literal : nullptr;
    size_t pos = 0;
    while (pos < text.size()) {
        if (anchor) {
            pos = text.find(*anchor, pos);
            if (pos == std::u32string::npos) break;
        }
        bool boundaryOk = !boundaryStart_ || pos == 0 || !isWordChar(text[pos - 1]);
        int end = boundaryOk ? matchAt(text, pos, 0) : -1;
        if (end > static_cast<int>(pos)) {
            out.push_back({static_cast<int>(pos), end});
            pos = static_cast<size_t>(end);
        } else {
            ++pos;
        }
    }
    return out;
}

} // namespace frontline
