#include <catch2/catch.hpp>
#include <set>

#include "TestData.h"
#include "authoring/GraphLayout.h"
#include "scenario/PackLoader.h"

using namespace frontline;

namespace {

const LayoutNode& byId(const Scenario& s, const GraphLayout& g, const std::string& id) {
    const int i = s.nodeIndex(id);
    REQUIRE(i >= 0);
    return g.nodes[static_cast<size_t>(i)];
}

const LayoutEdge* edge(const Scenario& s, const GraphLayout& g, const std::string& from, const std::string& to) {
    for (const auto& e : g.edges) {
        if (e.from == s.nodeIndex(from) && e.to == s.nodeIndex(to)) return &e;
    }
    return nullptr;
}

// Pairs of forward arrows between the same two columns that cross.
int crossings(const GraphLayout& g) {
    int count = 0;
    for (size_t a = 0; a < g.edges.size(); ++a) {
        for (size_t b = a + 1; b < g.edges.size(); ++b) {
            const auto& e = g.edges[a];
            const auto& f = g.edges[b];
            const auto &e0 = g.nodes[static_cast<size_t>(e.from)], &e1 = g.nodes[static_cast<size_t>(e.to)];
            const auto &f0 = g.nodes[static_cast<size_t>(f.from)], &f1 = g.nodes[static_cast<size_t>(f.to)];
            if (e.backwards || f.backwards || e0.column != f0.column || e1.column != f1.column) continue;
            if ((e0.row - f0.row) * (e1.row - f1.row) < 0) ++count;
        }
    }
    return count;
}

PackLoad loadBroken(const std::string& name) { return loadPack(test::dataDir() / "broken" / name, test::miniLexicons()); }

Node customer(const std::string& id, std::vector<Branch> branches) {
    Node n;
    n.id = id;
    n.type = NodeType::Customer;
    n.branches = std::move(branches);
    return n;
}

Node terminal(const std::string& id) {
    Node n;
    n.id = id;
    n.type = NodeType::Terminal;
    return n;
}

Branch to(const std::string& target, std::optional<Range> score = std::nullopt) {
    Branch b;
    b.to = target;
    if (score) {
        BranchCondition c;
        c.score = score;
        b.when = c;
    }
    return b;
}

} // namespace

TEST_CASE("a bundled scenario lays out in columns by depth with no overlaps", "[graph-layout]") {
    PackLoad load = loadPack(test::sourceDir() / "scenarios" / "core-zh", test::bundledLexicons());
    REQUIRE(load.ok());
    const Scenario* s = load.pack.scenario("angry-appliance");
    REQUIRE(s);
    GraphLayout g = layoutGraph(*s);
    REQUIRE(g.nodes.size() == s->nodes.size());
    CHECK(g.findings.clean());

    const LayoutNode& start = byId(*s, g, "opening");
    CHECK(start.start);
    CHECK(start.column == 0);
    CHECK(start.x == 0.0f);
    CHECK(byId(*s, g, "confirm-details").column == 1);
    CHECK(byId(*s, g, "review-threat").column == 1);

    std::set<std::pair<int, int>> cells;
    for (const auto& n : g.nodes) {
        CHECK(cells.insert({n.column, n.row}).second);
        CHECK_FALSE(n.unreachable);
        CHECK_FALSE(n.deadEnd);
        CHECK_FALSE(n.noWayOut);
        CHECK(n.danglingTargets.empty());
        CHECK(n.x + GraphMetrics::kNodeWidth <= g.width);
        CHECK(n.y + GraphMetrics::kNodeHeight <= g.height + 0.001f);
        CHECK(nodeAt(g, n.x + 1.0f, n.y + 1.0f) == n.index);
    }
    CHECK(nodeAt(g, -1.0f, -1.0f) == -1);
    // Breadth-first depth: no arrow skips forward past the next column.
    for (const auto& e : g.edges) {
        const auto& from = g.nodes[static_cast<size_t>(e.from)];
        const auto& to = g.nodes[static_cast<size_t>(e.to)];
        CHECK(to.column <= from.column + 1);
        CHECK(e.backwards == (to.column <= from.column));
    }
    // Two branches to the same node share one arrow with both conditions.
    const LayoutEdge* twice = edge(*s, g, "schedule-confirm", "lost-hangup");
    REQUIRE(twice);
    CHECK(twice->conditions.size() == 2);
    size_t branches = 0;
    for (const auto& n : s->nodes) branches += n.branches.size();
    size_t conditions = 0;
    for (const auto& e : g.edges) conditions += e.conditions.size();
    CHECK(conditions == branches);
}

TEST_CASE("the barycentre pass uncrosses a merge", "[graph-layout]") {
    Scenario s;
    s.id = "merge";
    s.start = "s";
    s.nodes = {customer("s", {to("a", Range{50, 100}), to("b")}), customer("a", {to("x", Range{70, 100}), to("y")}),
               customer("b", {to("x")}), terminal("x"), terminal("y")};
    GraphLayout g = layoutGraph(s);
    CHECK(g.columns == 3);
    CHECK(byId(s, g, "a").row < byId(s, g, "b").row);
    // Breadth-first order alone would put x above y, crossing a->y with b->x.
    CHECK(byId(s, g, "y").row < byId(s, g, "x").row);
    CHECK(crossings(g) == 0);
    const LayoutEdge* sa = edge(s, g, "s", "a");
    REQUIRE(sa);
    REQUIRE(sa->conditions.size() == 1);
    CHECK(sa->conditions[0].score == "50-100");
    CHECK_FALSE(sa->conditions[0].always);
    CHECK(edge(s, g, "s", "b")->conditions[0].always);
    // A shorter column is centred against the tallest.
    CHECK(byId(s, g, "s").y == Approx((byId(s, g, "a").y + byId(s, g, "b").y) / 2));
}

TEST_CASE("an unreachable node gets a last column of its own and is flagged", "[graph-layout]") {
    PackLoad load = loadBroken("unreachable-node");
    REQUIRE(load.pack.scenarios.size() == 1);
    const Scenario& s = load.pack.scenarios[0];
    GraphLayout g = layoutGraph(s);
    const LayoutNode& orphan = byId(s, g, "orphan");
    CHECK(orphan.unreachable);
    CHECK(orphan.column == g.columns - 1);
    for (const auto& n : g.nodes) {
        if (n.index != orphan.index) {
            CHECK_FALSE(n.unreachable);
            CHECK(n.column < orphan.column);
        }
    }
    // The retry loop on the opening node is an arrow back to itself.
    const LayoutEdge* retry = edge(s, g, "open", "open");
    REQUIRE(retry);
    CHECK(retry->selfLoop());
    CHECK(retry->backwards);
    CHECK(retry->conditions[0].always);
    const LayoutEdge* lost = edge(s, g, "open", "lost");
    REQUIRE(lost);
    CHECK(lost->conditions[0].mood == "0-15");
    CHECK(lost->conditions[0].score.empty());
}

TEST_CASE("dead ends, cycles with no way out and dangling targets are flagged", "[graph-layout]") {
    SECTION("dead end") {
        PackLoad load = loadBroken("dead-end");
        const Scenario& s = load.pack.scenarios.at(0);
        GraphLayout g = layoutGraph(s);
        CHECK(byId(s, g, "answer").deadEnd);
        CHECK_FALSE(byId(s, g, "open").deadEnd);
    }
    SECTION("cycle with no way out") {
        PackLoad load = loadBroken("cycle-no-way-out");
        const Scenario& s = load.pack.scenarios.at(0);
        GraphLayout g = layoutGraph(s);
        CHECK(byId(s, g, "open").noWayOut);
        CHECK(byId(s, g, "answer").noWayOut);
        CHECK(byId(s, g, "done").unreachable);
        CHECK(byId(s, g, "lost").unreachable);
        const LayoutEdge* back = edge(s, g, "answer", "open");
        REQUIRE(back);
        CHECK(back->backwards);
    }
    SECTION("dangling target") {
        PackLoad load = loadBroken("dangling-target");
        const Scenario& s = load.pack.scenarios.at(0);
        GraphLayout g = layoutGraph(s);
        CHECK(byId(s, g, "answer").danglingTargets == std::vector<std::string>{"finished"});
        CHECK(edge(s, g, "answer", "lost"));
        CHECK(byId(s, g, "done").unreachable);
    }
}

TEST_CASE("a missing start node still lays every node out", "[graph-layout]") {
    Scenario s;
    s.start = "nowhere";
    s.nodes = {customer("a", {to("b")}), terminal("b")};
    GraphLayout g = layoutGraph(s);
    CHECK(g.findings.startMissing);
    REQUIRE(g.nodes.size() == 2);
    CHECK(g.columns == 1);
    CHECK(g.nodes[0].row != g.nodes[1].row);
    CHECK(edge(s, g, "a", "b")->backwards); // same column
    CHECK(layoutGraph(Scenario{}).nodes.empty());
}
