#pragma once
// SplitMix64: the same seed gives the same choices on every platform and
// compiler, which std::uniform_int_distribution does not promise. Attempts
// record their seed so they can be replayed exactly.
#include <cstdint>
#include <string_view>

namespace frontline {

class SeededRng {
public:
    explicit SeededRng(uint64_t seed) : state_(seed) {}

    uint64_t next() {
        uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n); n must be > 0.
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }

    // A child stream for a named purpose, so adding a choice elsewhere does not shift this one.
    SeededRng fork(std::string_view purpose) const {
        uint64_t h = state_ ^ 0xcbf29ce484222325ull;
        for (char c : purpose) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
        return SeededRng(h);
    }

private:
    uint64_t state_;
};

} // namespace frontline
