#include "scenario/Pack.h"

namespace frontline {

const std::vector<std::string>& competencyIds() {
    static const std::vector<std::string> ids = {"communication", "problem-solving", "emotion-management", "knowledge", "etiquette"};
    return ids;
}

const std::vector<std::string>& outcomeIds() {
    static const std::vector<std::string> ids = {"resolved", "escalated-correctly", "customer-lost"};
    return ids;
}

const std::vector<std::string>& familyIds() {
    static const std::vector<std::string> ids = {"angry-customer", "system-outage",  "over-policy-return",   "inquiry",
                                                 "delivery-delay", "elderly-assist", "complaint-escalation", "special-request",
                                                 "other"};
    return ids;
}

const char* competencyId(Competency c) { return competencyIds()[static_cast<size_t>(c)].c_str(); }
const char* outcomeId(Outcome o) { return outcomeIds()[static_cast<size_t>(o)].c_str(); }

std::optional<Competency> parseCompetency(const std::string& id) {
    const auto& ids = competencyIds();
    for (size_t i = 0; i < ids.size(); ++i) {
        if (ids[i] == id) return static_cast<Competency>(i);
    }
    return std::nullopt;
}

std::optional<Outcome> parseOutcome(const std::string& id) {
    const auto& ids = outcomeIds();
    for (size_t i = 0; i < ids.size(); ++i) {
        if (ids[i] == id) return static_cast<Outcome>(i);
    }
    return std::nullopt;
}

int Scenario::nodeIndex(const std::string& nodeId) const {
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == nodeId) return static_cast<int>(i);
    }
    return -1;
}

const Node* Scenario::node(const std::string& nodeId) const {
    int i = nodeIndex(nodeId);
    return i < 0 ? nullptr : &nodes[static_cast<size_t>(i)];
}

const Scenario* Pack::scenario(const std::string& scenarioId) const {
    for (const auto& s : scenarios) {
        if (s.id == scenarioId) return &s;
    }
    return nullptr;
}

} // namespace frontline
