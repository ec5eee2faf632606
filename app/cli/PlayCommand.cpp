// frontline-cli play: plays a scenario headlessly from a file of replies.
#include <cmath>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "CliArgs.h"
#include "Commands.h"
#include "Workspace.h"
#include "common/TextFile.h"
#include "common/Utf8.h"
#include "grading/KeywordGrader.h"
#include "scenario/ScenarioRun.h"

namespace frontline::cli {

namespace {

const char* kHelp = R"(usage: frontline-cli play --pack DIR --scenario ID --responses FILE [--seed N] [--json]

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
Exit status: 0 when the call reached an ending, 1 when the replies ran out
first or the input is broken, 2 on bad usage.
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
    if (run.criticalTurn() >= 0) out << "certification: failed by a critical error in turn " << run.criticalTurn() + 1 << "\n";
}

} // namespace

int runPlay(int argc, char** argv) {
    CliArgs args("play", {"pack", "scenario", "responses", "seed"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kHelp, false)) return *stop;
    for (const char* required : {"pack", "scenario", "responses"}) {
        if (auto v = args.required(required); !v) return fail("play", v.error(), kExitUsage);
    }
    auto file = args.required("responses");
    auto seed = args.unsignedValue("seed", 1);
    if (!seed) return fail("play", seed.error(), kExitUsage);

    auto ws = Workspace::open(argv[0]);
    if (!ws) return fail("play", ws.error(), kExitFailed);
    auto sel = ws->selectScenario(args);
    if (!sel) return fail("play", sel.error(), kExitFailed);
    auto replies = readReplies(*file);
    if (!replies) return fail("play", replies.error(), kExitFailed);

    KeywordGrader grader(*ws->lexicons().forLanguage(sel->load.pack.language));
    ScenarioRun run(sel->scenario(), grader, *seed);
    size_t used = 0;
    for (const auto& r : *replies) {
        if (run.finished()) break;
        run.submit(r.text, r.latency);
        ++used;
    }
    if (args.flag("json"))
        std::cout << toJson(run, sel->load.pack).dump(2) << "\n";
    else
        printRun(std::cout, run, sel->load.pack);
    if (used < replies->size()) {
        std::cerr << "frontline-cli play: note: the call ended after " << used << " replies; " << replies->size() - used << " more in "
                  << *file << " were not used\n";
    }
    if (!run.finished()) {
        std::cerr << "frontline-cli play: " << *file << ": the replies ran out before the call ended (at node '" << run.currentNode().id
                  << "')\n";
        return kExitFailed;
    }
    return kExitOk;
}

} // namespace frontline::cli
