#pragma once
// Which character pairs a text contains, as a 1024-bit Bloom filter. A
// lexicon holds hundreds of phrases and a reply contains few of them: a phrase
// whose pairs are not all in the reply's filter cannot occur in it, and is
// rejected with 16 AND operations instead of a scan of the reply.
#include <array>
#include <cstdint>
#include <string>

namespace frontline {

class BigramBloom {
public:
    static BigramBloom of(const std::u32string& text) {
        BigramBloom b;
        for (size_t i = 0; i + 1 < text.size(); ++i) b.add(text[i], text[i + 1]);
        return b;
    }
    // False only when needle has a pair this filter lacks (so no false negatives).
    bool mayContain(const BigramBloom& needle) const {
        for (size_t i = 0; i < bits_.size(); ++i) {
            if (needle.bits_[i] & ~bits_[i]) return false;
        }
        return true;
    }

private:
    void add(char32_t a, char32_t b) {
        uint64_t h = (static_cast<uint64_t>(a) * 0x9E3779B97F4A7C15ull) ^ (static_cast<uint64_t>(b) * 0xC2B2AE3D27D4EB4Full);
        h ^= h >> 29;
        uint32_t bit = static_cast<uint32_t>(h) & 1023u;
        bits_[bit >> 6] |= 1ull << (bit & 63u);
    }
    std::array<uint64_t, 16> bits_{};
};

} // namespace frontline
