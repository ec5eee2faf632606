// frontline-cli play: plays a scenario headlessly from a file of replies and,
// with --trainee, records the attempt turn by turn in the training records.
#include <cmath>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "CertificationContext.h"
#include "CliArgs.h"
#include "Commands.h"
#include "RecordsContext.h"
#include "Workspace.h"
#include "common/TextFile.h"
#include "common/Utf8.h"
#include "grading/KeywordGrader.h"
#include "records/AttemptRecorder.h"
#include "scenario/ScenarioRun.h"

namespace frontline::cli {

namespace {

const char* kHelp = R"(usage: frontline-cli play --pack DIR --scenario ID --responses FILE [--seed N] [--json]
           [--mode practice|certification] [--trainee EMPNO [--db PATH]]

Plays one scenario headlessly: each non-blank line of FILE is the trainee's
reply to the next customer line. A line may start with the reply's latency,
e.g. "[12.5s] 您好，..."; without it the reply counts as on time.
Prints the transcript with each turn's score, the criteria hit and missed,
forbidden behaviour and the outcome; --json prints the same as one document.
The seed (default 1) picks the customer's line variants and slot values, so a
run can be replayed exactly.

Grading (grader keyword-1.0): a turn scores the weights of the required
criteria its reply hits, minus 1 point per full second over the node's time
limit (at most 20), capped at the rubric's forbidden_cap (default 40) when any
forbidden behaviour is found. The total is the mean of the turn scores.
In certification mode (--mode certification) a critical forbidden behaviour
fails the scenario whatever the score, and the output names the reply.

--trainee EMPNO records the attempt in the training records (--db PATH, or
the user's frontline.db): the pack id, version and hash, scenario, seed and
mode, then each turn the moment its reply is graded, so a killed run loses
at most the reply being graded. The attempt is completed when the call
reached an ending and abandoned when the replies ran out. The active time
(the reply latencies, leaving out any gap over 2 minutes; at least 1 minute)
is added to the person's training hours: onboarding for a trainee, annual
otherwise. Attempts of that person left in progress by a run that was killed
are marked abandoned first, with a note.

Exit status: 0 when the call reached an ending, 1 when the replies ran out
first, the input is broken or the attempt could not be recorded, 2 on bad usage.
)";

struct Reply {
    std::string text;
    double latency = 0;
    int line = 0;
};

// Reads the replies, rejecting bytes that are not UTF-8 with their location.
Result<std::vector<Reply>> readReplies(const std::string& file) {
    auto data = readTextFile(file, 8u << 20);
    if (!data) return data.error();
    std::vector<Reply> out;
    std::istringstream in(*data);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (number == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
        int column = 1;
        for (size_t i = 0; i < line.size(); ++column) {
            Utf8Char c = decodeUtf8(line, i);
            if (!c.valid) return makeError("invalid UTF-8 in replies file", {file, number, column});
            i += c.length;
        }
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        Reply r{line, 0, number};
        if (line[0] == '[') {
            char* end = nullptr;
            double v = std::strtod(line.c_str() + 1, &end);
            if (end && end[0] == 's' && end[1] == ']' && std::isfinite(v) && v >= 0 && v < 86400) {
                r.latency = v;
                r.text = std::string(end + 2);
                r.text.erase(0, r.text.find_first_not_of(' '));
            }
        }
        out.push_back(std::move(r));
    }
    return out;
}

nlohmann::json toJson(const ScenarioRun& run, const Pack& pack) {
    const Scenario& s = run.scenario();
    nlohmann::json j;
    j["pack"] = {{"id", pack.id}, {"version", pack.version}, {"hash", pack.hash}};
    j["scenario"] = {{"id", s.id}, {"title", s.title}, {"hash", s.hash}, {"pass_mark", s.passMark}};
    j["seed"] = run.seed();
    j["grader_version"] = KeywordGrader::kVersion;
    j["slots"] = run.slotValues();
    j["persona"] = {{"name", run.fill(s.persona.name)}, {"situation", run.fill(s.persona.situation)}, {"mood", s.persona.mood}};
    auto& turns = j["turns"] = nlohmann::json::array();
    for (const auto& t : run.turns()) {
        turns.push_back({{"node", t.nodeId},
                         {"customer_line", t.customerLine},
                         {"reply", t.reply},
                         {"latency_s", t.latencySeconds},
                         {"score", t.grade.score},
                         {"mood_before", t.moodBefore},
                         {"mood_after", t.moodAfter},
                         {"next", t.nextNodeId},
                         {"grade", t.grade.toJson()}});
    }
    j["finished"] = run.finished();
    if (run.finished()) {
        j["outcome"] = outcomeId(run.outcome());
        j["closing_line"] = run.closingLine();
        j["summary"] = run.summary();
    }
    j["total_score"] = run.totalScore();
    j["passed"] = run.passed();
    j["critical_turn"] = run.criticalTurn() < 0 ? nlohmann::json(nullptr) : nlohmann::json(run.criticalTurn() + 1);
    j["mode"] = playModeId(run.mode());
    j["failed_by_critical_turn"] = run.failedByCriticalTurn();
    return j;
}

void printTurn(std::ostream& out, const TurnRecord& t, size_t number, const Node& node, const ScenarioRun& run) {
    const ReplyGrade& g = t.grade;
    out << "\nTurn " << number << " [" << t.nodeId << "], time limit " << node.timeLimit << " s\n";
    out << "  customer: " << t.customerLine << "\n";
    out << "  agent:    " << t.reply << "\n";
    out << "  score " << g.score << "/100";
    if (g.latePenalty > 0) out << " (" << g.latePenalty << " off for replying after " << g.latencySeconds << " s)";
    if (g.capped) out << " (capped at " << g.forbiddenCap << ": forbidden behaviour)";
    out << ", mood " << t.moodBefore << " -> " << t.moodAfter << "\n";
    for (const auto* c : g.hits()) {
        out << "  [hit]       " << c->id << " +" << c->earned << " (" << competencyId(c->competency) << "):";
        for (const auto& m : c->matched) out << " \"" << m << "\"";
        out << "\n";
    }
    for (const auto* c : g.misses()) out << "  [missed]    " << c->id << " 0/" << c->weight << ": " << c->tip << "\n";
    for (const auto* c : g.forbidden()) {
        out << "  [forbidden] " << c->id << (c->critical ? " (critical)" : "") << ":";
        for (const auto& m : c->matched) out << " \"" << m << "\"";
        out << " - " << c->tip << "\n";
    }
    if (g.closestModelAnswer >= 0) {
        out << "  closest model answer (similarity " << std::fixed << std::setprecision(2) << g.similarity << std::defaultfloat
            << "): " << run.fill(node.modelAnswers[static_cast<size_t>(g.closestModelAnswer)]) << "\n";
        if (!g.missingTerms.empty()) {
            out << "  key terms it has that the reply lacks:";
            for (const auto& term : g.missingTerms) out << " " << term;
            out << "\n";
        }
    }
}

void printRun(std::ostream& out, const ScenarioRun& run, const Pack& pack) {
    const Scenario& s = run.scenario();
    out << s.title << " (" << s.id << "), pack " << pack.id << " " << pack.version << ", seed " << run.seed() << "\n";
    out << "customer: " << run.fill(s.persona.name) << ", mood " << s.persona.mood << "\n";
    out << "situation: " << run.fill(s.persona.situation) << "\n";
    for (size_t i = 0; i < run.turns().size(); ++i) {
        const auto& t = run.turns()[i];
        printTurn(out, t, i + 1, *s.node(t.nodeId), run);
    }
    out << "\n";
    if (run.finished()) {
        if (!run.closingLine().empty()) out << "customer: " << run.closingLine() << "\n";
        out << "outcome: " << outcomeId(run.outcome()) << (run.endedByTurnLimit() ? " (the call never reached an ending)" : "") << "\n";
        if (!run.summary().empty()) out << "summary: " << run.summary() << "\n";
    } else {
        out << "outcome: none, the replies ran out at node '" << run.currentNode().id << "'\n";
    }
    out << "total score: " << run.totalScore() << "/100 over " << run.turns().size() << " turns, pass mark " << s.passMark << ": "
        << (run.passed() ? "passed" : "not passed") << "\n";
    if (run.criticalTurn() >= 0) {
        const auto& t = run.turns()[static_cast<size_t>(run.criticalTurn())];
        std::string which;
        for (const auto* c : t.grade.forbidden()) {
            if (c->critical) which += (which.empty() ? "" : ", ") + c->id;
        }
        if (run.mode() == PlayMode::Certification) {
            out << "certification: failed by a critical error (" << which << ") in turn " << run.criticalTurn() + 1 << ": \"" << t.reply
                << "\"\n";
        } else {
            out << "note: turn " << run.criticalTurn() + 1 << " has a critical error (" << which
                << "); in certification mode it fails the scenario\n";
        }
    }
}

} // namespace

int runPlay(int argc, char** argv) {
    CliArgs args("play", {"pack", "scenario", "responses", "seed", "mode", "trainee", "db"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kHelp, false)) return *stop;
    for (const char* required : {"pack", "scenario", "responses"}) {
        if (auto v = args.required(required); !v) return fail("play", v.error(), kExitUsage);
    }
    auto file = args.required("responses");
    auto seed = args.unsignedValue("seed", 1);
    if (!seed) return fail("play", seed.error(), kExitUsage);
    PlayMode mode = PlayMode::Practice;
    if (auto m = args.value("mode")) {
        auto parsed = parsePlayMode(*m);
        if (!parsed) return fail("play", makeError("option '--mode' must be practice or certification, got '" + *m + "'"), kExitUsage);
        mode = *parsed;
    }
    std::optional<std::string> empno;
    if (args.value("trainee")) {
        auto e = empnoOption(args, "trainee");
        if (!e) return fail("play", e.error(), kExitUsage);
        empno = *e;
    } else if (args.value("db")) {
        return fail("play", makeError("option '--db' records into a database, so it needs --trainee EMPNO"), kExitUsage);
    }

    auto ws = Workspace::open(argv[0]);
    if (!ws) return fail("play", ws.error(), kExitFailed);
    auto sel = ws->selectScenario(args);
    if (!sel) return fail("play", sel.error(), kExitFailed);
    auto replies = readReplies(*file);
    if (!replies) return fail("play", replies.error(), kExitFailed);

    std::unique_ptr<RecordStore> store;
    std::optional<AttemptRecorder> recorder;
    if (empno) {
        if (replies->empty()) return fail("play", makeError(*file + " has no replies; nothing recorded"), kExitFailed);
        auto opened = openRecords(args);
        if (!opened) return fail("play", opened.error(), kExitFailed);
        store = std::move(*opened);
        auto trainee = findTrainee(*store, *empno);
        if (!trainee) return fail("play", trainee.error(), kExitFailed);
        if (!trainee->active) {
            return fail("play", makeError("'" + *empno + "' (" + trainee->name + ") is deactivated; their attempts are not recorded"),
                        kExitFailed);
        }
        recorder.emplace(*store, *trainee);
        auto note = recorder->abandonLeftovers();
        if (!note) return fail("play", note.error(), kExitFailed);
        if (!note->empty()) std::cerr << "frontline-cli play: note: " << *note << "\n";
    }

    KeywordGrader grader(*ws->lexicons().forLanguage(sel->load.pack.language));
    ScenarioRun run(sel->scenario(), grader, *seed, mode);
    if (recorder) {
        if (auto s = recorder->begin(sel->load.pack, run); !s) return fail("play", s.error(), kExitFailed);
    }
    size_t used = 0;
    for (const auto& r : *replies) {
        if (run.finished()) break;
        const TurnRecord& t = run.submit(r.text, r.latency);
        if (recorder) {
            if (auto s = recorder->turn(t, used); !s) {
                store->abandonAttempt(recorder->attemptId());
                return fail("play",
                            makeError("attempt " + std::to_string(recorder->attemptId()) + ": turn " + std::to_string(used + 1) +
                                      " could not be recorded, the attempt is abandoned: " + s.error().message),
                            kExitFailed);
            }
        }
        ++used;
    }
    if (recorder) {
        if (auto s = recorder->finish(run); !s) {
            return fail("play",
                        makeError("attempt " + std::to_string(recorder->attemptId()) + " could not be finished: " + s.error().message),
                        kExitFailed);
        }
    }
    std::string certificationNote = recorder ? refreshAfterWrite(*store, argv[0], recorder->trainee().empno) : std::string();
    if (args.flag("json")) {
        nlohmann::json doc = toJson(run, sel->load.pack);
        if (recorder) {
            doc["recorded"] = {{"attempt", recorder->attemptId()},
                               {"trainee", recorder->trainee().empno},
                               {"status", attemptStatusId(recorder->status())},
                               {"training_minutes", recorder->creditedMinutes()},
                               {"training_kind", trainingKindId(recorder->kind())}};
            if (!certificationNote.empty()) doc["recorded"]["certification"] = certificationNote;
        }
        std::cout << doc.dump(2) << "\n";
    } else {
        printRun(std::cout, run, sel->load.pack);
        if (recorder) {
            std::cout << "recorded: attempt " << recorder->attemptId() << " of " << recorder->trainee().empno << " "
                      << recorder->trainee().name << " (" << playModeId(mode) << ", " << attemptStatusId(recorder->status()) << "), "
                      << recorder->creditedMinutes() << " min of " << trainingKindId(recorder->kind()) << " training\n";
            if (!certificationNote.empty()) std::cout << certificationNote << "\n";
        }
    }
    if (used < replies->size()) {
        std::cerr << "frontline-cli play: note: the call ended after " << used << " replies; " << replies->size() - used << " more in "
                  << *file << " were not used\n";
    }
    if (!run.finished()) {
        std::cerr << "frontline-cli play: " << *file << ": the replies ran out before the call ended (at node '" << run.currentNode().id
                  << "')" << (recorder ? "; attempt " + std::to_string(recorder->attemptId()) + " is recorded as abandoned" : "") << "\n";
        return kExitFailed;
    }
    return kExitOk;
}

} // namespace frontline::cli
