#include "certification/ExactScore.h"

namespace frontline {

ExactScore ExactScore::mean(const std::vector<int>& scores) {
    if (scores.empty()) return {0, 1};
    int64_t sum = 0;
    for (int s : scores) sum += s;
    return {sum, static_cast<int64_t>(scores.size())};
}

ExactScore ExactScore::weighted(const ExactScore& a, int weightA, const ExactScore& b, int weightB) {
    return {a.numerator * b.denominator * weightA + b.numerator * a.denominator * weightB, a.denominator * b.denominator * 100};
}

std::string ExactScore::text() const {
    int64_t tenths = numerator * 10 / denominator; // scores are >= 0, so this truncates toward zero = floor
    std::string out = std::to_string(tenths / 10);
    if (tenths % 10 != 0) out += "." + std::to_string(tenths % 10);
    return out;
}

} // namespace frontline
