#include <catch2/catch.hpp>
#include <sqlite3.h>

#include "TestData.h"
#include "records/SqliteRecordStore.h"
#include "store/Database.h"
#include "store/Migrations.h"

using namespace frontline;

namespace {

// A store on a fresh database file, plus a second raw connection for checks.
struct Fixture {
    test::TempDir tmp;
    std::string path = (tmp.path() / "records.db").string();
    std::unique_ptr<RecordStore> store;

    Fixture() {
        auto s = openSqliteRecordStore(path);
        REQUIRE(s);
        store = std::move(s.value());
    }

    int64_t count(const std::string& table) {
        auto db = Database::open(path);
        REQUIRE(db);
        auto q = db->prepare("SELECT COUNT(*) FROM " + table);
        REQUIRE(q);
        REQUIRE(q->step().value());
        return q->columnInt(0);
    }

    // Every table a write may touch, so "nothing written" checks all of them at once.
    int64_t allRows() {
        int64_t n = 0;
        for (const char* t : {"trainees", "scenario_attempts", "attempt_turns", "assessment_attempts", "training_entries",
                              "certification_events", "grade_overrides", "coaching_notes", "audit_log"}) {
            n += count(t);
        }
        return n;
    }

    Trainee add(const std::string& empno, const std::string& name, const std::string& team = "A") {
        Trainee t;
        t.empno = empno;
        t.name = name;
        t.team = team;
        t.hireDate = "2026-03-02";
        auto r = store->addTrainee(t, "T001");
        REQUIRE(r);
        return r.value();
    }

    int64_t begin(int64_t traineeId, const std::string& startedAt = "2026-04-01T09:00:00Z") {
        ScenarioAttempt a;
        a.traineeId = traineeId;
        a.packId = "core-zh";
        a.packVersion = "1.0.0";
        a.packHash = "abc123";
        a.scenarioId = "angry-appliance";
        a.seed = 0xFFFFFFFFFFFFFFF0ull; // above INT64_MAX: must survive the signed column
        a.mode = PlayMode::Certification;
        a.startedAt = startedAt;
        a.passMark = 80;
        auto id = store->beginAttempt(a);
        REQUIRE(id);
        return id.value();
    }

    void turn(int64_t attemptId, int index, int score) {
        AttemptTurn t;
        t.index = index;
        t.nodeId = "n" + std::to_string(index);
        t.customerLine = "我的冰箱又坏了！";
        t.reply = "您好，我非常理解您的心情 😊";
        t.latencySeconds = 12.5;
        t.score = score;
        t.gradeJson = R"({"score":)" + std::to_string(score) + "}";
        t.graderVersion = "keyword-1.0";
        REQUIRE(store->recordTurn(attemptId, t));
    }

    void finish(int64_t attemptId, const std::string& endedAt = "2026-04-01T09:10:00Z") {
        ScenarioAttempt a;
        a.id = attemptId;
        a.status = AttemptStatus::Completed;
        a.outcome = "resolved";
        a.endedAt = endedAt;
        a.competenciesJson = R"({"communication":80})";
        REQUIRE(store->finishAttempt(a));
    }
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("trainees round-trip exactly, SQL metacharacters and emoji included", "[records]") {
    Fixture f;
    const std::string evil = "Robert'); DROP TABLE trainees; --";
    const std::string emoji = "王小明 👩‍💼 \"Ming\"";
    f.add("E001", evil, "客服一组");
    f.add("E002", emoji);

    auto a = f.store->trainee("E001");
    REQUIRE(a);
    CHECK(a->name == evil);
    CHECK(a->team == "客服一组");
    CHECK(a->hireDate == "2026-03-02");
    CHECK(a->role == Role::Trainee);
    CHECK(a->active);
    CHECK(a->createdAt.size() == 20);
    CHECK(f.store->trainee("E002")->name == emoji);
    CHECK(f.store->traineeById(a->id)->empno == "E001");
    CHECK(f.count("trainees") == 2);

    auto audit = f.store->audit(std::string("E001"));
    REQUIRE(audit);
    REQUIRE(audit->size() == 1);
    CHECK(audit->front().action == "trainee.add");
    CHECK(audit->front().actor == "T001");
    CHECK(contains(audit->front().detailsJson, "DROP TABLE"));
}

TEST_CASE("bad trainee input is refused with one clear line and nothing is written", "[records]") {
    Fixture f;
    f.add("E001", "张三");
    const int64_t before = f.allRows();

    auto expectError = [&](Trainee t, const std::string& by, const std::string& message) {
        auto r = f.store->addTrainee(t, by);
        REQUIRE_FALSE(r);
        CHECK(r.error().message == message);
        CHECK(r.error().message.find('\n') == std::string::npos);
    };
    Trainee t;
    t.empno = "E009";
    t.name = "李四";
    Trainee blank = t;
    blank.name = "   ";
    expectError(blank, "T001", "name must not be empty");
    Trainee noEmpno = t;
    noEmpno.empno = "";
    expectError(noEmpno, "T001", "employee number must not be empty");
    Trainee feb30 = t;
    feb30.hireDate = "2026-02-30";
    expectError(feb30, "T001", "hire date '2026-02-30' is not a real date written YYYY-MM-DD");
    Trainee loose = t;
    loose.hireDate = "2026-3-2";
    expectError(loose, "T001", "hire date '2026-3-2' is not a real date written YYYY-MM-DD");
    Trainee badUtf8 = t;
    badUtf8.name = "\xE4\xB8";
    expectError(badUtf8, "T001", "name is not valid UTF-8");
    Trainee duplicate = t;
    duplicate.empno = "E001";
    expectError(duplicate, "T001", "a trainee with employee number 'E001' already exists");
    expectError(t, "", "trainer (by) must not be empty");

    auto unknown = f.store->trainee("E404");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == "no trainee with employee number 'E404'");
    CHECK_FALSE(f.store->history("E404"));
    CHECK_FALSE(f.store->setTraineeActive("E404", false, "T001"));
    CHECK(f.allRows() == before);
}

TEST_CASE("deactivated trainees leave the default list and cannot start attempts", "[records]") {
    Fixture f;
    auto a = f.add("E001", "甲", "A");
    f.add("E002", "乙", "B");
    REQUIRE(f.store->setTraineeActive("E001", false, "T001"));
    REQUIRE(f.store->setTraineeActive("E001", false, "T001")); // no change, no second audit row

    CHECK(f.store->trainees({})->size() == 1);
    TraineeFilter all;
    all.includeInactive = true;
    CHECK(f.store->trainees(all)->size() == 2);
    TraineeFilter teamB;
    teamB.team = "B";
    REQUIRE(f.store->trainees(teamB)->size() == 1);
    CHECK(f.store->trainees(teamB)->front().empno == "E002");

    ScenarioAttempt attempt;
    attempt.traineeId = a.id;
    attempt.packId = "core-zh";
    attempt.scenarioId = "late-return";
    auto r = f.store->beginAttempt(attempt);
    REQUIRE_FALSE(r);
    CHECK(r.error().message == "trainee 'E001' is deactivated and cannot start an attempt");

    auto log = f.store->audit(std::string("E001")).value();
    REQUIRE(log.size() == 2);
    CHECK(log[1].action == "trainee.deactivate");
}

TEST_CASE("an attempt is written turn by turn and its total is the mean of the turns", "[records]") {
    Fixture f;
    auto t = f.add("E001", "张三");
    int64_t id = f.begin(t.id);
    f.turn(id, 0, 80);
    f.turn(id, 1, 65);

    SECTION("turns must come in order, once each") {
        AttemptTurn again;
        again.index = 1;
        auto r = f.store->recordTurn(id, again);
        REQUIRE_FALSE(r);
        CHECK(r.error().message == "turn 1 is out of order: attempt " + std::to_string(id) + " has 2 turns recorded");
        again.index = 3;
        CHECK_FALSE(f.store->recordTurn(id, again));
        CHECK(f.count("attempt_turns") == 2);
    }
    SECTION("bad turns are refused") {
        AttemptTurn bad;
        bad.index = 2;
        bad.score = 101;
        CHECK(f.store->recordTurn(id, bad).error().message == "turn score must be 0 to 100, not 101");
        bad.score = 50;
        bad.gradeJson = "{not json";
        CHECK(f.store->recordTurn(id, bad).error().message == "grade is not valid JSON");
        bad.gradeJson = "";
        bad.recordedAt = "2026-04-01 09:00:00";
        CHECK_FALSE(f.store->recordTurn(id, bad));
        CHECK(f.store->recordTurn(999, AttemptTurn{}).error().message == "no scenario attempt 999");
        CHECK(f.count("attempt_turns") == 2);
    }
    SECTION("in progress, then finished") {
        auto open = f.store->attemptsInProgress(t.id);
        REQUIRE(open);
        REQUIRE(open->size() == 1);
        CHECK(open->front().turns.size() == 2);
        CHECK_FALSE(open->front().totalScore);

        f.finish(id);
        auto a = f.store->attempt(id);
        REQUIRE(a);
        CHECK(a->status == AttemptStatus::Completed);
        CHECK(a->totalScore == 73); // (80 + 65) / 2 = 72.5, rounded half away from zero as the engine does
        CHECK(a->seed == 0xFFFFFFFFFFFFFFF0ull);
        CHECK(a->mode == PlayMode::Certification);
        CHECK(a->passMark == 80);
        CHECK(a->outcome == "resolved");
        CHECK(a->endedAt == "2026-04-01T09:10:00Z");
        REQUIRE(a->turns.size() == 2);
        CHECK(a->turns[0].reply == "您好，我非常理解您的心情 😊");
        CHECK(a->turns[1].score == 65);
        CHECK(a->turns[1].latencySeconds == 12.5);
        CHECK(a->turns[1].graderVersion == "keyword-1.0");
        CHECK(f.store->attemptsInProgress(t.id)->empty());

        AttemptTurn late;
        late.index = 2;
        CHECK(f.store->recordTurn(id, late).error().message ==
              "attempt " + std::to_string(id) + " is completed; turns are recorded only while in progress");
        ScenarioAttempt twice;
        twice.id = id;
        twice.status = AttemptStatus::Completed;
        CHECK_FALSE(f.store->finishAttempt(twice));
        CHECK_FALSE(f.store->abandonAttempt(id));
    }
    SECTION("an unknown outcome or an end before the start is refused") {
        ScenarioAttempt a;
        a.id = id;
        a.status = AttemptStatus::Completed;
        a.outcome = "won-somehow";
        CHECK(f.store->finishAttempt(a).error().message == "unknown outcome 'won-somehow'");
        a.outcome = "resolved";
        a.endedAt = "2026-03-31T09:00:00Z";
        CHECK_FALSE(f.store->finishAttempt(a));
        CHECK(f.store->attempt(id)->status == AttemptStatus::InProgress);
    }
    SECTION("an interrupted attempt can be abandoned") {
        REQUIRE(f.store->abandonAttempt(id));
        auto a = f.store->attempt(id).value();
        CHECK(a.status == AttemptStatus::Abandoned);
        CHECK_FALSE(a.endedAt.empty());
        CHECK(a.turns.size() == 2);
    }
}

TEST_CASE("overrides are appended, never updated, and the total follows the latest", "[records]") {
    Fixture f;
    auto t = f.add("E001", "张三");
    int64_t id = f.begin(t.id);
    f.turn(id, 0, 40);
    f.turn(id, 1, 60);
    f.finish(id);
    REQUIRE(f.store->attempt(id)->totalScore == 50);

    auto first = f.store->overrideTurn(id, 0, 70, "同义表达未被识别", "T001");
    REQUIRE(first);
    CHECK(first->oldScore == 40);
    CHECK(f.store->attempt(id)->totalScore == 65);
    auto second = f.store->overrideTurn(id, 0, 90, "复核后上调", "T002");
    REQUIRE(second);
    CHECK(second->oldScore == 70); // the effective score, not the grader's
    auto a = f.store->attempt(id).value();
    CHECK(a.totalScore == 75);
    CHECK(a.turns[0].score == 40);
    CHECK(a.turns[0].overriddenScore == 90);
    CHECK(a.turns[0].effectiveScore() == 90);
    CHECK_FALSE(a.turns[1].overriddenScore);

    auto list = f.store->overrides(id).value();
    REQUIRE(list.size() == 2);
    CHECK(list[0].newScore == 70);
    CHECK(list[1].by == "T002");
    CHECK(list[1].reason == "复核后上调");

    auto log = f.store->audit(std::string("E001")).value();
    REQUIRE(log.size() == 3); // trainee.add and two overrides
    CHECK(log[2].action == "override");
    CHECK(log[2].actor == "T002");

    const int64_t before = f.allRows();
    CHECK(f.store->overrideTurn(id, 0, 101, "x", "T001").error().message == "new score must be 0 to 100, not 101");
    CHECK(f.store->overrideTurn(id, 0, -1, "x", "T001").error().message == "new score must be 0 to 100, not -1");
    CHECK(f.store->overrideTurn(id, 0, 50, " ", "T001").error().message == "reason must not be empty");
    CHECK(f.store->overrideTurn(id, 7, 50, "x", "T001").error().message == "attempt " + std::to_string(id) + " has no turn 7");
    CHECK(f.store->overrideTurn(999, 0, 50, "x", "T001").error().message == "no scenario attempt 999");
    CHECK(f.allRows() == before);
    CHECK(f.store->attempt(id)->totalScore == 75);

    // The database itself refuses to rewrite history, whoever asks.
    auto db = Database::open(f.path);
    REQUIRE(db);
    auto upd = db->exec("UPDATE grade_overrides SET new_score = 100");
    REQUIRE_FALSE(upd);
    CHECK(contains(upd.error().message, "grade_overrides is append-only"));
    CHECK(contains(db->exec("DELETE FROM grade_overrides").error().message, "append-only"));
    CHECK(contains(db->exec("DELETE FROM audit_log").error().message, "audit_log is append-only"));
    CHECK(contains(db->exec("UPDATE attempt_turns SET score = 100").error().message, "written once"));
}

TEST_CASE("training hours: bad entries are refused, manual ones are audited", "[records]") {
    Fixture f;
    auto t = f.add("E001", "张三");
    const int64_t before = f.allRows();
    auto entry = [&](int minutes, const std::string& date) {
        TrainingEntry e;
        e.traineeId = t.id;
        e.date = date;
        e.minutes = minutes;
        e.kind = TrainingKind::Advanced;
        e.topic = "高级沟通技巧";
        e.enteredBy = "T001";
        return e;
    };
    CHECK(f.store->addTraining(entry(0, "2026-05-01")).error().message == "minutes must be 1 to 1440 per entry, not 0");
    CHECK(f.store->addTraining(entry(-30, "2026-05-01")).error().message == "minutes must be 1 to 1440 per entry, not -30");
    CHECK_FALSE(f.store->addTraining(entry(1441, "2026-05-01")));
    CHECK_FALSE(f.store->addTraining(entry(60, "2026-13-01")));
    CHECK_FALSE(f.store->addTraining(entry(60, "2025-02-29")));
    CHECK_FALSE(f.store->addTraining(entry(60, "")));
    auto stranger = entry(60, "2026-05-01");
    stranger.traineeId = 999;
    CHECK(f.store->addTraining(stranger).error().message == "no trainee with id 999");
    CHECK(f.allRows() == before);

    REQUIRE(f.store->addTraining(entry(90, "2024-02-29")));
    auto app = entry(12, "2026-05-02");
    app.source = TrainingSource::App;
    app.enteredBy = "app";
    app.topic = "";
    REQUIRE(f.store->addTraining(app));

    auto h = f.store->history("E001").value();
    REQUIRE(h.training.size() == 2);
    CHECK(h.training[0].date == "2024-02-29");
    CHECK(h.training[0].minutes == 90);
    CHECK(h.training[0].kind == TrainingKind::Advanced);
    CHECK(h.training[1].source == TrainingSource::App);
    auto log = f.store->audit(std::string("E001")).value();
    REQUIRE(log.size() == 2); // trainee.add and the manual entry only
    CHECK(log[1].action == "hours.add");
}

TEST_CASE("history gathers everything of one trainee, histories filter and window", "[records]") {
    Fixture f;
    auto a = f.add("E001", "张三", "A");
    auto b = f.add("E002", "李四", "B");
    int64_t a1 = f.begin(a.id, "2025-06-01T08:00:00Z");
    f.turn(a1, 0, 90);
    f.finish(a1, "2025-06-01T08:05:00Z");
    int64_t a2 = f.begin(a.id, "2026-01-10T08:00:00Z");
    f.turn(a2, 0, 50);
    f.turn(a2, 1, 70);
    f.finish(a2, "2026-01-10T08:05:00Z");
    REQUIRE(f.store->overrideTurn(a2, 0, 100, "识别错误", "T001"));
    int64_t b1 = f.begin(b.id, "2026-01-11T08:00:00Z");
    f.turn(b1, 0, 30);

    AssessmentAttempt exam;
    exam.traineeId = a.id;
    exam.examId = "onboarding-final";
    exam.status = AttemptStatus::Completed;
    exam.startedAt = "2026-01-12T08:00:00Z";
    exam.endedAt = "2026-01-12T08:30:00Z";
    exam.score = 88;
    exam.passed = true;
    exam.activeSeconds = 1500;
    REQUIRE(f.store->recordAssessment(exam));

    CertificationEvent c;
    c.traineeId = a.id;
    c.state = CertificationState::InTraining;
    c.at = "2025-05-01T00:00:00Z";
    c.reason = "hired";
    c.by = "system";
    REQUIRE(f.store->recordCertification(c));
    c.state = CertificationState::CertifiedForDuty;
    c.at = "2026-01-12T09:00:00Z";
    c.reason = "passed the certification rule";
    c.detailsJson = R"({"final":86})";
    c.by = "T001";
    REQUIRE(f.store->recordCertification(c));
    c.detailsJson = "oops";
    CHECK(f.store->recordCertification(c).error().message == "certification details is not valid JSON");

    CoachingNote note;
    note.traineeId = a.id;
    note.attemptId = a2;
    note.text = "先安抚情绪，再给方案。\n下次复述客户需求。";
    note.by = "T001";
    REQUIRE(f.store->addCoachingNote(note));
    note.attemptId = b1; // another trainee's attempt
    CHECK_FALSE(f.store->addCoachingNote(note));

    auto h = f.store->history("E001").value();
    CHECK(h.trainee.name == "张三");
    REQUIRE(h.attempts.size() == 2);
    CHECK(h.attempts[0].id == a1);
    CHECK(h.attempts[1].totalScore == 85);
    REQUIRE(h.attempts[1].turns.size() == 2);
    CHECK(h.attempts[1].turns[0].effectiveScore() == 100);
    REQUIRE(h.assessments.size() == 1);
    CHECK(h.assessments[0].score == 88);
    CHECK(h.assessments[0].passed);
    REQUIRE(h.certifications.size() == 2);
    CHECK(h.certifications[0].state == CertificationState::InTraining);
    CHECK(h.certifications[1].state == CertificationState::CertifiedForDuty);
    CHECK(h.certifications[1].detailsJson == R"({"final":86})");
    auto notes = f.store->coachingNotes("E001").value();
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].text == note.text);
    CHECK(notes[0].attemptId == a2);
    // Trainer decisions are audited, the rules' own ("system") are not.
    auto log = f.store->audit(std::string("E001")).value();
    CHECK(log.size() == 4); // trainee.add, override, certification by T001, coaching.note

    auto all = f.store->histories({}).value();
    REQUIRE(all.size() == 2);
    CHECK(all[1].trainee.empno == "E002");
    REQUIRE(all[1].attempts.size() == 1);
    CHECK(all[1].attempts[0].status == AttemptStatus::InProgress);
    CHECK(all[1].attempts[0].turns.size() == 1);

    TraineeFilter year;
    year.team = "A";
    year.withTurns = false;
    year.since = "2026-01-01";
    year.until = "2027-01-01";
    auto cohort = f.store->histories(year).value();
    REQUIRE(cohort.size() == 1);
    REQUIRE(cohort[0].attempts.size() == 1);
    CHECK(cohort[0].attempts[0].id == a2);
    CHECK(cohort[0].attempts[0].turns.empty());
    CHECK(cohort[0].attempts[0].totalScore == 85);
    CHECK(cohort[0].certifications.size() == 2); // never windowed
    year.withAttempts = false;                   // hours and certifications only
    auto hours = f.store->histories(year).value();
    REQUIRE(hours.size() == 1);
    CHECK(hours[0].attempts.empty());
    CHECK(hours[0].assessments.size() == 1);
    CHECK(hours[0].certifications.size() == 2);
    year.since = "2026-1-1";
    CHECK_FALSE(f.store->histories(year));

    // What the rules read, and nothing else: the same attempts and entries, lighter.
    TraineeFilter rules;
    rules.team = "A";
    rules.withTurns = false;
    rules.rulesOnly = true;
    auto light = f.store->histories(rules).value();
    REQUIRE(light.size() == 1);
    REQUIRE(light[0].attempts.size() == 2);
    const ScenarioAttempt& full = h.attempts[1];
    const ScenarioAttempt& lean = light[0].attempts[1];
    CHECK(lean.id == full.id);
    CHECK(lean.packId == full.packId);
    CHECK(lean.scenarioId == full.scenarioId);
    CHECK(lean.mode == full.mode);
    CHECK(lean.status == full.status);
    CHECK(lean.startedAt == full.startedAt);
    CHECK(lean.endedAt == full.endedAt);
    CHECK(lean.totalScore == full.totalScore);
    CHECK(lean.passMark == full.passMark);
    CHECK(lean.criticalTurn == full.criticalTurn);
    CHECK(lean.packHash.empty());
    CHECK(lean.competenciesJson.empty());
}

TEST_CASE("an exam's time is written with the exam or not at all", "[records]") {
    Fixture f;
    auto a = f.add("E001", "王小明");
    AssessmentAttempt exam;
    exam.traineeId = a.id;
    exam.examId = "onboarding-day1-quiz";
    exam.status = AttemptStatus::Completed;
    exam.startedAt = "2026-03-03T08:00:00Z";
    exam.endedAt = "2026-03-03T08:21:00Z";
    exam.score = 85;
    exam.passed = true;
    exam.activeSeconds = 1260;
    TrainingEntry time;
    time.traineeId = a.id;
    time.date = "2026-03-03";
    time.minutes = 21;
    time.kind = TrainingKind::Onboarding;
    time.source = TrainingSource::App;
    time.topic = "第一天测验";
    time.enteredBy = "app";

    time.minutes = 0; // a bad entry undoes the exam too
    int64_t before = f.allRows();
    CHECK_FALSE(f.store->recordAssessment(exam, time));
    CHECK(f.allRows() == before);

    time.minutes = 21;
    auto id = f.store->recordAssessment(exam, time);
    REQUIRE(id);
    auto h = f.store->history("E001").value();
    REQUIRE(h.assessments.size() == 1);
    REQUIRE(h.training.size() == 1);
    CHECK(h.training[0].assessmentId == *id);
    CHECK_FALSE(h.training[0].attemptId);
    CHECK(h.training[0].minutes == 21);
    CHECK(f.store->audit(std::string("E001")).value().size() == 1); // trainee.add only: the app's time is not a trainer action
}

TEST_CASE("attempts ended in a date range, for the weekly QA sample", "[records]") {
    Fixture f;
    auto t = f.add("E001", "张三");
    std::vector<int64_t> ids;
    for (const char* day : {"2026-01-04", "2026-01-05", "2026-01-11", "2026-01-12"}) {
        int64_t id = f.begin(t.id, std::string(day) + "T08:00:00Z");
        f.turn(id, 0, 70);
        f.finish(id, std::string(day) + "T23:59:59Z");
        ids.push_back(id);
    }
    f.begin(t.id, "2026-01-06T08:00:00Z"); // in progress: never sampled
    auto week = f.store->attemptsEnded("2026-01-05", "2026-01-12").value();
    REQUIRE(week.size() == 2);
    CHECK(week[0].id == ids[1]);
    CHECK(week[1].id == ids[2]);
    CHECK(week[0].turns.size() == 1);
    CHECK_FALSE(f.store->attemptsEnded("2026-01-05", "2026-02-30"));
}

TEST_CASE("the schema's CHECKs back up the store's validation", "[records]") {
    Fixture f;
    auto db = Database::open(f.path);
    REQUIRE(db);
    const char* now = "'2026-01-01T00:00:00Z'";
    CHECK_FALSE(db->exec(std::string("INSERT INTO trainees(empno, name, role, created_at) VALUES ('E1', 'x', 'boss', ") + now + ")"));
    CHECK_FALSE(
        db->exec(std::string("INSERT INTO trainees(empno, name, hire_date, created_at) VALUES ('E1', 'x', '2026-02-30', ") + now + ")"));
    CHECK_FALSE(db->exec("INSERT INTO trainees(empno, name, created_at) VALUES ('E1', 'x', '2026-01-01 00:00:00')"));
    REQUIRE(db->exec(std::string("INSERT INTO trainees(empno, name, created_at) VALUES ('E1', 'x', ") + now + ")"));
    CHECK_FALSE(db->exec(std::string("INSERT INTO training_entries(trainee_id, trained_on, minutes, kind, source, entered_by, created_at) "
                                     "VALUES (1, '2026-01-01', 0, 'annual', 'manual', 'T', ") +
                         now + ")"));
    CHECK_FALSE(db->exec(std::string("INSERT INTO training_entries(trainee_id, trained_on, minutes, kind, source, entered_by, created_at) "
                                     "VALUES (42, '2026-01-01', 30, 'annual', 'manual', 'T', ") +
                         now + ")")); // no trainee 42: foreign keys are on
    REQUIRE(db->exec(std::string("INSERT INTO training_entries(trainee_id, trained_on, minutes, kind, source, entered_by, created_at) "
                                 "VALUES (1, '2026-01-01', 30, 'annual', 'manual', 'T', ") +
                     now + ")"));
}

TEST_CASE("a second-schema database upgrades in place: training entries keep their rows, indexes change", "[records][store]") {
    test::TempDir tmp;
    auto path = tmp.path() / "v2.db";
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &raw) == SQLITE_OK);
        std::string sql = std::string(migrations()[0].sql) + migrations()[1].sql +
                          "PRAGMA user_version = 2;"
                          "INSERT INTO trainees(empno, name, team, role, active, created_at) "
                          "VALUES ('E001', '陳大文', 'A', 'agent', 1, '2025-01-01T00:00:00Z');"
                          "INSERT INTO training_entries(trainee_id, trained_on, minutes, kind, source, topic, entered_by, created_at) "
                          "VALUES (1, '2025-06-01', 90, 'advanced', 'manual', '高級溝通技巧', 'T001', '2025-06-01T10:00:00Z');";
        CHECK(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    auto store = openSqliteRecordStore(path.string());
    REQUIRE(store);
    auto h = (*store)->history("E001");
    REQUIRE(h);
    REQUIRE(h->training.size() == 1);
    CHECK(h->training[0].topic == "高級溝通技巧");
    CHECK_FALSE(h->training[0].assessmentId);
    auto db = Database::open(path);
    REQUIRE(db);
    auto plan = db->prepare("EXPLAIN QUERY PLAN SELECT trainee_id, started_at, status, mode, scenario_id, total_score "
                            "FROM scenario_attempts WHERE trainee_id = 1 ORDER BY started_at");
    REQUIRE(plan);
    REQUIRE(plan->step().value());
    CHECK(plan->columnText(3).find("COVERING INDEX scenario_attempts_by_trainee") != std::string::npos);
}

TEST_CASE("a first-schema database upgrades in place and keeps its data", "[records][store]") {
    test::TempDir tmp;
    auto path = tmp.path() / "v1.db";
    {
        // Exactly what the first release wrote: migration 1 only, user_version 1.
        // Raw SQLite, since Database::open would migrate it.
        REQUIRE(Database::currentSchemaVersion() >= 2);
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &raw) == SQLITE_OK);
        std::string sql = std::string(migrations().front().sql) +
                          "PRAGMA user_version = 1;"
                          "INSERT INTO packs_seen(pack_id, version, hash, path) VALUES ('core-zh', '1.0.0', 'h1', '/packs/core-zh');";
        CHECK(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    auto store = openSqliteRecordStore(path.string());
    REQUIRE(store);
    Trainee t;
    t.empno = "E001";
    t.name = "迁移后";
    REQUIRE((*store)->addTrainee(t, "T001"));

    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(db->schemaVersion() == Database::currentSchemaVersion());
    auto q = db->prepare("SELECT pack_id, path FROM packs_seen");
    REQUIRE(q);
    REQUIRE(q->step().value());
    CHECK(q->columnText(0) == "core-zh");
    CHECK(q->columnText(1) == "/packs/core-zh");
    auto tables = db->prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('trainees', 'scenario_attempts', "
                              "'attempt_turns', 'assessment_attempts', 'training_entries', 'certification_events', 'grade_overrides', "
                              "'coaching_notes', 'audit_log')");
    REQUIRE(tables);
    REQUIRE(tables->step().value());
    CHECK(tables->columnInt(0) == 9);
}
