#pragma once
// The scenario-pack model of scenarios/FORMAT.md, as plain data. Loaded by
// PackLoader, checked by PackValidator, played by ScenarioRun.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace frontline {

enum class Competency { Communication, ProblemSolving, EmotionManagement, Knowledge, Etiquette };
constexpr int kCompetencyCount = 5;
enum class Outcome { Resolved, EscalatedCorrectly, CustomerLost };
enum class CriterionKind { Required, Forbidden };
enum class NodeType { Customer, Terminal };

const char* competencyId(Competency c); // "emotion-management"
const char* outcomeId(Outcome o);       // "escalated-correctly"
std::optional<Competency> parseCompetency(const std::string& id);
std::optional<Outcome> parseOutcome(const std::string& id);
const std::vector<std::string>& competencyIds();
const std::vector<std::string>& outcomeIds();
const std::vector<std::string>& familyIds();

struct Criterion {
    std::string id;
    std::string label;                // what the trainee reads; empty: the concept's label, else the id
    std::string concept;              // lexicon concept id, may be empty
    std::vector<std::string> phrases; // the criterion's own patterns
    CriterionKind kind = CriterionKind::Required;
    int weight = 0; // required criteria only; a node's weights sum to 100
    Competency competency = Competency::Communication;
    std::string tip;
    bool critical = false; // forbidden only: fails the scenario in certification mode
};

struct Rubric {
    std::vector<Criterion> criteria;
    int forbiddenCap = 40;
};

// Inclusive integer range, both ends within 0-100.
struct Range {
    int min = 0;
    int max = 100;
    bool contains(int v) const { return v >= min && v <= max; }
};

struct BranchCondition {
    std::optional<Range> score;
    std::optional<Range> mood;
    std::vector<std::string> hit;
    std::vector<std::string> missed;
    bool onlyScore() const { return score && !mood && hit.empty() && missed.empty(); }
};

struct Branch {
    std::optional<BranchCondition> when; // none: always holds
    std::string to;
};

// Mood delta by turn-score band; see FORMAT.md "Mood".
struct MoodChange {
    int high = 0;      // score >= 70
    int mid = 0;       // 40-69
    int low = 0;       // < 40
    int forbidden = 0; // added when a forbidden criterion was hit
};
constexpr int kMoodHighBand = 70;
constexpr int kMoodMidBand = 40;

struct Node {
    std::string id;
    std::string at; // JSON pointer of the node in its file, for diagnostics
    NodeType type = NodeType::Customer;
    std::vector<std::string> lines;
    double timeLimit = 30.0; // seconds; the standards' response time
    Rubric rubric;
    std::vector<std::string> modelAnswers;
    MoodChange mood;
    std::vector<Branch> branches;
    Outcome outcome = Outcome::Resolved; // terminal only
    std::string summary;                 // terminal only
};

struct Persona {
    std::string name;
    std::string situation;
    int mood = 50;
};

struct PolicyFact {
    std::string id;
    std::string text;
    // Promises this fact rules out ("全额退款"): a reply making one is an
    // overpromise, critical in certification mode. Patterns, may use slots.
    std::vector<std::string> rulesOut;
};

struct Slot {
    std::string name;
    std::vector<std::string> values;
};

struct Scenario {
    std::string id;
    std::string title;
    std::string family;
    int difficulty = 1;
    std::string channel;
    Persona persona;
    std::vector<PolicyFact> policy;
    std::vector<std::string> objectives;
    std::vector<Slot> slots;
    int passMark = 70;
    std::string start;
    std::vector<Node> nodes;

    std::string file; // path it was loaded from
    std::string hash; // SHA-256 of the canonical JSON

    const Node* node(const std::string& nodeId) const;
    int nodeIndex(const std::string& nodeId) const; // -1 when absent
};

struct Pack {
    std::string dir;
    std::string id;
    std::string title;
    std::string version;
    std::string language;
    std::vector<std::string> authors;
    std::string description;
    std::vector<Scenario> scenarios;
    std::string hash;
    // Pack-level phrases by lexicon concept id: every criterion of the pack
    // that uses the concept also matches them (FORMAT.md "Pack phrases").
    std::map<std::string, std::vector<std::string>> phrases;

    const Scenario* scenario(const std::string& scenarioId) const;
};

} // namespace frontline
