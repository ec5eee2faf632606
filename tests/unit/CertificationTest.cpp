// The certification rules as pure functions: the pass mark and its rounding,
// component minimums, retakes, which attempts count, onboarding day locks,
// annual hours across year boundaries, the due window, lapse and recovery,
// trainer overrides and grants, and the grade bands.
#include <catch2/catch.hpp>

#include "HistoryBuilder.h"
#include "certification/AnnualCompliance.h"
#include "certification/AttemptScore.h"
#include "certification/CertificationLifecycle.h"
#include "certification/CertificationRule.h"
#include "certification/GradeBands.h"
#include "certification/OnboardingProgress.h"
#include "common/CalendarDate.h"

using namespace frontline;
using frontline::test::HistoryBuilder;

namespace {

int64_t at(const std::string& timestamp) { return parseTimestamp(timestamp).value(); }
CalendarDate day(const std::string& date) { return CalendarDate::parse(date).value(); }

CertificationResult certify(const OnboardingProgram& p, const HistoryBuilder& b, const std::string& now = "2026-04-01T12:00:00Z") {
    return evaluateCertification(p.certification, b.history().attempts, b.history().assessments, at(now));
}

bool hasReason(const CertificationResult& r, const std::string& text) {
    for (const auto& reason : r.reasons)
        if (reason == text) return true;
    return false;
}

// Two certification scenarios and the written test, taken on one day.
HistoryBuilder sitting(int angry, int lateReturn, int written) {
    HistoryBuilder b;
    b.scenario("angry-appliance", angry, "2026-03-10T09:00:00Z", PlayMode::Certification);
    b.scenario("late-return", lateReturn, "2026-03-10T09:30:00Z", PlayMode::Certification);
    b.exam("cert-exam", written, "2026-03-10T10:00:00Z");
    return b;
}

// Everything of smallOnboarding() done on 2025-03-03/04 and certified on 2025-03-05.
HistoryBuilder certifiedIn2025() {
    HistoryBuilder b;
    b.scenario("order-status", 80, "2025-03-03T09:00:00Z").exam("day1-quiz", 75, "2025-03-03T10:00:00Z");
    b.scenario("payment-outage", 80, "2025-03-04T09:00:00Z");
    b.scenario("angry-appliance", 90, "2025-03-05T09:00:00Z", PlayMode::Certification);
    b.scenario("late-return", 90, "2025-03-05T09:30:00Z", PlayMode::Certification);
    b.exam("cert-exam", 90, "2025-03-05T10:00:00Z");
    return b;
}

Programs programsWith(OnboardingProgram onboarding) { return Programs{std::move(onboarding), test::standardAnnual()}; }

} // namespace

TEST_CASE("ExactScore compares exactly and never shows a score rounded up", "[certification][score]") {
    auto mean = ExactScore::mean({80, 80, 79}); // 79.666...
    CHECK_FALSE(mean.atLeast(80));
    CHECK(mean.atLeast(79));
    CHECK(mean.text() == "79.6");
    CHECK(ExactScore::whole(80).text() == "80");
    auto weighted = ExactScore::weighted(ExactScore::mean({80, 81}), 70, ExactScore::whole(79), 30); // 56.35 + 23.7 = 80.05
    CHECK(weighted.atLeast(80));
    CHECK(weighted.text() == "80");
    CHECK_FALSE(ExactScore::weighted(ExactScore::whole(80), 70, ExactScore::whole(79), 30).atLeast(80)); // 79.7
}

TEST_CASE("a final score exactly at the pass mark passes", "[certification][rule]") {
    auto r = certify(test::smallOnboarding(), sitting(80, 80, 80));
    REQUIRE(r.complete);
    CHECK(r.finalScore->text() == "80");
    CHECK(r.passed);
    CHECK(r.reasons.empty());
    CHECK(r.passedAt == "2026-03-10T10:30:00Z");
}

TEST_CASE("a final score of 79.x fails: no rounding up", "[certification][rule]") {
    // Scenarios 80 and 79: component 79.5; final 0.7 x 79.5 + 0.3 x 80 = 79.65, which half-up rounding would make 80.
    auto r = certify(test::smallOnboarding(), sitting(80, 79, 80));
    REQUIRE(r.complete);
    CHECK_FALSE(r.passed);
    CHECK(r.scenarioComponent->text() == "79.5");
    CHECK(r.finalScore->text() == "79.6");
    CHECK(r.reasons == std::vector<std::string>{"final score 79.6 is below the pass mark 80"});
}

TEST_CASE("a component below its minimum fails even when the final passes", "[certification][rule]") {
    SECTION("written test below 70 with the standard weights") {
        auto r = certify(test::smallOnboarding(), sitting(96, 96, 65)); // final 67.2 + 19.5 = 86.7
        CHECK(r.finalScore->atLeast(80));
        CHECK_FALSE(r.passed);
        CHECK(r.reasons == std::vector<std::string>{"written test 65 is below the component minimum 70"});
    }
    SECTION("scenario performance below 70 with editable weights 50/50") {
        auto p = test::smallOnboarding();
        p.certification.scenarioWeight = 50;
        p.certification.writtenWeight = 50;
        auto r = certify(p, sitting(70, 69, 100)); // scenarios 69.5, final 84.75
        CHECK(r.finalScore->text() == "84.7");
        CHECK_FALSE(r.passed);
        CHECK(r.reasons == std::vector<std::string>{"scenario performance 69.5 is below the component minimum 70"});
    }
    SECTION("every reason is given, not just the first") {
        auto r = certify(test::smallOnboarding(), sitting(60, 60, 60));
        CHECK(hasReason(r, "scenario performance 60 is below the component minimum 70"));
        CHECK(hasReason(r, "written test 60 is below the component minimum 70"));
        CHECK(hasReason(r, "final score 60 is below the pass mark 80"));
    }
}

TEST_CASE("missing items are named and nothing is computed from a partial sitting", "[certification][rule]") {
    HistoryBuilder b;
    b.scenario("angry-appliance", 95, "2026-03-10T09:00:00Z", PlayMode::Certification);
    auto r = certify(test::smallOnboarding(), b);
    CHECK_FALSE(r.complete);
    CHECK_FALSE(r.finalScore);
    CHECK_FALSE(r.scenarioComponent);
    CHECK(hasReason(r, "scenario 'late-return' has no completed certification-mode attempt"));
    CHECK(hasReason(r, "written test 'cert-exam' has not been taken"));
}

TEST_CASE("only completed certification-mode attempts from an accepted pack count", "[certification][rule]") {
    HistoryBuilder b;
    b.scenario("angry-appliance", 100, "2026-03-09T09:00:00Z", PlayMode::Practice);
    b.scenario("angry-appliance", 100, "2026-03-09T10:00:00Z", PlayMode::Certification, "my-pack");
    b.unfinished("angry-appliance", AttemptStatus::Abandoned, "2026-03-09T11:00:00Z");
    b.unfinished("angry-appliance", AttemptStatus::InProgress, "2026-03-09T12:00:00Z");
    b.scenario("angry-appliance", 85, "2026-03-10T13:00:00Z", PlayMode::Certification, "core-en");
    auto r = certify(test::smallOnboarding(), b);
    const auto& item = r.scenarios.at(0);
    CHECK(item.used == 1);
    CHECK(item.score == 85);
    CHECK(item.attempts.size() == 1);
}

TEST_CASE("best scenario attempt and latest written attempt count, and the record says which", "[certification][rule]") {
    HistoryBuilder b;
    b.scenario("angry-appliance", 92, "2026-03-01T09:00:00Z", PlayMode::Certification);
    int64_t best = b.lastAttemptId();
    b.scenario("angry-appliance", 71, "2026-03-03T09:00:00Z", PlayMode::Certification);
    b.scenario("late-return", 88, "2026-03-01T09:30:00Z", PlayMode::Certification);
    b.exam("cert-exam", 95, "2026-03-01T10:00:00Z");
    b.exam("cert-exam", 72, "2026-03-03T10:00:00Z");
    int64_t latest = b.lastExamId();
    auto r = certify(test::smallOnboarding(), b);
    CHECK(r.scenarios[0].score == 92);
    CHECK(r.scenarios[0].scoreAttemptId == best);
    CHECK(r.written.score == 72);
    CHECK(r.written.scoreAttemptId == latest);
    CHECK(r.countedScenarioAttempts().size() == 2);
    CHECK(r.finalScore->text() == "84.6"); // 0.7 x 90 + 0.3 x 72 = 84.6
    CHECK(r.passed);
    // Counting is editable: latest scenario attempt instead.
    auto p = test::smallOnboarding();
    p.certification.scenarioCounting = AttemptCounting::Latest;
    CHECK(certify(p, b).scenarios[0].score == 71);
}

TEST_CASE("retakes are limited and must wait", "[certification][rule][retake]") {
    HistoryBuilder b = sitting(90, 90, 50); // written attempt 1 ends 2026-03-10T10:30
    SECTION("the waiting time is measured from the end of one attempt to the start of the next") {
        b.exam("cert-exam", 99, "2026-03-11T10:29:00Z"); // 23 h 59 min later: ignored
        b.exam("cert-exam", 75, "2026-03-11T10:30:00Z"); // exactly 24 h: counts
        auto r = certify(test::smallOnboarding(), b);
        REQUIRE(r.written.attempts.size() == 3);
        CHECK(r.written.attempts[1].ignoredBecause ==
              "it started 23 h 59 min after attempt " + std::to_string(r.written.attempts[0].attemptId) + " ended, before the 24 h wait");
        CHECK(r.written.attempts[2].counted);
        CHECK(r.written.used == 2);
        CHECK(r.written.score == 75);
        CHECK(r.passed);
    }
    SECTION("the next attempt is allowed a full wait after the last") {
        auto r = certify(test::smallOnboarding(), b, "2026-03-10T20:00:00Z");
        CHECK_FALSE(r.passed);
        CHECK(r.written.left == 2);
        CHECK(r.written.nextAllowedAt == "2026-03-11T10:30:00Z");
        CHECK(hasReason(r, "the next attempt at written test 'cert-exam' is allowed from 2026-03-11T10:30:00Z"));
        auto later = certify(test::smallOnboarding(), b, "2026-03-12T08:00:00Z");
        CHECK(later.written.nextAllowedAt == "2026-03-12T08:00:00Z"); // already allowed: now
    }
    SECTION("attempts beyond the limit are ignored and the limit is reported") {
        b.exam("cert-exam", 55, "2026-03-12T09:00:00Z");
        b.exam("cert-exam", 60, "2026-03-14T09:00:00Z");
        b.exam("cert-exam", 100, "2026-03-16T09:00:00Z");
        auto r = certify(test::smallOnboarding(), b);
        CHECK(r.written.used == 3);
        CHECK(r.written.left == 0);
        CHECK(r.written.score == 60);
        CHECK(r.written.attempts.back().ignoredBecause == "it is beyond the 3 allowed attempts");
        CHECK(r.written.nextAllowedAt.empty());
        CHECK_FALSE(r.passed);
        CHECK(hasReason(r, "no attempts left for written test 'cert-exam' (3 of 3 used)"));
        CHECK_FALSE(r.noAttemptsLeft); // the scenarios still have attempts
    }
}

TEST_CASE("every attempt used and failed needs a trainer", "[certification][rule][retake]") {
    auto p = test::smallOnboarding();
    p.certification.maxAttempts = 1;
    auto r = certify(p, sitting(60, 60, 60));
    CHECK(r.noAttemptsLeft);
    CHECK(hasReason(r, "every certification attempt is used: a trainer must review before another"));
}

TEST_CASE("a trainer override changes an attempt's score and the outcome", "[certification][override]") {
    HistoryBuilder b = sitting(90, 90, 80);
    b.scenarioTurns("angry-appliance", {60, 70}, "2026-03-12T09:00:00Z"); // not used: best counts; replace the first
    auto& a = b.lastAttempt();
    CHECK(countedScore(a) == 65);
    a.turns[0].overriddenScore = 90;
    CHECK(countedScore(a) == 80);
    SECTION("an override that lowers the only attempt makes it fail") {
        HistoryBuilder c;
        c.scenarioTurns("angry-appliance", {80, 80}, "2026-03-10T09:00:00Z");
        c.scenario("late-return", 80, "2026-03-10T09:30:00Z", PlayMode::Certification);
        c.exam("cert-exam", 80, "2026-03-10T10:00:00Z");
        CHECK(certify(test::smallOnboarding(), c).passed);
        c.edit().attempts[0].turns[1].overriddenScore = 70; // mean 75
        auto r = certify(test::smallOnboarding(), c);
        CHECK_FALSE(r.passed);
        CHECK(r.scenarioComponent->text() == "77.5");
    }
    SECTION("a critical forbidden reply fails a certification attempt unless a trainer overrode that turn") {
        HistoryBuilder c;
        c.scenarioTurns("late-return", {90, 30, 90}, "2026-03-10T09:00:00Z");
        c.lastAttempt().criticalTurn = 1;
        CHECK(countedScore(c.lastAttempt()) == 0);
        c.lastAttempt().turns[1].overriddenScore = 60;
        CHECK(countedScore(c.lastAttempt()) == 80);
    }
}

TEST_CASE("onboarding days unlock in order and items report their status", "[certification][onboarding]") {
    auto p = test::smallOnboarding();
    HistoryBuilder b;
    b.scenario("payment-outage", 85, "2025-03-01T09:00:00Z"); // day 2 work done early
    b.scenario("order-status", 69, "2025-03-02T09:00:00Z");   // below 70: in progress
    auto progress = onboardingProgress(p, b.history());
    REQUIRE(progress.days.size() == 2);
    CHECK(progress.days[0].items[0].status == ItemStatus::InProgress);
    CHECK(progress.days[0].items[0].bestScore == 69);
    CHECK(progress.days[0].items[1].status == ItemStatus::NotStarted);
    CHECK(progress.days[1].locked);
    CHECK(progress.days[1].items[0].status == ItemStatus::Locked);
    CHECK(progress.days[1].doneCount() == 1);
    CHECK_FALSE(progress.allDaysComplete());

    b.scenario("order-status", 70, "2025-03-03T09:00:00Z").exam("day1-quiz", 60, "2025-03-03T10:00:00Z"); // both exactly at the minimum
    progress = onboardingProgress(p, b.history());
    CHECK(progress.days[0].complete);
    CHECK(progress.days[0].items[0].status == ItemStatus::Done);
    CHECK(progress.days[0].items[0].bestScore == 70);
    CHECK_FALSE(progress.days[1].locked);
    CHECK(progress.days[1].items[0].status == ItemStatus::Done);
    CHECK(progress.allDaysComplete());
    // Day 2 completes no earlier than day 1, although its work was done first.
    CHECK(progress.completedAt() == "2025-03-03T10:30:00Z");
}

TEST_CASE("annual hours count in the calendar year of their date", "[certification][annual]") {
    auto ap = test::standardAnnual();
    HistoryBuilder b;
    b.hours("2025-12-31", 60).hours("2026-01-01", 45).hours("2026-01-02", 30, TrainingKind::Onboarding).hours("2026-06-01", 20);
    auto y2025 = annualYear(ap, b.history().training, 2025, day("2026-06-30"));
    auto y2026 = annualYear(ap, b.history().training, 2026, day("2026-06-30"));
    CHECK(y2025.minutesDone == 60);
    CHECK(y2026.minutesDone == 65); // onboarding-kind minutes do not count
    CHECK(y2026.minutesLeft == 415);
    CHECK(y2026.dueDate.toString() == "2026-12-31");
    // Entries after today are not counted yet.
    CHECK(annualYear(ap, b.history().training, 2026, day("2026-05-31")).minutesDone == 45);
}

TEST_CASE("the due window is the last 60 days of the year: from Nov 2 in common and leap years", "[certification][annual]") {
    CHECK(dueWindowStart(2025, 60).toString() == "2025-11-02");
    CHECK(dueWindowStart(2024, 60).toString() == "2024-11-02");
    CHECK(dueWindowStart(2024, 61).toString() == "2024-11-01");
    CHECK(CalendarDate::lastOfYear(2024).dayNumber() - dueWindowStart(2024, 60).dayNumber() + 1 == 60);
    for (int year : {2025, 2024}) { // common, leap
        auto programs = programsWith(test::smallOnboarding());
        HistoryBuilder b = certifiedIn2025();
        if (year == 2024) {
            b = HistoryBuilder();
            b.scenario("order-status", 80, "2023-03-03T09:00:00Z").exam("day1-quiz", 75, "2023-03-03T10:00:00Z");
            b.scenario("payment-outage", 80, "2023-03-04T09:00:00Z");
            b.scenario("angry-appliance", 90, "2023-03-05T09:00:00Z", PlayMode::Certification);
            b.scenario("late-return", 90, "2023-03-05T09:30:00Z", PlayMode::Certification);
            b.exam("cert-exam", 90, "2023-03-05T10:00:00Z");
        }
        int owedYear = year == 2025 ? 2026 : 2024;
        std::string y = std::to_string(owedYear);
        auto nov1 = evaluateLifecycle(programs, b.history(), day(y + "-11-01"), at(y + "-11-01T12:00:00Z"));
        auto nov2 = evaluateLifecycle(programs, b.history(), day(y + "-11-02"), at(y + "-11-02T12:00:00Z"));
        INFO(owedYear << ": " << nov1.reason << " / " << nov2.reason);
        CHECK(nov1.state == CertificationState::CertifiedForDuty);
        CHECK(nov2.state == CertificationState::Due);
        CHECK(nov2.reason ==
              "annual training for " + y + " is not complete with 60 days left (" + y + ": 0 of 480 min, 0 of 2 advanced sessions)");
        CHECK(evaluateLifecycle(programs, b.history(), day(y + "-12-31"), at(y + "-12-31T12:00:00Z")).state == CertificationState::Due);
    }
}

TEST_CASE("the annual requirement starts the year after certification", "[certification][lifecycle]") {
    auto programs = programsWith(test::smallOnboarding());
    auto e = evaluateLifecycle(programs, certifiedIn2025().history(), day("2025-12-15"), at("2025-12-15T12:00:00Z"));
    CHECK(e.state == CertificationState::CertifiedForDuty);
    CHECK(e.certifiedOn == "2025-03-05");
    CHECK(e.reason == "certified for duty on 2025-03-05; the annual requirement starts in 2026");
    CHECK_FALSE(e.annualApplies);
}

TEST_CASE("a year that ends short lapses the agent until the missing training is made up", "[certification][lifecycle]") {
    auto programs = programsWith(test::smallOnboarding());
    HistoryBuilder b = certifiedIn2025();
    b.hours("2026-03-01", 240).hours("2026-09-01", 60, TrainingKind::Advanced); // 300 min, 1 advanced: short by 180 min and 1 session
    auto dec31 = evaluateLifecycle(programs, b.history(), day("2026-12-31"), at("2026-12-31T23:00:00Z"));
    CHECK(dec31.state == CertificationState::Due);
    auto jan1 = evaluateLifecycle(programs, b.history(), day("2027-01-01"), at("2027-01-01T09:00:00Z"));
    CHECK(jan1.state == CertificationState::Lapsed);
    CHECK(jan1.reason ==
          "2026 ended short of the annual training; 180 minutes and 1 advanced session still to log before taking calls again");

    b.hours("2027-01-05", 120, TrainingKind::Advanced); // pays 120 min and the session
    auto jan5 = evaluateLifecycle(programs, b.history(), day("2027-01-05"), at("2027-01-05T18:00:00Z"));
    CHECK(jan5.state == CertificationState::Lapsed);
    CHECK(jan5.reason == "2026 ended short of the annual training; 60 minutes still to log before taking calls again");
    b.hours("2027-01-06", 30, TrainingKind::Onboarding); // not a counted kind
    CHECK(evaluateLifecycle(programs, b.history(), day("2027-01-06"), at("2027-01-06T18:00:00Z")).state == CertificationState::Lapsed);

    b.hours("2027-01-07", 90); // 60 pay the debt, 30 count for 2027
    auto jan7 = evaluateLifecycle(programs, b.history(), day("2027-01-07"), at("2027-01-07T18:00:00Z"));
    CHECK(jan7.state == CertificationState::CertifiedForDuty);
    CHECK(jan7.currentYear.minutesDone == 30);
    CHECK(jan7.currentYear.minutesPaidToEarlier == 180);
    CHECK(jan7.currentYear.debtPaidOn == "2027-01-07");
    CHECK(jan7.reason == "certified for duty on 2025-03-05; 2027: 30 of 480 min, 0 of 2 advanced sessions; "
                         "the earlier shortfall was made up on 2027-01-07");
}

TEST_CASE("a complete year is never due and a trainee in training never lapses", "[certification][lifecycle]") {
    auto programs = programsWith(test::smallOnboarding());
    HistoryBuilder b = certifiedIn2025();
    b.hours("2026-02-01", 420).hours("2026-05-01", 30, TrainingKind::Advanced).hours("2026-08-01", 30, TrainingKind::Advanced);
    auto e = evaluateLifecycle(programs, b.history(), day("2026-12-01"), at("2026-12-01T12:00:00Z"));
    CHECK(e.state == CertificationState::CertifiedForDuty);
    CHECK(e.currentYear.complete);
    CHECK(e.missing.empty());

    HistoryBuilder trainee;
    auto t = evaluateLifecycle(programs, trainee.history(), day("2030-01-01"), at("2030-01-01T12:00:00Z"));
    CHECK(t.state == CertificationState::InTraining);
    CHECK(t.reason == "onboarding is not complete (0 of 2 days done) and the certification is not passed");
    CHECK(t.missing.front() == "day 1: scenario 'order-status' not started (needs 70)");
    CHECK(t.missing[2] == "day 2: locked until day 1 is complete (0 of 1 items done early)");
}

TEST_CASE("certification needs both the onboarding days and the rule", "[certification][lifecycle]") {
    auto programs = programsWith(test::smallOnboarding());
    HistoryBuilder b = sitting(90, 90, 90); // the rule passes, the days are not done
    auto e = evaluateLifecycle(programs, b.history(), day("2026-03-20"), at("2026-03-20T12:00:00Z"));
    CHECK(e.certification.passed);
    CHECK(e.state == CertificationState::InTraining);
    CHECK(e.reason == "onboarding is not complete (0 of 2 days done)");

    SECTION("a trainer's recorded decision certifies") {
        b.event(CertificationState::CertifiedForDuty, "2026-03-15T08:00:00Z", "T001");
        auto granted = evaluateLifecycle(programs, b.history(), day("2026-03-20"), at("2026-03-20T12:00:00Z"));
        CHECK(granted.state == CertificationState::CertifiedForDuty);
        CHECK(granted.grantedBy == "T001");
        CHECK(granted.certifiedOn == "2026-03-15");
    }
    SECTION("system events do not") {
        b.event(CertificationState::CertifiedForDuty, "2026-03-15T08:00:00Z", "system");
        CHECK(evaluateLifecycle(programs, b.history(), day("2026-03-20"), at("2026-03-20T12:00:00Z")).state ==
              CertificationState::InTraining);
    }
}

TEST_CASE("grade bands from the year's scores, compared exactly", "[certification][grades]") {
    auto ap = test::standardAnnual();
    CHECK(bandFor(ap, ExactScore::whole(90)) == "excellent");
    CHECK(bandFor(ap, ExactScore::mean({90, 89})) == "good"); // 89.5
    CHECK(bandFor(ap, ExactScore::whole(80)) == "good");
    CHECK(bandFor(ap, ExactScore::mean({70, 69, 70})) == "needs-improvement"); // 69.67
    CHECK(bandFor(ap, ExactScore::whole(70)) == "pass");
    CHECK(bandFor(ap, ExactScore::whole(0)) == "needs-improvement");

    HistoryBuilder b;
    b.scenario("order-status", 60, "2024-05-01T09:00:00Z").exam("quiz", 65, "2024-06-01T09:00:00Z");
    b.scenario("order-status", 50, "2025-05-01T09:00:00Z");
    b.scenario("order-status", 95, "2026-05-01T09:00:00Z").exam("quiz", 88, "2026-12-31T23:00:00Z"); // ends 23:30 on Dec 31
    auto g2024 = yearGrade(ap, b.history(), 2024);
    CHECK(g2024.scoredItems == 2);
    CHECK(g2024.score->text() == "62.5");
    CHECK(g2024.band == "needs-improvement");
    CHECK_FALSE(g2024.improvementPlan); // 2023 has no scores
    auto g2025 = yearGrade(ap, b.history(), 2025);
    CHECK(g2025.improvementPlan); // 2024 and 2025 both need improvement
    auto g2026 = yearGrade(ap, b.history(), 2026);
    CHECK(g2026.band == "excellent"); // 91.5
    CHECK_FALSE(g2026.improvementPlan);
    CHECK(yearGrade(ap, b.history(), 2027).band.empty());
}

TEST_CASE("calendar dates are strict and count days exactly", "[certification][dates]") {
    CHECK_FALSE(CalendarDate::parse("2025-02-29"));
    CHECK(CalendarDate::parse("2024-02-29"));
    CHECK_FALSE(CalendarDate::parse("2025-2-01"));
    CHECK_FALSE(CalendarDate::parse("2025-13-01"));
    CHECK(day("2025-01-01").plusDays(-1).toString() == "2024-12-31");
    CHECK(day("2024-02-28").plusDays(1).toString() == "2024-02-29");
    CHECK(formatTimestamp(at("2026-03-10T10:30:00Z") + 24 * 3600) == "2026-03-11T10:30:00Z");
    CHECK_FALSE(parseTimestamp("2026-03-10 10:30:00"));
}
