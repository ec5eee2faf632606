#include "scenario/ScenarioRun.h"

#include <algorithm>
#include <cmath>

namespace frontline {

int nextMood(int mood, const MoodChange& change, int score, bool forbiddenHit) {
    int delta = score >= kMoodHighBand ? change.high : score >= kMoodMidBand ? change.mid : change.low;
    if (forbiddenHit) delta += change.forbidden;
    return std::clamp(mood + delta, 0, 100);
}

bool conditionHolds(const BranchCondition& c, const ReplyGrade& grade, int mood) {
    if (c.score && !c.score->contains(grade.score)) return false;
    if (c.mood && !c.mood->contains(mood)) return false;
    auto hit = [&](const std::string& id) {
        for (const auto& r : grade.criteria) {
            if (r.id == id) return r.hit;
        }
        return false;
    };
    for (const auto& id : c.hit) {
        if (!hit(id)) return false;
    }
    for (const auto& id : c.missed) {
        if (hit(id)) return false;
    }
    return true;
}

SlotValues slotValuesFor(const Scenario& scenario, uint64_t seed) { return pickSlotValues(scenario, SeededRng(seed).fork("slots")); }

ReplyGrade gradeAtNode(const Scenario& scenario, const Node& node, const SlotValues& slots, const ReplyGrader& grader,
                       const std::string& reply, double latencySeconds) {
    auto fill = [&](const std::string& text) { return fillSlots(text, slots); };
    std::vector<std::string> models;
    for (const auto& m : node.modelAnswers) models.push_back(fill(m));
    // Criteria may name slots too ("{eta}"), so the drawn values are what gets checked.
    Node graded = node;
    for (auto& c : graded.rubric.criteria) {
        for (auto& p : c.phrases) p = fill(p);
        c.tip = fill(c.tip);
    }
    return grader.grade(ReplyInput{graded, models, filledPolicy(scenario, slots), reply, latencySeconds});
}

Status checkStartNode(const Scenario& scenario, const std::string& nodeId) {
    const Node* node = scenario.node(nodeId);
    if (!node) return makeError("scenario '" + scenario.id + "' has no node '" + nodeId + "'");
    if (node->type != NodeType::Customer) return makeError("node '" + nodeId + "' is a terminal node: a call cannot start there");
    return Done{};
}

ScenarioRun::ScenarioRun(const Scenario& scenario, const ReplyGrader& grader, uint64_t seed, PlayMode mode, const std::string& startNode)
    : scenario_(scenario), grader_(grader), seed_(seed), mode_(mode), rng_(seed) {
    slots_ = slotValuesFor(scenario, seed);
    mood_ = scenario.persona.mood;
    const bool fromNode = !startNode.empty() && checkStartNode(scenario, startNode);
    const Node* start = scenario.node(fromNode ? startNode : scenario.start);
    enter(start ? *start : scenario.nodes.front());
}

void ScenarioRun::enter(const Node& node) {
    current_ = &node;
    customerLine_.clear();
    if (!node.lines.empty()) {
        SeededRng pick = rng_.fork("line:" + node.id + ":" + std::to_string(visits_++));
        customerLine_ = fill(node.lines[pick.below(node.lines.size())]);
    }
}

const TurnRecord& ScenarioRun::submit(const std::string& reply, double latencySeconds) {
    if (finished()) return turns_.back();
    TurnRecord t;
    t.nodeId = current_->id;
    t.customerLine = customerLine_;
    t.reply = reply;
    t.latencySeconds = latencySeconds;
    t.grade = gradeAtNode(scenario_, *current_, slots_, grader_, reply, latencySeconds);
    t.moodBefore = mood_;
    mood_ = nextMood(mood_, current_->mood, t.grade.score, t.grade.forbiddenHit);
    t.moodAfter = mood_;
    const Node* next = nullptr;
    for (const auto& b : current_->branches) {
        if (!b.when || conditionHolds(*b.when, t.grade, mood_)) {
            next = scenario_.node(b.to);
            break;
        }
    }
    t.nextNodeId = next ? next->id : std::string();
    turns_.push_back(std::move(t));
    if (next) enter(*next);
    if (!next || static_cast<int>(turns_.size()) >= kMaxTurns) turnLimitReached_ = current_->type != NodeType::Terminal;
    return turns_.back();
}

Outcome ScenarioRun::outcome() const {
    // A call that never reaches an ending has lost the customer.
    return current_->type == NodeType::Terminal ? current_->outcome : Outcome::CustomerLost;
}

std::string ScenarioRun::closingLine() const {
    return current_->type == NodeType::Terminal && !current_->lines.empty() ? fill(current_->lines.front()) : std::string();
}

std::string ScenarioRun::summary() const { return current_->type == NodeType::Terminal ? fill(current_->summary) : std::string(); }

int ScenarioRun::totalScore() const {
    if (turns_.empty()) return 0;
    double sum = 0;
    for (const auto& t : turns_) sum += t.grade.score;
    return static_cast<int>(std::lround(sum / static_cast<double>(turns_.size())));
}

int ScenarioRun::criticalTurn() const {
    for (size_t i = 0; i < turns_.size(); ++i) {
        if (turns_[i].grade.criticalHit) return static_cast<int>(i);
    }
    return -1;
}

std::vector<PolicyFact> ScenarioRun::policy() const { return filledPolicy(scenario_, slots_); }

std::vector<PolicyFact> filledPolicy(const Scenario& scenario, const SlotValues& slots) {
    std::vector<PolicyFact> out;
    for (const auto& f : scenario.policy) {
        PolicyFact filled{f.id, fillSlots(f.text, slots), {}};
        for (const auto& p : f.rulesOut) filled.rulesOut.push_back(fillSlots(p, slots));
        out.push_back(std::move(filled));
    }
    return out;
}

} // namespace frontline
