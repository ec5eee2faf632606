// frontline-cli paths: every path through a scenario with its outcome and score range.
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "CliArgs.h"
#include "Commands.h"
#include "Workspace.h"
#include "scenario/PathExplorer.h"

namespace frontline::cli {

namespace {

const char* kHelp = R"(usage: frontline-cli paths --pack DIR --scenario ID [--json]

Walks every path of the scenario's graph from its start node to an ending
(following each loop at most once) and prints each path with its outcome and
the lowest and highest total score it can reach, given the branch conditions
along it. The bounds are conservative: real attempts fall within them.
)";

} // namespace

int runPaths(int argc, char** argv) {
    CliArgs args("paths", {"pack", "scenario"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kHelp, false)) return *stop;
    for (const char* required : {"pack", "scenario"}) {
        if (auto v = args.required(required); !v) return fail("paths", v.error(), kExitUsage);
    }
    auto ws = Workspace::open(argv[0]);
    if (!ws) return fail("paths", ws.error(), kExitFailed);
    auto sel = ws->selectScenario(args);
    if (!sel) return fail("paths", sel.error(), kExitFailed);
    const Scenario& s = sel->scenario();
    PathReport report = explorePaths(s);

    std::map<Outcome, int> byOutcome;
    for (const auto& p : report.paths) ++byOutcome[p.outcome];
    if (args.flag("json")) {
        nlohmann::json j;
        j["scenario"] = {{"id", s.id}, {"title", s.title}, {"hash", s.hash}, {"pass_mark", s.passMark}};
        j["truncated"] = report.truncated;
        auto& paths = j["paths"] = nlohmann::json::array();
        for (const auto& p : report.paths) {
            paths.push_back({{"nodes", p.nodes},
                             {"outcome", outcomeId(p.outcome)},
                             {"turns", p.turns},
                             {"min_score", p.minScore},
                             {"max_score", p.maxScore},
                             {"mood_at_end", {p.moodAtEnd.min, p.moodAtEnd.max}}});
        }
        for (const auto& o : outcomeIds()) j["outcomes"][o] = byOutcome[*parseOutcome(o)];
        std::cout << j.dump(2) << "\n";
        return kExitOk;
    }
    std::cout << s.title << " (" << s.id << "), pass mark " << s.passMark << "\n";
    for (size_t i = 0; i < report.paths.size(); ++i) {
        const auto& p = report.paths[i];
        std::cout << "path " << (i + 1) << ": ";
        for (size_t n = 0; n < p.nodes.size(); ++n) std::cout << (n ? " -> " : "") << p.nodes[n];
        std::cout << "\n  outcome " << outcomeId(p.outcome) << ", " << p.turns << (p.turns == 1 ? " turn" : " turns") << ", score "
                  << p.minScore << "-" << p.maxScore << ", final mood " << p.moodAtEnd.min << "-" << p.moodAtEnd.max << "\n";
    }
    std::cout << report.paths.size() << " paths" << (report.truncated ? " (stopped at the limit)" : "") << ":";
    for (const auto& o : outcomeIds()) std::cout << " " << o << " " << byOutcome[*parseOutcome(o)];
    std::cout << "\n";
    if (byOutcome[Outcome::CustomerLost] == 0) std::cout << "note: no path loses the customer; the scenario cannot be failed\n";
    if (byOutcome[Outcome::Resolved] + byOutcome[Outcome::EscalatedCorrectly] == 0)
        std::cout << "note: no path ends well; the scenario cannot be won\n";
    return kExitOk;
}

} // namespace frontline::cli
