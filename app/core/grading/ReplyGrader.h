#pragma once
// The grader interface the scenario engine calls for every reply. The first
// implementation is KeywordGrader; the Grading issue's engine replaces it
// behind this interface.
#include <string>
#include <vector>

#include "grading/ReplyGrade.h"
#include "scenario/Pack.h"

namespace frontline {

struct ReplyInput {
    const Node& node;
    const std::vector<std::string>& modelAnswers; // with slots filled
    const std::vector<PolicyFact>& policy;        // with slots filled
    const std::string& reply;
    double latencySeconds = 0; // 0: not measured (scripted runs)
};

class ReplyGrader {
public:
    virtual ~ReplyGrader() = default;
    virtual ReplyGrade grade(const ReplyInput& input) const = 0;
    virtual std::string version() const = 0;
};

} // namespace frontline
