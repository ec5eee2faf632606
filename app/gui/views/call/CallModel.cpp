#include "views/call/CallModel.h"

#include <algorithm>

#include "certification/CertificationRefresh.h"

namespace frontline::gui {

namespace {

bool isBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// The trainee's latest in-progress attempt of this very scenario content, if any.
std::optional<ScenarioAttempt> resumableAttempt(const std::vector<ScenarioAttempt>& inProgress, const CallSetup& setup) {
    for (auto it = inProgress.rbegin(); it != inProgress.rend(); ++it) {
        if (it->packId == setup.pack->id && it->packHash == setup.pack->hash && it->scenarioId == setup.scenario->id) return *it;
    }
    return std::nullopt;
}

// Replays recorded turns; false when they no longer follow the graph (the
// grader changed), so the attempt cannot be continued faithfully. A call
// whose last recorded turn reached an ending resumes ended, ready to finish.
bool replay(ScenarioRun& run, const ScenarioAttempt& attempt) {
    for (const auto& t : attempt.turns) {
        if (run.finished() || run.currentNode().id != t.nodeId) return false;
        run.submit(t.reply, t.latencySeconds);
    }
    return true;
}

} // namespace

CountdownLevel countdownLevel(double remaining) {
    if (remaining < kCountdownRedBelowSeconds) return CountdownLevel::Red;
    if (remaining < kCountdownAmberBelowSeconds) return CountdownLevel::Amber;
    return CountdownLevel::Calm;
}

CallModel::CallModel(const CallSetup& setup, std::unique_ptr<ScenarioRun> run)
    : setup_(setup), run_(std::move(run)), recorder_(*setup.store, setup.trainee) {}

Result<std::unique_ptr<CallModel>> CallModel::start(const CallSetup& setup) {
    if (!setup.store || !setup.pack || !setup.scenario || !setup.grader || !setup.clock)
        return makeError("a call needs a record store, a pack, a scenario, a grader and a clock");
    auto inProgress = setup.store->attemptsInProgress(setup.trainee.id);
    if (!inProgress) return inProgress.error();

    std::unique_ptr<CallModel> model;
    if (auto candidate = resumableAttempt(*inProgress, setup)) {
        auto run = std::make_unique<ScenarioRun>(*setup.scenario, *setup.grader, candidate->seed, candidate->mode);
        if (replay(*run, *candidate)) {
            model = std::make_unique<CallModel>(setup, std::move(run));
            model->recorder_.resume(std::move(*candidate));
            model->resumed_ = true;
        }
    }
    if (!model)
        model = std::make_unique<CallModel>(setup, std::make_unique<ScenarioRun>(*setup.scenario, *setup.grader, setup.seed, setup.mode));

    auto note = model->recorder_.abandonLeftovers(model->resumed_ ? model->recorder_.attemptId() : 0);
    if (!note) return note.error();
    model->leftoverNote_ = *note;
    if (!model->resumed_) {
        if (auto s = model->recorder_.begin(*setup.pack, *model->run_); !s) return s.error();
    }
    model->restartTurnClock();
    return model;
}

void CallModel::restartTurnClock() {
    turnStartedAt_ = setup_.clock();
    pausedSeconds_ = 0;
    if (pausedAt_) pausedAt_ = turnStartedAt_;
}

double CallModel::elapsedSeconds() const {
    double until = pausedAt_ ? *pausedAt_ : setup_.clock();
    return std::max(0.0, until - turnStartedAt_ - pausedSeconds_);
}

double CallModel::remainingSeconds() const { return std::max(0.0, timeLimit() - elapsedSeconds()); }

void CallModel::pause() {
    if (!pausedAt_) pausedAt_ = setup_.clock();
}

void CallModel::resume() {
    if (!pausedAt_) return;
    pausedSeconds_ += std::max(0.0, setup_.clock() - *pausedAt_);
    pausedAt_.reset();
}

Result<size_t> CallModel::submit(const std::string& reply) {
    if (debrief_ || run_->finished()) return makeError("the call has ended");
    if (pausedAt_) return makeError("the call is paused");
    if (isBlank(reply)) return makeError("the reply is empty");
    const TurnRecord& t = run_->submit(reply, elapsedSeconds());
    size_t index = run_->turns().size() - 1;
    if (auto s = recorder_.turn(t, index); !s) {
        setup_.store->abandonAttempt(recorder_.attemptId());
        return makeError("attempt " + std::to_string(recorder_.attemptId()) + ": turn " + std::to_string(index + 1) +
                         " could not be recorded, the attempt is abandoned: " + s.error().message);
    }
    restartTurnClock();
    return index;
}

std::vector<TranscriptEntry> CallModel::transcript() const {
    std::vector<TranscriptEntry> out;
    bool scores = feedbackVisible();
    for (const auto& t : run_->turns()) {
        out.push_back({t.customerLine, t.reply, t.moodAfter, scores ? std::optional<int>(t.grade.score) : std::nullopt});
    }
    return out;
}

TurnFeedback turnFeedback(size_t turn, const std::string& nodeId, const std::string& customerLine, const std::string& reply,
                          double latencySeconds, const ReplyGrade& g, int score) {
    TurnFeedback f;
    f.turn = turn;
    f.nodeId = nodeId;
    f.customerLine = customerLine;
    f.reply = reply;
    f.highlighted = highlightReply(reply, g);
    f.latencySeconds = latencySeconds;
    f.timeLimitSeconds = g.timeLimitSeconds;
    f.score = score;
    f.latePenalty = g.latePenalty;
    f.capped = g.capped;
    for (const auto* c : g.hits()) f.hits.push_back(*c);
    for (const auto* c : g.misses()) f.misses.push_back(*c);
    for (const auto* c : g.forbidden()) f.forbidden.push_back(*c);
    f.similarity = g.similarity;
    return f;
}

TurnFeedback CallModel::annotate(size_t turn) const {
    const TurnRecord& t = run_->turns()[turn];
    TurnFeedback f = turnFeedback(turn, t.nodeId, t.customerLine, t.reply, t.latencySeconds, t.grade, t.grade.score);
    f.moodBefore = t.moodBefore;
    f.moodAfter = t.moodAfter;
    return f;
}

std::optional<TurnFeedback> CallModel::feedback(size_t turn) const {
    if (!feedbackVisible() || turn >= run_->turns().size()) return std::nullopt;
    return annotate(turn);
}

std::optional<std::string> CallModel::closestModelAnswer(size_t turn) const {
    if (!feedbackVisible() || turn >= run_->turns().size()) return std::nullopt;
    const TurnRecord& t = run_->turns()[turn];
    const Node* node = run_->scenario().node(t.nodeId);
    int closest = t.grade.closestModelAnswer;
    if (!node || closest < 0 || static_cast<size_t>(closest) >= node->modelAnswers.size()) return std::nullopt;
    return run_->fill(node->modelAnswers[static_cast<size_t>(closest)]);
}

Result<Debrief> CallModel::finish() {
    if (debrief_) return *debrief_;
    resume(); // a call finished while paused ends now
    if (auto s = recorder_.finish(*run_); !s) {
        return makeError("attempt " + std::to_string(recorder_.attemptId()) + " could not be finished: " + s.error().message);
    }
    Debrief d;
    d.attemptId = recorder_.attemptId();
    d.status = recorder_.status();
    if (run_->finished()) {
        d.outcome = run_->outcome();
        d.closingLine = run_->closingLine();
        d.summary = run_->summary();
    }
    d.endedByTurnLimit = run_->endedByTurnLimit();
    d.totalScore = run_->totalScore();
    d.passMark = run_->scenario().passMark;
    d.passed = run_->passed();
    d.criticalTurn = run_->criticalTurn();
    d.failedByCriticalTurn = run_->failedByCriticalTurn();
    d.competencies = competencyScores(run_->turns());
    for (size_t i = 0; i < run_->turns().size(); ++i) d.transcript.push_back(annotate(i));
    d.creditedMinutes = recorder_.creditedMinutes();
    d.trainingKind = recorder_.kind();
    d.certificationNote = refreshAfterWrite(*setup_.store, setup_.dataRoot, setup_.trainee.empno);
    debrief_ = std::move(d);
    return *debrief_;
}

} // namespace frontline::gui
