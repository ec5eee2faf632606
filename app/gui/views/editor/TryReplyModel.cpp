#include "views/editor/TryReplyModel.h"

#include <nlohmann/json.hpp>

#include "grading/TextNormalizer.h"

namespace frontline::gui {

namespace {

bool hasHan(const std::string& text) {
    for (char32_t c : toU32(text)) {
        if (isHan(c)) return true;
    }
    return false;
}

bool isBlank(const std::string& text) { return foldText(text).find_first_not_of(U' ') == std::u32string::npos; }

// Everything that decides a grade at this node, as one comparable string.
std::string gradingInputs(const Scenario& s, const Node& n) {
    nlohmann::json j;
    auto& criteria = j["criteria"] = nlohmann::json::array();
    for (const auto& c : n.rubric.criteria) {
        criteria.push_back({c.id, c.label, c.concept, c.phrases, c.kind == CriterionKind::Required, c.weight, competencyId(c.competency),
                            c.tip, c.critical});
    }
    j["cap"] = n.rubric.forbiddenCap;
    j["models"] = n.modelAnswers;
    j["limit"] = n.timeLimit;
    auto& policy = j["policy"] = nlohmann::json::array();
    for (const auto& f : s.policy) policy.push_back({f.id, f.text, f.rulesOut});
    auto& slots = j["slots"] = nlohmann::json::object();
    for (const auto& slot : s.slots) slots[slot.name] = slot.values;
    return j.dump();
}

std::string closestAnswer(const Node& node, const ReplyGrade& g, const SlotValues& slots) {
    const int i = g.closestModelAnswer;
    if (i < 0 || static_cast<size_t>(i) >= node.modelAnswers.size()) return {};
    return fillSlots(node.modelAnswers[static_cast<size_t>(i)], slots);
}

} // namespace

SlotValues firstSlotValues(const Scenario& scenario) {
    SlotValues values;
    for (const auto& slot : scenario.slots) {
        if (!slot.values.empty()) values[slot.name] = slot.values.front();
    }
    return values;
}

std::string guessLanguage(const Scenario& scenario) {
    if (hasHan(scenario.title) || hasHan(scenario.persona.situation)) return "zh-CN";
    for (const auto& n : scenario.nodes) {
        for (const auto& line : n.lines) {
            if (hasHan(line)) return "zh-CN";
        }
    }
    return "en";
}

void TryReplyModel::bind(const Scenario& scenario, const std::string& nodeId) {
    if (scenario.id == scenarioId_ && nodeId == nodeId_) return;
    scenarioId_ = scenario.id;
    nodeId_ = nodeId;
    result_.reset();
    gradedInputs_.clear();
    stopPlaytest();
}

std::string TryReplyModel::customerLine(const Scenario& scenario) const {
    const Node* node = scenario.node(nodeId_);
    if (!node || node->lines.empty()) return {};
    return fillSlots(node->lines.front(), firstSlotValues(scenario));
}

const ReplyGrader* TryReplyModel::graderFor(const std::string& language, const LexiconSet& lexicons) {
    auto it = graders_.find(language);
    if (it != graders_.end()) return it->second.get();
    const Lexicon* lexicon = lexicons.forLanguage(language);
    if (!lexicon) return nullptr;
    return graders_.emplace(language, std::make_unique<KeywordGrader>(*lexicon)).first->second.get();
}

TryProblem TryReplyModel::grade(const Scenario& scenario, const LexiconSet& lexicons, const std::string& reply) {
    const Node* node = scenario.node(nodeId_);
    if (!node) return TryProblem::NoNode;
    if (node->type != NodeType::Customer) return TryProblem::TerminalNode;
    if (isBlank(reply)) return TryProblem::BlankReply;
    const ReplyGrader* grader = graderFor(language(scenario), lexicons);
    if (!grader) return TryProblem::NoLexicon;
    const SlotValues slots = firstSlotValues(scenario);
    TriedReply tried;
    tried.reply = reply;
    tried.grade = gradeAtNode(scenario, *node, slots, *grader, reply, 0);
    tried.feedback = turnFeedback(0, node->id, customerLine(scenario), reply, 0, tried.grade, tried.grade.score);
    tried.closestModelAnswer = closestAnswer(*node, tried.grade, slots);
    result_ = std::move(tried);
    gradedInputs_ = gradingInputs(scenario, *node);
    return TryProblem::None;
}

bool TryReplyModel::regradeIfChanged(const Scenario& scenario, const LexiconSet& lexicons) {
    if (!result_) return false;
    const Node* node = scenario.node(nodeId_);
    if (!node || node->type != NodeType::Customer || gradingInputs(scenario, *node) == gradedInputs_) return false;
    const std::string reply = result_->reply;
    return grade(scenario, lexicons, reply) == TryProblem::None;
}

TryProblem TryReplyModel::startPlaytest(const Scenario& scenario, const LexiconSet& lexicons) {
    const Node* node = scenario.node(nodeId_);
    if (!node) return TryProblem::NoNode;
    if (node->type != NodeType::Customer) return TryProblem::TerminalNode;
    const ReplyGrader* grader = graderFor(language(scenario), lexicons);
    if (!grader) return TryProblem::NoLexicon;
    stopPlaytest();
    playScenario_ = std::make_unique<Scenario>(scenario);
    run_ = std::make_unique<ScenarioRun>(*playScenario_, *grader, nextSeed_++, PlayMode::Practice, nodeId_);
    return TryProblem::None;
}

void TryReplyModel::stopPlaytest() {
    run_.reset();
    playScenario_.reset();
    playTurns_.clear();
}

TryProblem TryReplyModel::playReply(const std::string& reply) {
    if (!run_ || run_->finished()) return TryProblem::NoNode;
    if (isBlank(reply)) return TryProblem::BlankReply;
    const TurnRecord& t = run_->submit(reply, 0);
    PlaytestTurn turn;
    turn.feedback = turnFeedback(playTurns_.size(), t.nodeId, t.customerLine, t.reply, t.latencySeconds, t.grade, t.grade.score);
    turn.feedback.moodBefore = t.moodBefore;
    turn.feedback.moodAfter = t.moodAfter;
    if (const Node* node = playScenario_->node(t.nodeId)) turn.closestModelAnswer = closestAnswer(*node, t.grade, run_->slotValues());
    turn.nextNodeId = t.nextNodeId;
    playTurns_.push_back(std::move(turn));
    return TryProblem::None;
}

} // namespace frontline::gui
