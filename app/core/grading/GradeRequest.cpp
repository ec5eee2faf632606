#include "grading/GradeRequest.h"

#include <cmath>

#include "grading/KeywordGrader.h"
#include "scenario/ScenarioRun.h"

namespace frontline {

namespace {

// The dimension an inline criterion feeds when the line does not say.
Competency defaultCompetency(const std::string& concept) {
    static const std::map<std::string, Competency> byConcept = {{"greeting", Competency::Etiquette},
                                                                {"self_intro", Competency::Etiquette},
                                                                {"closing", Competency::Etiquette},
                                                                {"polite", Competency::Etiquette},
                                                                {"empathy", Competency::EmotionManagement},
                                                                {"apology", Competency::EmotionManagement},
                                                                {"solution", Competency::ProblemSolving},
                                                                {"options", Competency::ProblemSolving},
                                                                {"time_commitment", Competency::ProblemSolving},
                                                                {"escalation", Competency::ProblemSolving},
                                                                {"follow_up", Competency::ProblemSolving},
                                                                {"overpromise", Competency::Knowledge}};
    auto it = byConcept.find(concept);
    return it == byConcept.end() ? Competency::Communication : it->second;
}

// Reads a list of non-empty strings at key; absent is an empty list.
Result<std::vector<std::string>> textList(const nlohmann::json& obj, const std::string& key, const std::string& where) {
    std::vector<std::string> out;
    auto it = obj.find(key);
    if (it == obj.end()) return out;
    if (!it->is_array()) return makeError("'" + where + key + "' must be an array of text");
    for (size_t i = 0; i < it->size(); ++i) {
        const auto& v = (*it)[i];
        if (!v.is_string() || v.get<std::string>().empty())
            return makeError("'" + where + key + "[" + std::to_string(i) + "]' must be non-empty text");
        out.push_back(v.get<std::string>());
    }
    return out;
}

Result<std::string> optionalText(const nlohmann::json& obj, const std::string& key, const std::string& where) {
    auto it = obj.find(key);
    if (it == obj.end()) return std::string();
    if (!it->is_string()) return makeError("'" + where + key + "' must be text");
    return it->get<std::string>();
}

// One criterion: a concept id or phrases, with a weight for required ones.
Result<Criterion> readCriterion(const nlohmann::json& v, size_t index, CriterionKind kind, const Lexicon& lexicon) {
    const std::string list = kind == CriterionKind::Required ? "criteria" : "forbidden";
    const std::string where = list + "[" + std::to_string(index) + "].";
    Criterion c;
    c.kind = kind;
    if (v.is_string() && kind == CriterionKind::Forbidden) {
        // A bare string is a forbidden concept id, or else a phrase.
        std::string s = v.get<std::string>();
        if (s.empty()) return makeError("'" + list + "[" + std::to_string(index) + "]' must not be empty");
        const Concept* con = lexicon.concept(s);
        if (con && con->forbidden)
        c.concept = s;
        else c.phrases = {s};
        c.id = con ? s : "forbidden-" + std::to_string(index + 1);
        c.competency = defaultCompetency(c.concept);
        c.critical = c.concept == "overpromise";
        return c;
    }
    if (!v.is_object()) return makeError("'" + list + "[" + std::to_string(index) + "]' must be an object");
    auto concept = optionalText(v, "concept", where);
    if (!concept) return concept.error();
    auto phrases = textList(v, "phrases", where);
    if (!phrases) return phrases.error();
    if (concept->empty() && phrases->empty()) return makeError("'" + where + "' needs a 'concept' or 'phrases'");
    if (!concept->empty()) {
        const Concept* con = lexicon.concept(*concept);
        if (!con) return makeError("'" + where + "concept': no concept '" + *concept + "' in the " + lexicon.language() + " lexicon");
        if (con->forbidden != (kind == CriterionKind::Forbidden))
            return makeError("'" + where + "concept': '" + *concept + "' is a " + (con->forbidden ? "forbidden" : "required") +
                             " concept, not allowed in '" + list + "'");
    }
    c.concept = *concept;
    c.phrases = *phrases;
    auto label = optionalText(v, "label", where);
    if (!label) return label.error();
    c.id = !label->empty() ? *label : !c.concept.empty() ? c.concept : list + "-" + std::to_string(index + 1);
    if (c.concept.empty()) c.label = *label; // a concept keeps its own label, as in packs
    auto tip = optionalText(v, "tip", where);
    if (!tip) return tip.error();
    c.tip = *tip;
    c.competency = defaultCompetency(c.concept);
    if (auto comp = optionalText(v, "competency", where); !comp) {
        return comp.error();
    } else if (!comp->empty()) {
        auto parsed = parseCompetency(*comp);
        if (!parsed) return makeError("'" + where + "competency': unknown competency '" + *comp + "'");
        c.competency = *parsed;
    }
    if (kind == CriterionKind::Required) {
        auto w = v.find("weight");
        if (w == v.end() || !w->is_number_integer() || *w < 1 || *w > 100)
            return makeError("'" + where + "weight' must be a whole number from 1 to 100");
        c.weight = w->get<int>();
    }
    if (auto crit = v.find("critical"); crit != v.end()) {
        if (!crit->is_boolean()) return makeError("'" + where + "critical' must be true or false");
        c.critical = crit->get<bool>();
    }
    return c;
}

Result<std::string> requiredText(const nlohmann::json& line, const char* key) {
    auto it = line.find(key);
    if (it == line.end()) return makeError(std::string("missing '") + key + "'");
    if (!it->is_string()) return makeError(std::string("'") + key + "' must be text");
    return it->get<std::string>();
}

} // namespace

Result<InlineRubric> readInlineRubric(const nlohmann::json& line, const LexiconSet& lexicons) {
    InlineRubric r;
    auto lang = requiredText(line, "lang");
    if (!lang) return lang.error();
    const Lexicon* lexicon = lexicons.forLanguage(*lang);
    if (!lexicon) return makeError("'lang' must be \"zh-CN\" or \"en\", got \"" + *lang + "\"");
    r.language = *lang;
    auto models = textList(line, "model_answers", "");
    if (!models) return models.error();
    r.modelAnswers = *models;
    r.node.id = "inline";
    for (const auto& [key, kind] : {std::pair{"criteria", CriterionKind::Required}, std::pair{"forbidden", CriterionKind::Forbidden}}) {
        auto it = line.find(key);
        if (it == line.end()) continue;
        if (!it->is_array()) return makeError(std::string("'") + key + "' must be an array");
        for (size_t i = 0; i < it->size(); ++i) {
            auto c = readCriterion((*it)[i], i, kind, *lexicon);
            if (!c) return c.error();
            r.node.rubric.criteria.push_back(std::move(*c));
        }
    }
    if (r.modelAnswers.empty() && r.node.rubric.criteria.empty())
        return makeError("a self-contained line needs 'model_answers' or 'criteria' to grade against");
    return r;
}

Result<const PackLoad*> GradeDesk::pack(const std::string& dir) {
    auto it = packs_.find(dir);
    if (it != packs_.end()) return it->second.get();
    if (packs_.size() >= kMaxCachedPacks) packs_.clear();
    auto load = std::make_unique<PackLoad>(loadPack(dir, lexicons_));
    if (!load->manifestOk) return makeError("pack '" + dir + "' cannot be loaded; run 'frontline-cli validate " + dir + "' for details");
    return packs_.emplace(dir, std::move(load)).first->second.get();
}

Result<ReplyGrade> GradeDesk::grade(const PackNodeRef& ref, const std::string& reply, double latencySeconds) {
    auto load = pack(ref.packDir);
    if (!load) return load.error();
    const auto& scenarios = (*load)->pack.scenarios;
    for (size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario& s = scenarios[i];
        if (s.id != ref.scenarioId) continue;
        if (!(*load)->scenarioPlayable(i))
            return makeError("scenario '" + s.id + "' has errors; run 'frontline-cli validate " + ref.packDir + "' for details");
        const Node* node = s.node(ref.nodeId);
        if (!node || node->type != NodeType::Customer) {
            std::string known;
            for (const auto& n : s.nodes) {
                if (n.type == NodeType::Customer) known += (known.empty() ? "" : ", ") + n.id;
            }
            return makeError("no customer node '" + ref.nodeId + "' in scenario '" + s.id + "' (it has: " + known + ")");
        }
        auto g = grader((*load)->pack.language);
        if (!g) return makeError("no grading lexicon for the pack's language '" + (*load)->pack.language + "'");
        return gradeAtNode(s, *node, slotValuesFor(s, ref.seed), **g, reply, latencySeconds);
    }
    return makeError("no scenario '" + ref.scenarioId + "' in pack '" + ref.packDir + "'");
}

Result<const ReplyGrader*> GradeDesk::grader(const std::string& language) {
    auto it = graders_.find(language);
    if (it != graders_.end()) return it->second.get();
    const Lexicon* lexicon = lexicons_.forLanguage(language);
    if (!lexicon) return makeError("no grading lexicon for '" + language + "'");
    return graders_.emplace(language, std::make_unique<KeywordGrader>(*lexicon)).first->second.get();
}

Result<ReplyGrade> GradeDesk::grade(const InlineRubric& rubric, const std::string& reply, double latencySeconds) {
    auto g = grader(rubric.language);
    if (!g) return g.error();
    return (*g)->grade(ReplyInput{rubric.node, rubric.modelAnswers, {}, reply, latencySeconds});
}

nlohmann::json GradeDesk::gradeLine(const std::string& text, int lineNumber) {
    nlohmann::json id = nullptr;
    auto failed = [&](const std::string& message) { return nlohmann::json{{"id", id}, {"line", lineNumber}, {"error", message}}; };
    nlohmann::json line = nlohmann::json::parse(text, nullptr, false);
    if (line.is_discarded()) return failed("not valid JSON");
    if (!line.is_object()) return failed("a line must be a JSON object");
    if (auto it = line.find("id"); it != line.end()) id = *it;
    auto reply = requiredText(line, "response");
    if (!reply) return failed(reply.error().message);
    double latency = 0;
    if (auto it = line.find("latency_ms"); it != line.end()) {
        if (!it->is_number() || *it < 0 || !std::isfinite(it->get<double>())) return failed("'latency_ms' must be a number 0 or more");
        latency = it->get<double>() / 1000.0;
    }
    Result<ReplyGrade> grade = makeError("");
    if (line.contains("pack")) {
        PackNodeRef ref;
        for (auto [key, field] :
             {std::pair{"pack", &ref.packDir}, std::pair{"scenario", &ref.scenarioId}, std::pair{"node", &ref.nodeId}}) {
            auto v = requiredText(line, key);
            if (!v) return failed(v.error().message);
            *field = *v;
        }
        if (auto it = line.find("seed"); it != line.end()) {
            if (!it->is_number_unsigned()) return failed("'seed' must be a whole number 0 or more");
            ref.seed = it->get<uint64_t>();
        }
        grade = this->grade(ref, *reply, latency);
    } else {
        auto rubric = readInlineRubric(line, lexicons_);
        if (!rubric) return failed(rubric.error().message);
        grade = this->grade(*rubric, *reply, latency);
    }
    if (!grade) return failed(grade.error().message);
    nlohmann::json out = {{"id", id}};
    out.update(grade->toJson());
    return out;
}

} // namespace frontline
