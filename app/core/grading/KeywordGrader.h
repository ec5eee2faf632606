#pragma once
// The rubric grader. A reply earns the weights of the required criteria it
// expresses (lexicon concepts or the criterion's own phrases, negation-aware),
// loses points for lateness, and is capped when it shows forbidden behaviour,
// including promises a policy fact rules out and the behaviours the
// standards forbid on every call (blaming, arguing, dismissing, rudeness, filler). When a rubric has no required
// criteria the score is content similarity to the model answers plus
// etiquette. Deterministic: the same input always gives the same grade.
#include "grading/ConceptMatcher.h"
#include "grading/ReplyGrader.h"

namespace frontline {

class KeywordGrader : public ReplyGrader {
public:
    explicit KeywordGrader(const Lexicon& lexicon) : lexicon_(lexicon), matcher_(lexicon) {}

    ReplyGrade grade(const ReplyInput& input) const override;
    std::string version() const override { return kVersion; }

    static constexpr const char* kVersion = "rubric-2.0";
    // Lateness: one point per full second over the node's limit, at most this many.
    static constexpr int kMaxLatePenalty = 20;
    // Without required criteria: content (similarity) and etiquette shares of 100.
    static constexpr int kContentShare = 80;
    // Dice similarity at which content counts as fully covered: a reply in
    // its own words rarely shares more than half its bigrams with a model answer.
    static constexpr double kFullSimilarity = 0.5;

private:
    CriterionResult judge(const Criterion& c, const NormalizedText& reply, const std::u32string& original) const;
    void checkStanding(const NormalizedText& reply, const std::u32string& original, ReplyGrade& g) const;
    void checkPolicy(const std::vector<PolicyFact>& policy, const NormalizedText& reply, const std::u32string& original,
                     ReplyGrade& g) const;

    const Lexicon& lexicon_;
    ConceptMatcher matcher_;
    MemoCache<std::u32string> foldedModels_;
};

// Forbidden everywhere by the service standards, whether or not a rubric lists
// them: checked on every reply (only hits are reported).
const std::vector<std::string>& standingForbiddenConcepts();

int latePenalty(double latencySeconds, double limitSeconds);
// 0-100 from a 0-1 similarity, saturating at KeywordGrader::kFullSimilarity.
int contentScore(double similarity);

} // namespace frontline
