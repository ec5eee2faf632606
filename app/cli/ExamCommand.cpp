// frontline-cli exam: written exams headlessly. `take` scores an answers
// file against a seeded paper and records the attempt with its time;
// `paper` shows what a seed draws, so a trainer can write an answers file;
// `list` shows the bundled exams.
#include <algorithm>
#include <iostream>
#include <random>

#include "CertificationContext.h"
#include "CliArgs.h"
#include "Commands.h"
#include "ExamGradeCommand.h"
#include "ExamPrinting.h"
#include "RecordsContext.h"
#include "Workspace.h"
#include "assessments/AnswerKey.h"
#include "assessments/AnswerSheet.h"
#include "assessments/AssessmentLibrary.h"
#include "assessments/ExamScoring.h"
#include "assessments/ExamSitting.h"
#include "common/DataPaths.h"

namespace frontline::cli {

namespace {

namespace fs = std::filesystem;

const char* kUsage = R"(usage: frontline-cli exam SUBCOMMAND [OPTIONS]

Written exams (assessments/exams/, drawing from assessments/banks/; see
assessments/FORMAT.md). Each attempt draws a seeded paper: the same exam,
bank and seed give the same questions in the same order.

subcommands:
  take --exam ID --trainee EMPNO --answers FILE [--seed N] [--lang zh-CN|en] [--json]
                                 score an answers file and record the attempt
  paper --exam ID [--seed N] [--lang zh-CN|en] [--json]
                                 show the paper a seed draws, without the answers
  list [--lang zh-CN|en] [--json]
                                 the exams, their size, time limit, pass mark and attempts
  pending [--json]               attempts whose essays wait for a trainer
  grade --attempt ID --points QUESTION_ID=N [--points ...] --reason TEXT --by TRAINER
                                 a trainer's grade of those essays

take, paper and list take --assessments DIR (default: the bundled assessments/);
take, pending and grade take --db PATH.
Run 'frontline-cli exam SUBCOMMAND --help' for details.
)";

const char* kTakeHelp = R"(usage: frontline-cli exam take --exam ID --trainee EMPNO --answers FILE
           [--seed N] [--lang zh-CN|en] [--json] [--date YYYY-MM-DD]
           [--db PATH] [--assessments DIR]

Sits a written exam headlessly: draws the paper of --seed (a random seed when
absent, printed so the attempt can be replayed), scores the answers file and
records the attempt for the trainee, with the time spent as training time of
the exam's kind, in one transaction. The answers file is
  {"time_spent_seconds": 1260,
   "answers": {"greet-01": "b", "flow-03": ["a", "c"], "forbid-02": false,
               "time-01": "30分钟", "time-02": 30, "match-01": {"1": "3分钟"},
               "case-01": "您好，非常理解您的心情……"}}
keyed by question id (see 'frontline-cli exam paper' for the ids); a question
left out scores 0. --lang picks the bank's language (default zh-CN). --date
records a sitting that happened on that day (it ends at 23:59:59 UTC), for
papers sat offline; the attempt limit and retake wait are checked at that time.
The trainee must be active and within the exam's attempts and retake wait.
Exit status: 0 when recorded (passed or not), 1 when refused (unknown exam or
trainee, no attempts left, too early for a retake, problems in the answers
file, each shown as file:line:column; nothing is written), 2 on bad usage.
)";

const char* kPaperHelp = R"(usage: frontline-cli exam paper --exam ID [--seed N] [--lang zh-CN|en] [--json]
           [--answer-key] [--assessments DIR]

Prints the paper a seed draws: each question's id, type, points, category,
text, the options with their ids in paper order, matching prompts and the
answers offered, and how the answers file writes its answer. The right
answers are not shown. Without --seed a random seed is drawn and printed.
--answer-key prints instead the answers file that earns full marks on that
paper (case analyses answered with their first model answer), so a trainer
can check an exam end to end with 'exam take'.
)";

const char* kListHelp = R"(usage: frontline-cli exam list [--lang zh-CN|en] [--json] [--assessments DIR]

Lists the exams: id, title, questions drawn, time limit, pass mark, attempts
allowed and the wait between them.
)";

// Keep seeds within 53 bits, so every JSON reader holds them exactly.
constexpr uint64_t kSeedMask = (1ull << 53) - 1;

struct Library {
    Workspace workspace;
    AssessmentLibrary content;
    fs::path dir;
    Diagnostics diags;
};

Result<Library> loadLibrary(const CliArgs& args, const char* argv0) {
    auto ws = Workspace::open(argv0);
    if (!ws) return ws.error();
    fs::path dir = args.value("assessments") ? fs::path(*args.value("assessments")) : assessmentsDir(ws->root());
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return makeError("no assessments folder " + dir.string());
    Library lib{std::move(*ws), {}, dir, {}};
    lib.content = loadAssessments(dir.string(), lib.workspace.lexicons(), lib.diags);
    return lib;
}

// Content left out for errors explains a missing exam or bank.
std::string errorsHint(const Library& lib) {
    if (!lib.diags.hasErrors()) return "";
    return "; " + lib.dir.string() + " has " + std::to_string(lib.diags.errorCount()) + " errors (run 'frontline-cli validate " +
           lib.dir.string() + "')";
}

Result<std::string> languageOption(const CliArgs& args) {
    std::string lang = args.value("lang").value_or("zh-CN");
    if (lang != "zh-CN" && lang != "en") return makeError("option '--lang' must be zh-CN or en, got '" + lang + "'");
    return lang;
}

struct Selection {
    const Exam* exam = nullptr;
    const QuestionBank* bank = nullptr;
};

Result<Selection> selectExam(const Library& lib, const std::string& examId, const std::string& lang) {
    const Exam* exam = lib.content.exam(examId);
    if (!exam) {
        std::string known;
        for (const auto& e : lib.content.exams) known += (known.empty() ? "" : ", ") + e.id;
        return makeError("no exam '" + examId + "' in " + lib.dir.string() + (known.empty() ? "" : " (it has: " + known + ")") +
                         errorsHint(lib));
    }
    const QuestionBank* bank = lib.content.bank(exam->bankId, lang);
    if (!bank)
        return makeError("exam '" + examId + "' draws from bank '" + exam->bankId + "', which has no " + lang + " version" +
                         errorsHint(lib));
    return Selection{exam, bank};
}

uint64_t randomSeed() {
    std::random_device rd;
    return ((static_cast<uint64_t>(rd()) << 32) ^ rd()) & kSeedMask;
}

Result<uint64_t> seedOption(const CliArgs& args) {
    if (!args.value("seed")) return randomSeed();
    return args.unsignedValue("seed", 0);
}

std::string hoursText(int hours) { return std::to_string(hours) + " h"; }

void printDiagnostics(const std::string& cmd, const Diagnostics& diags) {
    for (const auto& d : diags.items()) std::cerr << "frontline-cli " << cmd << ": " << d.format() << "\n";
}

int runTake(int argc, char** argv) {
    const std::string cmd = "exam take";
    CliArgs args(cmd, {"exam", "trainee", "answers", "seed", "lang", "db", "assessments", "date"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kTakeHelp, false)) return *stop;
    auto examId = args.required("exam");
    if (!examId) return fail(cmd, examId.error(), kExitUsage);
    auto empno = empnoOption(args, "trainee");
    if (!empno) return fail(cmd, empno.error(), kExitUsage);
    auto answers = args.required("answers");
    if (!answers) return fail(cmd, answers.error(), kExitUsage);
    auto lang = languageOption(args);
    if (!lang) return fail(cmd, lang.error(), kExitUsage);
    auto seed = seedOption(args);
    if (!seed) return fail(cmd, seed.error(), kExitUsage);
    auto clock = evaluationClock(args);
    if (!clock) return fail(cmd, clock.error(), kExitUsage);
    if (clock->today > localToday())
        return fail(cmd, makeError("option '--date': " + clock->today.toString() + " is in the future"), kExitUsage);

    auto lib = loadLibrary(args, argv[0]);
    if (!lib) return fail(cmd, lib.error(), kExitFailed);
    auto sel = selectExam(*lib, *examId, *lang);
    if (!sel) return fail(cmd, sel.error(), kExitFailed);
    auto store = openRecords(args);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto trainee = findTrainee(**store, *empno);
    if (!trainee) return fail(cmd, trainee.error(), kExitFailed);
    if (!trainee->active) return fail(cmd, makeError(trainee->empno + " " + trainee->name + " is deactivated"), kExitFailed);
    auto history = (*store)->history(*empno);
    if (!history) return fail(cmd, history.error(), kExitFailed);
    if (auto s = checkAttemptLimits(*sel->exam, *history, clock->nowSeconds); !s) return fail(cmd, s.error(), kExitFailed);

    auto paper = drawPaper(*sel->exam, *sel->bank, *seed);
    if (!paper) return fail(cmd, paper.error(), kExitFailed);
    Diagnostics diags;
    auto sheet = readAnswerSheetFile(*answers, *paper, *sel->bank, diags);
    printDiagnostics(cmd, diags);
    if (!sheet) return kExitFailed;
    auto result = scoreExam(*sel->exam, *sel->bank, *paper, *sheet, lib->workspace.lexicons());
    if (!result) return fail(cmd, result.error(), kExitFailed);
    auto recorded = recordExamSitting(**store, *trainee, *sel->exam, *result, clock->nowSeconds, clock->today);
    if (!recorded) return fail(cmd, recorded.error(), kExitFailed);
    std::string note = refreshAfterWrite(**store, argv[0], trainee->empno);

    if (args.flag("json")) {
        nlohmann::json j = result->toJson();
        j["attempt"] = recorded->attemptId;
        j["trainee"] = trainee->empno;
        j["training_minutes"] = recorded->minutes;
        j["certification"] = note.empty() ? nlohmann::json(nullptr) : nlohmann::json(note);
        std::cout << dumpJson(j) << "\n";
        return kExitOk;
    }
    std::cout << examTitle(*sel->exam, *lang) << " · " << trainee->empno << " " << trainee->name << "\n";
    printExamResult(std::cout, *result);
    if (!args.value("seed")) std::cout << "seed " << *seed << " was drawn at random; --seed " << *seed << " replays this paper\n";
    std::cout << "recorded as attempt " << recorded->attemptId;
    if (recorded->minutes > 0)
        std::cout << "; " << durationText(recorded->minutes) << " of " << trainingKindId(sel->exam->trainingKind) << " training credited";
    if (result->timeSpentSeconds > creditedSeconds(*sel->exam, result->timeSpentSeconds))
        std::cout << " (the time limit is " << sel->exam->timeLimitMinutes << " min)";
    std::cout << "\n";
    if (!note.empty()) std::cout << note << "\n";
    return kExitOk;
}

int runPaper(int argc, char** argv) {
    const std::string cmd = "exam paper";
    CliArgs args(cmd, {"exam", "seed", "lang", "assessments"}, {"json", "answer-key", "help"});
    if (auto stop = args.start(argc, argv, kPaperHelp, false)) return *stop;
    auto examId = args.required("exam");
    if (!examId) return fail(cmd, examId.error(), kExitUsage);
    auto lang = languageOption(args);
    if (!lang) return fail(cmd, lang.error(), kExitUsage);
    auto seed = seedOption(args);
    if (!seed) return fail(cmd, seed.error(), kExitUsage);
    auto lib = loadLibrary(args, argv[0]);
    if (!lib) return fail(cmd, lib.error(), kExitFailed);
    auto sel = selectExam(*lib, *examId, *lang);
    if (!sel) return fail(cmd, sel.error(), kExitFailed);
    auto paper = drawPaper(*sel->exam, *sel->bank, *seed);
    if (!paper) return fail(cmd, paper.error(), kExitFailed);
    if (args.flag("answer-key")) {
        std::cout << dumpJson(answerKey(*paper, *sel->bank)) << "\n";
        return kExitOk;
    }
    if (args.flag("json")) {
        nlohmann::json j = paperJson(*paper, *sel->bank);
        j["title"] = examTitle(*sel->exam, *lang);
        j["time_limit_minutes"] = sel->exam->timeLimitMinutes;
        j["pass_mark"] = sel->exam->passMark;
        std::cout << dumpJson(j) << "\n";
        return kExitOk;
    }
    std::cout << examTitle(*sel->exam, *lang) << " · " << sel->exam->timeLimitMinutes << " min · pass mark " << sel->exam->passMark << "\n";
    printPaper(std::cout, *paper, *sel->bank);
    return kExitOk;
}

int runList(int argc, char** argv) {
    const std::string cmd = "exam list";
    CliArgs args(cmd, {"lang", "assessments"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kListHelp, false)) return *stop;
    auto lang = languageOption(args);
    if (!lang) return fail(cmd, lang.error(), kExitUsage);
    auto lib = loadLibrary(args, argv[0]);
    if (!lib) return fail(cmd, lib.error(), kExitFailed);
    std::vector<const Exam*> exams;
    for (const auto& e : lib->content.exams) exams.push_back(&e);
    std::sort(exams.begin(), exams.end(), [](const Exam* a, const Exam* b) { return a->id < b->id; });
    if (args.flag("json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const Exam* e : exams) {
            list.push_back({{"id", e->id},
                            {"version", e->version},
                            {"title", examTitle(*e, *lang)},
                            {"bank", e->bankId},
                            {"questions", e->questionCount()},
                            {"time_limit_minutes", e->timeLimitMinutes},
                            {"pass_mark", e->passMark},
                            {"max_attempts", e->maxAttempts},
                            {"retake_wait_hours", e->retakeWaitHours},
                            {"training_kind", trainingKindId(e->trainingKind)}});
        }
        std::cout << dumpJson({{"exams", list}}) << "\n";
        return kExitOk;
    }
    if (exams.empty()) std::cout << "no exams in " << lib->dir.string() << errorsHint(*lib) << "\n";
    for (const Exam* e : exams) {
        std::cout << e->id << "  " << examTitle(*e, *lang) << "  " << e->questionCount()
                  << (e->questionCount() == 1 ? " question" : " questions") << " from " << e->bankId << "  " << e->timeLimitMinutes
                  << " min  pass mark " << e->passMark << "  "
                  << (e->maxAttempts > 0 ? std::to_string(e->maxAttempts) + " attempts" : std::string("unlimited attempts"))
                  << (e->retakeWaitHours > 0 ? ", " + hoursText(e->retakeWaitHours) + " apart" : "") << "\n";
    }
    if (!exams.empty() && lib->diags.hasErrors())
        std::cerr << "frontline-cli " << cmd << ": warning: " << errorsHint(*lib).substr(2) << "\n";
    return kExitOk;
}

} // namespace

int runExam(int argc, char** argv) {
    return runSubcommand("exam", kUsage,
                         {{"take", runTake}, {"paper", runPaper}, {"list", runList}, {"pending", runExamPending}, {"grade", runExamGrade}},
                         argc, argv);
}

} // namespace frontline::cli
