// frontline-cli override and note: a trainer's corrections and coaching.
// An override never edits the grader's score: it is appended to the audit log
// with the old and new score, who made it and why, and the latest one counts.
#include <iostream>

#include "CertificationContext.h"
#include "CliArgs.h"
#include "Commands.h"
#include "RecordsContext.h"
#include "review/TurnOverride.h"

namespace frontline::cli {

namespace {

const char* kOverrideHelp = R"(usage: frontline-cli override --attempt A --turn N --score S --reason TEXT --by TRAINER [--db PATH]

Replaces the score of one turn of a finished scenario attempt after a
trainer's review. --turn is the turn number as play and 'trainee show'
print it: the first reply is turn 1. --score is 0 to 100, --reason (at most
500 characters) says why. --by must be an active trainer. The grader's own
score stays on record: every override is appended to the audit log, and the
latest one counts. Prints the old and new score and the attempt's new total.
Exit status: 0 when recorded, 1 when refused (nothing is written), 2 on bad usage.
)";

const char* kNoteUsage = R"(usage: frontline-cli note SUBCOMMAND [OPTIONS]

Coaching notes: what a trainer discussed with a person 1-on-1, optionally
about one scenario attempt.

subcommands:
  add --trainee EMPNO --text TEXT --by TRAINER [--attempt A]
  list --trainee EMPNO [--json]

Every subcommand takes --db PATH (default: the user's frontline.db).
)";

const char* kNoteAddHelp = R"(usage: frontline-cli note add --trainee EMPNO --text TEXT --by TRAINER [--attempt A] [--db PATH]

Adds a coaching note (at most 2000 characters; line breaks allowed) to a
person's record. --attempt ties it to one of their scenario attempts. --by
must be an active trainer.
Exit status: 0 when recorded, 1 when refused (nothing is written), 2 on bad usage.
)";

const char* kNoteListHelp = R"(usage: frontline-cli note list --trainee EMPNO [--json] [--db PATH]

Lists a person's coaching notes, oldest first.
)";

constexpr int64_t kMaxId = 9000000000000000000;

} // namespace

int runOverride(int argc, char** argv) {
    const std::string cmd = "override";
    CliArgs args(cmd, {"attempt", "turn", "score", "reason", "by", "db"}, {"help"});
    if (auto stop = args.start(argc, argv, kOverrideHelp, false)) return *stop;
    auto attemptId = integerOption(args, "attempt", 1, kMaxId);
    if (!attemptId) return fail(cmd, attemptId.error(), kExitUsage);
    auto turn = integerOption(args, "turn", 1, 1000);
    if (!turn) return fail(cmd, turn.error(), kExitUsage);
    auto score = integerOption(args, "score", 0, 100);
    if (!score) return fail(cmd, score.error(), kExitUsage);
    auto reason = textOption(args, "reason", 500);
    if (!reason) return fail(cmd, reason.error(), kExitUsage);
    auto by = empnoOption(args, "by");
    if (!by) return fail(cmd, by.error(), kExitUsage);

    auto store = openRecordsForTrainer(args, *by);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto done = overrideTurnScore(**store, *attemptId, static_cast<int>(*turn), static_cast<int>(*score), *reason, *by);
    if (!done) return fail(cmd, done.error(), kExitFailed);
    const ScenarioAttempt& after = done->after;
    auto oldTotal = attemptTotal(done->before);
    auto newTotal = attemptTotal(after);

    const GradeOverride& o = done->applied;
    std::cout << "attempt " << *attemptId << " (" << after.scenarioId << "), turn " << *turn << ": " << o.oldScore << " -> " << o.newScore
              << " (by " << o.by << ": " << o.reason << ")\n";
    std::cout << "attempt total: " << (oldTotal ? std::to_string(*oldTotal) : "none") << " -> "
              << (newTotal ? std::to_string(*newTotal) : "none") << "/100, pass mark " << after.passMark;
    if (after.status == AttemptStatus::Completed) std::cout << ": " << (attemptPassed(after) ? "passed" : "not passed");
    std::cout << "\n";
    // The override may change the certification: recompute it now, on the record.
    if (auto who = (*store)->traineeById(after.traineeId)) {
        if (auto note = refreshAfterWrite(**store, argv[0], who->empno); !note.empty()) std::cout << note << "\n";
    }
    return kExitOk;
}

namespace {

int runNoteAdd(int argc, char** argv) {
    const std::string cmd = "note add";
    CliArgs args(cmd, {"trainee", "text", "by", "attempt", "db"}, {"help"});
    if (auto stop = args.start(argc, argv, kNoteAddHelp, false)) return *stop;
    auto empno = empnoOption(args, "trainee");
    if (!empno) return fail(cmd, empno.error(), kExitUsage);
    auto text = textOption(args, "text", 2000, true);
    if (!text) return fail(cmd, text.error(), kExitUsage);
    auto by = empnoOption(args, "by");
    if (!by) return fail(cmd, by.error(), kExitUsage);
    std::optional<int64_t> attemptId;
    if (args.value("attempt")) {
        auto a = integerOption(args, "attempt", 1, kMaxId);
        if (!a) return fail(cmd, a.error(), kExitUsage);
        attemptId = *a;
    }

    auto store = openRecordsForTrainer(args, *by);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto trainee = findTrainee(**store, *empno);
    if (!trainee) return fail(cmd, trainee.error(), kExitFailed);
    if (attemptId) {
        auto a = (*store)->attempt(*attemptId);
        if (!a) return fail(cmd, a.error(), kExitFailed);
        if (a->traineeId != trainee->id) {
            return fail(cmd, makeError("attempt " + std::to_string(*attemptId) + " is not one of " + trainee->empno + "'s attempts"),
                        kExitFailed);
        }
    }
    CoachingNote n;
    n.traineeId = trainee->id;
    n.attemptId = attemptId;
    n.text = *text;
    n.by = *by;
    n.at = nowTimestamp();
    auto id = (*store)->addCoachingNote(n);
    if (!id) return fail(cmd, id.error(), kExitFailed);
    std::cout << "added note " << *id << " for " << trainee->empno << " " << trainee->name
              << (attemptId ? " about attempt " + std::to_string(*attemptId) : "") << " (by " << *by << ")\n";
    return kExitOk;
}

int runNoteList(int argc, char** argv) {
    const std::string cmd = "note list";
    CliArgs args(cmd, {"trainee", "db"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kNoteListHelp, false)) return *stop;
    auto empno = empnoOption(args, "trainee");
    if (!empno) return fail(cmd, empno.error(), kExitUsage);
    auto store = openRecords(args);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto trainee = findTrainee(**store, *empno);
    if (!trainee) return fail(cmd, trainee.error(), kExitFailed);
    auto notes = (*store)->coachingNotes(*empno);
    if (!notes) return fail(cmd, notes.error(), kExitFailed);
    if (args.flag("json")) {
        nlohmann::json out = {{"trainee", trainee->empno}, {"notes", nlohmann::json::array()}};
        for (const auto& n : *notes) {
            out["notes"].push_back({{"id", n.id},
                                    {"at", n.at},
                                    {"by", n.by},
                                    {"attempt", n.attemptId ? nlohmann::json(*n.attemptId) : nlohmann::json(nullptr)},
                                    {"text", n.text}});
        }
        std::cout << dumpJson(out) << "\n";
        return kExitOk;
    }
    std::cout << "coaching notes of " << trainee->empno << " " << trainee->name << ": " << notes->size() << "\n";
    for (const auto& n : *notes) {
        std::cout << "  " << n.at << " by " << n.by << (n.attemptId ? ", attempt " + std::to_string(*n.attemptId) : "") << ":\n";
        std::string text = n.text;
        for (size_t pos = 0; (pos = text.find('\n', pos)) != std::string::npos; pos += 5) text.replace(pos, 1, "\n    ");
        std::cout << "    " << text << "\n";
    }
    return kExitOk;
}

} // namespace

int runNote(int argc, char** argv) { return runSubcommand("note", kNoteUsage, {{"add", runNoteAdd}, {"list", runNoteList}}, argc, argv); }

} // namespace frontline::cli
