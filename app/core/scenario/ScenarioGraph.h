#pragma once
// Structural analysis of a scenario's node graph, as plain data: what is
// unreachable, where the call can get stuck, which branch lists leave turn
// scores unhandled. The validator turns it into diagnostics; the editor's
// graph view highlights the same nodes.
#include <string>
#include <vector>

#include "scenario/Pack.h"

namespace frontline {

struct BranchRef {
    int node = 0;
    int branch = 0;
};

struct CoverageGap {
    int node = 0;
    std::vector<Range> uncoveredScores; // turn scores no branch catches
};

struct GraphFindings {
    bool startMissing = false;
    std::vector<BranchRef> dangling; // branch targets naming no node
    std::vector<int> unreachable;    // not reachable from start
    std::vector<int> deadEnds;       // customer nodes without branches
    std::vector<int> noWayOut;       // reachable, but no terminal is reachable from them
    std::vector<bool> inCycle;       // per node
    std::vector<CoverageGap> uncovered;
    std::vector<BranchRef> neverTaken; // after a branch that always holds

    bool clean() const {
        return !startMissing && dangling.empty() && unreachable.empty() && deadEnds.empty() && noWayOut.empty() && uncovered.empty();
    }
};

GraphFindings analyzeGraph(const Scenario& scenario);

// Node indices each branch of node i leads to (dangling targets left out).
std::vector<int> successors(const Scenario& scenario, int node);

std::string describeRanges(const std::vector<Range>& ranges); // "0-39, 81-100"

} // namespace frontline
