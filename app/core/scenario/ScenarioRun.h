#pragma once
// The scenario engine: a plain state machine. Start seeded (so line variants
// and slot values are reproducible), read the customer's line, submit a reply
// with its latency, get the turn grade and move along the graph until a
// terminal node ends the call.
#include <cstdint>
#include <string>
#include <vector>

#include "common/Result.h"
#include "grading/ReplyGrader.h"
#include "scenario/Pack.h"
#include "scenario/PlayMode.h"
#include "scenario/SlotFiller.h"

namespace frontline {

struct TurnRecord {
    std::string nodeId;
    std::string customerLine;
    std::string reply;
    double latencySeconds = 0;
    ReplyGrade grade;
    int moodBefore = 0;
    int moodAfter = 0;
    std::string nextNodeId;
};

class ScenarioRun {
public:
    // The scenario must be valid (PackLoad::scenarioPlayable); the grader must outlive the run.
    // startNode plays from that node instead of the scenario's start (a trainer's
    // playtest); it must pass checkStartNode, else the scenario's start is used.
    ScenarioRun(const Scenario& scenario, const ReplyGrader& grader, uint64_t seed, PlayMode mode = PlayMode::Practice,
                const std::string& startNode = {});

    const Scenario& scenario() const { return scenario_; }
    uint64_t seed() const { return seed_; }
    PlayMode mode() const { return mode_; }
    bool finished() const { return current_->type == NodeType::Terminal || turnLimitReached_; }

    // While not finished: the node waiting for a reply, and its filled-in customer line.
    const Node& currentNode() const { return *current_; }
    const std::string& customerLine() const { return customerLine_; }
    double timeLimit() const { return current_->timeLimit; }
    int mood() const { return mood_; }

    // Grades the reply, updates mood and moves to the next node. Ignored once finished.
    const TurnRecord& submit(const std::string& reply, double latencySeconds);

    // Once finished.
    Outcome outcome() const;
    std::string closingLine() const; // the terminal's first line, filled, or empty
    std::string summary() const;
    bool endedByTurnLimit() const { return turnLimitReached_; }

    const std::vector<TurnRecord>& turns() const { return turns_; }
    int totalScore() const; // mean of turn scores, rounded
    // In certification mode a critical forbidden hit fails the call whatever the score.
    bool passed() const { return finished() && totalScore() >= scenario_.passMark && !failedByCriticalTurn(); }
    // First turn whose reply hit a critical forbidden criterion, or -1.
    int criticalTurn() const;
    bool failedByCriticalTurn() const { return mode_ == PlayMode::Certification && criticalTurn() >= 0; }

    const SlotValues& slotValues() const { return slots_; }
    std::string fill(const std::string& text) const { return fillSlots(text, slots_); }
    std::vector<PolicyFact> policy() const; // filled

    // Loops are allowed in a graph; this bound guarantees every call ends.
    static constexpr int kMaxTurns = 40;

private:
    void enter(const Node& node);

    const Scenario& scenario_;
    const ReplyGrader& grader_;
    uint64_t seed_;
    PlayMode mode_;
    SeededRng rng_;
    SlotValues slots_;
    const Node* current_ = nullptr;
    std::string customerLine_;
    int mood_ = 50;
    int visits_ = 0;
    bool turnLimitReached_ = false;
    std::vector<TurnRecord> turns_;
};

// Whether a run can start at nodeId: it must exist and be a customer node.
Status checkStartNode(const Scenario& scenario, const std::string& nodeId);

// The slot values a run with this seed draws.
SlotValues slotValuesFor(const Scenario& scenario, uint64_t seed);
std::vector<PolicyFact> filledPolicy(const Scenario& scenario, const SlotValues& slots);
// Grades a reply at any customer node exactly as a run does: model answers,
// policy facts and criterion phrases with the slots filled.
ReplyGrade gradeAtNode(const Scenario& scenario, const Node& node, const SlotValues& slots, const ReplyGrader& grader,
                       const std::string& reply, double latencySeconds);

// Mood after a turn, per FORMAT.md "Mood".
int nextMood(int mood, const MoodChange& change, int score, bool forbiddenHit);
// Whether the condition holds for this turn's grade and the updated mood.
bool conditionHolds(const BranchCondition& c, const ReplyGrade& grade, int mood);

} // namespace frontline
