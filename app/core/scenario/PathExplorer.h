#pragma once
// Walks every path of a scenario graph from start to a terminal node and
// bounds the total score each can reach, so an author sees whether a scenario
// can be won, lost and escalated as intended. Loops are followed at most once.
#include <string>
#include <vector>

#include "scenario/Pack.h"

namespace frontline {

struct ScenarioPath {
    std::vector<std::string> nodes; // node ids, start first, terminal last
    Outcome outcome = Outcome::Resolved;
    int turns = 0;
    int minScore = 0; // lowest total score this path allows
    int maxScore = 0; // highest
    Range moodAtEnd;
};

struct PathReport {
    std::vector<ScenarioPath> paths;
    bool truncated = false; // stopped at the limit
};

// Bounds are conservative: the true range lies within them. Paths whose
// conditions cannot all hold (by score and mood bounds) are left out.
PathReport explorePaths(const Scenario& scenario, size_t limit = 5000);

} // namespace frontline
