#include "assessments/ExamScoring.h"

#include <cstdio>

#include <algorithm>
#include <cmath>
#include <map>

namespace frontline {

namespace {

constexpr double kPercentEpsilon = 1e-9;

std::vector<CategoryResult> categoryTotals(const std::vector<QuestionResult>& results, const QuestionBank& bank) {
    std::map<std::string, CategoryResult> byPath;
    for (const auto& r : results) {
        CategoryResult& c = byPath[r.category];
        c.category = r.category;
        ++c.questions;
        c.earned += r.earned;
        c.possible += r.points;
    }
    std::vector<CategoryResult> out;
    for (auto& [path, c] : byPath) {
        auto title = bank.categoryTitles.find(path);
        if (title != bank.categoryTitles.end()) c.title = title->second;
        c.percent = percentRoundedDown(c.earned, c.possible);
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace

int percentRoundedDown(double earned, double possible) {
    if (!(possible > 0) || !(earned > 0)) return 0;
    double percent = std::floor(earned * 100.0 / possible + kPercentEpsilon);
    return static_cast<int>(std::min(100.0, percent));
}

Result<ExamResult> scoreExam(const Exam& exam, const QuestionBank& bank, const ExamPaper& paper, const AnswerSheet& sheet,
                             const LexiconSet& lexicons) {
    ExamResult out;
    out.examId = exam.id;
    out.examVersion = exam.version;
    out.bankId = bank.id;
    out.bankLanguage = bank.language;
    out.bankVersion = bank.version;
    out.seed = paper.seed;
    out.paper = paper;
    out.answers = sheet.answersJson();
    out.timeSpentSeconds = sheet.timeSpentSeconds;
    out.passMark = exam.passMark;
    CaseGrader cases(lexicons, bank.language);
    for (const auto& pq : paper.questions) {
        const Question* q = bank.find(pq.questionId);
        if (!q) return makeError("question '" + pq.questionId + "' of the paper is not in bank '" + bank.id + "' (" + bank.language + ")");
        auto r = scoreQuestion(*q, sheet.find(pq.questionId), cases);
        if (!r) return r.error();
        out.earnedPoints += r->earned;
        out.possiblePoints += r->points;
        out.pendingReview = out.pendingReview || r->pendingReview;
        out.questions.push_back(std::move(*r));
    }
    out.categories = categoryTotals(out.questions, bank);
    out.percent = percentRoundedDown(out.earnedPoints, out.possiblePoints);
    out.passed = out.percent >= exam.passMark && !out.pendingReview;
    return out;
}

nlohmann::json ExamResult::toJson() const {
    nlohmann::json results = nlohmann::json::array();
    for (const auto& r : questions) results.push_back(r.toJson());
    nlohmann::json cats = nlohmann::json::array();
    for (const auto& c : categories) {
        cats.push_back({{"category", c.category},
                        {"title", c.title},
                        {"questions", c.questions},
                        {"earned", c.earned},
                        {"possible", c.possible},
                        {"percent", c.percent}});
    }
    nlohmann::json order = nlohmann::json::array();
    for (const auto& q : paper.questions) order.push_back(q.questionId);
    return {{"exam", {{"id", examId}, {"version", examVersion}}},
            {"bank", {{"id", bankId}, {"language", bankLanguage}, {"version", bankVersion}}},
            {"seed", seed},
            {"question_order", order},
            {"paper", paper.toJson()["questions"]},
            {"answers", answers},
            {"time_spent_seconds", timeSpentSeconds},
            {"questions", results},
            {"categories", cats},
            {"earned_points", earnedPoints},
            {"possible_points", possiblePoints},
            {"percent", percent},
            {"pass_mark", passMark},
            {"pending_review", pendingReview},
            {"passed", passed}};
}

std::string pointsText(double points) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", points);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

} // namespace frontline
