#pragma once
// Calendar dates ("YYYY-MM-DD") and UTC timestamps ("YYYY-MM-DDTHH:MM:SSZ") of
// the training record, with the day arithmetic the certification rules need.
// Proleptic Gregorian calendar, UTC only: no time zones, no locale.
#include <cstdint>
#include <optional>
#include <string>

namespace frontline {

struct CalendarDate {
    int year = 1970;
    int month = 1; // 1-12
    int day = 1;   // 1-31

    // Strict "YYYY-MM-DD" with a real day (2025-02-29 is refused); nullopt otherwise.
    static std::optional<CalendarDate> parse(const std::string& text);
    // The date part of a timestamp "YYYY-MM-DDTHH:MM:SSZ" (or of a plain date).
    static std::optional<CalendarDate> ofTimestamp(const std::string& timestamp);
    static CalendarDate fromDayNumber(int64_t days); // days since 1970-01-01
    static CalendarDate lastOfYear(int year) { return {year, 12, 31}; }

    int64_t dayNumber() const; // days since 1970-01-01
    CalendarDate plusDays(int64_t days) const { return fromDayNumber(dayNumber() + days); }
    std::string toString() const;

    friend bool operator==(const CalendarDate& a, const CalendarDate& b) { return a.dayNumber() == b.dayNumber(); }
    friend bool operator!=(const CalendarDate& a, const CalendarDate& b) { return !(a == b); }
    friend bool operator<(const CalendarDate& a, const CalendarDate& b) { return a.dayNumber() < b.dayNumber(); }
    friend bool operator<=(const CalendarDate& a, const CalendarDate& b) { return a.dayNumber() <= b.dayNumber(); }
    friend bool operator>(const CalendarDate& a, const CalendarDate& b) { return b < a; }
    friend bool operator>=(const CalendarDate& a, const CalendarDate& b) { return b <= a; }
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);

// Seconds since 1970-01-01T00:00:00Z of a strict "YYYY-MM-DDTHH:MM:SSZ"; nullopt otherwise.
std::optional<int64_t> parseTimestamp(const std::string& text);
std::string formatTimestamp(int64_t secondsSinceEpoch);

// The current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
std::string nowTimestamp();

} // namespace frontline
