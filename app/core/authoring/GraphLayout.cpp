#include "authoring/GraphLayout.h"

#include <algorithm>
#include <deque>

namespace frontline {

namespace {

using Columns = std::vector<std::vector<int>>;

// Vertical centre of row r in a column of n rows, in row pitches, so columns
// of different heights line up on their middles.
float centred(size_t r, size_t n) { return static_cast<float>(r) - static_cast<float>(n - 1) * 0.5f; }

// One barycentre sweep: each column after (or before) the fixed one is
// ordered by the mean position of its neighbours in the columns already
// placed; nodes with no such neighbour keep their place.
void sweep(Columns& cols, const std::vector<int>& column, const std::vector<std::vector<int>>& neighbours, bool forward) {
    std::vector<float> pos(column.size(), 0.0f);
    auto place = [&](const std::vector<int>& col) {
        for (size_t r = 0; r < col.size(); ++r) pos[static_cast<size_t>(col[r])] = centred(r, col.size());
    };
    for (const auto& col : cols) place(col);
    const int count = static_cast<int>(cols.size());
    for (int step = 1; step < count; ++step) {
        const int c = forward ? step : count - 1 - step;
        auto& col = cols[static_cast<size_t>(c)];
        std::vector<std::pair<float, int>> keyed;
        for (int node : col) {
            float sum = 0;
            int n = 0;
            for (int other : neighbours[static_cast<size_t>(node)]) {
                const int oc = column[static_cast<size_t>(other)];
                if (forward ? oc < c : oc > c) {
                    sum += pos[static_cast<size_t>(other)];
                    ++n;
                }
            }
            keyed.push_back({n > 0 ? sum / static_cast<float>(n) : pos[static_cast<size_t>(node)], node});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (size_t r = 0; r < col.size(); ++r) col[r] = keyed[r].second;
        place(col);
    }
}

EdgeCondition describe(const Branch& b, int index) {
    EdgeCondition c;
    c.branch = index;
    if (!b.when) {
        c.always = true;
        return c;
    }
    if (b.when->score) c.score = describeRanges({*b.when->score});
    if (b.when->mood) c.mood = describeRanges({*b.when->mood});
    c.hit = b.when->hit;
    c.missed = b.when->missed;
    return c;
}

} // namespace

GraphLayout layoutGraph(const Scenario& s) {
    GraphLayout out;
    out.findings = analyzeGraph(s);
    const size_t n = s.nodes.size();
    if (n == 0) return out;

    std::vector<std::vector<int>> next(n), prev(n), both(n);
    for (size_t i = 0; i < n; ++i) {
        next[i] = successors(s, static_cast<int>(i));
        for (int t : next[i]) {
            prev[static_cast<size_t>(t)].push_back(static_cast<int>(i));
            both[i].push_back(t);
            both[static_cast<size_t>(t)].push_back(static_cast<int>(i));
        }
    }

    // Columns by breadth-first depth from the start, in discovery order.
    std::vector<int> column(n, -1);
    Columns cols;
    const int start = s.nodeIndex(s.start);
    if (start >= 0) {
        std::deque<int> queue{start};
        column[static_cast<size_t>(start)] = 0;
        while (!queue.empty()) {
            const int v = queue.front();
            queue.pop_front();
            const int c = column[static_cast<size_t>(v)];
            if (static_cast<int>(cols.size()) <= c) cols.resize(static_cast<size_t>(c) + 1);
            cols[static_cast<size_t>(c)].push_back(v);
            for (int t : next[static_cast<size_t>(v)]) {
                if (column[static_cast<size_t>(t)] < 0) {
                    column[static_cast<size_t>(t)] = c + 1;
                    queue.push_back(t);
                }
            }
        }
    }
    // Whatever the start cannot reach gets a last column of its own.
    std::vector<int> rest;
    for (size_t i = 0; i < n; ++i) {
        if (column[i] < 0) rest.push_back(static_cast<int>(i));
    }
    if (!rest.empty()) {
        for (int v : rest) column[static_cast<size_t>(v)] = static_cast<int>(cols.size());
        cols.push_back(rest);
    }

    // Two rounds of barycentre sweeps: enough to untangle the usual fan-out and merge.
    for (int round = 0; round < 2; ++round) {
        sweep(cols, column, prev, true);
        sweep(cols, column, next, false);
    }
    sweep(cols, column, prev, true);

    size_t tallest = 0;
    for (const auto& col : cols) tallest = std::max(tallest, col.size());
    const float colPitch = GraphMetrics::kNodeWidth + GraphMetrics::kColumnGap;
    const float rowPitch = GraphMetrics::kNodeHeight + GraphMetrics::kRowGap;
    out.nodes.resize(n);
    for (size_t c = 0; c < cols.size(); ++c) {
        const auto& col = cols[c];
        const float top = static_cast<float>(tallest - col.size()) * 0.5f * rowPitch;
        for (size_t r = 0; r < col.size(); ++r) {
            LayoutNode& ln = out.nodes[static_cast<size_t>(col[r])];
            ln.index = col[r];
            ln.column = static_cast<int>(c);
            ln.row = static_cast<int>(r);
            ln.x = static_cast<float>(c) * colPitch;
            ln.y = top + static_cast<float>(r) * rowPitch;
        }
    }
    out.columns = static_cast<int>(cols.size());
    out.width = static_cast<float>(cols.size()) * colPitch - GraphMetrics::kColumnGap;
    out.height = static_cast<float>(tallest) * rowPitch - GraphMetrics::kRowGap;

    const GraphFindings& f = out.findings;
    if (start >= 0) out.nodes[static_cast<size_t>(start)].start = true;
    for (int i : f.unreachable) out.nodes[static_cast<size_t>(i)].unreachable = true;
    for (int i : f.deadEnds) out.nodes[static_cast<size_t>(i)].deadEnd = true;
    for (int i : f.noWayOut) out.nodes[static_cast<size_t>(i)].noWayOut = true;
    for (const auto& gap : f.uncovered) out.nodes[static_cast<size_t>(gap.node)].uncovered = true;

    // One arrow per source and target, carrying every branch between them.
    for (size_t i = 0; i < n; ++i) {
        const auto& branches = s.nodes[i].branches;
        for (size_t b = 0; b < branches.size(); ++b) {
            const int t = s.nodeIndex(branches[b].to);
            if (t < 0) {
                out.nodes[i].danglingTargets.push_back(branches[b].to);
                continue;
            }
            auto it = std::find_if(out.edges.begin(), out.edges.end(),
                                   [&](const LayoutEdge& e) { return e.from == static_cast<int>(i) && e.to == t; });
            if (it == out.edges.end()) {
                LayoutEdge e;
                e.from = static_cast<int>(i);
                e.to = t;
                e.backwards = column[static_cast<size_t>(t)] <= column[i];
                out.edges.push_back(e);
                it = out.edges.end() - 1;
            }
            it->conditions.push_back(describe(branches[b], static_cast<int>(b)));
        }
    }
    return out;
}

int nodeAt(const GraphLayout& layout, float x, float y) {
    for (const auto& n : layout.nodes) {
        if (x >= n.x && x <= n.x + GraphMetrics::kNodeWidth && y >= n.y && y <= n.y + GraphMetrics::kNodeHeight) return n.index;
    }
    return -1;
}

} // namespace frontline
