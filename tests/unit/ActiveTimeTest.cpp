#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "records/ActiveTime.h"

using namespace frontline;

TEST_CASE("active time adds up reply latencies", "[records][active-time]") {
    CHECK(activeSeconds({}) == 0);
    CHECK(activeSeconds({12.5, 30, 47.5}) == 90);
    CHECK(activeMinutes({12.5, 30, 47.5}) == 2); // 1.5 min rounds to 2
    CHECK(activeMinutes({30, 59}) == 1);         // 89 s
    CHECK(activeMinutes({60, 60, 60, 60, 60, 60, 60, 60, 60, 60}) == 10);
}

TEST_CASE("a gap over 2 minutes is idle and not counted at all", "[records][active-time]") {
    // Exactly 2 minutes still counts; a second more is idle.
    CHECK(activeSeconds({120}) == 120);
    CHECK(activeSeconds({120.5}) == 0);
    CHECK(activeSeconds({30, 45, 600, 120, 121}) == 195);
    CHECK(activeMinutes({30, 45, 600, 120, 121}) == 3);
    // Idle gaps do not pile up into hours.
    CHECK(activeMinutes({3600, 3600, 90}) == 2);
}

TEST_CASE("a played call credits at least a minute, no call credits nothing", "[records][active-time]") {
    CHECK(activeMinutes({}) == 0);
    CHECK(activeMinutes({0}) == 1);        // replies without a recorded latency
    CHECK(activeMinutes({900, 900}) == 1); // only idle gaps: still a played call
    CHECK(activeMinutes({5}) == 1);
}

TEST_CASE("broken latencies count as nothing", "[records][active-time]") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CHECK(activeSeconds({-30, nan, inf, 40}) == 40);
    CHECK(activeMinutes({-600, 90}) == 2);
}
