#include "assessments/EssayGrading.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "assessments/ExamScoring.h"
#include "common/CalendarDate.h"
#include "common/JsonFields.h" // isBlankText

namespace frontline {

namespace {

using nlohmann::json;

// Points are whole hundredths, so a typed "0.1" and the stored 0.1 compare alike.
constexpr double kPointsStep = 0.01;
constexpr double kPointsEpsilon = 1e-9;

std::string attemptName(int64_t id) { return "written exam attempt " + std::to_string(id); }

Result<json> parseResult(const AssessmentAttempt& a) {
    json j = json::parse(a.resultJson, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("questions") || !j["questions"].is_array())
        return makeError("the recorded result of " + attemptName(a.id) + " cannot be read");
    return j;
}

double number(const json& j, const char* key) { return j.contains(key) && j[key].is_number() ? j[key].get<double>() : 0.0; }

bool waiting(const AssessmentAttempt& a, const json& result) {
    return a.status == AttemptStatus::Completed && !a.score && result.value("pending_review", false);
}

// The totals ExamScoring computes, from the recorded per-question results:
// the same sums in paper order, the same rounding.
void recomputeTotals(json& result) {
    double earned = 0, possible = 0;
    bool pending = false;
    std::map<std::string, std::pair<double, double>> byCategory;
    for (const auto& q : result["questions"]) {
        earned += number(q, "earned");
        possible += number(q, "points");
        pending = pending || q.value("pending_review", false);
        auto& c = byCategory[q.value("category", "")];
        c.first += number(q, "earned");
        c.second += number(q, "points");
    }
    if (result.contains("categories") && result["categories"].is_array()) {
        for (auto& c : result["categories"]) {
            auto found = byCategory.find(c.value("category", ""));
            if (found == byCategory.end()) continue;
            c["earned"] = found->second.first;
            c["percent"] = percentRoundedDown(found->second.first, found->second.second);
        }
    }
    const int percent = percentRoundedDown(earned, possible);
    result["earned_points"] = earned;
    result["possible_points"] = possible;
    result["percent"] = percent;
    result["pending_review"] = pending;
    result["passed"] = percent >= result.value("pass_mark", 0) && !pending;
}

json stateJson(const AssessmentAttempt& a, const json& result) {
    return {{"score", a.score ? json(*a.score) : json(nullptr)},
            {"passed", a.passed},
            {"pending_review", result.value("pending_review", false)},
            {"percent", result.value("percent", 0)}};
}

// The waiting questions of a parsed result, with the answers recorded beside them.
std::vector<PendingQuestion> waitingQuestions(const json& result) {
    std::vector<PendingQuestion> out;
    const json answers = result.value("answers", json::object());
    for (const auto& q : result["questions"]) {
        if (!q.value("pending_review", false)) continue;
        PendingQuestion p;
        p.questionId = q.value("id", "");
        p.category = q.value("category", "");
        p.text = q.value("text", "");
        p.points = number(q, "points");
        if (answers.is_object() && answers.contains(p.questionId) && answers[p.questionId].is_string())
            p.answer = answers[p.questionId].get<std::string>();
        out.push_back(std::move(p));
    }
    return out;
}

// An attempt already read from the store, its result parsed once.
Result<PendingExam> pendingExamOf(const RecordStore& store, AssessmentAttempt a) {
    auto result = parseResult(a);
    if (!result) return result.error();
    if (!waiting(a, *result)) return makeError(attemptName(a.id) + " is not waiting for a trainer's grade");
    auto t = store.traineeById(a.traineeId);
    if (!t) return t.error();
    const int passMark = result->value("pass_mark", 0);
    return PendingExam{std::move(a), std::move(*t), waitingQuestions(*result), passMark};
}

} // namespace

Result<std::vector<PendingQuestion>> pendingQuestions(const AssessmentAttempt& a) {
    auto result = parseResult(a);
    if (!result) return result.error();
    return waitingQuestions(*result);
}

Result<PendingExam> pendingExam(const RecordStore& store, int64_t attemptId) {
    auto a = store.assessment(attemptId);
    if (!a) return a.error();
    return pendingExamOf(store, std::move(*a));
}

Result<std::vector<PendingExam>> pendingExams(const RecordStore& store) {
    auto list = store.pendingAssessments();
    if (!list) return list.error();
    std::vector<PendingExam> out;
    for (auto& a : *list) {
        auto e = pendingExamOf(store, std::move(a));
        if (!e) return e.error();
        out.push_back(std::move(*e));
    }
    return out;
}

std::optional<double> parseGradePoints(const std::string& text) {
    size_t begin = text.find_first_not_of(' '), end = text.find_last_not_of(' ');
    if (begin == std::string::npos) return std::nullopt;
    const std::string t = text.substr(begin, end - begin + 1);
    int64_t hundredths = 0;
    int decimals = -1; // -1 before the point
    bool digits = false;
    for (char c : t) {
        if (c == '.' && decimals < 0) {
            decimals = 0;
        } else if (c >= '0' && c <= '9' && decimals < 2 && hundredths < 100000000) {
            hundredths = hundredths * 10 + (c - '0');
            if (decimals >= 0) ++decimals;
            digits = true;
        } else {
            return std::nullopt;
        }
    }
    if (!digits) return std::nullopt;
    for (int d = std::max(decimals, 0); d < 2; ++d) hundredths *= 10;
    return static_cast<double>(hundredths) / 100.0;
}

Result<ExamGradeOutcome> gradePendingExam(RecordStore& store, int64_t attemptId, const std::map<std::string, double>& points,
                                          const std::string& reason, const std::string& by) {
    if (isBlankText(reason)) return makeError("a reason is required: say why the answers earn these points");
    auto trainer = store.trainee(by);
    if (!trainer) return trainer.error();
    if (trainer->role != Role::Trainer || !trainer->active)
        return makeError(by + " " + trainer->name + " is not an active trainer; only trainers grade written exams");
    auto exam = pendingExam(store, attemptId);
    if (!exam) return exam.error();
    auto result = parseResult(exam->attempt);
    if (!result) return result.error();
    const json before = *result;

    for (const auto& [id, given] : points) {
        bool known = false;
        for (const auto& q : (*result)["questions"]) known = known || q.value("id", "") == id;
        if (!known) return makeError(attemptName(attemptId) + " has no question '" + id + "'");
    }
    std::string missing;
    for (const auto& q : exam->questions)
        if (!points.count(q.questionId)) missing += (missing.empty() ? "'" : ", '") + q.questionId + "'";
    if (!missing.empty()) return makeError("give points to every question waiting for a trainer: " + missing + " has none");

    const std::string at = nowTimestamp();
    json given = json::object();
    for (auto& q : (*result)["questions"]) {
        const std::string id = q.value("id", "");
        auto p = points.find(id);
        if (p == points.end()) continue;
        if (!q.value("pending_review", false)) return makeError("question '" + id + "' is not waiting for a trainer; its score stands");
        const double max = number(q, "points");
        const double steps = p->second / kPointsStep;
        if (!(p->second >= 0) || p->second > max + kPointsEpsilon || std::fabs(steps - std::round(steps)) > 1e-6)
            return makeError("question '" + id + "' takes 0 to " + pointsText(max) + " points in steps of 0.01, not " +
                             pointsText(p->second));
        q["earned"] = p->second;
        q["credit"] = max > 0 ? p->second * 100.0 / max : 0.0;
        q["correct"] = p->second >= max - kPointsEpsilon;
        q["pending_review"] = false;
        q["trainer_grade"] = {{"points", p->second}, {"comment", reason}, {"by", by}, {"at", at}};
        given[id] = p->second;
    }
    recomputeTotals(*result);

    const int percent = (*result)["percent"].get<int>();
    const bool stillPending = (*result)["pending_review"].get<bool>();
    const bool passed = (*result)["passed"].get<bool>();
    const std::optional<int> score = stillPending ? std::nullopt : std::optional<int>(percent);
    AssessmentAttempt after = exam->attempt;
    after.score = score;
    after.passed = passed;
    const json details = {{"exam", exam->attempt.examId},
                          {"attempt", attemptId},
                          {"points", given},
                          {"reason", reason},
                          {"old", stateJson(exam->attempt, before)},
                          {"new", stateJson(after, *result)}};
    const auto dump = [](const json& j, int indent) { return j.dump(indent, ' ', false, json::error_handler_t::replace); };
    auto written = store.gradeAssessment(attemptId, exam->attempt.resultJson, score, passed, dump(*result, 2), by, dump(details, -1));
    if (!written) return written.error();
    return ExamGradeOutcome{exam->attempt,
                            std::move(*written),
                            exam->attempt.examId,
                            exam->trainee.empno,
                            percent,
                            exam->passMark,
                            (*result)["earned_points"].get<double>(),
                            (*result)["possible_points"].get<double>()};
}

} // namespace frontline
