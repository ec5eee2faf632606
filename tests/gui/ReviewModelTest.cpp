// The trainer's review screen model on a real store: which attempts of a week
// are in the queue and why, the annotated transcript with override history,
// an override that turns a failed certification into a certified trainee
// (audited, with the state change recorded), and coaching notes.
#include <catch2/catch.hpp>

#include "GuiTestStore.h"
#include "views/review/ReviewModel.h"

using namespace frontline;
using namespace frontline::gui;

namespace {

struct ReviewFixture : frontline::testing::TrainerModelFixture<ReviewModel> {
    // A completed attempt whose critical forbidden reply (criticalTurn, 0-based) failed a certification call.
    int64_t playCertification(int64_t traineeId, const std::string& scenario, std::initializer_list<int> scores, const std::string& day,
                              int criticalTurn = -1) {
        if (criticalTurn < 0) return db.play(traineeId, scenario, scores, day + "T09:00:00Z", PlayMode::Certification);
        ScenarioAttempt a;
        a.traineeId = traineeId;
        a.packId = "core-zh";
        a.packVersion = "1.0.0";
        a.packHash = "abc";
        a.scenarioId = scenario;
        a.mode = PlayMode::Certification;
        a.startedAt = day + "T11:00:00Z";
        auto fresh = db.store->beginAttempt(a);
        REQUIRE(fresh);
        int index = 0;
        for (int score : scores) {
            AttemptTurn t;
            t.index = index++;
            t.nodeId = "n" + std::to_string(index);
            t.customerLine = "你們到底什麼時候給我處理？！";
            t.reply = index - 1 == criticalTurn ? "这不是我们的问题，你自己看说明书。" : "非常抱歉给您带来不便，我马上为您核实。";
            t.score = score;
            t.gradeJson = R"({"score": )" + std::to_string(score) + "}";
            REQUIRE(db.store->recordTurn(*fresh, t));
        }
        ScenarioAttempt end;
        end.id = *fresh;
        end.status = AttemptStatus::Completed;
        end.outcome = "resolved";
        end.criticalTurn = criticalTurn;
        end.endedAt = day + "T11:30:00Z";
        REQUIRE(db.store->finishAttempt(end));
        return *fresh;
    }

    void exam(int64_t traineeId, const std::string& examId, int score, const std::string& day) {
        AssessmentAttempt a;
        a.traineeId = traineeId;
        a.examId = examId;
        a.status = AttemptStatus::Completed;
        a.startedAt = day + "T13:00:00Z";
        a.endedAt = day + "T13:20:00Z";
        a.score = score;
        a.passed = score >= 70;
        a.resultJson = "{}";
        REQUIRE(db.store->recordAssessment(a));
    }
};

IsoWeek week(const std::string& id) {
    auto w = parseIsoWeek(id);
    REQUIRE(w);
    return *w;
}

const ReviewItem* findItem(const ReviewModel& m, int64_t attemptId) {
    for (const auto& item : m.queue().items)
        if (item.attempt.id == attemptId) return &item;
    return nullptr;
}

EvaluationTime endOf(const std::string& day) {
    auto d = CalendarDate::parse(day);
    REQUIRE(d);
    return {*d, d->dayNumber() * 86400 + 86399};
}

} // namespace

TEST_CASE("the review queue holds the week's QA sample and every call that needs a look", "[gui][review]") {
    ReviewFixture f;
    const Trainee chen = f.db.add("E2001", "陳美玲", "客服二組");
    const Trainee zhang = f.db.add("E2002", "张伟（新人）", "客服一组");
    std::vector<int64_t> ordinary;
    for (int day = 2; day <= 6; ++day) {
        const std::string date = "2026-03-0" + std::to_string(day);
        ordinary.push_back(f.db.play(chen.id, "order-status", {80, 85, 90}, date + "T08:00:00Z"));
        ordinary.push_back(f.db.play(zhang.id, "delivery-delay", {75, 70}, date + "T08:30:00Z"));
    }
    const int64_t low = f.db.play(zhang.id, "late-return", {85, 35, 90}, "2026-03-04T09:00:00Z");
    const int64_t failed = f.db.play(chen.id, "angry-appliance", {60, 65}, "2026-03-05T09:00:00Z", PlayMode::Certification);
    const int64_t critical = f.playCertification(zhang.id, "payment-outage", {90, 20, 95}, "2026-03-06", 1);
    const int64_t nextWeek = f.db.play(zhang.id, "late-return", {10, 20}, "2026-03-09T09:00:00Z");

    REQUIRE(f.model.loadWeek(week("2026-W10"), kDefaultQaRate));
    const ReviewQueue& q = f.model.queue();
    CHECK(q.sample.ended.size() == 13);
    CHECK(q.sampled() == 2); // 10% of 13, rounded up
    CHECK(findItem(f.model, nextWeek) == nullptr);

    const ReviewItem* lowItem = findItem(f.model, low);
    REQUIRE(lowItem);
    CHECK((lowItem->reasons & kReviewLowTurn) != 0);
    CHECK(lowItem->lowestTurn == 1);
    CHECK(lowItem->trainee.name == "张伟（新人）");
    const ReviewItem* failedItem = findItem(f.model, failed);
    REQUIRE(failedItem);
    CHECK((failedItem->reasons & kReviewFailedCertification) != 0);
    CHECK(failedItem->total == 63);
    CHECK_FALSE(failedItem->passed);
    CHECK(failedItem->trainee.team == "客服二組");
    const ReviewItem* criticalItem = findItem(f.model, critical);
    REQUIRE(criticalItem);
    CHECK((criticalItem->reasons & (kReviewFailedCertification | kReviewLowTurn)) == (kReviewFailedCertification | kReviewLowTurn));
    CHECK_FALSE(criticalItem->passed); // total 68 and a critical reply

    // Ordinary calls are there only when sampled; every item has a reason.
    size_t sampledOrdinary = 0;
    for (const auto& item : q.items) {
        CHECK(item.reasons != 0);
        if (std::find(ordinary.begin(), ordinary.end(), item.attempt.id) != ordinary.end()) {
            CHECK(item.reasons == kReviewQaSample);
            ++sampledOrdinary;
        }
    }
    size_t sampledTotal = 0;
    for (const auto& item : q.items) sampledTotal += (item.reasons & kReviewQaSample) ? 1 : 0;
    CHECK(sampledTotal == 2);
    CHECK(q.items.size() == 3 + sampledOrdinary);
    // Newest first.
    for (size_t i = 1; i < q.items.size(); ++i) CHECK(q.items[i - 1].attempt.endedAt >= q.items[i].attempt.endedAt);

    // The same week draws the same sample; a full rate takes every call; the week after holds only its own.
    ReviewQueue first = q;
    REQUIRE(f.model.loadWeek(week("2026-W10"), kDefaultQaRate));
    REQUIRE(f.model.queue().items.size() == first.items.size());
    for (size_t i = 0; i < first.items.size(); ++i) CHECK(f.model.queue().items[i].attempt.id == first.items[i].attempt.id);
    REQUIRE(f.model.loadWeek(week("2026-W10"), 1.0));
    CHECK(f.model.queue().items.size() == 13);
    REQUIRE(f.model.loadWeek(week("2026-W11"), kDefaultQaRate));
    REQUIRE(f.model.queue().items.size() == 1);
    CHECK(f.model.queue().items[0].attempt.id == nextWeek);
    CHECK(f.model.queue().items[0].reasons == (kReviewQaSample | kReviewLowTurn));
}

TEST_CASE("the ISO week of a day is the week of its Thursday", "[gui][review]") {
    CHECK(isoWeekOf(CalendarDate{2026, 3, 2}).id() == "2026-W10");
    CHECK(isoWeekOf(CalendarDate{2026, 3, 8}).id() == "2026-W10");
    CHECK(isoWeekOf(CalendarDate{2026, 1, 1}).id() == "2026-W01");
    CHECK(isoWeekOf(CalendarDate{2027, 1, 1}).id() == "2026-W53");
    CHECK(isoWeekOf(CalendarDate{2025, 12, 29}).id() == "2026-W01");
    CHECK(isoWeekOf(CalendarDate{2026, 11, 24}).monday.toString() == "2026-11-23");
    for (int d = 0; d < 800; ++d) {
        const CalendarDate day = CalendarDate{2025, 1, 1}.plusDays(d);
        const IsoWeek w = isoWeekOf(day);
        auto parsed = parseIsoWeek(w.id());
        REQUIRE(parsed);
        CHECK(parsed->monday == w.monday);
        CHECK(day >= w.monday);
        CHECK(day < w.nextMonday());
    }
}

TEST_CASE("overriding the critical turn of a certification call certifies the trainee, on the record", "[gui][review]") {
    ReviewFixture f;
    const Trainee lin = f.db.add("E2003", "林曉雨", "客服二組");
    const char* days[] = {"2026-03-02", "2026-03-03", "2026-03-04"};
    for (size_t d = 0; d < f.programs.onboarding.days.size(); ++d) {
        const auto& day = f.programs.onboarding.days[d];
        for (const auto& s : day.scenarios) f.db.play(lin.id, s.scenarioId, {90, 92}, std::string(days[d]) + "T08:00:00Z");
        for (const auto& e : day.exams) f.exam(lin.id, e.examId, 100, days[d]);
    }
    f.playCertification(lin.id, "angry-appliance", {90, 90}, "2026-03-05");
    f.playCertification(lin.id, "payment-outage", {90, 90}, "2026-03-05");
    const int64_t lateReturn = f.playCertification(lin.id, "late-return", {90, 20}, "2026-03-05", 1);
    f.exam(lin.id, f.programs.onboarding.certification.examId, 100, "2026-03-05");
    const EvaluationTime now = endOf("2026-03-06");

    REQUIRE(f.model.loadWeek(isoWeekOf(now.today), kDefaultQaRate));
    REQUIRE(f.model.select(lateReturn));
    const ReviewSelection& s = *f.model.selection();
    CHECK(s.item.trainee.name == "林曉雨");
    REQUIRE(s.turns.size() == 2);
    CHECK(s.turns[1].critical);
    CHECK(s.turns[1].feedback.reply == "这不是我们的问题，你自己看说明书。");
    CHECK(s.turns[1].feedback.customerLine == "你們到底什麼時候給我處理？！");
    CHECK(f.model.suggestedTurn() == 1);

    // The form stays closed until a reason is typed and the score changes.
    CHECK_FALSE(f.model.canOverride(1, "90", ""));
    CHECK_FALSE(f.model.canOverride(1, "90", " \xE3\x80\x80 "));
    CHECK_FALSE(f.model.canOverride(1, "20", "复核：已道歉"));
    CHECK_FALSE(f.model.canOverride(1, "101", "复核：已道歉"));
    CHECK_FALSE(f.model.canOverride(1, "九十", "复核：已道歉"));
    CHECK_FALSE(f.model.canOverride(2, "90", "复核：已道歉"));
    CHECK(f.model.canOverride(1, " 90 ", "复核：已道歉"));
    CHECK(ReviewModel::parseScore("0") == 0);
    CHECK_FALSE(ReviewModel::parseScore("-1"));

    auto before = f.db.store->history("E2003");
    REQUIRE(before);
    CHECK_FALSE(evaluateLifecycle(f.programs, *before, now.today, now.nowSeconds).certified);

    auto report = f.model.applyOverride(1, 90, "  复核：客户原話「這不是我們的問題」是複述，非推諉。 ", now);
    REQUIRE(report);
    CHECK(report->turnNumber == 2);
    CHECK(report->oldScore == 20);
    CHECK(report->newScore == 90);
    CHECK(report->oldTotal == 55);
    CHECK(report->newTotal == 90);
    CHECK(report->stateBefore == CertificationState::InTraining);
    CHECK_FALSE(report->certifiedBefore);
    CHECK(report->stateAfter == CertificationState::CertifiedForDuty);
    CHECK(report->certifiedAfter);

    // The selection shows the override in the turn's history; the grader's score stays.
    const ReviewSelection& after = *f.model.selection();
    REQUIRE(after.turns[1].history.size() == 1);
    CHECK(after.turns[1].history[0].by == "T1");
    CHECK(after.turns[1].history[0].reason == "复核：客户原話「這不是我們的問題」是複述，非推諉。");
    CHECK(after.turns[1].graderScore == 20);
    CHECK(after.turns[1].overriddenScore == 90);
    CHECK(after.turns[1].feedback.score == 90);
    CHECK(after.item.overridden);
    CHECK(after.item.passed);

    // The audit log names the trainer; the new state is on record with its reason.
    auto audit = f.db.store->audit(std::string("E2003"));
    REQUIRE(audit);
    auto it = std::find_if(audit->begin(), audit->end(), [](const AuditEntry& e) { return e.action == "override"; });
    REQUIRE(it != audit->end());
    CHECK(it->actor == "T1");
    CHECK(it->detailsJson.find("是複述") != std::string::npos);
    auto history = f.db.store->history("E2003");
    REQUIRE(history);
    REQUIRE_FALSE(history->certifications.empty());
    CHECK(history->certifications.back().state == CertificationState::CertifiedForDuty);

    // A second override of the same turn appends; refused ones change nothing.
    REQUIRE(f.model.applyOverride(1, 85, "再次复核", now));
    CHECK(f.model.selection()->turns[1].history.size() == 2);
    CHECK(f.model.selection()->turns[1].history[1].oldScore == 90);
    CHECK_FALSE(f.model.applyOverride(1, 85, "同分", now));
    CHECK_FALSE(f.model.applyOverride(1, 70, "   ", now));
    CHECK(f.db.store->overrides(lateReturn)->size() == 2);
}

TEST_CASE("coaching notes are listed for the trainee and may be tied to the call", "[gui][review]") {
    ReviewFixture f;
    const Trainee chen = f.db.add("E2001", "陳美玲", "客服二組");
    const int64_t a = f.db.play(chen.id, "order-status", {30, 50}, "2026-03-03T08:00:00Z");
    REQUIRE(f.model.loadWeek(week("2026-W10"), kDefaultQaRate));
    CHECK_FALSE(f.model.addNote("先处理情绪", false)); // nothing selected yet
    REQUIRE(f.model.select(a));
    CHECK(f.model.selection()->notes.empty());
    REQUIRE(f.model.addNote("先處理情緒，再解決問題；道歉要具體。", true));
    REQUIRE(f.model.addNote("  整体语气很好！  ", false));
    CHECK_FALSE(f.model.addNote(" ", false));
    const auto& notes = f.model.selection()->notes;
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].text == "先處理情緒，再解決問題；道歉要具體。");
    CHECK(notes[0].attemptId == a);
    CHECK(notes[0].by == "T1");
    CHECK(notes[1].text == "整体语气很好！");
    CHECK_FALSE(notes[1].attemptId);
    auto audit = f.db.store->audit(std::string("E2001"));
    REQUIRE(audit);
    CHECK(std::count_if(audit->begin(), audit->end(), [](const AuditEntry& e) { return e.action == "coaching.note" && e.actor == "T1"; }) ==
          2);
}

namespace {

// A written exam recorded as exam take records one whose essay waits: a
// greeting (2 points, right) and an essay (5 points) with its text and answer.
int64_t pendingEssayExam(ReviewFixture& f, int64_t traineeId) {
    const nlohmann::json result = {
        {"exam", {{"id", "annual-refresher"}, {"version", "1.0.0"}}},
        {"answers", {{"greet-01", "b"}, {"essay-01", "先安撫客戶情緒😊，再說明政策：「非常理解您的心情」。"}}},
        {"questions",
         {{{"id", "greet-01"}, {"category", "etiquette"}, {"points", 2}, {"earned", 2}, {"credit", 100}, {"pending_review", false}},
          {{"id", "essay-01"},
           {"category", "essays"},
           {"points", 5},
           {"earned", 0},
           {"credit", 0},
           {"pending_review", true},
           {"text", "谈谈你对“先处理情绪，再处理问题”的理解。"}}}},
        {"categories",
         {{{"category", "essays"}, {"earned", 0}, {"possible", 5}, {"percent", 0}},
          {{"category", "etiquette"}, {"earned", 2}, {"possible", 2}, {"percent", 100}}}},
        {"earned_points", 2},
        {"possible_points", 7},
        {"percent", 28},
        {"pass_mark", 80},
        {"pending_review", true},
        {"passed", false}};
    AssessmentAttempt a;
    a.traineeId = traineeId;
    a.examId = "annual-refresher";
    a.status = AttemptStatus::Completed;
    a.startedAt = "2026-03-03T13:00:00Z";
    a.endedAt = "2026-03-03T13:30:00Z";
    a.resultJson = result.dump();
    auto id = f.db.store->recordAssessment(a);
    REQUIRE(id);
    return *id;
}

} // namespace

TEST_CASE("a written exam waiting for a trainer heads the queue and is graded there", "[gui][review][grading]") {
    ReviewFixture f;
    const Trainee chen = f.db.add("E2001", "陳美玲", "客服二組");
    const int64_t examId = pendingEssayExam(f, chen.id);
    REQUIRE(f.model.loadWeek(week("2026-W12"), kDefaultQaRate)); // another week: the exam waits whatever week it was sat in
    REQUIRE(f.model.queue().exams.size() == 1);
    CHECK(f.model.queue().exams[0].trainee.name == "陳美玲");

    REQUIRE(f.model.selectExam(examId));
    CHECK_FALSE(f.model.selection());
    const PendingExam& exam = *f.model.examSelection();
    REQUIRE(exam.questions.size() == 1);
    CHECK(exam.questions[0].text == "谈谈你对“先处理情绪，再处理问题”的理解。");
    CHECK(exam.questions[0].answer == "先安撫客戶情緒😊，再說明政策：「非常理解您的心情」。");
    CHECK(exam.questions[0].points == 5);

    CHECK_FALSE(f.model.canGrade({{"essay-01", "4"}}, "　"));     // the comment is required
    CHECK_FALSE(f.model.canGrade({{"essay-01", "5.5"}}, "很好")); // more than the question's points
    CHECK_FALSE(f.model.canGrade({{"essay-01", "４"}}, "很好"));  // not a plain number
    CHECK_FALSE(f.model.canGrade({}, "很好"));                    // no points
    CHECK(f.model.canGrade({{"essay-01", " 4.5 "}}, "共情到位，政策说明稍弱。"));

    auto report = f.model.gradeExam({{"essay-01", "4.5"}}, "  共情到位，政策说明稍弱。 ", endOf("2026-03-20"));
    REQUIRE(report);
    CHECK(report->score == 92); // 6.5 of 7, rounded down
    CHECK(report->passed);
    CHECK(report->earnedPoints == Approx(6.5));
    CHECK(report->stateAfter == CertificationState::InTraining);
    CHECK_FALSE(f.model.examSelection());
    CHECK(f.model.queue().exams.empty());

    auto graded = f.db.store->assessment(examId);
    REQUIRE(graded);
    CHECK(graded->score == 92);
    const auto result = nlohmann::json::parse(graded->resultJson);
    CHECK(result["questions"][1]["trainer_grade"]["comment"] == "共情到位，政策说明稍弱。");
    CHECK(result["questions"][1]["trainer_grade"]["by"] == "T1");
    auto log = f.db.store->audit(std::string("E2001"));
    REQUIRE(log);
    CHECK(log->back().action == "exam.grade");
    CHECK(log->back().actor == "T1");
    CHECK_FALSE(f.model.gradeExam({{"essay-01", "1"}}, "again", endOf("2026-03-20")));
}

TEST_CASE("a call marked reviewed drops out of the calls to check; the sample stays the same draw", "[gui][review][marks]") {
    ReviewFixture f;
    const Trainee zhang = f.db.add("E2002", "张伟（新人）", "客服一组");
    const int64_t low = f.db.play(zhang.id, "late-return", {85, 35, 90}, "2026-03-04T09:00:00Z");
    const int64_t failed = f.db.play(zhang.id, "angry-appliance", {60, 65}, "2026-03-05T09:00:00Z", PlayMode::Certification);
    for (int day = 2; day <= 6; ++day) f.db.play(zhang.id, "order-status", {80, 85}, "2026-03-0" + std::to_string(day) + "T08:00:00Z");
    REQUIRE(f.model.loadWeek(week("2026-W10"), kDefaultQaRate));
    const std::vector<size_t> picked = f.model.queue().sample.picked;
    const size_t items = f.model.queue().items.size();
    CHECK(f.model.visibleItems(false).size() == items);
    CHECK(f.model.reviewedCount() == 0);

    REQUIRE(f.model.select(failed));
    REQUIRE(f.model.markReviewed("已與學員面談：先道歉，再給方案。"));
    CHECK(f.model.selection()->item.reviewed());
    CHECK(f.model.selection()->item.marks.back().by == "T1");
    CHECK(f.model.selection()->item.marks.back().note == "已與學員面談：先道歉，再給方案。");
    CHECK(f.model.queue().sample.picked == picked);
    CHECK(f.model.queue().items.size() == items);
    CHECK(f.model.reviewedCount() == 1);

    const auto toCheck = f.model.visibleItems(false);
    CHECK(toCheck.size() == items - 1);
    for (const ReviewItem* i : toCheck) CHECK(i->attempt.id != failed);
    const auto all = f.model.visibleItems(true);
    REQUIRE(all.size() == items);
    CHECK(all.back()->attempt.id == failed); // reviewed rows go to the bottom
    CHECK(std::find_if(all.begin(), all.end(), [&](const ReviewItem* i) { return i->attempt.id == low; }) != all.end());

    REQUIRE(f.model.select(low));
    REQUIRE(f.model.markReviewed("   "));
    CHECK(f.model.selection()->item.marks.back().note.empty());
    auto log = f.db.store->audit(std::string("E2002"));
    REQUIRE(log);
    CHECK(log->back().action == "review.mark");
    CHECK(f.model.visibleItems(false).size() == items - 2);
}
