#include "certification/GradeBands.h"

#include "certification/AttemptScore.h"
#include "common/CalendarDate.h"

namespace frontline {

std::string bandFor(const AnnualProgram& program, const ExactScore& score) {
    for (const auto& b : program.bands)
        if (score.atLeast(b.minScore)) return b.id;
    return program.bands.empty() ? std::string() : program.bands.back().id;
}

namespace {

YearGrade gradeOnly(const AnnualProgram& program, const TraineeHistory& h, int year) {
    YearGrade g;
    g.year = year;
    std::vector<int> scores;
    auto inYear = [&](const std::string& endedAt) {
        auto d = CalendarDate::ofTimestamp(endedAt);
        return d && d->year == year;
    };
    for (const auto& a : h.attempts)
        if (auto s = countedScore(a); s && inYear(a.endedAt)) scores.push_back(*s);
    for (const auto& a : h.assessments)
        if (a.status == AttemptStatus::Completed && a.score && inYear(a.endedAt)) scores.push_back(*a.score);
    g.scoredItems = static_cast<int>(scores.size());
    if (!scores.empty()) {
        g.score = ExactScore::mean(scores);
        g.band = bandFor(program, *g.score);
    }
    return g;
}

} // namespace

YearGrade yearGrade(const AnnualProgram& program, const TraineeHistory& history, int year) {
    YearGrade g = gradeOnly(program, history, year);
    bool plan = g.band == program.improvementBand;
    for (int back = 1; plan && back < program.improvementConsecutiveYears; ++back)
        plan = gradeOnly(program, history, year - back).band == program.improvementBand;
    g.improvementPlan = plan;
    return g;
}

} // namespace frontline
