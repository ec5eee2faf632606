#pragma once
// The scenario engine: a plain state machine. Start seeded (so line variants
// and slot values are reproducible), read the customer's line, submit a reply
// with its latency, get the turn grade and move along the graph until a
// terminal node ends the call.
#include <cstdint>
#include <string>
#include <vector>

#include "grading/ReplyGrader.h"
#include "scenario/Pack.h"
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
    ScenarioRun(const Scenario& scenario, const ReplyGrader& grader, uint64_t seed);

    const Scenario& scenario() const { return scenario_; }
    uint64_t seed() const { return seed_; }
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
    bool passed() const { return finished() && totalScore() >= scenario_.passMark; }
    // First turn whose reply hit a critical forbidden criterion, or -1 (fails certification mode).
    int criticalTurn() const;

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
    SeededRng rng_;
    SlotValues slots_;
    const Node* current_ = nullptr;
    std::string customerLine_;
    int mood_ = 50;
    int visits_ = 0;
    bool turnLimitReached_ = false;
    std::vector<TurnRecord> turns_;
};

// Mood after a turn, per FORMAT.md "Mood".
int nextMood(int mood, const MoodChange& change, int score, bool forbiddenHit);
// Whether the condition holds for this turn's grade and the updated mood.
bool conditionHolds(const BranchCondition& c, const ReplyGrade& grade, int mood);

} // namespace frontline
