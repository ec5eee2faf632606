#include "scenario/ScenarioReader.h"

#include <map>
#include <set>

#include "common/JsonFields.h"
#include "grading/Lexicon.h"
#include "scenario/SlotFiller.h"

namespace frontline {

namespace {

// One reader per file; holds what the field readers share.
class Reader {
public:
    Reader(const JsonDocument& doc, const Lexicon* lexicon, Diagnostics& diags) : doc_(doc), lexicon_(lexicon), diags_(diags) {}

    Scenario read() {
        Scenario s;
        s.file = doc_.file();
        JsonFields f(doc_, doc_.root(), "", diags_);
        if (!f.isObject()) return s;
        f.warnUnknown(
            {"id", "title", "family", "difficulty", "channel", "persona", "policy", "objectives", "slots", "pass_mark", "start", "nodes"});
        s.id = f.id("id", Need::Required).value_or("");
        s.title = f.text("title", Need::Required).value_or("");
        s.family = f.oneOf("family", Need::Required, familyIds()).value_or("");
        s.difficulty = f.integer("difficulty", Need::Required, 1, 5).value_or(1);
        s.channel = f.oneOf("channel", Need::Required, {"phone", "chat"}).value_or("");
        s.passMark = f.integer("pass_mark", Need::Optional, 0, 100).value_or(70);
        s.start = f.id("start", Need::Required).value_or("");
        readSlots(f, s);
        if (const auto* p = f.object("persona", Need::Required)) readPersona(*p, s);
        readPolicy(f, s);
        s.objectives = f.textList("objectives", Need::Required, 1).value_or(std::vector<std::string>{});
        if (const auto* nodes = f.array("nodes", Need::Required)) {
            std::map<std::string, std::string> seen;
            for (size_t i = 0; i < nodes->size(); ++i) {
                std::string at = childPointer("/nodes", i);
                Node n = readNode((*nodes)[i], at);
                if (n.id.empty()) continue;
                if (!seen.emplace(n.id, at).second) {
                    doc_.error(diags_, at + "/id", "duplicate node id '" + n.id + "' (first defined at " + seen[n.id] + ")");
                    continue;
                }
                s.nodes.push_back(std::move(n));
            }
            if (nodes->empty()) f.error("nodes", "'nodes' needs at least 1 item, has 0");
        }
        checkPlaceholders(s);
        return s;
    }

private:
    void readSlots(JsonFields& f, Scenario& s) {
        const auto* slots = f.object("slots", Need::Optional);
        if (!slots) return;
        for (auto it = slots->begin(); it != slots->end(); ++it) {
            std::string at = childPointer("/slots", it.key());
            if (!isValidId(it.key())) doc_.error(diags_, at, "slot name '" + it.key() + "' is not a valid id");
            if (it.key() == "num") doc_.error(diags_, at, "'num' is reserved for numbers in patterns; choose another slot name");
            if (!it.value().is_array()) {
                doc_.error(diags_, at, std::string("slot '") + it.key() + "' must be an array of values, got " + jsonTypeName(it.value()));
                continue;
            }
            Slot slot{it.key(), {}};
            for (size_t i = 0; i < it.value().size(); ++i) {
                const auto& v = it.value()[i];
                if (v.is_string() && !isBlankText(v.get<std::string>()))
                    slot.values.push_back(v.get<std::string>());
                else
                    doc_.error(diags_, childPointer(at, i), "slot values must be non-empty strings");
            }
            if (it.value().empty()) doc_.error(diags_, at, "slot '" + it.key() + "' needs at least 1 value");
            declaredSlots_.insert(slot.name);
            s.slots.push_back(std::move(slot));
        }
    }

    void readPersona(const nlohmann::json& p, Scenario& s) {
        JsonFields f(doc_, p, "/persona", diags_);
        f.warnUnknown({"name", "situation", "mood"});
        s.persona.name = f.text("name", Need::Required).value_or("");
        s.persona.situation = f.text("situation", Need::Required).value_or("");
        s.persona.mood = f.integer("mood", Need::Required, 0, 100).value_or(50);
        texts_.push_back({"/persona/name", s.persona.name});
        texts_.push_back({"/persona/situation", s.persona.situation});
    }

    void readPolicy(JsonFields& f, Scenario& s) {
        const auto* policy = f.array("policy", Need::Required);
        if (!policy) return;
        std::set<std::string> ids;
        for (size_t i = 0; i < policy->size(); ++i) {
            std::string at = childPointer("/policy", i);
            JsonFields pf(doc_, (*policy)[i], at, diags_);
            if (!pf.isObject()) continue;
            pf.warnUnknown({"id", "text", "rules_out"});
            PolicyFact fact{pf.id("id", Need::Required).value_or(""), pf.text("text", Need::Required).value_or(""), {}};
            if (!fact.id.empty() && !ids.insert(fact.id).second) doc_.error(diags_, at + "/id", "duplicate policy id '" + fact.id + "'");
            texts_.push_back({at + "/text", fact.text});
            fact.rulesOut = pf.textList("rules_out", Need::Optional, 1).value_or(std::vector<std::string>{});
            checkPatterns(pf.pointerOf("rules_out"), fact.rulesOut);
            s.policy.push_back(std::move(fact));
        }
    }

    // Phrases in the pattern syntax: each must compile; slots in them are checked later.
    void checkPatterns(const std::string& at, const std::vector<std::string>& phrases) {
        addTexts(at, phrases);
        for (size_t i = 0; i < phrases.size(); ++i) {
            std::string err;
            if (!Pattern::compile(phrases[i], lexicon_ && lexicon_->wordBased(), err)) doc_.error(diags_, childPointer(at, i), err);
        }
    }

    Node readNode(const nlohmann::json& value, const std::string& at) {
        Node n;
        n.at = at;
        JsonFields f(doc_, value, at, diags_);
        if (!f.isObject()) return n;
        n.id = f.id("id", Need::Required).value_or("");
        auto type = f.oneOf("type", Need::Required, {"customer", "terminal"});
        if (!type) return n;
        if (*type == "terminal") {
            n.type = NodeType::Terminal;
            f.warnUnknown({"id", "type", "outcome", "lines", "summary"});
            auto outcome = f.oneOf("outcome", Need::Required, outcomeIds());
            n.outcome = outcome ? *parseOutcome(*outcome) : Outcome::CustomerLost;
            n.lines = f.textList("lines", Need::Optional, 0).value_or(std::vector<std::string>{});
            n.summary = f.text("summary", Need::Optional).value_or("");
            addTexts(at + "/lines", n.lines);
            if (!n.summary.empty()) texts_.push_back({at + "/summary", n.summary});
            return n;
        }
        n.type = NodeType::Customer;
        f.warnUnknown({"id", "type", "lines", "time_limit", "rubric", "model_answers", "mood", "branches"});
        n.lines = f.textList("lines", Need::Required, 1).value_or(std::vector<std::string>{});
        n.timeLimit = f.number("time_limit", Need::Optional, 5, 600).value_or(30.0);
        n.modelAnswers = f.textList("model_answers", Need::Required, 2).value_or(std::vector<std::string>{});
        addTexts(at + "/lines", n.lines);
        addTexts(at + "/model_answers", n.modelAnswers);
        if (const auto* r = f.object("rubric", Need::Required)) n.rubric = readRubric(*r, at + "/rubric");
        if (const auto* m = f.object("mood", Need::Optional)) {
            JsonFields mf(doc_, *m, at + "/mood", diags_);
            mf.warnUnknown({"high", "mid", "low", "forbidden"});
            n.mood.high = mf.integer("high", Need::Optional, -100, 100).value_or(0);
            n.mood.mid = mf.integer("mid", Need::Optional, -100, 100).value_or(0);
            n.mood.low = mf.integer("low", Need::Optional, -100, 100).value_or(0);
            n.mood.forbidden = mf.integer("forbidden", Need::Optional, -100, 100).value_or(0);
        }
        if (const auto* b = f.array("branches", Need::Required)) n.branches = readBranches(*b, at + "/branches", n);
        return n;
    }

    Rubric readRubric(const nlohmann::json& value, const std::string& at) {
        Rubric r;
        JsonFields f(doc_, value, at, diags_);
        f.warnUnknown({"criteria", "forbidden_cap"});
        r.forbiddenCap = f.integer("forbidden_cap", Need::Optional, 0, 100).value_or(40);
        const auto* criteria = f.array("criteria", Need::Required);
        if (!criteria) return r;
        std::set<std::string> ids;
        int weightSum = 0;
        bool anyRequired = false;
        bool weightsKnown = true;
        for (size_t i = 0; i < criteria->size(); ++i) {
            std::string cat = childPointer(at + "/criteria", i);
            auto c = readCriterion((*criteria)[i], cat);
            if (!c) {
                weightsKnown = false;
                continue;
            }
            if (!c->id.empty() && !ids.insert(c->id).second) doc_.error(diags_, cat + "/id", "duplicate criterion id '" + c->id + "'");
            if (c->kind == CriterionKind::Required) {
                anyRequired = true;
                if (c->weight == 0) weightsKnown = false;
                weightSum += c->weight;
            }
            r.criteria.push_back(std::move(*c));
        }
        if (!anyRequired)
            f.error("criteria", "a rubric needs at least one required criterion");
        else if (weightsKnown && weightSum != 100)
            f.error("criteria", "required criterion weights sum to " + std::to_string(weightSum) + ", must be 100");
        return r;
    }

    std::optional<Criterion> readCriterion(const nlohmann::json& value, const std::string& at) {
        JsonFields f(doc_, value, at, diags_);
        if (!f.isObject()) return std::nullopt;
        f.warnUnknown({"id", "label", "concept", "phrases", "kind", "weight", "competency", "tip", "critical"});
        Criterion c;
        c.id = f.id("id", Need::Required).value_or("");
        auto kind = f.oneOf("kind", Need::Required, {"required", "forbidden"});
        c.kind = kind == std::optional<std::string>("forbidden") ? CriterionKind::Forbidden : CriterionKind::Required;
        if (auto comp = f.oneOf("competency", Need::Required, competencyIds())) c.competency = *parseCompetency(*comp);
        c.tip = f.text("tip", Need::Required).value_or("");
        c.label = f.has("label") ? f.text("label", Need::Optional).value_or("") : "";
        c.phrases = f.textList("phrases", Need::Optional, 1).value_or(std::vector<std::string>{});
        c.concept = f.has("concept") ? f.text("concept", Need::Optional).value_or("") : "";
        texts_.push_back({f.pointerOf("tip"), c.tip});
        checkPatterns(f.pointerOf("phrases"), c.phrases);
        if (!f.has("concept") && !f.has("phrases")) f.error("id", "criterion '" + c.id + "' needs a 'concept' or 'phrases'");
        if (!c.concept.empty()) checkConcept(f, c);
        if (c.kind == CriterionKind::Required) {
            c.weight = f.integer("weight", Need::Required, 1, 100).value_or(0);
            if (f.has("critical")) f.error("critical", "only a forbidden criterion can be critical");
        } else {
            if (f.has("weight")) f.error("weight", "a forbidden criterion has no weight (it caps the turn score instead)");
            c.critical = f.boolean("critical", Need::Optional).value_or(false);
        }
        return c;
    }

    void checkConcept(JsonFields& f, const Criterion& c) {
        if (!lexicon_) return;
        const Concept* con = lexicon_->concept(c.concept);
        if (!con) {
            f.error("concept", "unknown lexicon concept '" + c.concept + "' (not in the " + lexicon_->language() + " lexicon)");
        } else if (con->forbidden != (c.kind == CriterionKind::Forbidden)) {
            f.error("concept", "concept '" + c.concept + "' is a " + (con->forbidden ? "forbidden" : "required") +
                                   " concept but the criterion is " + (c.kind == CriterionKind::Forbidden ? "forbidden" : "required"));
        }
    }

    std::optional<Range> readRange(const nlohmann::json& value, const std::string& at) {
        JsonFields f(doc_, value, at, diags_);
        if (!f.isObject()) return std::nullopt;
        f.warnUnknown({"min", "max"});
        Range r{f.integer("min", Need::Optional, 0, 100).value_or(0), f.integer("max", Need::Optional, 0, 100).value_or(100)};
        if (!f.has("min") && !f.has("max")) doc_.error(diags_, at, "a range needs 'min' or 'max'");
        if (r.min > r.max) doc_.error(diags_, at, "empty range: min " + std::to_string(r.min) + " is above max " + std::to_string(r.max));
        return r;
    }

    std::vector<Branch> readBranches(const nlohmann::json& list, const std::string& at, const Node& node) {
        std::vector<Branch> out;
        for (size_t i = 0; i < list.size(); ++i) {
            std::string bat = childPointer(at, i);
            JsonFields f(doc_, list[i], bat, diags_);
            if (!f.isObject()) continue;
            f.warnUnknown({"if", "to"});
            Branch b;
            b.to = f.id("to", Need::Required).value_or("");
            if (const auto* cond = f.object("if", Need::Optional)) {
                BranchCondition c;
                JsonFields cf(doc_, *cond, bat + "/if", diags_);
                cf.warnUnknown({"score", "mood", "hit", "missed"});
                if (const auto* s = cf.object("score", Need::Optional)) c.score = readRange(*s, bat + "/if/score");
                if (const auto* m = cf.object("mood", Need::Optional)) c.mood = readRange(*m, bat + "/if/mood");
                c.hit = cf.textList("hit", Need::Optional, 1).value_or(std::vector<std::string>{});
                c.missed = cf.textList("missed", Need::Optional, 1).value_or(std::vector<std::string>{});
                checkCriterionRefs(node, c.hit, bat + "/if/hit");
                checkCriterionRefs(node, c.missed, bat + "/if/missed");
                if (cond->empty()) doc_.error(diags_, bat + "/if", "an empty condition always holds; leave out 'if' instead");
                b.when = std::move(c);
            }
            out.push_back(std::move(b));
        }
        return out;
    }

    void checkCriterionRefs(const Node& node, const std::vector<std::string>& ids, const std::string& at) {
        for (size_t i = 0; i < ids.size(); ++i) {
            bool known = false;
            for (const auto& c : node.rubric.criteria) known = known || c.id == ids[i];
            if (!known)
                doc_.error(diags_, childPointer(at, i), "branch names criterion '" + ids[i] + "', which this node's rubric does not have");
        }
    }

    void addTexts(const std::string& at, const std::vector<std::string>& list) {
        for (size_t i = 0; i < list.size(); ++i) texts_.push_back({childPointer(at, i), list[i]});
    }

    void checkPlaceholders(const Scenario&) {
        for (const auto& [at, text] : texts_) {
            for (const auto& name : slotPlaceholders(text)) {
                if (name != "num" && !declaredSlots_.count(name))
                    doc_.error(diags_, at, "placeholder '{" + name + "}' names no slot (declare it under 'slots')");
            }
        }
    }

    const JsonDocument& doc_;
    const Lexicon* lexicon_;
    Diagnostics& diags_;
    std::set<std::string> declaredSlots_;
    std::vector<std::pair<std::string, std::string>> texts_; // pointer, text that may hold {slots}
};

} // namespace

Scenario readScenario(const JsonDocument& doc, const Lexicon* lexicon, Diagnostics& diags) { return Reader(doc, lexicon, diags).read(); }

} // namespace frontline
