#pragma once
// The calendar day a person would name: the local time zone's date of a
// moment. Training entries are dated this way (a session at 00:30 local time
// belongs to that local day, whatever the UTC date).
#include <cstdint>
#include <string>

#include "common/CalendarDate.h"

namespace frontline {

// Today in the local time zone.
CalendarDate localToday();
// The local day of a moment in seconds since the epoch.
CalendarDate localDateAt(int64_t secondsSinceEpoch);
// The local day of a UTC timestamp "YYYY-MM-DDTHH:MM:SSZ" (today when malformed).
CalendarDate localDateOf(const std::string& utcTimestamp);

} // namespace frontline
