#include "review/WeekSample.h"

#include <algorithm>

namespace frontline {

IsoWeek isoWeekOf(const CalendarDate& day) {
    const CalendarDate thursday = day.plusDays(4 - isoWeekday(day));
    const int dayOfYear = static_cast<int>(thursday.dayNumber() - CalendarDate{thursday.year, 1, 1}.dayNumber());
    IsoWeek w;
    w.year = thursday.year;
    w.week = dayOfYear / 7 + 1;
    w.monday = thursday.plusDays(-3);
    return w;
}

Result<WeekSample> drawWeekSample(const RecordStore& store, const IsoWeek& week, double rate, uint64_t seed) {
    if (!(rate > 0 && rate <= 1)) return makeError("the sample rate must be more than 0 and at most 1");
    auto ended = store.attemptsEnded(week.monday.toString(), week.nextMonday().toString());
    if (!ended) return ended.error();
    WeekSample s{week, rate, seed, std::move(*ended), {}};
    std::sort(s.ended.begin(), s.ended.end(), [](const ScenarioAttempt& a, const ScenarioAttempt& b) { return a.id < b.id; });
    s.picked = qaSample(s.ended.size(), rate, seed);
    return s;
}

} // namespace frontline
