#include "scenario/ScenarioGraph.h"

#include <algorithm>

namespace frontline {

std::vector<int> successors(const Scenario& s, int node) {
    std::vector<int> out;
    for (const auto& b : s.nodes[static_cast<size_t>(node)].branches) {
        int t = s.nodeIndex(b.to);
        if (t >= 0) out.push_back(t);
    }
    return out;
}

std::string describeRanges(const std::vector<Range>& ranges) {
    std::string out;
    for (const auto& r : ranges) {
        if (!out.empty()) out += ", ";
        out += r.min == r.max ? std::to_string(r.min) : std::to_string(r.min) + "-" + std::to_string(r.max);
    }
    return out;
}

namespace {

using Adjacency = std::vector<std::vector<int>>;

std::vector<bool> reachableFrom(const Adjacency& next, std::vector<int> stack) {
    std::vector<bool> seen(next.size(), false);
    while (!stack.empty()) {
        int n = stack.back();
        stack.pop_back();
        if (seen[static_cast<size_t>(n)]) continue;
        seen[static_cast<size_t>(n)] = true;
        for (int t : next[static_cast<size_t>(n)]) stack.push_back(t);
    }
    return seen;
}

// Nodes from which a terminal can be reached: a search backwards from every terminal.
std::vector<bool> canFinish(const Scenario& s, const Adjacency& next) {
    Adjacency prev(next.size());
    std::vector<int> terminals;
    for (size_t i = 0; i < next.size(); ++i) {
        for (int t : next[i]) prev[static_cast<size_t>(t)].push_back(static_cast<int>(i));
        if (s.nodes[i].type == NodeType::Terminal) terminals.push_back(static_cast<int>(i));
    }
    return reachableFrom(prev, terminals);
}

std::vector<Range> scoreGaps(const Node& node) {
    std::vector<Range> covered;
    for (const auto& b : node.branches) {
        if (!b.when) return {};
        if (b.when->onlyScore()) covered.push_back(*b.when->score);
    }
    std::sort(covered.begin(), covered.end(), [](const Range& a, const Range& b) { return a.min < b.min; });
    std::vector<Range> gaps;
    int next = 0;
    for (const auto& r : covered) {
        if (r.min > next) gaps.push_back({next, r.min - 1});
        next = std::max(next, r.max + 1);
    }
    if (next <= 100) gaps.push_back({next, 100});
    return gaps;
}

} // namespace

GraphFindings analyzeGraph(const Scenario& s) {
    GraphFindings f;
    size_t n = s.nodes.size();
    f.inCycle.assign(n, false);
    Adjacency next(n);
    for (size_t i = 0; i < n; ++i) next[i] = successors(s, static_cast<int>(i));
    for (size_t i = 0; i < n; ++i) {
        const Node& node = s.nodes[i];
        for (size_t b = 0; b < node.branches.size(); ++b) {
            if (s.nodeIndex(node.branches[b].to) < 0) f.dangling.push_back({static_cast<int>(i), static_cast<int>(b)});
            if (b > 0 && !node.branches[b - 1].when) f.neverTaken.push_back({static_cast<int>(i), static_cast<int>(b)});
        }
        if (node.type == NodeType::Customer && node.branches.empty()) f.deadEnds.push_back(static_cast<int>(i));
        if (node.type == NodeType::Customer && !node.branches.empty()) {
            auto gaps = scoreGaps(node);
            if (!gaps.empty()) f.uncovered.push_back({static_cast<int>(i), gaps});
        }
        f.inCycle[i] = reachableFrom(next, next[i])[i];
    }
    int start = s.nodeIndex(s.start);
    if (start < 0) {
        f.startMissing = true;
        return f;
    }
    auto reach = reachableFrom(next, {start});
    auto finish = canFinish(s, next);
    for (size_t i = 0; i < n; ++i) {
        if (!reach[i])
            f.unreachable.push_back(static_cast<int>(i));
        else if (!finish[i] && !(s.nodes[i].type == NodeType::Customer && s.nodes[i].branches.empty()))
            f.noWayOut.push_back(static_cast<int>(i));
    }
    return f;
}

} // namespace frontline
