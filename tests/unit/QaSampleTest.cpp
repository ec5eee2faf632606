#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "records/QaSample.h"

using namespace frontline;

TEST_CASE("ISO weeks: week 1 holds the first Thursday, some years have 53", "[records][qa-sample]") {
    auto w = parseIsoWeek("2026-W01");
    REQUIRE(w);
    CHECK(w->monday.toString() == "2025-12-29"); // 2026-01-01 is a Thursday
    CHECK(w->nextMonday().toString() == "2026-01-05");
    CHECK(w->id() == "2026-W01");
    CHECK(parseIsoWeek("2027-W01")->monday.toString() == "2027-01-04");
    CHECK(parseIsoWeek("2020-W53")->monday.toString() == "2020-12-28");
    CHECK(parseIsoWeek("2026-W10")->monday.toString() == "2026-03-02");
    CHECK(isoWeeksInYear(2020) == 53);
    CHECK(isoWeeksInYear(2021) == 52);
    CHECK(isoWeeksInYear(2026) == 53);
    CHECK(isoWeeksInYear(2027) == 52);
    CHECK(isoWeekday(CalendarDate{2026, 3, 2}) == 1);
    CHECK(isoWeekday(CalendarDate{2026, 3, 8}) == 7);
}

TEST_CASE("malformed or missing ISO weeks are refused with the reason", "[records][qa-sample]") {
    for (const char* bad : {"2026-5", "2026-W5", "2026W05", "2026-w05", "26-W05", "2026-W05x", "", "2026-Wab"}) {
        INFO(bad);
        auto w = parseIsoWeek(bad);
        REQUIRE_FALSE(w);
        CHECK(w.error().message.find("YYYY-Www") != std::string::npos);
    }
    auto none = parseIsoWeek("2021-W53");
    REQUIRE_FALSE(none);
    CHECK(none.error().message == "'2021-W53' is not an ISO week: 2021 has weeks W01 to W52");
    CHECK_FALSE(parseIsoWeek("2026-W00"));
    CHECK_FALSE(parseIsoWeek("2026-W54"));
}

TEST_CASE("sample size: the rate rounded up, at least one record", "[records][qa-sample]") {
    CHECK(qaSampleSize(0, 0.10) == 0);
    CHECK(qaSampleSize(1, 0.10) == 1);
    CHECK(qaSampleSize(9, 0.10) == 1);
    CHECK(qaSampleSize(10, 0.10) == 1);
    CHECK(qaSampleSize(11, 0.10) == 2);
    CHECK(qaSampleSize(30, 0.10) == 3); // 30 * 0.1 is 3.0000000000000004 in binary
    CHECK(qaSampleSize(100, 0.15) == 15);
    CHECK(qaSampleSize(7, 1.0) == 7);
    CHECK(qaSampleSize(3, 0.99) == 3);
}

TEST_CASE("the sample is reproducible by seed, distinct and ascending", "[records][qa-sample]") {
    auto a = qaSample(200, 0.10, 42);
    auto b = qaSample(200, 0.10, 42);
    CHECK(a == b);
    REQUIRE(a.size() == 20);
    CHECK(std::set<size_t>(a.begin(), a.end()).size() == 20);
    CHECK(std::is_sorted(a.begin(), a.end()));
    CHECK(a.back() < 200);
    CHECK(qaSample(200, 0.10, 43) != a);
    CHECK(qaSample(0, 0.10, 1).empty());
    CHECK(qaSample(5, 1.0, 1) == std::vector<size_t>{0, 1, 2, 3, 4});
    // The default seed is FNV-1a of the week's name.
    CHECK(qaSeedFor("a") == 0xaf63dc4c8601ec8cull);
    CHECK(qaSeedFor("2026-W05") == qaSeedFor("2026-W05"));
    CHECK(qaSeedFor("2026-W05") != qaSeedFor("2026-W06"));
}

TEST_CASE("every record is equally likely to be checked", "[records][qa-sample]") {
    std::vector<int> picked(10, 0);
    for (uint64_t seed = 0; seed < 10000; ++seed) {
        for (size_t i : qaSample(10, 0.10, seed)) ++picked[i];
    }
    for (int count : picked) {
        CHECK(count > 850);
        CHECK(count < 1150);
    }
}
