#pragma once
// Active practice time of a played scenario, credited to the trainee's
// training hours (source "app"). Only time spent working on replies counts:
// each reply's latency (customer line shown -> reply sent) is added up, and a
// latency over kIdleGapSeconds (2 minutes) is an idle gap - the trainee was
// away - and is not counted at all, not even its first 2 minutes.
#include <vector>

namespace frontline {

constexpr double kIdleGapSeconds = 120;

// Seconds of active time; negative or non-finite latencies count as 0.
double activeSeconds(const std::vector<double>& latencies);

// Whole minutes to credit: activeSeconds rounded to the nearest minute, and at
// least 1 when there was any reply (a played call is never worth nothing);
// 0 when there were no replies.
int activeMinutes(const std::vector<double>& latencies);

} // namespace frontline
