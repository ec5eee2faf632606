#include "grading/TextNormalizer.h"

#include "common/Utf8.h"

#include <memory>
#include <mutex>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unordered_map>

namespace frontline {

namespace {

// Folding one character at a time keeps an exact map back to the original;
// the cache makes repeat characters cheap. Typed replies have no combining
// sequences worth composing, so per-character NFKC loses nothing here.
class CharFolder {
public:
    CharFolder() {
        UErrorCode status = U_ZERO_ERROR;
        nfkc_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (U_FAILURE(status)) nfkc_ = nullptr;
        status = U_ZERO_ERROR;
        t2s_.reset(icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) t2s_.reset();
    }

    const std::u32string& fold(char32_t c) {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = cache_.find(c);
        if (it != cache_.end()) return it->second;
        return cache_.emplace(c, compute(c)).first->second;
    }

private:
    std::u32string compute(char32_t c) {
        switch (c) { // typographic variants people type for the same punctuation
        case U'\u2018':
        case U'\u2019':
        case U'\u02BC': return U"'";
        case U'\u201C':
        case U'\u201D': return U"\"";
        case U'\u2013':
        case U'\u2014':
        case U'\u2015': return U"-";
        case U'\u3000':
        case U'\t':
        case U'\n':
        case U'\r': return U" ";
        default: break;
        }
        icu::UnicodeString s(static_cast<UChar32>(c));
        if (t2s_ && isHan(c)) t2s_->transliterate(s);
        if (nfkc_) {
            UErrorCode status = U_ZERO_ERROR;
            icu::UnicodeString n = nfkc_->normalize(s, status);
            if (U_SUCCESS(status)) s = n;
        }
        std::u32string out;
        for (int32_t i = 0; i < s.length();) {
            UChar32 cp = s.char32At(i);
            out += static_cast<char32_t>(cp);
            i += U16_LENGTH(cp);
        }
        return out;
    }

    const icu::Normalizer2* nfkc_ = nullptr;
    std::unique_ptr<icu::Transliterator> t2s_;
    std::unordered_map<char32_t, std::u32string> cache_;
    std::mutex mutex_;
};

CharFolder& folder() {
    static CharFolder instance;
    return instance;
}

} // namespace

std::u32string toU32(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        Utf8Char c = decodeUtf8(s, i); // invalid bytes come back as U+FFFD, one byte each
        out += c.codePoint;
        i += c.length;
    }
    return out;
}

std::string toUtf8(std::u32string_view text) {
    std::string out;
    for (char32_t c : text) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

bool isHan(char32_t c) { return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_IDEOGRAPHIC); }

bool isWordChar(char32_t c) {
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') ||
               c == U'\''; // the common case, without ICU
    return u_isalnum(static_cast<UChar32>(c));
}

bool isClausePunct(char32_t c) {
    switch (c) {
    case U',':
    case U'.':
    case U'!':
    case U'?':
    case U';':
    case U':':
    case U'\u3002':
    case U'\uFF0C':
    case U'\uFF01':
    case U'\uFF1F':
    case U'\uFF1B':
    case U'\u3001':
    case U'\uFF1A':
    case U'\n': return true;
    default: return false;
    }
}

NormalizedText normalizeText(std::string_view utf8) {
    NormalizedText out;
    std::u32string original = toU32(utf8);
    out.originalLength = static_cast<int>(original.size());
    out.text.reserve(original.size());
    out.origin.reserve(original.size());
    for (size_t i = 0; i < original.size(); ++i) {
        for (char32_t f : folder().fold(original[i])) {
            if (f == U' ' && (out.text.empty() || out.text.back() == U' ')) continue; // collapse spaces
            out.text += f;
            out.origin.push_back(static_cast<int>(i));
        }
    }
    while (!out.text.empty() && out.text.back() == U' ') {
        out.text.pop_back();
        out.origin.pop_back();
    }
    out.pairs = BigramBloom::of(out.text);
    return out;
}

std::u32string foldText(std::string_view utf8) { return normalizeText(utf8).text; }

} // namespace frontline
