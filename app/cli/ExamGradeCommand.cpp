#include "ExamGradeCommand.h"

#include <iostream>
#include <map>

#include "CertificationContext.h"
#include "CliArgs.h"
#include "RecordsContext.h"
#include "assessments/EssayGrading.h"
#include "assessments/ExamScoring.h"

namespace frontline::cli {

namespace {

const char* kPendingHelp = R"(usage: frontline-cli exam pending [--json] [--db PATH]

Lists the written exam attempts waiting for a trainer, oldest first: each
answered essay (a case analysis without model answers, such as a GIFT essay)
with its question, the points it may earn and the trainee's answer. Such an
attempt has no score until it is graded with 'frontline-cli exam grade'.
)";

const char* kGradeHelp = R"(usage: frontline-cli exam grade --attempt ID --points QUESTION_ID=N [--points ...]
           --reason TEXT --by TRAINER [--json] [--db PATH]

Grades the essays of a written exam attempt waiting for a trainer (see
'frontline-cli exam pending'): every waiting question needs its points, 0 to
the question's points in steps of 0.01 (--points essay-1=3.5). The score is
recomputed as the exam computes it (points earned over points possible,
rounded down, against the pass mark recorded with the attempt) and written
with the reason (at most 500 characters) and an "exam.grade" audit entry in
one transaction; the trainee's certification is then re-evaluated. --by must
be an active trainer.
Exit status: 0 when graded, 1 when refused (the attempt is not waiting, a
question is unknown, not waiting or left out, points out of range; nothing is
written), 2 on bad usage.
)";

constexpr int64_t kMaxId = 9000000000000000000;

Result<std::map<std::string, double>> pointsOptions(const CliArgs& args) {
    std::map<std::string, double> out;
    const auto given = args.values("points");
    if (given.empty()) return makeError("missing required option '--points' (QUESTION_ID=N, once per question)");
    for (const auto& v : given) {
        const size_t eq = v.rfind('=');
        if (eq == std::string::npos || eq == 0)
            return makeError("option '--points' must be QUESTION_ID=N (such as essay-1=3.5), got '" + v + "'");
        const std::string id = v.substr(0, eq);
        auto points = parseGradePoints(v.substr(eq + 1));
        if (!points)
            return makeError("option '--points' for '" + id + "' must be a number with at most two decimals, got '" + v.substr(eq + 1) +
                             "'");
        if (!out.emplace(id, *points).second) return makeError("option '--points' gives question '" + id + "' twice");
    }
    return out;
}

nlohmann::json pendingJson(const PendingExam& e) {
    nlohmann::json questions = nlohmann::json::array();
    for (const auto& q : e.questions) {
        questions.push_back({{"id", q.questionId}, {"category", q.category}, {"points", q.points}, {"text", q.text}, {"answer", q.answer}});
    }
    return {{"attempt", e.attempt.id},       {"trainee", e.trainee.empno}, {"name", e.trainee.name}, {"exam", e.attempt.examId},
            {"ended_at", e.attempt.endedAt}, {"pass_mark", e.passMark},    {"questions", questions}};
}

std::string scoreText(const std::optional<int>& score) { return score ? std::to_string(*score) + "/100" : "waiting for a trainer"; }

} // namespace

int runExamPending(int argc, char** argv) {
    const std::string cmd = "exam pending";
    CliArgs args(cmd, {"db"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kPendingHelp, false)) return *stop;
    auto store = openRecords(args);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto exams = pendingExams(**store);
    if (!exams) return fail(cmd, exams.error(), kExitFailed);
    if (args.flag("json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& e : *exams) list.push_back(pendingJson(e));
        std::cout << dumpJson({{"pending", list}}) << "\n";
        return kExitOk;
    }
    if (exams->empty()) std::cout << "no written exams wait for a trainer\n";
    for (const auto& e : *exams) {
        std::cout << "attempt " << e.attempt.id << "  " << e.trainee.empno << " " << e.trainee.name << "  exam " << e.attempt.examId
                  << "  ended " << e.attempt.endedAt << "  pass mark " << e.passMark << "\n";
        for (const auto& q : e.questions) {
            std::cout << "  " << q.questionId << " (0 to " << pointsText(q.points) << " points)" << (q.text.empty() ? "" : ": " + q.text)
                      << "\n";
            std::cout << "    answer: " << q.answer << "\n";
        }
    }
    return kExitOk;
}

int runExamGrade(int argc, char** argv) {
    const std::string cmd = "exam grade";
    CliArgs args(cmd, {"attempt", "points", "reason", "by", "db"}, {"json", "help"});
    args.repeatable("points");
    if (auto stop = args.start(argc, argv, kGradeHelp, false)) return *stop;
    auto attemptId = integerOption(args, "attempt", 1, kMaxId);
    if (!attemptId) return fail(cmd, attemptId.error(), kExitUsage);
    auto points = pointsOptions(args);
    if (!points) return fail(cmd, points.error(), kExitUsage);
    auto reason = textOption(args, "reason", 500);
    if (!reason) return fail(cmd, reason.error(), kExitUsage);
    auto by = empnoOption(args, "by");
    if (!by) return fail(cmd, by.error(), kExitUsage);

    auto store = openRecordsForTrainer(args, *by);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto done = gradePendingExam(**store, *attemptId, *points, *reason, *by);
    if (!done) return fail(cmd, done.error(), kExitFailed);
    // The grade may change the certification: recompute it now, on the record.
    const std::string note = refreshAfterWrite(**store, argv[0], done->traineeEmpno);

    if (args.flag("json")) {
        nlohmann::json given = nlohmann::json::object();
        for (const auto& [id, p] : *points) given[id] = p;
        std::cout << dumpJson({{"attempt", *attemptId},
                               {"exam", done->examId},
                               {"trainee", done->traineeEmpno},
                               {"points", given},
                               {"earned_points", done->earnedPoints},
                               {"possible_points", done->possiblePoints},
                               {"score", done->after.score ? nlohmann::json(*done->after.score) : nlohmann::json(nullptr)},
                               {"pass_mark", done->passMark},
                               {"passed", done->after.passed},
                               {"certification", note.empty() ? nlohmann::json(nullptr) : nlohmann::json(note)}})
                  << "\n";
        return kExitOk;
    }
    std::cout << "attempt " << *attemptId << " (exam " << done->examId << "), " << done->traineeEmpno << ", graded by " << *by << ":";
    for (const auto& [id, p] : *points) std::cout << " " << id << " " << pointsText(p);
    std::cout << " (" << *reason << ")\n";
    std::cout << "score: " << scoreText(done->before.score) << " -> " << scoreText(done->after.score) << " ("
              << pointsText(done->earnedPoints) << " of " << pointsText(done->possiblePoints) << " points), pass mark " << done->passMark
              << ": " << (done->after.passed ? "passed" : "not passed") << "\n";
    if (!note.empty()) std::cout << note << "\n";
    return kExitOk;
}

} // namespace frontline::cli
