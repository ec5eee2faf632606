#pragma once
// A score kept as an exact fraction, so a weighted mean is compared with a pass
// mark without floating-point doubt: 79.99 is below 80, 80 is not. Shown
// truncated (never rounded up) to one decimal, so what is shown never passes
// when the score does not.
#include <cstdint>
#include <string>
#include <vector>

namespace frontline {

struct ExactScore {
    int64_t numerator = 0;
    int64_t denominator = 1; // > 0

    static ExactScore whole(int score) { return {score, 1}; }
    static ExactScore mean(const std::vector<int>& scores); // empty -> 0
    // (a x weightA + b x weightB) / 100, weights in percent summing to 100.
    static ExactScore weighted(const ExactScore& a, int weightA, const ExactScore& b, int weightB);

    bool atLeast(int mark) const { return numerator >= static_cast<int64_t>(mark) * denominator; }
    double value() const { return static_cast<double>(numerator) / static_cast<double>(denominator); }
    std::string text() const; // "79.9", "80", "65.3"
};

} // namespace frontline
