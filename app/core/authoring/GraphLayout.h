#pragma once
// Where the editor's graph view draws a scenario's nodes and arrows, as plain
// data in abstract units (the canvas scales them): one column per step from
// the start node, unreachable nodes in a last column of their own, rows
// ordered so arrows cross less. Each node carries what the structural
// analysis found wrong with it, each arrow its branch conditions.
#include <string>
#include <vector>

#include "scenario/Pack.h"
#include "scenario/ScenarioGraph.h"

namespace frontline {

// Box size and gaps, in abstract units (the canvas maps one unit to one em at zoom 1).
struct GraphMetrics {
    static constexpr float kNodeWidth = 14.0f;
    static constexpr float kNodeHeight = 5.6f;
    static constexpr float kColumnGap = 8.0f;
    static constexpr float kRowGap = 2.6f;
};

// One branch's condition, in parts the view words in the UI language.
struct EdgeCondition {
    int branch = 0;      // index in the node's branches
    bool always = false; // no 'if'
    std::string score;   // describeRanges style ("70-100"), empty when not tested
    std::string mood;
    std::vector<std::string> hit;
    std::vector<std::string> missed;
};

struct LayoutNode {
    int index = 0; // into scenario.nodes
    int column = 0;
    int row = 0;
    float x = 0; // top-left corner
    float y = 0;
    bool start = false;
    bool unreachable = false;
    bool deadEnd = false;                     // a customer node without branches
    bool noWayOut = false;                    // reachable, but no ending can be reached from it
    bool uncovered = false;                   // its branches leave some turn scores unhandled
    std::vector<std::string> danglingTargets; // branch targets naming no node
};

struct LayoutEdge {
    int from = 0; // node indices
    int to = 0;
    std::vector<EdgeCondition> conditions; // every branch from -> to, in order
    bool backwards = false;                // a loop: the target is not to the right of the source
    bool selfLoop() const { return from == to; }
};

struct GraphLayout {
    std::vector<LayoutNode> nodes; // same order as scenario.nodes
    std::vector<LayoutEdge> edges;
    int columns = 0;
    float width = 0; // bounding box of all boxes, from (0, 0)
    float height = 0;
    GraphFindings findings;
};

GraphLayout layoutGraph(const Scenario& scenario);

// The node whose box contains the point (abstract units), or -1.
int nodeAt(const GraphLayout& layout, float x, float y);

} // namespace frontline
