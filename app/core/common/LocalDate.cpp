#include "common/LocalDate.h"

#include <ctime>

namespace frontline {

CalendarDate localDateAt(int64_t secondsSinceEpoch) {
    std::time_t when = static_cast<std::time_t>(secondsSinceEpoch);
    std::tm tm{};
    localtime_r(&when, &tm);
    return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

CalendarDate localToday() { return localDateAt(static_cast<int64_t>(std::time(nullptr))); }

CalendarDate localDateOf(const std::string& utcTimestamp) {
    auto seconds = parseTimestamp(utcTimestamp);
    return seconds ? localDateAt(*seconds) : localToday();
}

} // namespace frontline
