// The exam screen's model on the bundled assessments and a temporary database:
// the answer key scores 100, flags and the summary, navigation, submitting
// when time is up, and the attempt limits refusing to start.
#include <catch2/catch.hpp>
#include <ctime>

#include "../unit/TestData.h"
#include "GuiTestStore.h"
#include "assessments/AnswerKey.h"
#include "assessments/AssessmentLibrary.h"
#include "views/exam/ExamLaunch.h"
#include "views/exam/ExamModel.h"
#include "views/home/HomeModel.h"

using namespace frontline;
using namespace frontline::gui;

namespace {

const AssessmentLibrary& bundledAssessments() {
    static AssessmentLibrary lib = [] {
        Diagnostics diags;
        auto l = loadAssessments((test::sourceDir() / "assessments").string(), test::bundledLexicons(), diags);
        REQUIRE_FALSE(diags.hasErrors());
        return l;
    }();
    return lib;
}

struct ExamFixture {
    frontline::testing::GuiTestStore db;
    std::unique_ptr<RecordStore>& store = db.store;
    Trainee trainee = db.add("E2002", "李娜", "");
    // Days back, so a few retake waits still end before the real today.
    double now = static_cast<double>(std::time(nullptr)) - 10 * 86400;

    ExamSetup setup(const std::string& examId, uint64_t seed = 5) {
        const auto& lib = bundledAssessments();
        ExamSetup s;
        s.store = store.get();
        s.trainee = trainee;
        s.exam = lib.exam(examId);
        REQUIRE(s.exam);
        s.bank = lib.bank(s.exam->bankId, "zh-CN");
        REQUIRE(s.bank);
        s.lexicons = &test::bundledLexicons();
        s.seed = seed;
        s.clock = [this] { return now; };
        s.dataRoot = test::sourceDir();
        return s;
    }

    std::unique_ptr<ExamModel> start(const std::string& examId, uint64_t seed = 5) {
        auto m = ExamModel::start(setup(examId, seed));
        if (!m) FAIL(m.error().message);
        return std::move(*m);
    }

    size_t sittings() {
        auto h = store->history(trainee.empno);
        REQUIRE(h);
        return h->assessments.size();
    }

    // Answers every page from the answer key.
    static void answerAll(ExamModel& exam) {
        auto key = answerKey(exam.paper(), *bundledAssessments().bank(exam.exam().bankId, "zh-CN"));
        for (size_t p = 0; p < exam.pageCount(); ++p) {
            const auto& answers = key["answers"];
            auto it = answers.find(exam.question(p).id);
            if (it != answers.end()) REQUIRE(exam.setAnswer(p, *it));
        }
    }
};

} // namespace

TEST_CASE("exam: the answer key scores 100 and the sitting is recorded", "[gui-exam]") {
    ExamFixture f;
    auto exam = f.start("onboarding-certification");
    REQUIRE(exam->pageCount() > 2);
    CHECK(exam->page() == 0);
    CHECK(exam->paper().seed == 5);
    ExamFixture::answerAll(*exam);
    CHECK(exam->summary().unanswered == 0);
    f.now += 25 * 60 + 20;
    REQUIRE(exam->submit());
    REQUIRE(exam->submitted());
    CHECK_FALSE(exam->autoSubmitted());
    const auto& result = *exam->result();
    CHECK(result.percent == 100);
    CHECK(result.passed);
    CHECK(result.questions.size() == exam->pageCount());
    CHECK(result.timeSpentSeconds == 25 * 60 + 20);
    for (const auto& q : result.questions) CHECK(q.correct);
    CHECK(exam->attemptId() > 0);
    CHECK(exam->creditedMinutes() == 25);
    CHECK(exam->certificationNote().rfind("certification: ", 0) == 0);

    auto history = f.store->history(f.trainee.empno);
    REQUIRE(history);
    REQUIRE(history->assessments.size() == 1);
    CHECK(history->assessments[0].score == 100);
    CHECK(history->assessments[0].examId == "onboarding-certification");
    REQUIRE(history->training.size() == 1);
    CHECK(history->training[0].minutes == 25);
    // Once submitted, nothing more is taken.
    CHECK_FALSE(exam->submit());
    CHECK_FALSE(exam->setAnswer(0, exam->answersFile()["answers"].begin().value()));
}

TEST_CASE("exam: pages, answers, flags and the summary", "[gui-exam]") {
    ExamFixture f;
    auto exam = f.start("onboarding-day1-quiz");
    const size_t pages = exam->pageCount();
    REQUIRE(pages >= 3);
    CHECK_FALSE(exam->previous());
    CHECK(exam->next());
    CHECK(exam->page() == 1);
    CHECK(exam->jump(pages - 1));
    CHECK_FALSE(exam->next());
    CHECK(exam->page() == pages - 1);
    CHECK_FALSE(exam->jump(pages));
    CHECK(exam->previous());
    CHECK(exam->page() == pages - 2);

    // Answer the first two pages the way the key does; a shape the question
    // does not take is refused and leaves the page unanswered.
    auto key = answerKey(exam->paper(), *bundledAssessments().bank("onboarding", "zh-CN"));
    for (size_t p = 0; p < 2; ++p) REQUIRE(exam->setAnswer(p, key["answers"][exam->question(p).id]));
    CHECK_FALSE(exam->setAnswer(2, nlohmann::json::object({{"not", "an answer"}})));
    CHECK(exam->answer(2) == nullptr);
    REQUIRE(exam->answer(0));
    CHECK(*exam->answer(0) == key["answers"][exam->question(0).id]);

    exam->toggleFlag(1);
    exam->toggleFlag(2);
    exam->toggleFlag(1); // unflagged again
    CHECK_FALSE(exam->flagged(1));
    CHECK(exam->flagged(2));

    auto s = exam->summary();
    CHECK(s.answered == 2);
    CHECK(s.unanswered == static_cast<int>(pages) - 2);
    CHECK(s.flagged == 1);
    CHECK(s.flaggedPages == std::vector<size_t>{2});
    REQUIRE_FALSE(s.unansweredPages.empty());
    CHECK(s.unansweredPages.front() == 2);

    // Clearing an answer makes the page unanswered again.
    REQUIRE(exam->setAnswer(1, nullptr));
    CHECK(exam->summary().answered == 1);
    auto file = exam->answersFile();
    CHECK(file["answers"].size() == 1);
    CHECK(file["answers"].contains(exam->question(0).id));

    // Unanswered pages score 0: two of ten right is a fail, and it is recorded.
    f.now += 60;
    REQUIRE(exam->submit());
    CHECK(exam->result()->percent < 100);
    CHECK_FALSE(exam->result()->questions[1].answered);
    CHECK(f.sittings() == 1);
}

TEST_CASE("exam: the sitting submits itself when the time is up", "[gui-exam]") {
    ExamFixture f;
    auto exam = f.start("onboarding-day1-quiz");
    const double limit = exam->exam().timeLimitMinutes * 60.0;
    ExamFixture::answerAll(*exam);
    f.now += limit - 1;
    REQUIRE(exam->remainingSeconds());
    CHECK(*exam->remainingSeconds() == Approx(1));
    auto early = exam->tick();
    REQUIRE(early);
    CHECK_FALSE(*early);
    CHECK_FALSE(exam->submitted());
    f.now += 5; // the frame came late: the time spent still stops at the limit
    CHECK(exam->timeUp());
    auto late = exam->tick();
    REQUIRE(late);
    CHECK(*late);
    CHECK(exam->submitted());
    CHECK(exam->autoSubmitted());
    CHECK(exam->result()->timeSpentSeconds == static_cast<int>(limit));
    CHECK(exam->result()->percent == 100);
    CHECK(f.sittings() == 1);
    auto after = exam->tick();
    REQUIRE(after);
    CHECK_FALSE(*after); // once only
    CHECK(f.sittings() == 1);
}

TEST_CASE("exam: attempt limits and the retake wait refuse to start", "[gui-exam]") {
    ExamFixture f;
    const Exam& exam = *bundledAssessments().exam("onboarding-certification");
    REQUIRE(exam.maxAttempts == 3);
    REQUIRE(exam.retakeWaitHours == 24);
    for (int sitting = 1; sitting <= exam.maxAttempts; ++sitting) {
        auto model = f.start(exam.id, static_cast<uint64_t>(sitting));
        f.now += 600;
        REQUIRE(model->submit());
        CHECK(f.sittings() == static_cast<size_t>(sitting));
        if (sitting == exam.maxAttempts) break;
        // Too early for a retake: refused, nothing drawn or written.
        f.now += 3600;
        auto early = ExamModel::start(f.setup(exam.id));
        REQUIRE_FALSE(early);
        CHECK(early.error().message.find("may retake exam 'onboarding-certification' from") != std::string::npos);
        CHECK(f.sittings() == static_cast<size_t>(sitting));
        f.now += 24 * 3600;
    }
    f.now += 30 * 3600;
    auto spent = ExamModel::start(f.setup(exam.id));
    REQUIRE_FALSE(spent);
    CHECK(spent.error().message == "E2002 李娜 has used all 3 attempts at exam 'onboarding-certification'");
    CHECK(f.sittings() == 3);

    // A deactivated person may not sit any exam.
    REQUIRE(f.store->setTraineeActive(f.trainee.empno, false, "T1"));
    auto inactive = ExamModel::start(f.setup("onboarding-day1-quiz"));
    REQUIRE_FALSE(inactive);
    CHECK(inactive.error().message == "E2002 李娜 is deactivated");
}

TEST_CASE("exam list: what the attempt limits allow, for the screen to say in the trainee's language", "[gui-exam]") {
    ExamFixture f;
    const Programs programs = frontline::testing::bundledPrograms();
    const Exam& exam = *bundledAssessments().exam("onboarding-certification");
    auto item = [&](int64_t at) {
        auto h = f.store->history(f.trainee.empno);
        REQUIRE(h);
        const CalendarDate day = CalendarDate::fromDayNumber(at / 86400);
        const HomeModel home = buildHomeModel(h->trainee, evaluateLifecycle(programs, *h, day, at), programs,
                                              ActivityTitles(std::vector<PackLoad>{}, bundledAssessments().exams), "zh-CN");
        for (const auto& i : buildExamList(bundledAssessments(), *h, home, programs, "zh-CN", at))
            if (i.id == exam.id) return i;
        FAIL("no certification test in the list");
        return ExamListItem{};
    };
    CHECK_FALSE(item(static_cast<int64_t>(f.now)).retakeFrom);
    for (int sitting = 1; sitting <= exam.maxAttempts; ++sitting) {
        auto model = f.start(exam.id, static_cast<uint64_t>(sitting));
        f.now += 600;
        REQUIRE(model->submit());
        const auto now = static_cast<int64_t>(f.now);
        if (sitting < exam.maxAttempts) {
            ExamListItem waiting = item(now + 3600);
            CHECK_FALSE(waiting.exhausted);
            REQUIRE(waiting.retakeFrom);
            CHECK(*waiting.retakeFrom == now + 24 * 3600);
            CHECK_FALSE(item(now + 24 * 3600).retakeFrom);
            f.now += 25 * 3600;
        } else {
            CHECK(item(now + 48 * 3600).exhausted);
        }
    }
}

TEST_CASE("exam screen helpers: answers files, words and the clock", "[gui-exam]") {
    ExamFixture f;
    auto exam = f.start("onboarding-day1-quiz", 7);
    auto key = answerKey(exam->paper(), *bundledAssessments().bank("onboarding", "zh-CN"));
    key["answers"]["not-on-this-paper"] = "a"; // ignored, as --answers documents
    REQUIRE(fillAnswers(*exam, key));
    CHECK(exam->summary().unanswered == 0);
    REQUIRE(exam->submit());
    CHECK(exam->result()->percent == 100);

    auto other = f.start("onboarding-day1-quiz", 7);
    nlohmann::json bad = {{"answers", {{other->question(0).id, nlohmann::json::array({1, 2})}}}};
    auto refused = fillAnswers(*other, bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.rfind(other->question(0).id + ": ", 0) == 0);

    auto strings = StringTable::load(test::sourceDir() / "assets" / "i18n", "en");
    REQUIRE(strings);
    Question tf;
    tf.type = QuestionType::TrueFalse;
    CHECK(answerText(tf, nullptr, *strings) == strings->text("exam.not_answered"));
    nlohmann::json no = false;
    CHECK(answerText(tf, &no, *strings) == strings->text("exam.false"));
    Question choice;
    choice.options = {{"a", "Hello", 100, ""}, {"b", "Hi", 0, ""}};
    nlohmann::json b = "b";
    CHECK(answerText(choice, &b, *strings) == "Hi");
    CHECK(strings->has(questionTypeKey(QuestionType::CaseAnalysis)));

    CHECK(clockText(900) == "15:00");
    CHECK(clockText(59.2) == "01:00");
    CHECK(clockText(0) == "00:00");
    CHECK(clockText(-3) == "00:00");
    CHECK(clockText(3725) == "1:02:05");
}
