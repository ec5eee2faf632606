#include "certification/AnnualCompliance.h"

#include <algorithm>

namespace frontline {

CalendarDate dueWindowStart(int year, int windowDays) { return CalendarDate::lastOfYear(year).plusDays(-(windowDays - 1)); }

AnnualYear annualYear(const AnnualProgram& program, const std::vector<TrainingEntry>& training, int year, const CalendarDate& today,
                      int carryInMinutes, int carryInAdvanced) {
    AnnualYear y;
    y.year = year;
    y.minutesRequired = program.requiredMinutes;
    y.advancedRequired = program.advancedSessions;
    y.carryInMinutes = carryInMinutes;
    y.carryInAdvanced = carryInAdvanced;
    y.dueDate = CalendarDate::lastOfYear(year);
    y.windowStart = dueWindowStart(year, program.dueWindowDays);

    struct Dated {
        CalendarDate date;
        const TrainingEntry* entry;
    };
    std::vector<Dated> entries;
    for (const auto& e : training) {
        auto date = CalendarDate::parse(e.date);
        if (!date || date->year != year || *date > today || e.minutes <= 0) continue;
        const std::string kind = trainingKindId(e.kind);
        if (std::find(program.countedKinds.begin(), program.countedKinds.end(), kind) == program.countedKinds.end()) continue;
        entries.push_back({*date, &e});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Dated& a, const Dated& b) { return a.date != b.date ? a.date < b.date : a.entry->id < b.entry->id; });
    for (const auto& d : entries) {
        bool owed = y.debtMinutes() > 0 || y.debtAdvanced() > 0;
        int pay = std::min(d.entry->minutes, y.debtMinutes());
        y.minutesPaidToEarlier += pay;
        y.minutesDone += d.entry->minutes - pay;
        if (d.entry->kind == TrainingKind::Advanced) {
            if (y.debtAdvanced() > 0)
                ++y.advancedPaidToEarlier;
            else
                ++y.advancedDone;
        }
        if (owed && y.debtMinutes() == 0 && y.debtAdvanced() == 0) y.debtPaidOn = d.date.toString();
    }
    y.minutesLeft = std::max(0, y.minutesRequired - y.minutesDone);
    y.advancedLeft = std::max(0, y.advancedRequired - y.advancedDone);
    y.complete = y.minutesLeft == 0 && y.advancedLeft == 0;
    y.ended = today > y.dueDate;
    y.inDueWindow = today >= y.windowStart && today <= y.dueDate;
    y.overdue = y.ended && !y.complete;
    return y;
}

std::vector<AnnualYear> annualLedger(const AnnualProgram& program, const std::vector<TrainingEntry>& training, int firstYear,
                                     const CalendarDate& today) {
    std::vector<AnnualYear> years;
    int minutes = 0, advanced = 0;
    for (int year = firstYear; year <= today.year; ++year) {
        years.push_back(annualYear(program, training, year, today, minutes, advanced));
        minutes = years.back().carryOutMinutes();
        advanced = years.back().carryOutAdvanced();
    }
    return years;
}

} // namespace frontline
