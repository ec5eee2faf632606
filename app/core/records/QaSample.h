#pragma once
// The weekly QA spot check: quality staff review a random share of the week's
// service records (10% weekly by the standards). The pick is reproducible: the
// same records, rate and seed always give the same sample, and the default
// seed is derived from the week's name, so re-running a week's sample shows
// the same attempts to everyone.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/CalendarDate.h"
#include "common/Result.h"

namespace frontline {

constexpr double kDefaultQaRate = 0.10;

// An ISO 8601 week: Monday to Sunday; week 1 holds the year's first Thursday.
struct IsoWeek {
    int year = 0;
    int week = 0;
    CalendarDate monday;                                           // first day
    CalendarDate nextMonday() const { return monday.plusDays(7); } // end, exclusive
    std::string id() const;                                        // "2026-W05"
};
int isoWeekday(const CalendarDate& d); // Monday 1 .. Sunday 7
int isoWeeksInYear(int year);          // 52 or 53
// Strictly "YYYY-Www" (years 1900-9999) naming a week that exists that year;
// the error says what is wrong.
Result<IsoWeek> parseIsoWeek(const std::string& text);

// FNV-1a 64 of the text, e.g. of "2026-W05": the default seed of a week's sample.
uint64_t qaSeedFor(std::string_view text);

// How many of population records to check: population * rate rounded up,
// at least 1 when there is any record, never more than population.
// rate must be in (0, 1].
size_t qaSampleSize(size_t population, double rate);

// Which records to check: qaSampleSize(population, rate) distinct indices
// into the population (in the caller's order), ascending.
std::vector<size_t> qaSample(size_t population, double rate, uint64_t seed);

} // namespace frontline
