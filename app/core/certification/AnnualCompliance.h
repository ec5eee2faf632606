#pragma once
// The annual training requirement for one calendar year: minutes and advanced
// sessions done and left, the due date (Dec 31) and the due window (its last
// N days), and whether the year ended short. A year that ended short leaves a
// debt: training logged afterwards pays it off first (oldest first), and only
// the rest counts toward the year it was logged in.
#include <string>
#include <vector>

#include "common/CalendarDate.h"
#include "programs/Programs.h"
#include "records/Records.h"

namespace frontline {

struct AnnualYear {
    int year = 0;
    int minutesRequired = 0;
    int advancedRequired = 0;
    int carryInMinutes = 0; // owed from earlier years when this year began
    int carryInAdvanced = 0;
    int minutesPaidToEarlier = 0; // logged this year, paid to the earlier debt
    int advancedPaidToEarlier = 0;
    std::string debtPaidOn; // the date the earlier debt was paid off; empty if none or unpaid
    int minutesDone = 0;    // counted toward this year
    int advancedDone = 0;
    int minutesLeft = 0;
    int advancedLeft = 0;
    CalendarDate windowStart;                                                 // first day of the due window
    CalendarDate dueDate;                                                     // Dec 31
    bool complete = false;                                                    // minutes and advanced sessions both met
    bool ended = false;                                                       // today is after Dec 31 of this year
    bool inDueWindow = false;                                                 // today is within [windowStart, dueDate]
    bool overdue = false;                                                     // ended and not complete
    int debtMinutes() const { return carryInMinutes - minutesPaidToEarlier; } // earlier debt still unpaid
    int debtAdvanced() const { return carryInAdvanced - advancedPaidToEarlier; }
    // What is owed when the year is over: unpaid earlier debt plus this year's shortfall.
    int carryOutMinutes() const { return debtMinutes() + (ended ? minutesLeft : 0); }
    int carryOutAdvanced() const { return debtAdvanced() + (ended ? advancedLeft : 0); }
};

// The first day of the last windowDays days of year (Dec 31 is the last of
// them): Nov 2 for 60 days, in leap and common years alike.
CalendarDate dueWindowStart(int year, int windowDays);

// One year, given what was owed from earlier years. Entries after today, of
// kinds the programme does not count, or with malformed dates are ignored.
AnnualYear annualYear(const AnnualProgram& program, const std::vector<TrainingEntry>& training, int year, const CalendarDate& today,
                      int carryInMinutes = 0, int carryInAdvanced = 0);

// Every year from firstYear to today's year, each carrying the previous one's debt.
std::vector<AnnualYear> annualLedger(const AnnualProgram& program, const std::vector<TrainingEntry>& training, int firstYear,
                                     const CalendarDate& today);

} // namespace frontline
