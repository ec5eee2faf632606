#include "records/QaSample.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "common/SeededRng.h"

namespace frontline {

namespace {

CalendarDate mondayOfWeekOne(int year) {
    CalendarDate jan4{year, 1, 4};
    return jan4.plusDays(1 - isoWeekday(jan4));
}

std::string twoDigits(int n) { return std::string(1, static_cast<char>('0' + n / 10 % 10)) + static_cast<char>('0' + n % 10); }

} // namespace

int isoWeekday(const CalendarDate& d) {
    // 1970-01-01 was a Thursday (4).
    return static_cast<int>(((d.dayNumber() + 3) % 7 + 7) % 7) + 1;
}

int isoWeeksInYear(int year) { return static_cast<int>((mondayOfWeekOne(year + 1).dayNumber() - mondayOfWeekOne(year).dayNumber()) / 7); }

std::string IsoWeek::id() const { return std::to_string(year) + "-W" + twoDigits(week); }

Result<IsoWeek> parseIsoWeek(const std::string& text) {
    auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    if (text.size() != 8 || !digit(0) || !digit(1) || !digit(2) || !digit(3) || text[4] != '-' || text[5] != 'W' || !digit(6) ||
        !digit(7)) {
        return makeError("'" + text + "' is not an ISO week; write it as YYYY-Www, e.g. 2026-W05");
    }
    IsoWeek w;
    w.year = std::stoi(text.substr(0, 4));
    w.week = std::stoi(text.substr(6, 2));
    if (w.year < 1900) return makeError("'" + text + "' is not an ISO week of the records: years start at 1900");
    int weeks = isoWeeksInYear(w.year);
    if (w.week < 1 || w.week > weeks) {
        return makeError("'" + text + "' is not an ISO week: " + std::to_string(w.year) + " has weeks W01 to W" + twoDigits(weeks));
    }
    w.monday = mondayOfWeekOne(w.year).plusDays(7 * (w.week - 1));
    return w;
}

uint64_t qaSeedFor(std::string_view text) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    return h;
}

size_t qaSampleSize(size_t population, double rate) {
    if (population == 0) return 0;
    // The tolerance keeps 30 * 0.10 (3.0000000000000004 in binary) at 3.
    double wanted = std::ceil(static_cast<double>(population) * rate - 1e-9);
    size_t n = wanted < 1 ? 1 : static_cast<size_t>(wanted);
    return std::min(n, population);
}

std::vector<size_t> qaSample(size_t population, double rate, uint64_t seed) {
    size_t n = qaSampleSize(population, rate);
    std::vector<size_t> order(population);
    std::iota(order.begin(), order.end(), size_t{0});
    SeededRng rng = SeededRng(seed).fork("qa-sample");
    // Partial Fisher-Yates: each of the first n places gets a uniform pick of the rest.
    for (size_t i = 0; i < n; ++i) std::swap(order[i], order[i + rng.below(population - i)]);
    order.resize(n);
    std::sort(order.begin(), order.end());
    return order;
}

} // namespace frontline
