#include "assessments/Exam.h"

namespace frontline {

bool DrawRule::admits(const Question& q) const {
    if (q.type == QuestionType::Description || !inCategory(q.category, category)) return false;
    if (!difficulty.empty() && q.difficulty != difficulty) return false;
    return !type || q.type == *type;
}

std::string DrawRule::describe() const {
    std::string text = "category '" + category + "'";
    if (!difficulty.empty()) text += ", difficulty " + difficulty;
    if (type) text += std::string(", type ") + questionTypeId(*type);
    return text;
}

int Exam::questionCount() const {
    int n = 0;
    for (const auto& rule : draw) n += rule.count;
    return n;
}

} // namespace frontline
