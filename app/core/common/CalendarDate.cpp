#include "common/CalendarDate.h"

#include <cstdio>
#include <ctime>

namespace frontline {

namespace {

bool digits(const std::string& s, size_t from, size_t count, int& out) {
    out = 0;
    for (size_t i = from; i < from + count; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

} // namespace

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

std::optional<CalendarDate> CalendarDate::parse(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    CalendarDate d;
    if (!digits(text, 0, 4, d.year) || !digits(text, 5, 2, d.month) || !digits(text, 8, 2, d.day)) return std::nullopt;
    if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month)) return std::nullopt;
    return d;
}

std::optional<CalendarDate> CalendarDate::ofTimestamp(const std::string& timestamp) { return parse(timestamp.substr(0, 10)); }

CalendarDate CalendarDate::fromDayNumber(int64_t z) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
    return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int64_t CalendarDate::dayNumber() const { return daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)); }

std::string CalendarDate::toString() const {
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::optional<int64_t> parseTimestamp(const std::string& text) {
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z') return std::nullopt;
    auto date = CalendarDate::parse(text.substr(0, 10));
    int h = 0, m = 0, s = 0;
    if (!date || !digits(text, 11, 2, h) || !digits(text, 14, 2, m) || !digits(text, 17, 2, s)) return std::nullopt;
    if (h > 23 || m > 59 || s > 59) return std::nullopt;
    return date->dayNumber() * 86400 + h * 3600 + m * 60 + s;
}

std::string formatTimestamp(int64_t seconds) {
    int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    int64_t rest = seconds - days * 86400;
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%sT%02d:%02d:%02dZ", CalendarDate::fromDayNumber(days).toString().c_str(),
                  static_cast<int>(rest / 3600), static_cast<int>(rest % 3600 / 60), static_cast<int>(rest % 60));
    return buf;
}

std::string nowTimestamp() { return formatTimestamp(static_cast<int64_t>(std::time(nullptr))); }

} // namespace frontline
