#include "grading/KeywordGrader.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "grading/AnswerSimilarity.h"

namespace frontline {

int latePenalty(double latency, double limit) {
    if (latency <= limit) return 0;
    return std::min(KeywordGrader::kMaxLatePenalty, static_cast<int>(std::floor(latency - limit)));
}

int contentScore(double similarity) {
    return static_cast<int>(std::lround(100.0 * std::min(1.0, similarity / KeywordGrader::kFullSimilarity)));
}

CriterionResult KeywordGrader::judge(const Criterion& c, const NormalizedText& reply, const std::u32string& original) const {
    CriterionResult r;
    r.id = c.id;
    r.concept = c.concept;
    const Concept* con = lexicon_.concept(c.concept);
    r.label = !c.label.empty() ? c.label : con ? con->label : c.id;
    r.kind = c.kind;
    r.critical = c.critical;
    r.weight = c.weight;
    r.competency = c.competency;
    r.tip = c.tip;
    ConceptMatch m = matcher_.match(reply, c.concept, c.phrases, c.kind == CriterionKind::Forbidden);
    r.hit = m.hit();
    r.spans = m.spans;
    for (const auto& s : m.spans) {
        r.matched.push_back(toUtf8(original.substr(static_cast<size_t>(s.begin), static_cast<size_t>(s.end - s.begin))));
    }
    return r;
}

const std::vector<std::string>& standingForbiddenConcepts() {
    static const std::vector<std::string> ids = {"blame_shift", "argue", "dismissive", "rude", "filler"};
    return ids;
}

void KeywordGrader::checkStanding(const NormalizedText& reply, const std::u32string& original, ReplyGrade& g) const {
    static const std::map<std::string, Competency> feeds = {{"blame_shift", Competency::ProblemSolving},
                                                            {"argue", Competency::EmotionManagement},
                                                            {"dismissive", Competency::ProblemSolving},
                                                            {"rude", Competency::Etiquette},
                                                            {"filler", Competency::Etiquette}};
    for (const auto& id : standingForbiddenConcepts()) {
        const Concept* con = lexicon_.concept(id);
        bool inRubric = false;
        for (const auto& r : g.criteria) inRubric = inRubric || (r.kind == CriterionKind::Forbidden && r.concept == id);
        if (!con || inRubric) continue;
        Criterion c;
        c.id = "standard:" + id;
        c.concept = id;
        c.kind = CriterionKind::Forbidden;
        c.competency = feeds.at(id);
        c.tip = con->description;
        CriterionResult r = judge(c, reply, original);
        if (r.hit) g.criteria.push_back(std::move(r));
    }
}

// Each policy fact's ruled-out promises act as a critical forbidden criterion
// on every node, so an out-of-policy refund is caught wherever it is offered.
void KeywordGrader::checkPolicy(const std::vector<PolicyFact>& policy, const NormalizedText& reply, const std::u32string& original,
                                ReplyGrade& g) const {
    const Concept* over = lexicon_.concept("overpromise");
    for (const auto& fact : policy) {
        if (fact.rulesOut.empty()) continue;
        Criterion c;
        c.id = "policy:" + fact.id;
        c.phrases = fact.rulesOut;
        c.kind = CriterionKind::Forbidden;
        c.competency = Competency::Knowledge;
        c.critical = true;
        c.tip = fact.text;
        CriterionResult r = judge(c, reply, original);
        r.concept = "overpromise";
        if (over) r.label = over->label;
        // The same words already flagged by the rubric: one finding, made critical by the policy.
        CriterionResult* same = nullptr;
        for (auto& e : g.criteria) {
            bool overlaps = false;
            for (const auto& a : e.spans) {
                for (const auto& b : r.spans) overlaps = overlaps || (a.begin < b.end && b.begin < a.end);
            }
            if (e.kind == CriterionKind::Forbidden && e.hit && e.concept == "overpromise" && overlaps) same = &e;
        }
        if (r.hit && same) {
            same->critical = true;
            continue;
        }
        g.criteria.push_back(std::move(r));
    }
}

ReplyGrade KeywordGrader::grade(const ReplyInput& in) const {
    ReplyGrade g;
    g.graderVersion = kVersion;
    g.latencySeconds = in.latencySeconds;
    g.timeLimitSeconds = in.node.timeLimit;
    g.forbiddenCap = in.node.rubric.forbiddenCap;
    NormalizedText reply = normalizeText(in.reply);
    std::u32string original = toU32(in.reply);

    for (const auto& c : in.node.rubric.criteria) g.criteria.push_back(judge(c, reply, original));
    checkStanding(reply, original, g);
    checkPolicy(in.policy, reply, original, g);

    std::vector<std::u32string> models;
    for (const auto& m : in.modelAnswers) models.push_back(foldedModels_.get(m, [](const std::string& text) { return foldText(text); }));
    SimilarityResult sim = compareToModels(reply.text, models, lexicon_.wordBased());
    g.similarity = sim.score;
    g.closestModelAnswer = sim.closest;
    g.missingTerms = std::move(sim.missingTerms);

    std::array<int, kCompetencyCount> available{}, earned{};
    std::array<bool, kCompetencyCount> forbiddenIn{};
    int totalWeight = 0;
    for (auto& r : g.criteria) {
        auto ci = static_cast<size_t>(r.competency);
        if (r.kind == CriterionKind::Required) {
            r.earned = r.hit ? r.weight : 0;
            g.rawScore += r.earned;
            totalWeight += r.weight;
            available[ci] += r.weight;
            earned[ci] += r.earned;
        } else if (r.hit) {
            g.forbiddenHit = true;
            g.criticalHit = g.criticalHit || r.critical;
            forbiddenIn[ci] = true;
        }
    }
    if (totalWeight == 0) {
        // No rubric to check against: what the reply says (closeness to the
        // model answers) and how it says it (polite forms).
        const ConceptMatch polite = matcher_.match(reply, "polite", {});
        int etiquette = polite.hit() ? 100 : 0;
        g.rawScore = (kContentShare * contentScore(g.similarity) + (100 - kContentShare) * etiquette + 50) / 100;
        available[static_cast<size_t>(Competency::Knowledge)] = 100;
        earned[static_cast<size_t>(Competency::Knowledge)] = contentScore(g.similarity);
        available[static_cast<size_t>(Competency::Etiquette)] = 100;
        earned[static_cast<size_t>(Competency::Etiquette)] = etiquette;
    } else if (totalWeight != 100) {
        g.rawScore = static_cast<int>(std::lround(100.0 * g.rawScore / totalWeight));
    }

    g.latePenalty = latePenalty(in.latencySeconds, in.node.timeLimit);
    g.score = std::max(0, g.rawScore - g.latePenalty);
    if (g.forbiddenHit && g.score > g.forbiddenCap) {
        g.score = g.forbiddenCap;
        g.capped = true;
    }
    for (size_t i = 0; i < available.size(); ++i) {
        if (available[i] > 0) {
            int pct = earned[i] * 100 / available[i];
            g.competencies[i] = forbiddenIn[i] ? std::min(pct, g.forbiddenCap) : pct;
        } else if (forbiddenIn[i]) {
            g.competencies[i] = 0;
        }
    }
    return g;
}

} // namespace frontline
