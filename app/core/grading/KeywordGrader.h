#pragma once
// The first grader: a criterion is hit when its lexicon concept or its own
// phrases occur in the reply (negation-aware). Score = weights of required
// criteria hit, minus a lateness penalty, capped when forbidden behaviour is
// found. Deterministic: the same input always gives the same grade.
#include "grading/ConceptMatcher.h"
#include "grading/ReplyGrader.h"

namespace frontline {

class KeywordGrader : public ReplyGrader {
public:
    explicit KeywordGrader(const Lexicon& lexicon) : lexicon_(lexicon), matcher_(lexicon) {}

    ReplyGrade grade(const ReplyInput& input) const override;
    std::string version() const override { return kVersion; }

    static constexpr const char* kVersion = "keyword-1.0";
    // Lateness: one point per full second over the node's limit, at most this many.
    static constexpr int kMaxLatePenalty = 20;

private:
    const Lexicon& lexicon_;
    ConceptMatcher matcher_;
};

int latePenalty(double latencySeconds, double limitSeconds);

} // namespace frontline
