// Home and progress models against a real temporary training record, with
// Simplified, Traditional and emoji names, evaluated at a fixed date.
#include <catch2/catch.hpp>

#include "GuiTestStore.h"
#include "assessments/Exam.h"
#include "scenario/PackLoader.h"
#include "views/debrief/PastDebrief.h"
#include "views/home/HomeModel.h"
#include "views/progress/ProgressModel.h"

using namespace frontline;
using namespace frontline::gui;
using frontline::testing::GuiTestStore;

namespace {

const CalendarDate kToday{2026, 3, 10};
const int64_t kNow = CalendarDate{2026, 3, 10}.dayNumber() * 86400 + 12 * 3600;

struct Evaluated {
    TraineeHistory history;
    LifecycleEvaluation evaluation;
};

Evaluated evaluate(GuiTestStore& f, const Programs& programs, const std::string& empno) {
    auto h = f.store->history(empno);
    REQUIRE(h);
    return {*h, evaluateLifecycle(programs, *h, kToday, kNow)};
}

// Titles as the packs would give them, for two scenarios only: others fall back to their id.
ActivityTitles someTitles() {
    PackLoad zh, en;
    zh.pack.language = "zh-CN";
    en.pack.language = "en";
    Scenario s;
    s.id = "order-status";
    s.title = "订单查询：我的货到哪儿了";
    zh.pack.scenarios = {s};
    s.title = "Order inquiry: where is my parcel?";
    en.pack.scenarios = {s};
    return ActivityTitles(std::vector<PackLoad>{zh, en}, std::vector<Exam>{});
}

} // namespace

TEST_CASE("home: a new trainee starts with day 1 and owes no annual hours", "[gui-home]") {
    GuiTestStore f;
    const Programs programs = frontline::testing::bundledPrograms();
    const Trainee t = f.add("E1002", "陳美玲 🌸", "客服二組");
    const auto e = evaluate(f, programs, "E1002");
    const HomeModel m = buildHomeModel(t, e.evaluation, programs, someTitles(), "zh-CN");

    CHECK(m.name == "陳美玲 🌸");
    CHECK(m.state == CertificationState::InTraining);
    REQUIRE(m.days.size() == 3);
    CHECK_FALSE(m.days[0].locked);
    CHECK(m.days[1].locked);
    CHECK(m.days[0].items[0].title == "订单查询：我的货到哪儿了");
    CHECK(m.days[0].items[0].status == ItemStatus::NotStarted);
    CHECK(m.next.kind == NextActivity::Kind::OnboardingItem);
    CHECK(m.next.id == "order-status");
    CHECK(m.next.day == 1);
    REQUIRE_FALSE(m.missing.empty());
    CHECK(m.missing[0].kind == MissingItem::Kind::OnboardingItems);
    CHECK(m.missing[0].count == 11); // 3 + 4 + 4 items over the three days
    CHECK(m.missing.back().kind == MissingItem::Kind::CertificationItem);
    CHECK_FALSE(m.annualApplies);
    CHECK(m.minutesRequired == 480);
    CHECK(m.advancedRequired == 2);

    const HomeModel en = buildHomeModel(t, e.evaluation, programs, someTitles(), "en");
    CHECK(en.days[0].items[0].title == "Order inquiry: where is my parcel?");
    CHECK(en.days[0].title == "Service etiquette and the standard call flow");
}

TEST_CASE("home: scores, progress through day 1 and this year's hours", "[gui-home]") {
    GuiTestStore f;
    const Programs programs = frontline::testing::bundledPrograms();
    const Trainee t = f.add("E1001", "张伟");
    f.play(t.id, "order-status", {40, 60}, "2026-03-02T09:00:00Z"); // 50: not enough
    f.play(t.id, "order-status", {90, 80}, "2026-03-03T09:00:00Z"); // 85: done
    f.play(t.id, "delivery-delay", {50}, "2026-03-04T09:00:00Z");
    f.hours(t.id, 90, TrainingKind::Advanced, "2026-03-05", "情绪管理进阶");
    f.hours(t.id, 30, TrainingKind::Annual, "2025-12-30", "去年的培训"); // last year: not counted this year
    const auto e = evaluate(f, programs, "E1001");
    const HomeModel m = buildHomeModel(t, e.evaluation, programs, someTitles(), "zh-CN");

    const HomeDay& day1 = m.days[0];
    CHECK(day1.done == 1);
    CHECK(day1.items[0].status == ItemStatus::Done);
    CHECK(day1.items[0].bestScore == std::optional<int>(85));
    CHECK(day1.items[1].status == ItemStatus::InProgress);
    CHECK(day1.items[1].bestScore == std::optional<int>(50));
    CHECK(day1.items[1].title == "delivery-delay"); // no title known: the id
    CHECK(m.next.id == "delivery-delay");
    CHECK(m.missing[0].count == 10);
    CHECK(m.year == 2026);
    CHECK(m.minutesDone == 90);
    CHECK(m.advancedDone == 1);
    CHECK(m.hoursFraction() == Approx(90.0 / 480.0));
}

TEST_CASE("progress: attempts in order with scores, exams, hours newest first", "[gui-progress]") {
    GuiTestStore f;
    const Programs programs = frontline::testing::bundledPrograms();
    const Trainee t = f.add("E1001", "張偉");
    const Trainee other = f.add("E2", "Someone else");
    f.play(t.id, "order-status", {90, 80}, "2026-03-03T09:00:00Z");
    f.play(t.id, "order-status", {40, 60}, "2026-03-02T09:00:00Z");
    f.play(other.id, "order-status", {10}, "2026-03-02T08:00:00Z");
    ScenarioAttempt open;
    open.traineeId = t.id;
    open.packId = "core-zh";
    open.scenarioId = "late-return";
    open.startedAt = "2026-03-04T09:00:00Z";
    REQUIRE(f.store->beginAttempt(open));
    AssessmentAttempt exam;
    exam.traineeId = t.id;
    exam.examId = "onboarding-day1-quiz";
    exam.status = AttemptStatus::Completed;
    exam.startedAt = "2026-03-05T09:00:00Z";
    exam.endedAt = "2026-03-05T09:20:00Z";
    exam.score = 75;
    exam.passed = true;
    REQUIRE(f.store->recordAssessment(exam));
    f.hours(t.id, 45, TrainingKind::Onboarding, "2026-03-01", "服务礼仪入门 👋");
    f.hours(t.id, 30, TrainingKind::Advanced, "2026-03-06", "情绪管理进阶");

    const auto e = evaluate(f, programs, "E1001");
    const ProgressModel m = buildProgressModel(e.history, e.evaluation, someTitles(), "en");
    REQUIRE(m.attempts.size() == 3);
    CHECK(m.attempts[0].date == "2026-03-02");
    CHECK(m.attempts[0].score == std::optional<int>(50));
    CHECK(m.attempts[1].score == std::optional<int>(85));
    CHECK(m.attempts[0].title == "Order inquiry: where is my parcel?");
    CHECK(m.attempts[2].status == AttemptStatus::InProgress);
    CHECK_FALSE(m.attempts[2].score);
    REQUIRE(m.chart.size() == 2); // the open attempt has no score to plot
    CHECK(m.chart[0].score == 50);
    CHECK(m.chart[1].score == 85);
    CHECK(m.chartPassMark == 70);
    REQUIRE(m.exams.size() == 1);
    CHECK(m.exams[0].score == std::optional<int>(75));
    CHECK(m.exams[0].passed);
    REQUIRE(m.hours.size() == 2);
    CHECK(m.hours[0].date == "2026-03-06");
    CHECK(m.hours[1].topic == "服务礼仪入门 👋");
    CHECK(m.totalMinutes == 75);
    CHECK(m.state == CertificationState::InTraining);
    CHECK_FALSE(m.certified);
}

TEST_CASE("progress and debrief: a re-scored call shows the new total and the grader's own score", "[gui-progress]") {
    GuiTestStore f;
    const Programs programs = frontline::testing::bundledPrograms();
    const Trainee trainer = f.add("T9", "王老師", "培訓組", Role::Trainer);
    const Trainee t = f.add("E1001", "張偉");
    const int64_t id = f.play(t.id, "order-status", {40, 60}, "2026-03-02T09:00:00Z");
    f.play(t.id, "order-status", {90, 80}, "2026-03-03T09:00:00Z");
    REQUIRE(f.store->overrideTurn(id, 0, 80, "道歉與複述都到位，評分漏判。", trainer.empno));

    const auto e = evaluate(f, programs, "E1001");
    const ProgressModel m = buildProgressModel(e.history, e.evaluation, someTitles(), "zh-CN");
    REQUIRE(m.attempts.size() == 2);
    CHECK(m.attempts[0].score == std::optional<int>(70));
    CHECK(m.attempts[0].rescored);
    CHECK_FALSE(m.attempts[1].rescored);

    auto attempt = f.store->attempt(id);
    REQUIRE(attempt);
    const Debrief d = debriefFromAttempt(*attempt);
    REQUIRE(d.transcript.size() == 2);
    CHECK(d.transcript[0].score == 80);
    CHECK(d.transcript[0].graderScore == std::optional<int>(40));
    CHECK_FALSE(d.transcript[1].graderScore);
}
