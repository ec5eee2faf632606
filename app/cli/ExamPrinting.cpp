#include "ExamPrinting.h"

#include <cmath>
#include <cstdio>

namespace frontline::cli {

namespace {

void printCriterion(std::ostream& out, const std::string& indent, const CriterionResult& c, const char* mark) {
    out << indent << "  " << mark << " " << c.label;
    if (c.kind == CriterionKind::Required) out << " (" << c.earned << "/" << c.weight << ", " << competencyId(c.competency) << ")";
    for (const auto& m : c.matched) out << " \"" << m << "\"";
    out << "\n";
    if (c.kind == CriterionKind::Required && !c.hit && !c.tip.empty()) out << indent << "      tip: " << c.tip << "\n";
    if (c.kind == CriterionKind::Forbidden && !c.tip.empty())
        out << indent << "      " << (c.critical ? "critical: " : "") << c.tip << "\n";
}

// Question and option text may span lines; each line keeps the indent.
void printIndented(std::ostream& out, const std::string& indent, const std::string& text) {
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        out << indent << text.substr(start, end == std::string::npos ? std::string::npos : end - start) << "\n";
        if (end == std::string::npos) break;
        start = end + 1;
    }
}

// How the answers file writes an answer to this question.
std::string answerHint(const Question& q) {
    const std::string key = "\"" + q.id + "\": ";
    switch (q.type) {
    case QuestionType::SingleChoice: return key + "\"<option id>\"";
    case QuestionType::MultipleChoice: return key + "[\"<option id>\", ...]";
    case QuestionType::TrueFalse: return key + "true or false";
    case QuestionType::ShortAnswer: return key + "\"<text>\"";
    case QuestionType::Numeric: return key + "<number>";
    case QuestionType::Matching: return key + "{\"<pair id>\": \"<answer>\", ...}";
    case QuestionType::CaseAnalysis: return key + "\"<written answer>\"";
    case QuestionType::Description: break;
    }
    return {};
}

std::string markOf(const QuestionResult& r) {
    if (r.pendingReview) return "pending review (a trainer grades it)";
    if (!r.answered) return "✗ not answered";
    if (r.correct) return "✓";
    if (r.creditPercent <= 0) return "✗";
    return "partial (" + pointsText(r.creditPercent) + "%)";
}

} // namespace

void printReplyGrade(std::ostream& out, const ReplyGrade& g, const std::string& indent, bool showTimeliness) {
    out << indent << "score " << g.score << "/100 (criteria " << g.rawScore;
    if (g.latePenalty) out << ", late -" << g.latePenalty;
    if (g.capped) out << ", capped at " << g.forbiddenCap << " for forbidden behaviour";
    out << ")  grader " << g.graderVersion << "\n";
    out << indent << "hit:\n";
    for (const auto* c : g.hits()) printCriterion(out, indent, *c, "+");
    out << indent << "missed:\n";
    for (const auto* c : g.misses()) printCriterion(out, indent, *c, "-");
    if (!g.forbidden().empty()) {
        out << indent << "forbidden:\n";
        for (const auto* c : g.forbidden()) printCriterion(out, indent, *c, "!");
    }
    out << indent << "similarity " << std::lround(g.similarity * 100) << "% to model answer " << (g.closestModelAnswer + 1);
    if (!g.missingTerms.empty()) {
        out << "; it leaves out:";
        for (const auto& t : g.missingTerms) out << " " << t;
    }
    out << "\n";
    if (showTimeliness) {
        out << indent << "timeliness " << g.latencySeconds << " s of " << g.timeLimitSeconds << " s";
        out << (g.latePenalty ? " (late, -" + std::to_string(g.latePenalty) + ")" : std::string(" (on time)")) << "\n";
    }
    out << indent << "competencies:";
    for (int i = 0; i < kCompetencyCount; ++i) {
        if (const auto& v = g.competencies[static_cast<size_t>(i)]) out << " " << competencyId(static_cast<Competency>(i)) << " " << *v;
    }
    out << "\n";
}

void printPaper(std::ostream& out, const ExamPaper& paper, const QuestionBank& bank) {
    out << "exam " << paper.examId << " " << paper.examVersion << " · bank " << paper.bankId << " (" << paper.bankLanguage << ") "
        << paper.bankVersion << " · seed " << paper.seed << " · " << paper.questions.size() << " questions\n";
    int number = 0;
    for (const auto& pq : paper.questions) {
        const Question* q = bank.find(pq.questionId);
        if (!q) continue;
        out << "\n"
            << ++number << ". " << q->id << " · " << questionTypeId(q->type) << " · " << pointsText(q->points)
            << (q->points == 1 ? " point" : " points") << " · " << q->category << "\n";
        if (!q->title.empty()) out << "   " << q->title << "\n";
        printIndented(out, "   ", q->text);
        if (q->type == QuestionType::SingleChoice || q->type == QuestionType::MultipleChoice) {
            for (const auto& id : pq.order) {
                const ChoiceOption* o = q->option(id);
                printIndented(out, "   " + id + ") ", o ? o->text : "");
            }
        }
        if (q->type == QuestionType::Matching) {
            out << "   prompts:\n";
            for (const auto& p : q->pairs) out << "     " << p.id << ") " << p.prompt << "\n";
            out << "   answers:\n";
            for (const auto& a : pq.order) out << "     - " << a << "\n";
        }
        out << "   answer as " << answerHint(*q) << "\n";
    }
}

nlohmann::json paperJson(const ExamPaper& paper, const QuestionBank& bank) {
    nlohmann::json list = nlohmann::json::array();
    int number = 0;
    for (const auto& pq : paper.questions) {
        const Question* q = bank.find(pq.questionId);
        if (!q) continue;
        nlohmann::json j = {
            {"number", ++number}, {"id", q->id},     {"type", questionTypeId(q->type)},  {"category", q->category}, {"points", q->points},
            {"title", q->title},  {"text", q->text}, {"format", textFormatId(q->format)}};
        if (q->type == QuestionType::SingleChoice || q->type == QuestionType::MultipleChoice) {
            j["options"] = nlohmann::json::array();
            for (const auto& id : pq.order) {
                const ChoiceOption* o = q->option(id);
                j["options"].push_back({{"id", id}, {"text", o ? o->text : ""}});
            }
        }
        if (q->type == QuestionType::Matching) {
            j["prompts"] = nlohmann::json::array();
            for (const auto& p : q->pairs) j["prompts"].push_back({{"id", p.id}, {"prompt", p.prompt}});
            j["answers"] = pq.order;
        }
        list.push_back(std::move(j));
    }
    nlohmann::json out = paper.toJson();
    out["questions"] = list;
    return out;
}

void printExamResult(std::ostream& out, const ExamResult& r) {
    out << "exam " << r.examId << " " << r.examVersion << " · bank " << r.bankId << " (" << r.bankLanguage << ") " << r.bankVersion
        << " · seed " << r.seed << "\n";
    int number = 0;
    for (const auto& q : r.questions) {
        ++number;
        out << (number < 10 ? " " : "") << number << ". " << q.questionId << "  " << pointsText(q.earned) << "/" << pointsText(q.points)
            << "  " << markOf(q) << "\n";
        for (const auto& f : q.feedback) printIndented(out, "      > ", f);
        if (q.caseGrade) printReplyGrade(out, *q.caseGrade, "      ", false);
        if (!q.correct && !q.pendingReview) {
            bool model = q.type == QuestionType::CaseAnalysis;
            const char* label = q.rightAnswers.size() == 1 ? (model ? "      model answer: " : "      right answer: ")
                                                           : (model ? "      model answers:" : "      right answers:");
            if (q.rightAnswers.size() == 1) {
                printIndented(out, label, q.rightAnswers.front());
            } else if (!q.rightAnswers.empty()) {
                out << label << "\n";
                for (const auto& a : q.rightAnswers) printIndented(out, "        - ", a);
            }
        }
    }
    out << "categories:\n";
    for (const auto& c : r.categories) {
        out << "  " << c.category << (c.title.empty() ? "" : " " + c.title) << "  " << pointsText(c.earned) << "/" << pointsText(c.possible)
            << " (" << c.percent << "%)\n";
    }
    out << "total " << pointsText(r.earnedPoints) << "/" << pointsText(r.possiblePoints) << " points: " << r.percent << "% · pass mark "
        << r.passMark << " · "
        << (r.pendingReview ? "not passed yet: a case analysis waits for a trainer's grade"
            : r.passed      ? "passed"
                            : "failed")
        << "\n";
}

} // namespace frontline::cli
