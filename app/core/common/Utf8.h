#pragma once
// Decoding one UTF-8 character, shared by everything that walks user text
// byte by byte (normalisation, reply files, line breaking).
#include <string_view>

namespace frontline {

struct Utf8Char {
    char32_t codePoint = U'\uFFFD';
    size_t length = 1; // bytes; an invalid or truncated sequence counts as one byte
    bool valid = false;
};

// The character starting at byte i of s (i < s.size()).
inline Utf8Char decodeUtf8(std::string_view s, size_t i) {
    auto lead = static_cast<unsigned char>(s[i]);
    size_t len = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return {};
    char32_t cp = len == 1 ? lead : lead & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
        auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return {};
        cp = (cp << 6) | (c & 0x3F);
    }
    return {cp, len, true};
}

} // namespace frontline
