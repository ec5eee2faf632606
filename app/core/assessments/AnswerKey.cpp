#include "assessments/AnswerKey.h"

#include <algorithm>

namespace frontline {

namespace {

using nlohmann::json;

// A short answer's pattern as a learner would type it: the wildcards dropped.
std::string literalOf(const std::string& pattern) {
    std::string out;
    std::copy_if(pattern.begin(), pattern.end(), std::back_inserter(out), [](char c) { return c != '*'; });
    return out;
}

json fullCredit(const Question& q) {
    switch (q.type) {
    case QuestionType::SingleChoice:
        for (const auto& o : q.options)
            if (o.credit >= 100) return o.id;
        break;
    case QuestionType::MultipleChoice: {
        json picks = json::array();
        for (const auto& o : q.options)
            if (o.credit > 0) picks.push_back(o.id);
        return picks;
    }
    case QuestionType::TrueFalse: return q.truth;
    case QuestionType::ShortAnswer:
        for (const auto& a : q.accepted)
            if (a.credit >= 100) return literalOf(a.text);
        break;
    case QuestionType::Numeric:
        for (const auto& a : q.numeric)
            if (a.credit >= 100) return a.min && a.max ? (*a.min + *a.max) / 2 : a.value;
        break;
    case QuestionType::Matching: {
        json pairs = json::object();
        for (const auto& p : q.pairs) pairs[p.id] = p.answer;
        return pairs;
    }
    case QuestionType::CaseAnalysis:
        if (!q.caseRubric.modelAnswers.empty()) return q.caseRubric.modelAnswers.front();
        break;
    case QuestionType::Description: break;
    }
    return nullptr; // unanswerable in full: left blank
}

} // namespace

json answerKey(const ExamPaper& paper, const QuestionBank& bank) {
    json answers = json::object();
    for (const auto& pq : paper.questions) {
        if (const Question* q = bank.find(pq.questionId)) answers[q->id] = fullCredit(*q);
    }
    return {{"time_spent_seconds", 0}, {"answers", answers}};
}

} // namespace frontline
