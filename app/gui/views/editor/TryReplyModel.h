#pragma once
// The editor's "try a reply" panel with no window: grade a typed reply at one
// node exactly as a call would (same grader, same slot filling) and keep
// everything the grade says; re-grade it when the trainer tunes the node's
// rubric or model answers; and play the scenario from that node to an ending
// (a playtest). Nothing is written to the training records: trainers are not
// trainees.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "grading/KeywordGrader.h"
#include "scenario/ScenarioRun.h"
#include "views/call/CallModel.h"

namespace frontline::gui {

// Why a reply could not be graded (or a playtest started); the view words it.
enum class TryProblem { None, NoNode, TerminalNode, NoLexicon, BlankReply };

// A reply graded at a node, with the closest model answer written out.
struct TriedReply {
    std::string reply;
    ReplyGrade grade;
    TurnFeedback feedback;          // what the trainee would read after this reply
    std::string closestModelAnswer; // slots filled; empty when the node has none
};

// One graded reply of a playtest.
struct PlaytestTurn {
    TurnFeedback feedback; // with the mood before and after
    std::string closestModelAnswer;
    std::string nextNodeId; // empty when the branches led nowhere
};

// Every slot at its first value: what the panel shows and grades with, so the
// trainer reads the same line each time.
SlotValues firstSlotValues(const Scenario& scenario);

// zh-CN when the scenario's title or lines hold Chinese characters, else en:
// the lexicon a scenario parsed without its pack most likely grades with.
std::string guessLanguage(const Scenario& scenario);

class TryReplyModel {
public:
    // The node to try replies on. Another node or scenario clears the result
    // and ends any playtest.
    void bind(const Scenario& scenario, const std::string& nodeId);
    const std::string& nodeId() const { return nodeId_; }
    // The pack's language; empty (the default) guesses it from the text.
    void setLanguage(std::string language) { language_ = std::move(language); }
    std::string language(const Scenario& scenario) const { return language_.empty() ? guessLanguage(scenario) : language_; }

    // The node's first line variant with slots filled; empty when it has none.
    std::string customerLine(const Scenario& scenario) const;

    TryProblem grade(const Scenario& scenario, const LexiconSet& lexicons, const std::string& reply);
    const std::optional<TriedReply>& result() const { return result_; }
    // Grades the last reply again when what grades it (rubric, model answers,
    // policy, slots) changed since; true when it did.
    bool regradeIfChanged(const Scenario& scenario, const LexiconSet& lexicons);

    // Playtest: a run of a copy of the scenario (the editor may re-parse its
    // own at any time) from the bound node, with a new seed each time.
    TryProblem startPlaytest(const Scenario& scenario, const LexiconSet& lexicons);
    bool playing() const { return run_ != nullptr; }
    void stopPlaytest();
    TryProblem playReply(const std::string& reply);
    // While playing.
    const ScenarioRun& run() const { return *run_; }
    const std::vector<PlaytestTurn>& playTurns() const { return playTurns_; }

private:
    const ReplyGrader* graderFor(const std::string& language, const LexiconSet& lexicons);

    std::string scenarioId_;
    std::string nodeId_;
    std::string language_;
    std::map<std::string, std::unique_ptr<KeywordGrader>> graders_; // by language, kept for their caches
    std::optional<TriedReply> result_;
    std::string gradedInputs_; // fingerprint of what graded result_

    uint64_t nextSeed_ = 1;
    std::unique_ptr<Scenario> playScenario_; // the run's own copy; declared before run_, so it outlives it
    std::unique_ptr<ScenarioRun> run_;
    std::vector<PlaytestTurn> playTurns_;
};

} // namespace frontline::gui
