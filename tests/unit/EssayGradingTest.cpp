// A trainer's grade of essays waiting in a written exam, on a real store: the
// score recomputed exactly as scoreExam computes it (same sums, rounded down,
// same category totals), written with its "exam.grade" audit entry, and every
// refusal leaving the record untouched. Also the review marks of migration 5.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include "TestData.h"
#include "assessments/EssayGrading.h"
#include "assessments/ExamScoring.h"
#include "assessments/ExamSitting.h"
#include "records/SqliteRecordStore.h"
#include "review/ReviewQueue.h"
#include "store/Database.h"
#include "store/Migrations.h"

using namespace frontline;
using nlohmann::json;

namespace {

Question question(const std::string& id, QuestionType type, double points, const std::string& category, const std::string& text) {
    Question q;
    q.id = id;
    q.type = type;
    q.points = points;
    q.category = category;
    q.text = text;
    if (type == QuestionType::SingleChoice)
        q.options = {{"a", "您好，请讲。", 0, ""}, {"b", "您好，客服小王，请问有什么可以帮您？", 100, ""}};
    if (type == QuestionType::CaseAnalysis) q.caseRubric.needsModelAnswers = true;
    return q;
}

// A greeting (2 points) and two essays (5 and 3 points). With essaysAsChoices
// the essays are single choices of the same points, so scoreExam grades them
// itself: the reference a trainer's full marks must reproduce.
QuestionBank bank(bool essaysAsChoices = false) {
    const QuestionType essay = essaysAsChoices ? QuestionType::SingleChoice : QuestionType::CaseAnalysis;
    QuestionBank b;
    b.id = "essay-bank";
    b.language = "zh-CN";
    b.version = "1.0.0";
    b.categoryTitles = {{"etiquette", "礼仪"}, {"essays", "案例分析"}};
    b.questions = {question("greet", QuestionType::SingleChoice, 2, "etiquette", "接听第一句话怎样说？"),
                   question("essay-a", essay, 5, "essays", "客户超出退货期两天，坚持全额退款。請寫出你的應對。"),
                   question("essay-b", essay, 3, "essays", "谈谈“先处理情绪，再处理问题”。")};
    return b;
}

Exam exam() {
    Exam e;
    e.id = "essay-exam";
    e.version = "1.0.0";
    e.bankId = "essay-bank";
    e.draw = {{"etiquette", 1, "", std::nullopt}, {"essays", 2, "", std::nullopt}};
    e.shuffleQuestions = false;
    e.shuffleOptions = false;
    e.passMark = 80;
    e.trainingKind = TrainingKind::Annual;
    return e;
}

ExamResult sit(const QuestionBank& b, const AnswerSheet& sheet) {
    auto paper = drawPaper(exam(), b, 9);
    REQUIRE(paper);
    auto r = scoreExam(exam(), b, *paper, sheet, test::bundledLexicons());
    REQUIRE(r);
    return *r;
}

AnswerSheet essaySheet() {
    AnswerSheet s;
    s.timeSpentSeconds = 900;
    s.answers = {{"greet", "b"},
                 {"essay-a", "非常理解您的心情！我先為您查詢，政策外的部分我申請升級處理。"},
                 {"essay-b", "先安抚情绪，客户平静后才听得进方案。"}};
    return s;
}

struct Fixture {
    test::TempDir tmp;
    std::string path = (tmp.path() / "records.db").string();
    std::unique_ptr<RecordStore> store;
    Trainee trainee;
    int64_t attemptId = 0;

    Fixture() {
        auto s = openSqliteRecordStore(path);
        REQUIRE(s);
        store = std::move(*s);
        Trainee trainer;
        trainer.empno = "T1";
        trainer.name = "王老师";
        trainer.role = Role::Trainer;
        REQUIRE(store->addTrainee(trainer, "T1"));
        Trainee t;
        t.empno = "E1";
        t.name = "張偉";
        auto added = store->addTrainee(t, "T1");
        REQUIRE(added);
        trainee = *added;
        const ExamResult result = sit(bank(), essaySheet());
        REQUIRE(result.pendingReview);
        auto day = CalendarDate::parse("2026-03-02");
        auto recorded = recordExamSitting(*store, trainee, exam(), result, *parseTimestamp("2026-03-02T10:00:00Z"), *day);
        REQUIRE(recorded);
        attemptId = recorded->attemptId;
    }

    AssessmentAttempt attempt() const {
        auto a = store->assessment(attemptId);
        REQUIRE(a);
        return *a;
    }
    size_t auditCount() const {
        auto a = store->audit(std::nullopt);
        REQUIRE(a);
        return a->size();
    }
};

} // namespace

TEST_CASE("a pending exam lists each essay with its question, points and the trainee's answer", "[exam][grading]") {
    Fixture f;
    auto pending = pendingExams(*f.store);
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    const PendingExam& e = pending->front();
    CHECK(e.attempt.id == f.attemptId);
    CHECK(e.trainee.empno == "E1");
    CHECK(e.passMark == 80);
    REQUIRE(e.questions.size() == 2);
    CHECK(e.questions[0].questionId == "essay-a");
    CHECK(e.questions[0].points == 5);
    CHECK(e.questions[0].text == "客户超出退货期两天，坚持全额退款。請寫出你的應對。");
    CHECK(e.questions[0].answer == "非常理解您的心情！我先為您查詢，政策外的部分我申請升級處理。");
    CHECK(e.questions[1].questionId == "essay-b");

    // Read alone, by id, the attempt gives the same questions.
    auto one = pendingExam(*f.store, f.attemptId);
    REQUIRE(one);
    CHECK(one->attempt.resultJson == e.attempt.resultJson);
    CHECK(one->trainee.empno == "E1");
    CHECK(one->passMark == 80);
    REQUIRE(one->questions.size() == 2);
    CHECK(one->questions[1].answer == "先安抚情绪，客户平静后才听得进方案。");
    auto questions = pendingQuestions(e.attempt);
    REQUIRE(questions);
    CHECK(questions->size() == 2);
}

TEST_CASE("full marks from the trainer give the very result scoreExam gives an auto-graded paper", "[exam][grading]") {
    Fixture f;
    auto done = gradePendingExam(*f.store, f.attemptId, {{"essay-a", 5}, {"essay-b", 3}}, "两题都答得完整。", "T1");
    REQUIRE(done);
    CHECK(done->percent == 100);
    CHECK(done->after.score == 100);
    CHECK(done->after.passed);

    AnswerSheet right = essaySheet();
    right.answers["essay-a"] = "b";
    right.answers["essay-b"] = "b";
    const json reference = sit(bank(true), right).toJson();
    const json graded = json::parse(f.attempt().resultJson);
    for (const char* key : {"earned_points", "possible_points", "percent", "passed", "pending_review", "categories"}) {
        INFO(key);
        CHECK(graded[key] == reference[key]);
    }
    CHECK(f.attempt().score == 100);
    CHECK(pendingExams(*f.store)->empty());
}

TEST_CASE("the graded score is rounded down: 7.99 of 10 fails a pass mark of 80, 8 passes", "[exam][grading]") {
    SECTION("7.99") {
        Fixture f;
        auto done = gradePendingExam(*f.store, f.attemptId, {{"essay-a", 4}, {"essay-b", 1.99}}, "政策说明不完整。", "T1");
        REQUIRE(done);
        CHECK(done->earnedPoints == Approx(7.99));
        CHECK(f.attempt().score == 79);
        CHECK_FALSE(f.attempt().passed);
    }
    SECTION("8") {
        Fixture f;
        auto done = gradePendingExam(*f.store, f.attemptId, {{"essay-a", 3.7}, {"essay-b", 2.3}}, "合格。", "T1");
        REQUIRE(done);
        CHECK(f.attempt().score == 80);
        CHECK(f.attempt().passed);
    }
}

TEST_CASE("the points and comment are kept with each question, and the grade is audited", "[exam][grading]") {
    Fixture f;
    const size_t audits = f.auditCount();
    auto done = gradePendingExam(*f.store, f.attemptId, {{"essay-a", 2.5}, {"essay-b", 3}}, "第一题缺少政策说明；第二题很好。", "T1");
    REQUIRE(done);
    const json result = json::parse(f.attempt().resultJson);
    const json& a = result["questions"][1];
    CHECK(a["id"] == "essay-a");
    CHECK(a["earned"] == 2.5);
    CHECK(a["credit"] == 50);
    CHECK(a["pending_review"] == false);
    CHECK(a["correct"] == false);
    CHECK(a["trainer_grade"]["points"] == 2.5);
    CHECK(a["trainer_grade"]["comment"] == "第一题缺少政策说明；第二题很好。");
    CHECK(a["trainer_grade"]["by"] == "T1");
    CHECK(result["questions"][2]["correct"] == true);
    CHECK(result["questions"][0].count("trainer_grade") == 0);
    CHECK(result["categories"][0]["category"] == "essays");
    CHECK(result["categories"][0]["percent"] == 68); // 5.5 of 8

    auto log = f.store->audit(std::string("E1"));
    REQUIRE(log);
    REQUIRE(f.auditCount() == audits + 1);
    const AuditEntry& e = log->back();
    CHECK(e.action == "exam.grade");
    CHECK(e.actor == "T1");
    const json d = json::parse(e.detailsJson);
    CHECK(d["exam"] == "essay-exam");
    CHECK(d["attempt"] == f.attemptId);
    CHECK(d["points"] == json{{"essay-a", 2.5}, {"essay-b", 3}});
    CHECK(d["old"]["score"].is_null());
    CHECK(d["old"]["pending_review"] == true);
    CHECK(d["new"]["score"] == 75);
    CHECK(d["new"]["passed"] == false);
}

TEST_CASE("a refused grade writes nothing", "[exam][grading]") {
    Fixture f;
    Trainee gone;
    gone.empno = "T2";
    gone.name = "李老师";
    gone.role = Role::Trainer;
    REQUIRE(f.store->addTrainee(gone, "T1"));
    REQUIRE(f.store->setTraineeActive("T2", false, "T1"));
    const AssessmentAttempt before = f.attempt();
    const size_t audits = f.auditCount();
    auto refused = [&](const std::map<std::string, double>& points, const std::string& reason, const std::string& by,
                       const std::string& mentions) {
        auto r = gradePendingExam(*f.store, f.attemptId, points, reason, by);
        REQUIRE_FALSE(r);
        INFO(r.error().message);
        CHECK(r.error().message.find(mentions) != std::string::npos);
    };
    refused({{"essay-a", 5}, {"essay-b", 3}}, "　 ", "T1", "reason is required");
    refused({{"essay-a", 5}, {"essay-b", 3}}, "好", "E1", "not an active trainer");
    refused({{"essay-a", 5}, {"essay-b", 3}}, "好", "T2", "not an active trainer");
    refused({{"essay-a", 5}, {"essay-b", 3}, {"essay-z", 1}}, "好", "T1", "no question 'essay-z'");
    refused({{"essay-a", 5}, {"essay-b", 3}, {"greet", 2}}, "好", "T1", "'greet' is not waiting");
    refused({{"essay-a", 5.5}, {"essay-b", 3}}, "好", "T1", "takes 0 to 5 points");
    refused({{"essay-a", -1}, {"essay-b", 3}}, "好", "T1", "takes 0 to 5 points");
    refused({{"essay-a", 1.234}, {"essay-b", 3}}, "好", "T1", "steps of 0.01");
    refused({{"essay-a", 5}}, "好", "T1", "'essay-b' has none");
    CHECK(f.attempt().resultJson == before.resultJson);
    CHECK_FALSE(f.attempt().score);
    CHECK(f.auditCount() == audits);

    REQUIRE(gradePendingExam(*f.store, f.attemptId, {{"essay-a", 5}, {"essay-b", 3}}, "好", "T1"));
    refused({{"essay-a", 1}, {"essay-b", 1}}, "改分", "T1", "is not waiting for a trainer's grade");
    CHECK(f.attempt().score == 100);
    // The store itself refuses a second grade of the same result, so two trainers cannot both grade it.
    CHECK_FALSE(f.store->gradeAssessment(f.attemptId, before.resultJson, 10, false, "{}", "T1", "{}"));
}

TEST_CASE("points are typed as plain decimals with at most two decimals", "[exam][grading]") {
    CHECK(parseGradePoints("3") == 3.0);
    CHECK(parseGradePoints(" 2.5 ") == 2.5);
    CHECK(parseGradePoints("0.25") == 0.25);
    CHECK(parseGradePoints(".5") == 0.5);
    CHECK(parseGradePoints("4.") == 4.0);
    CHECK_FALSE(parseGradePoints(""));
    CHECK_FALSE(parseGradePoints("."));
    CHECK_FALSE(parseGradePoints("-1"));
    CHECK_FALSE(parseGradePoints("1.234"));
    CHECK_FALSE(parseGradePoints("1e2"));
    CHECK_FALSE(parseGradePoints("３"));
    CHECK_FALSE(parseGradePoints("2分"));
}

TEST_CASE("review marks are appended, audited and read back per attempt", "[review][marks]") {
    Fixture f;
    ScenarioAttempt a;
    a.traineeId = f.trainee.id;
    a.packId = "core-zh";
    a.scenarioId = "refund-late";
    a.startedAt = "2026-03-02T09:00:00Z";
    auto id = f.store->beginAttempt(a);
    REQUIRE(id);
    auto early = f.store->markReviewed(*id, "T1", "");
    REQUIRE_FALSE(early);
    CHECK(early.error().message.find("still in progress") != std::string::npos);

    a.id = *id;
    a.status = AttemptStatus::Completed;
    a.totalScore = 80;
    a.endedAt = "2026-03-02T09:10:00Z";
    REQUIRE(f.store->finishAttempt(a));
    auto first = f.store->markReviewed(*id, "T1", "");
    REQUIRE(first);
    auto second = f.store->markReviewed(*id, "T1", "已與學員面談，語氣改善。");
    REQUIRE(second);
    CHECK_FALSE(f.store->markReviewed(*id, "T 1", "x"));
    CHECK_FALSE(f.store->markReviewed(987654, "T1", ""));

    auto marks = f.store->reviewMarks({*id, 987654});
    REQUIRE(marks);
    REQUIRE(marks->size() == 2);
    CHECK((*marks)[0].by == "T1");
    CHECK((*marks)[0].note.empty());
    CHECK((*marks)[1].note == "已與學員面談，語氣改善。");
    CHECK((*marks)[1].at == second->at);
    CHECK(f.store->reviewMarks({})->empty());

    auto log = f.store->audit(std::string("E1"));
    REQUIRE(log);
    CHECK(log->back().action == "review.mark");
    CHECK(json::parse(log->back().detailsJson) == json{{"attempt", *id}, {"note", "已與學員面談，語氣改善。"}});

    auto item = reviewItem(*f.store, *id);
    REQUIRE(item);
    CHECK(item->reviewed());
    CHECK(item->marks.size() == 2);

    auto db = Database::open(f.path);
    REQUIRE(db);
    CHECK_FALSE(db->exec("UPDATE review_marks SET note = 'x'"));
    CHECK_FALSE(db->exec("DELETE FROM review_marks"));
}

TEST_CASE("a fourth-schema database upgrades in place: its calls can be marked reviewed", "[review][marks][store]") {
    test::TempDir tmp;
    auto path = tmp.path() / "v4.db";
    {
        // What the release with schema 4 wrote; raw SQLite, since Database::open would migrate it.
        REQUIRE(Database::currentSchemaVersion() >= 5);
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &raw) == SQLITE_OK);
        std::string sql;
        for (int i = 0; i < 4; ++i) sql += migrations()[static_cast<size_t>(i)].sql;
        sql += "PRAGMA user_version = 4;"
               "INSERT INTO trainees(empno, name, team, role, active, created_at) "
               "VALUES ('T9', '張老師', '培訓組', 'trainer', 1, '2025-01-01T00:00:00Z'),"
               "       ('E9', '陳美玲', '客服二組', 'trainee', 1, '2025-01-01T00:00:00Z');";
        CHECK(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    auto store = openSqliteRecordStore(path.string());
    REQUIRE(store);
    auto e9 = (*store)->trainee("E9");
    REQUIRE(e9);
    ScenarioAttempt a;
    a.traineeId = e9->id;
    a.packId = "core-zh";
    a.scenarioId = "late-return";
    auto id = (*store)->beginAttempt(a);
    REQUIRE(id);
    a.id = *id;
    a.status = AttemptStatus::Completed;
    a.totalScore = 75;
    REQUIRE((*store)->finishAttempt(a));
    REQUIRE((*store)->markReviewed(*id, "T9", "升級後第一次複核"));
    CHECK((*store)->reviewMarks({*id})->size() == 1);
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(db->schemaVersion() == Database::currentSchemaVersion());
}
