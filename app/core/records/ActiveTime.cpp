#include "records/ActiveTime.h"

#include <algorithm>
#include <cmath>

namespace frontline {

double activeSeconds(const std::vector<double>& latencies) {
    double sum = 0;
    for (double s : latencies) {
        if (std::isfinite(s) && s > 0 && s <= kIdleGapSeconds) sum += s;
    }
    return sum;
}

int activeMinutes(const std::vector<double>& latencies) {
    if (latencies.empty()) return 0;
    return std::max(1, static_cast<int>(std::lround(activeSeconds(latencies) / 60.0)));
}

} // namespace frontline
