// The trainer's cohort screen model on a real store: the funnel and who is
// certified, due, training or blocked, the team filter, manual hours changing
// an agent's annual compliance (audited), and the CSV export byte-identical
// to `frontline-cli report --format csv` on the same database.
#include <catch2/catch.hpp>
#include <fstream>

#include "../e2e/CommandRunner.h"
#include "GuiTestStore.h"
#include "views/cohort/CohortModel.h"

using namespace frontline;
using namespace frontline::gui;

namespace {

struct CohortFixture : frontline::testing::TrainerModelFixture<CohortModel> {
    // The end of 2026-11-20: within the annual due window (from Nov 2).
    EvaluationTime now{CalendarDate{2026, 11, 20}, CalendarDate{2026, 11, 20}.dayNumber() * 86400 + 86399};

    // An agent a trainer certified in 2025, so 2026's annual training is owed.
    Trainee certifiedAgent(const std::string& empno, const std::string& name, const std::string& team) {
        Trainee t = db.add(empno, name, team, Role::Agent);
        CertificationEvent e;
        e.traineeId = t.id;
        e.state = CertificationState::CertifiedForDuty;
        e.at = "2025-06-01T09:00:00Z";
        e.reason = "岗前认证通过（纸质记录补录）";
        e.by = "T1";
        REQUIRE(db.store->recordCertification(e));
        return t;
    }

    int64_t memberId(const std::string& empno) {
        auto t = db.store->trainee(empno);
        REQUIRE(t);
        return t->id;
    }

    const CohortMember& member(const std::string& empno) {
        for (const auto& m : model.overview().members)
            if (m.trainee.empno == empno) return m;
        FAIL("no member " << empno);
        throw;
    }
};

} // namespace

TEST_CASE("the cohort overview: funnel, standing with what is missing, teams", "[gui][cohort]") {
    CohortFixture f;
    const Trainee lin = f.db.add("E3001", "林曉雨", "客服二組");
    const Trainee wang = f.db.add("E3002", "王芳", "客服一组");
    f.certifiedAgent("A3003", "周杰（資深）", "客服二組");
    // Day 1 of onboarding done by 林曉雨 (scenarios only; the quiz is missing), nothing by 王芳.
    for (const auto& s : f.programs.onboarding.days[0].scenarios) f.db.play(lin.id, s.scenarioId, {90, 80}, "2026-03-02T08:00:00Z");

    REQUIRE(f.model.load(std::nullopt, f.now));
    const CohortOverview& o = f.model.overview();
    REQUIRE(o.members.size() == 3); // the trainer is not part of the cohort
    CHECK(o.year == 2026);
    REQUIRE(o.daysFinished.size() == 3);
    CHECK(o.daysFinished[0] == 0); // the day-1 quiz is missing
    CHECK(o.certified == 1);
    CHECK(o.count(CohortStanding::Due) == 1); // the agent: in the due window without this year's training
    CHECK(o.count(CohortStanding::InTraining) == 2);
    CHECK(f.member("A3003").evaluation.state == CertificationState::Due);
    CHECK(f.member("A3003").annualOwed);
    CHECK(f.member("A3003").year.minutesLeft == 480);
    CHECK_FALSE(f.member("E3002").annualOwed);
    CHECK(f.model.teams() == std::vector<std::string>{"", "客服一组", "客服二組"}); // the trainer has no team
    REQUIRE(f.model.people().size() == 3);

    // What is missing, as home words it to the person.
    for (size_t i = 0; i < o.members.size(); ++i) {
        const auto& missing = f.model.missing(i);
        if (o.members[i].trainee.empno == "A3003") {
            REQUIRE(missing.size() == 2);
            CHECK(missing[0].kind == MissingItem::Kind::AnnualMinutes);
            CHECK(missing[1].kind == MissingItem::Kind::AnnualAdvanced);
        } else {
            REQUIRE_FALSE(missing.empty());
            CHECK(missing[0].kind == MissingItem::Kind::OnboardingItems);
        }
    }

    // One team only.
    REQUIRE(f.model.load(std::string("客服二組"), f.now));
    REQUIRE(f.model.overview().members.size() == 2);
    for (const auto& m : f.model.overview().members) CHECK(m.trainee.team == "客服二組");
    CHECK(f.model.team() == std::string("客服二組"));
    CHECK(f.model.teams().size() == 3); // the filter's choices stay
    (void)wang;

    // Another year: 2025 was the agent's certification year, so nothing was owed; a year to come is refused.
    REQUIRE(f.model.load(std::nullopt, f.now, 2025));
    CHECK(f.model.year() == 2025);
    CHECK_FALSE(f.member("A3003").annualOwed);
    CHECK_FALSE(f.model.load(std::nullopt, f.now, 2027));
}

TEST_CASE("a year that ended short: the agent is lapsed and the year overdue", "[gui][cohort]") {
    CohortFixture f;
    f.certifiedAgent("A3003", "周杰（資深）", "客服二組");
    f.db.hours(f.memberId("A3003"), 120, TrainingKind::Annual, "2026-05-06", "服务规范复训");
    const EvaluationTime nextYear{CalendarDate{2027, 1, 15}, CalendarDate{2027, 1, 15}.dayNumber() * 86400 + 86399};
    REQUIRE(f.model.load(std::nullopt, nextYear, 2026));
    const CohortMember& m = f.member("A3003");
    CHECK(m.evaluation.state == CertificationState::Lapsed);
    CHECK(m.standing == CohortStanding::Blocked);
    CHECK(m.annualOwed);
    CHECK(m.overdue);
    CHECK(m.year.minutesDone == 120);
    CHECK(m.year.minutesLeft == 360);
    // The export of that year is the CLI's `report annual --year 2026`.
    const auto cli = test::requireSuccess(test::runCommand("FRONTLINE_CLI report annual --format csv --year 2026 --date 2027-01-15 --db " +
                                                           test::shellQuote((f.db.dir.path() / "frontline.db").string())));
    CHECK(f.model.csv(ReportKind::Annual) == cli.out);
}

TEST_CASE("a blocked trainee: the certification failed with no attempt left", "[gui][cohort]") {
    CohortFixture f;
    const Trainee t = f.db.add("E3004", "陈小明", "客服一组");
    const auto& rule = f.programs.onboarding.certification;
    // Every certification item sat as often as allowed, two days apart (past the retake wait), and failed.
    for (int i = 0; i < rule.maxAttempts; ++i) {
        const std::string day = "2026-03-0" + std::to_string(2 + 2 * i);
        for (const auto& s : rule.scenarios) f.db.play(t.id, s.scenarioId, {30, 40}, day + "T08:00:00Z", PlayMode::Certification);
        AssessmentAttempt a;
        a.traineeId = t.id;
        a.examId = rule.examId;
        a.status = AttemptStatus::Completed;
        a.startedAt = day + "T13:00:00Z";
        a.endedAt = day + "T13:20:00Z";
        a.score = 40;
        a.resultJson = "{}";
        REQUIRE(f.db.store->recordAssessment(a));
    }
    REQUIRE(f.model.load(std::nullopt, f.now));
    CHECK(f.member("E3004").evaluation.certification.noAttemptsLeft);
    CHECK(f.member("E3004").standing == CohortStanding::Blocked);
    CHECK(f.model.overview().count(CohortStanding::Blocked) == 1);
}

TEST_CASE("manual hours change an agent's annual compliance and are audited", "[gui][cohort]") {
    CohortFixture f;
    f.certifiedAgent("A3003", "周杰（資深）", "客服二組");
    REQUIRE(f.model.load(std::nullopt, f.now));
    CHECK(f.member("A3003").evaluation.state == CertificationState::Due);

    auto first = f.model.addHours("A3003", "2026-10-12", 360, TrainingKind::Annual, "服务规范复训（课堂）", f.now);
    REQUIRE(first);
    CHECK(first->stateBefore == CertificationState::Due);
    CHECK(first->stateAfter == CertificationState::Due); // the advanced sessions are still missing
    CHECK(f.member("A3003").year.minutesDone == 360);
    REQUIRE(f.model.addHours("A3003", "2026-10-13", 60, TrainingKind::Advanced, "情緒管理進階：投訴升級", f.now));
    auto last = f.model.addHours("A3003", " 2026-11-02 ", 60, TrainingKind::Advanced, "外部课程「客户体验」", f.now);
    REQUIRE(last);
    CHECK(last->stateAfter == CertificationState::CertifiedForDuty);
    CHECK(f.member("A3003").year.minutesDone == 480);
    CHECK(f.member("A3003").year.advancedDone == 2);
    CHECK(f.member("A3003").year.complete);
    CHECK(f.model.overview().count(CohortStanding::Certified) == 1);

    // Refused: no topic, a date in the future or before the hire date, not a date, no such person.
    CHECK_FALSE(f.model.addHours("A3003", "2026-10-12", 60, TrainingKind::Annual, "　", f.now));
    auto future = f.model.addHours("A3003", "2026-11-21", 60, TrainingKind::Annual, "课堂", f.now);
    REQUIRE_FALSE(future);
    CHECK(future.error().message.find("in the future") != std::string::npos);
    auto early = f.model.addHours("A3003", "2025-12-31", 60, TrainingKind::Annual, "课堂", f.now);
    REQUIRE_FALSE(early);
    CHECK(early.error().message.find("hire date") != std::string::npos);
    CHECK_FALSE(f.model.addHours("A3003", "2026-02-30", 60, TrainingKind::Annual, "课堂", f.now));
    CHECK_FALSE(f.model.addHours("NOBODY", "2026-10-12", 60, TrainingKind::Annual, "课堂", f.now));
    CHECK(f.member("A3003").year.minutesDone == 480);

    auto audit = f.db.store->audit(std::string("A3003"));
    REQUIRE(audit);
    CHECK(std::count_if(audit->begin(), audit->end(), [](const AuditEntry& e) { return e.action == "hours.add" && e.actor == "T1"; }) == 3);
}

TEST_CASE("the cohort screen's CSV is byte-identical to frontline-cli report", "[gui][cohort]") {
    CohortFixture f;
    const Trainee lin = f.db.add("E3001", "林曉雨", "客服二組");
    f.db.add("E3002", "王芳, \"小王\"", "客服一组"); // a comma and quotes: the field is quoted
    f.certifiedAgent("A3003", "周杰（資深）", "客服二組");
    f.db.play(lin.id, "order-status", {90, 80}, "2026-03-02T08:00:00Z");
    f.db.hours(lin.id, 90, TrainingKind::Onboarding, "2026-03-02", "服务礼仪入门");
    const std::string dbPath = (f.db.dir.path() / "frontline.db").string();
    for (std::optional<std::string> team : {std::optional<std::string>{}, std::optional<std::string>{"客服二組"}}) {
        REQUIRE(f.model.load(team, f.now));
        for (ReportKind kind : {ReportKind::Onboarding, ReportKind::Annual, ReportKind::Cohort}) {
            INFO(reportKindId(kind) << " " << team.value_or("(all)"));
            std::string line = std::string("FRONTLINE_CLI report ") + reportKindId(kind) + " --format csv --date 2026-11-20 --db " +
                               test::shellQuote(dbPath);
            if (team) line += " --team " + test::shellQuote(*team);
            const auto cli = test::requireSuccess(test::runCommand(line));
            CHECK(f.model.csv(kind) == cli.out);
            const auto file = f.db.dir.path() / (std::string("export-") + reportKindId(kind) + ".csv");
            auto rows = f.model.exportCsv(kind, file);
            REQUIRE(rows);
            std::ifstream in(file, std::ios::binary);
            const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            CHECK(written == cli.out);
        }
    }
    CHECK(f.model.csv(ReportKind::Annual).find("\"王芳, \"\"小王\"\"\"") == std::string::npos); // filtered out by the team
    REQUIRE(f.model.load(std::nullopt, f.now));
    CHECK(f.model.csv(ReportKind::Annual).find("\"王芳, \"\"小王\"\"\"") != std::string::npos);
    CHECK_FALSE(f.model.exportCsv(ReportKind::Annual, f.db.dir.path() / "no-such-folder" / "x.csv"));
    CHECK(CohortModel::defaultExportPath(ReportKind::Annual, CalendarDate{2026, 11, 20}, "/home/王老师") ==
          "/home/王老师/frontline-annual-2026-11-20.csv");
}
