// The call screen's model on a bundled zh scenario and a temporary database:
// turns recorded as they are graded, feedback by mode, the countdown, pause,
// resuming after a restart, and the debrief.
#include <catch2/catch.hpp>
#include <ctime>
#include <fstream>

#include "../unit/TestData.h"
#include "GuiTestStore.h"
#include "grading/KeywordGrader.h"
#include "scenario/PackLoader.h"
#include "views/call/CallModel.h"

using namespace frontline;
using namespace frontline::gui;

namespace {

std::vector<std::string> scriptLines(const std::string& scenario) {
    std::ifstream in(test::sourceDir() / "tests" / "data" / "scripts" / "core-zh" / (scenario + ".good.txt"));
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        if (line.find_first_not_of(" \t\r") != std::string::npos) out.push_back(line);
    }
    REQUIRE_FALSE(out.empty());
    return out;
}

const PackLoad& coreZh() {
    static PackLoad load = loadPack(test::sourceDir() / "scenarios" / "core-zh", test::bundledLexicons());
    return load;
}

// A trainee on a fresh database, the core-zh pack and a clock the test moves.
struct CallFixture {
    frontline::testing::GuiTestStore db;
    std::unique_ptr<RecordStore>& store = db.store;
    Trainee trainee = db.add("E1001", "张伟", "");
    KeywordGrader grader{*test::bundledLexicons().forLanguage("zh-CN")};
    double now = static_cast<double>(std::time(nullptr)) - 3600;

    CallSetup setup(const std::string& scenarioId, PlayMode mode = PlayMode::Practice, uint64_t seed = 7) {
        const Pack& pack = coreZh().pack;
        CallSetup s;
        s.store = store.get();
        s.trainee = trainee;
        s.pack = &pack;
        s.scenario = pack.scenario(scenarioId);
        REQUIRE(s.scenario);
        s.grader = &grader;
        s.seed = seed;
        s.mode = mode;
        s.clock = [this] { return now; };
        s.dataRoot = test::sourceDir();
        return s;
    }

    std::unique_ptr<CallModel> start(const CallSetup& s) {
        auto m = CallModel::start(s);
        REQUIRE(m);
        return std::move(*m);
    }

    ScenarioAttempt recorded(int64_t id) {
        auto a = store->attempt(id);
        REQUIRE(a);
        return *a;
    }
};

} // namespace

TEST_CASE("call: a practice call is recorded turn by turn and debriefed", "[gui-call]") {
    CallFixture f;
    auto call = f.start(f.setup("late-return"));
    CHECK_FALSE(call->resumed());
    CHECK(call->attemptId() > 0);
    CHECK(call->mode() == PlayMode::Practice);
    CHECK_FALSE(call->personaName().empty());
    CHECK(call->personaName().find('{') == std::string::npos); // slots filled
    CHECK_FALSE(call->situation().empty());
    CHECK_FALSE(call->policy().empty());
    CHECK(call->timeLimit() == 30);

    // The same replies through a bare engine give the grades the model shows.
    ScenarioRun reference(*coreZh().pack.scenario("late-return"), f.grader, 7);
    auto lines = scriptLines("late-return");
    for (size_t i = 0; i < lines.size(); ++i) {
        REQUIRE_FALSE(call->callEnded());
        CHECK(call->customerLine() == reference.customerLine());
        f.now += 12;
        auto index = call->submit(lines[i]);
        REQUIRE(index);
        CHECK(*index == i);
        const TurnRecord& expected = reference.submit(lines[i], 12);

        // Recorded at once: a crash now loses nothing already answered.
        auto stored = f.recorded(call->attemptId());
        REQUIRE(stored.turns.size() == i + 1);
        CHECK(stored.turns[i].reply == lines[i]);
        CHECK(stored.turns[i].latencySeconds == Approx(12));
        CHECK(stored.status == AttemptStatus::InProgress);

        auto fb = call->feedback(i);
        REQUIRE(fb);
        CHECK(fb->score == expected.grade.score);
        CHECK(fb->moodAfter == expected.moodAfter);
        CHECK(call->mood() == expected.moodAfter);
        CHECK(fb->latePenalty == 0);
        for (const auto& miss : fb->misses) CHECK_FALSE(miss.tip.empty());
        // Every hit's words are highlighted in the reply as typed.
        for (const auto& hit : fb->hits) {
            for (const auto& words : hit.matched) {
                bool shown = false;
                for (const auto& seg : fb->highlighted)
                    shown = shown || (seg.kind == HighlightKind::Hit && seg.text.find(words) != std::string::npos);
                CHECK(shown);
            }
        }
        std::string joined;
        for (const auto& seg : fb->highlighted) joined += seg.text;
        CHECK(joined == lines[i]);
        auto model = call->closestModelAnswer(i);
        REQUIRE(model);
        CHECK_FALSE(model->empty());
    }
    REQUIRE(call->callEnded());
    CHECK(call->transcript().size() == lines.size());
    CHECK(call->transcript()[0].score);

    auto debrief = call->finish();
    REQUIRE(debrief);
    CHECK(debrief->status == AttemptStatus::Completed);
    REQUIRE(debrief->outcome);
    CHECK(*debrief->outcome == reference.outcome());
    CHECK(debrief->totalScore == reference.totalScore());
    CHECK(debrief->passMark == reference.scenario().passMark);
    CHECK(debrief->passed == reference.passed());
    CHECK(debrief->passed);
    CHECK(debrief->transcript.size() == lines.size());
    CHECK(debrief->competencies == competencyScores(reference.turns()));
    CHECK(debrief->competencies[static_cast<size_t>(Competency::EmotionManagement)]);
    CHECK(debrief->creditedMinutes == 1); // 5 replies x 12 s
    CHECK(debrief->trainingKind == TrainingKind::Onboarding);
    // The refresh ran: the first evaluation records the starting state.
    CHECK(debrief->certificationNote.rfind("certification: none -> in-training", 0) == 0);

    auto stored = f.recorded(call->attemptId());
    CHECK(stored.status == AttemptStatus::Completed);
    CHECK(stored.totalScore == reference.totalScore());
    CHECK(stored.outcome == outcomeId(reference.outcome()));
    auto history = f.store->history("E1001");
    REQUIRE(history);
    REQUIRE(history->training.size() == 1);
    CHECK(history->training[0].attemptId == call->attemptId());
    REQUIRE(history->certifications.size() == 1);

    // Finishing again returns the same debrief and writes nothing more.
    auto again = call->finish();
    REQUIRE(again);
    CHECK(again->attemptId == debrief->attemptId);
    CHECK(f.store->history("E1001")->training.size() == 1);
    CHECK_FALSE(call->submit("您好"));
}

TEST_CASE("call: certification mode shows feedback only in the debrief", "[gui-call]") {
    CallFixture f;
    auto call = f.start(f.setup("angry-appliance", PlayMode::Certification));
    CHECK(call->mode() == PlayMode::Certification);
    auto lines = scriptLines("angry-appliance");
    for (const auto& line : lines) {
        f.now += 20;
        REQUIRE(call->submit(line));
        CHECK_FALSE(call->feedbackVisible());
        CHECK_FALSE(call->feedback(call->turnCount() - 1));
        CHECK_FALSE(call->closestModelAnswer(call->turnCount() - 1));
        CHECK_FALSE(call->transcript().back().score);
    }
    // The grade is recorded all the same.
    CHECK(f.recorded(call->attemptId()).turns.size() == lines.size());
    auto debrief = call->finish();
    REQUIRE(debrief);
    CHECK(call->feedbackVisible());
    CHECK(call->feedback(0));
    CHECK(call->closestModelAnswer(0));
    CHECK(call->transcript().back().score);
    CHECK(debrief->transcript.size() == lines.size());
    CHECK(f.recorded(call->attemptId()).mode == PlayMode::Certification);
}

TEST_CASE("call: the countdown turns amber below 10 s and red below 5 s", "[gui-call]") {
    CHECK(countdownLevel(30) == CountdownLevel::Calm);
    CHECK(countdownLevel(kCountdownAmberBelowSeconds) == CountdownLevel::Calm);
    CHECK(countdownLevel(kCountdownAmberBelowSeconds - 0.01) == CountdownLevel::Amber);
    CHECK(countdownLevel(kCountdownRedBelowSeconds) == CountdownLevel::Amber);
    CHECK(countdownLevel(kCountdownRedBelowSeconds - 0.01) == CountdownLevel::Red);
    CHECK(countdownLevel(0) == CountdownLevel::Red);

    CallFixture f;
    auto call = f.start(f.setup("late-return"));
    CHECK(call->remainingSeconds() == Approx(30));
    CHECK(call->countdown() == CountdownLevel::Calm);
    f.now += 20.5;
    CHECK(call->remainingSeconds() == Approx(9.5));
    CHECK(call->countdown() == CountdownLevel::Amber);
    f.now += 5;
    CHECK(call->remainingSeconds() == Approx(4.5));
    CHECK(call->countdown() == CountdownLevel::Red);
    f.now += 30;
    CHECK(call->remainingSeconds() == 0);
    // Past the limit the reply still goes in, late: 55.5 s costs 25 points, at most 20.
    REQUIRE(call->submit(scriptLines("late-return")[0]));
    auto fb = call->feedback(0);
    REQUIRE(fb);
    CHECK(fb->latencySeconds == Approx(55.5));
    CHECK(fb->latePenalty == KeywordGrader::kMaxLatePenalty);
    // The next reply's clock starts afresh.
    CHECK(call->remainingSeconds() == Approx(30));
    CHECK(call->countdown() == CountdownLevel::Calm);
}

TEST_CASE("call: paused time counts neither against the clock nor as active time", "[gui-call]") {
    CallFixture f;
    auto call = f.start(f.setup("late-return"));
    f.now += 5;
    call->pause();
    CHECK(call->paused());
    f.now += 600;
    CHECK(call->elapsedSeconds() == Approx(5));
    CHECK(call->remainingSeconds() == Approx(25));
    auto refused = call->submit("您好");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == "the call is paused");
    call->resume();
    f.now += 3;
    CHECK(call->remainingSeconds() == Approx(22));
    REQUIRE(call->submit(scriptLines("late-return")[0]));
    auto stored = f.recorded(call->attemptId());
    REQUIRE(stored.turns.size() == 1);
    CHECK(stored.turns[0].latencySeconds == Approx(8));
    CHECK(call->feedback(0)->latePenalty == 0);
    CHECK_FALSE(call->submit("   "));
}

TEST_CASE("call: an interrupted call resumes after a restart", "[gui-call]") {
    CallFixture f;
    auto lines = scriptLines("late-return");
    int64_t attemptId = 0;
    std::string waitingLine;
    {
        auto first = f.start(f.setup("late-return", PlayMode::Practice, 11));
        for (size_t i = 0; i < 2; ++i) {
            f.now += 10;
            REQUIRE(first->submit(lines[i]));
        }
        attemptId = first->attemptId();
        waitingLine = first->customerLine();
        // The app closes here without finishing: nothing more is written.
    }
    // After the restart the seed asked for is ignored: the attempt keeps its own.
    f.now += 3600;
    auto again = f.start(f.setup("late-return", PlayMode::Practice, 99));
    CHECK(again->resumed());
    CHECK(again->leftoverNote().empty());
    CHECK(again->attemptId() == attemptId);
    CHECK(again->seed() == 11);
    CHECK(again->turnCount() == 2);
    CHECK(again->customerLine() == waitingLine);
    CHECK(again->transcript()[1].reply == lines[1]);
    CHECK(again->remainingSeconds() == Approx(again->timeLimit())); // the hour away is not counted
    for (size_t i = 2; i < lines.size(); ++i) {
        f.now += 10;
        REQUIRE(again->submit(lines[i]));
    }
    auto debrief = again->finish();
    REQUIRE(debrief);
    CHECK(debrief->status == AttemptStatus::Completed);
    CHECK(debrief->transcript.size() == lines.size());
    auto stored = f.recorded(attemptId);
    CHECK(stored.status == AttemptStatus::Completed);
    REQUIRE(stored.turns.size() == lines.size());
    for (size_t i = 0; i < lines.size(); ++i) CHECK(stored.turns[i].index == static_cast<int>(i));
    auto inProgress = f.store->attemptsInProgress(f.trainee.id);
    REQUIRE(inProgress);
    CHECK(inProgress->empty());
}

TEST_CASE("call: another scenario left in progress is abandoned, as play does", "[gui-call]") {
    CallFixture f;
    int64_t left = 0;
    {
        auto other = f.start(f.setup("angry-appliance"));
        f.now += 10;
        REQUIRE(other->submit(scriptLines("angry-appliance")[0]));
        left = other->attemptId();
    }
    auto call = f.start(f.setup("late-return"));
    CHECK_FALSE(call->resumed());
    CHECK(call->attemptId() != left);
    CHECK(call->leftoverNote().find("#" + std::to_string(left)) != std::string::npos);
    CHECK(f.recorded(left).status == AttemptStatus::Abandoned);
    // A call left before its ending is abandoned, not completed.
    auto debrief = call->finish();
    REQUIRE(debrief);
    CHECK(debrief->status == AttemptStatus::Abandoned);
    CHECK_FALSE(debrief->outcome);
}

TEST_CASE("call: a reply is cut at its hit and forbidden spans", "[gui-call]") {
    ReplyGrade g;
    CriterionResult empathy;
    empathy.hit = true;
    empathy.spans = {{2, 6}}; // 理解您的
    CriterionResult promise;
    promise.hit = true;
    promise.kind = CriterionKind::Forbidden;
    promise.spans = {{5, 9}}; // 的退全款: overlaps the hit, and wins
    CriterionResult missed;
    missed.spans = {{0, 2}}; // a miss highlights nothing
    g.criteria = {empathy, promise, missed};
    auto segs = highlightReply("我很理解您的退全款呀", g);
    REQUIRE(segs.size() == 4);
    CHECK(segs[0].text == "我很");
    CHECK(segs[0].kind == HighlightKind::Plain);
    CHECK(segs[1].text == "理解您");
    CHECK(segs[1].kind == HighlightKind::Hit);
    CHECK(segs[2].text == "的退全款");
    CHECK(segs[2].kind == HighlightKind::Forbidden);
    CHECK(segs[3].text == "呀");
    CHECK(segs[3].kind == HighlightKind::Plain);
}
