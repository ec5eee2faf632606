#include "grading/KeywordGrader.h"

#include <algorithm>
#include <cmath>

#include "grading/AnswerSimilarity.h"

namespace frontline {

int latePenalty(double latency, double limit) {
    if (latency <= limit) return 0;
    return std::min(KeywordGrader::kMaxLatePenalty, static_cast<int>(std::floor(latency - limit)));
}

ReplyGrade KeywordGrader::grade(const ReplyInput& in) const {
    ReplyGrade g;
    g.graderVersion = kVersion;
    g.latencySeconds = in.latencySeconds;
    g.timeLimitSeconds = in.node.timeLimit;
    g.forbiddenCap = in.node.rubric.forbiddenCap;
    NormalizedText reply = normalizeText(in.reply);
    std::u32string original = toU32(in.reply);

    std::array<int, kCompetencyCount> available{}, earned{};
    std::array<bool, kCompetencyCount> forbiddenIn{};
    for (const auto& c : in.node.rubric.criteria) {
        CriterionResult r;
        r.id = c.id;
        r.concept = c.concept;
        const Concept* con = lexicon_.concept(c.concept);
        r.label = con ? con->label : c.id;
        r.kind = c.kind;
        r.critical = c.critical;
        r.weight = c.weight;
        r.competency = c.competency;
        r.tip = c.tip;
        ConceptMatch m = matcher_.match(reply, c.concept, c.phrases);
        r.hit = m.hit();
        r.spans = m.spans;
        for (const auto& s : m.spans) {
            r.matched.push_back(toUtf8(original.substr(static_cast<size_t>(s.begin), static_cast<size_t>(s.end - s.begin))));
        }
        auto ci = static_cast<size_t>(c.competency);
        if (c.kind == CriterionKind::Required) {
            r.earned = r.hit ? c.weight : 0;
            g.rawScore += r.earned;
            available[ci] += c.weight;
            earned[ci] += r.earned;
        } else if (r.hit) {
            g.forbiddenHit = true;
            g.criticalHit = g.criticalHit || c.critical;
            forbiddenIn[ci] = true;
        }
        g.criteria.push_back(std::move(r));
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

    std::vector<std::u32string> models;
    for (const auto& m : in.modelAnswers) models.push_back(foldText(m));
    SimilarityResult sim = compareToModels(reply.text, models, lexicon_.wordBased());
    g.similarity = sim.score;
    g.closestModelAnswer = sim.closest;
    g.missingTerms = std::move(sim.missingTerms);
    return g;
}

} // namespace frontline
