#include "views/editor/GraphCanvas.h"

#include <algorithm>
#include <cmath>

#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/Widgets.h"

namespace frontline::gui {

namespace {

using M = GraphMetrics;

ImVec2 add(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }
ImVec2 sub(ImVec2 a, ImVec2 b) { return ImVec2(a.x - b.x, a.y - b.y); }
ImVec2 scale(ImVec2 a, float k) { return ImVec2(a.x * k, a.y * k); }

// Layout units to screen pixels: one unit is one em at zoom 1.
struct Frame {
    ImVec2 origin; // top-left of the canvas
    ImVec2 pan;
    float unit = 1;
    ImVec2 screen(float x, float y) const { return ImVec2(origin.x + pan.x + x * unit, origin.y + pan.y + y * unit); }
    ImVec2 world(ImVec2 p) const { return ImVec2((p.x - origin.x - pan.x) / unit, (p.y - origin.y - pan.y) / unit); }
};

ImVec2 bezier(ImVec2 p0, ImVec2 c1, ImVec2 c2, ImVec2 p3, float t) {
    const float u = 1 - t;
    const float a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    return ImVec2(a * p0.x + b * c1.x + c * c2.x + d * p3.x, a * p0.y + b * c1.y + c * c2.y + d * p3.y);
}

void arrowhead(ImDrawList* draw, ImVec2 tip, ImVec2 from, float size, ImU32 color) {
    ImVec2 d = sub(tip, from);
    const float len = std::sqrt(d.x * d.x + d.y * d.y);
    if (len < 0.001f) return;
    d = scale(d, 1.0f / len);
    const ImVec2 base = sub(tip, scale(d, size));
    const ImVec2 side(-d.y * size * 0.45f, d.x * size * 0.45f);
    draw->AddTriangleFilled(tip, add(base, side), sub(base, side), color);
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
    return out;
}

std::string conditionText(const StringTable& s, const EdgeCondition& c) {
    std::vector<std::string> parts;
    if (!c.score.empty()) parts.push_back(s.format("graph.cond.score", c.score));
    if (!c.mood.empty()) parts.push_back(s.format("graph.cond.mood", c.mood));
    if (!c.hit.empty()) parts.push_back(s.format("graph.cond.hit", join(c.hit, s.text("graph.list_separator"))));
    if (!c.missed.empty()) parts.push_back(s.format("graph.cond.missed", join(c.missed, s.text("graph.list_separator"))));
    return parts.empty() ? s.text("graph.cond.otherwise") : join(parts, s.text("graph.cond.and"));
}

std::string edgeLabel(const StringTable& s, const LayoutEdge& e) {
    std::vector<std::string> parts;
    for (const auto& c : e.conditions) parts.push_back(conditionText(s, c));
    return join(parts, s.text("graph.cond.or"));
}

std::string typeText(const StringTable& s, const Node& n) {
    if (n.type == NodeType::Customer) return s.text("graph.type.customer");
    return s.format("graph.type.terminal", s.text(std::string("debrief.outcome.") + outcomeId(n.outcome)));
}

std::string rubricText(const StringTable& s, const Node& n) {
    if (n.type == NodeType::Terminal) return n.summary.empty() ? std::string() : n.summary;
    int required = 0, forbidden = 0;
    for (const auto& c : n.rubric.criteria) (c.kind == CriterionKind::Required ? required : forbidden)++;
    return s.format("graph.rubric", required, forbidden, n.branches.size());
}

std::string problemText(const StringTable& s, const LayoutNode& n) {
    std::vector<std::string> parts;
    if (n.unreachable) parts.push_back(s.text("graph.flag.unreachable"));
    if (n.deadEnd) parts.push_back(s.text("graph.flag.dead_end"));
    if (n.noWayOut) parts.push_back(s.text("graph.flag.no_way_out"));
    if (n.uncovered) parts.push_back(s.text("graph.flag.uncovered"));
    if (!n.danglingTargets.empty())
        parts.push_back(s.format("graph.flag.dangling", join(n.danglingTargets, s.text("graph.list_separator"))));
    return join(parts, s.text("graph.cond.and"));
}

bool amber(const LayoutNode& n) { return n.deadEnd || n.noWayOut || n.uncovered || !n.danglingTargets.empty(); }

// Text at a zoomed size, cut with an ellipsis to maxWidth pixels.
void zoomedText(ImDrawList* draw, float size, ImVec2 at, ImU32 color, const std::string& text, float maxWidth) {
    if (text.empty() || size < 4.0f) return;
    const float k = size / ImGui::GetFontSize();
    const std::string shown = fitText(text, maxWidth / k);
    draw->AddText(ImGui::GetFont(), size, at, color, shown.c_str());
}

// Below this zoom box text is too small to read; a scenario first opens no smaller.
constexpr float kReadableZoom = 0.75f;

// Zooms so the whole graph shows (never blown up past a comfortable reading
// size) and centres it. readable: stop at kReadableZoom instead, starting
// from the left, where the call begins.
void fit(GraphCanvasState& state, const GraphLayout& layout, ImVec2 size, bool readable) {
    const float margin = em(1.5f);
    const float w = std::max(layout.width, 1.0f) * ImGui::GetFontSize();
    const float h = std::max(layout.height, 1.0f) * ImGui::GetFontSize() + em(3.0f); // room for the start tab and loops below
    float zoom = std::min({(size.x - 2 * margin) / w, (size.y - 2 * margin) / h, 1.25f});
    if (readable) zoom = std::max(zoom, kReadableZoom);
    state.zoom = std::clamp(zoom, kGraphMinZoom, kGraphMaxZoom);
    const float unit = ImGui::GetFontSize() * state.zoom;
    const float x = layout.width * unit <= size.x - 2 * margin ? (size.x - layout.width * unit) * 0.5f : margin;
    state.pan = ImVec2(x, (size.y - layout.height * unit) * 0.5f);
    state.fitted = true;
}

void legendSwatch(Rgba fill, Rgba border) {
    const float side = em(0.8f);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float top = p.y + (ImGui::GetFrameHeight() - side) * 0.5f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(p.x, top), ImVec2(p.x + side, top + side), toImU32(fill), em(0.15f));
    draw->AddRect(ImVec2(p.x, top), ImVec2(p.x + side, top + side), toImU32(border), em(0.15f), 0, 1.5f);
    ImGui::Dummy(ImVec2(side, ImGui::GetFrameHeight()));
}

void legendItem(const std::string& label, Rgba fill, Rgba border) {
    flowSameLine(em(1.4f) + ImGui::CalcTextSize(label.c_str()).x, em(1.0f));
    legendSwatch(fill, border);
    ImGui::SameLine(0.0f, em(0.35f));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label.c_str());
}

// Returns true when "fit" was pressed.
bool drawToolbar(const ViewContext& ctx, const GraphCanvasState& state) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const bool fitAll = ImGui::Button(s.c("graph.fit"));
    ImGui::SameLine(0.0f, em(0.6f));
    ImGui::AlignTextToFramePadding();
    coloredText(s.format("graph.zoom", static_cast<int>(std::lround(state.zoom * 100))), t.color("muted"));
    legendItem(s.text("graph.legend.start"), t.color("node"), t.color("accent"));
    legendItem(s.text("graph.legend.unreachable"), t.color("error_soft"), t.color("error"));
    legendItem(s.text("graph.legend.trapped"), t.color("warning_soft"), t.color("warning"));
    legendItem(s.text("graph.legend.ending"), t.color("node_terminal"), t.color("faint"));
    legendItem(s.text("graph.legend.loop"), t.color("canvas"), t.color("edge_loop"));
    const std::string hint = s.text("graph.hint");
    flowSameLine(ImGui::CalcTextSize(hint.c_str()).x, em(1.0f));
    ImGui::AlignTextToFramePadding();
    coloredText(hint, t.color("muted"));
    return fitAll;
}

struct EdgePorts {
    std::vector<float> out; // per edge: y offset (units) on the source's right side
    std::vector<float> in;  // on the target's left side
};

// Forward arrows leave and enter a box spread along its side, ordered by the
// other end's height, so fans do not start from one point.
EdgePorts spreadPorts(const GraphLayout& g) {
    EdgePorts p;
    p.out.assign(g.edges.size(), M::kNodeHeight * 0.5f);
    p.in.assign(g.edges.size(), M::kNodeHeight * 0.5f);
    for (const auto& n : g.nodes) {
        std::vector<size_t> outs, ins;
        for (size_t i = 0; i < g.edges.size(); ++i) {
            const auto& e = g.edges[i];
            if (e.backwards) continue;
            if (e.from == n.index) outs.push_back(i);
            if (e.to == n.index) ins.push_back(i);
        }
        auto place = [&](std::vector<size_t>& list, std::vector<float>& at, bool bySource) {
            std::stable_sort(list.begin(), list.end(), [&](size_t a, size_t b) {
                const auto& ea = g.edges[a];
                const auto& eb = g.edges[b];
                return g.nodes[static_cast<size_t>(bySource ? ea.from : ea.to)].y <
                       g.nodes[static_cast<size_t>(bySource ? eb.from : eb.to)].y;
            });
            for (size_t k = 0; k < list.size(); ++k)
                at[list[k]] = M::kNodeHeight * static_cast<float>(k + 1) / static_cast<float>(list.size() + 1);
        };
        place(outs, p.out, false);
        place(ins, p.in, true);
    }
    return p;
}

struct Label {
    ImVec2 at; // centre
    std::string text;
};

// Paints one frame of the graph onto the canvas window's draw list, sizes following the zoom.
struct Painter {
    const StringTable& s;
    const Theme& t;
    const Frame& f;
    float zoom;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float unit = f.unit;
    float textSize = ImGui::GetFontSize() * zoom;
    float labelSize = textSize * 0.85f;

    // Arrows with their heads; returns where each one's label goes.
    std::vector<Label> edges(const GraphLayout& g) const {
        const ImU32 edgeColor = toImU32(t.color("edge"));
        const ImU32 loopColor = toImU32(t.color("edge_loop"));
        const float stroke = std::max(1.0f, 1.6f * zoom);
        const float head = em(0.6f) * zoom;
        std::vector<Label> labels;
        const EdgePorts ports = spreadPorts(g);
        for (size_t i = 0; i < g.edges.size(); ++i) {
            const LayoutEdge& e = g.edges[i];
            const LayoutNode& a = g.nodes[static_cast<size_t>(e.from)];
            const LayoutNode& b = g.nodes[static_cast<size_t>(e.to)];
            ImVec2 p0, c1, c2, p3;
            if (e.selfLoop()) {
                // A small loop over the box's top edge.
                p0 = f.screen(a.x + M::kNodeWidth * 0.62f, a.y);
                p3 = f.screen(a.x + M::kNodeWidth * 0.86f, a.y);
                c1 = add(p0, ImVec2(-0.6f * unit, -2.2f * unit));
                c2 = add(p3, ImVec2(0.6f * unit, -2.2f * unit));
            } else if (a.column == b.column) {
                // Within a column: out of the source's right side and back into the target's.
                const bool down = b.y > a.y;
                p0 = f.screen(a.x + M::kNodeWidth, a.y + M::kNodeHeight * (down ? 0.78f : 0.22f));
                p3 = f.screen(b.x + M::kNodeWidth, b.y + M::kNodeHeight * (down ? 0.22f : 0.78f));
                const float bulge = (M::kColumnGap * 0.35f + 0.15f * static_cast<float>(std::abs(a.row - b.row))) * unit;
                c1 = add(p0, ImVec2(bulge, 0));
                c2 = add(p3, ImVec2(bulge, 0));
            } else if (e.backwards) {
                // Back along the bottom: out of the source's underside, into the target's.
                const float drop = M::kRowGap * 0.8f + 0.6f * static_cast<float>(std::abs(a.column - b.column));
                p0 = f.screen(a.x + M::kNodeWidth * 0.4f, a.y + M::kNodeHeight);
                p3 = f.screen(b.x + M::kNodeWidth * 0.6f, b.y + M::kNodeHeight);
                c1 = add(p0, ImVec2(0, drop * unit));
                c2 = add(p3, ImVec2(0, drop * unit));
            } else {
                p0 = f.screen(a.x + M::kNodeWidth, a.y + ports.out[i]);
                p3 = f.screen(b.x, b.y + ports.in[i]);
                const float dx = std::max((p3.x - p0.x) * 0.5f, M::kColumnGap * 0.3f * unit);
                c1 = add(p0, ImVec2(dx, 0));
                c2 = sub(p3, ImVec2(dx, 0));
            }
            const ImU32 color = e.backwards ? loopColor : edgeColor;
            draw->AddBezierCubic(p0, c1, c2, p3, color, stroke);
            arrowhead(draw, p3, bezier(p0, c1, c2, p3, 0.9f), head, color);
            labels.push_back({bezier(p0, c1, c2, p3, 0.5f), edgeLabel(s, e)});
            if (e.selfLoop()) labels.back().at.y -= labelSize * 0.6f;
        }
        return labels;
    }

    // A box: id and type, first customer line, rubric summary, what is wrong with it.
    void node(const LayoutNode& n, const Node& node, bool selected) const {
        const ImVec2 p0 = f.screen(n.x, n.y);
        const ImVec2 p1 = f.screen(n.x + M::kNodeWidth, n.y + M::kNodeHeight);
        const float round = 0.45f * unit;
        Rgba fill = t.color(node.type == NodeType::Terminal ? "node_terminal" : "node");
        Rgba border = t.color("faint");
        if (n.unreachable) {
            fill = t.color("error_soft");
            border = t.color("error");
        } else if (amber(n)) {
            fill = t.color("warning_soft");
            border = t.color("warning");
        }
        draw->AddRectFilled(p0, p1, toImU32(fill), round);
        draw->AddRect(p0, p1, toImU32(border), round, 0, std::max(1.0f, (n.start ? 2.2f : 1.2f) * zoom));
        if (n.start) startTab(p0, round);
        const float pad = 0.55f * unit;
        const float inner = (M::kNodeWidth - 1.1f) * unit;
        const float line = textSize * 1.2f;
        ImVec2 at(p0.x + pad, p0.y + 0.4f * unit);
        const std::string type = typeText(s, node);
        const float typeWidth = ImGui::CalcTextSize(type.c_str()).x * (labelSize / ImGui::GetFontSize());
        zoomedText(draw, textSize, at, ImGui::GetColorU32(ImGuiCol_Text), node.id, inner - typeWidth - pad);
        zoomedText(draw, labelSize, ImVec2(p1.x - pad - typeWidth, at.y + (textSize - labelSize) * 0.5f), toImU32(t.color("muted")), type,
                   typeWidth + 1.0f);
        at.y += line;
        if (!node.lines.empty()) zoomedText(draw, labelSize, at, ImGui::GetColorU32(ImGuiCol_Text), node.lines.front(), inner);
        at.y += line;
        zoomedText(draw, labelSize, at, toImU32(t.color("muted")), rubricText(s, node), inner);
        at.y += line;
        zoomedText(draw, labelSize, at, toImU32(t.color(n.unreachable ? "error" : "warning")), problemText(s, n), inner);
        if (selected) {
            const float gap = 0.25f * unit;
            draw->AddRect(sub(p0, ImVec2(gap, gap)), add(p1, ImVec2(gap, gap)), toImU32(t.color("accent")), round + gap, 0,
                          std::max(2.0f, 3.0f * zoom));
        }
    }

    // A tab above the start box saying where the call begins.
    void startTab(ImVec2 corner, float round) const {
        const std::string tag = s.text("graph.start");
        const float k = labelSize / ImGui::GetFontSize();
        const ImVec2 size = scale(ImGui::CalcTextSize(tag.c_str()), k);
        const ImVec2 at(corner.x + round, corner.y - size.y - 0.3f * unit);
        draw->AddRectFilled(sub(at, ImVec2(0.3f * unit, 0.1f * unit)), add(at, ImVec2(size.x + 0.3f * unit, size.y + 0.1f * unit)),
                            toImU32(t.color("accent")), 0.25f * unit);
        if (labelSize >= 4.0f) draw->AddText(ImGui::GetFont(), labelSize, at, IM_COL32_WHITE, tag.c_str());
    }

    // Condition labels on a patch of background, cut to the gap between
    // columns; returns the full text of the one under the mouse, if any.
    std::string labels(const std::vector<Label>& list, std::optional<ImVec2> mouse) const {
        std::string hovered;
        if (labelSize < 4.0f) return hovered;
        const float k = labelSize / ImGui::GetFontSize();
        const float maxWidth = (M::kColumnGap - 0.8f) * unit;
        for (const auto& l : list) {
            const std::string shown = fitText(l.text, maxWidth / k);
            const ImVec2 size = scale(ImGui::CalcTextSize(shown.c_str()), k);
            const ImVec2 q0(l.at.x - size.x * 0.5f - 0.25f * unit, l.at.y - size.y * 0.5f - 0.1f * unit);
            const ImVec2 q1(l.at.x + size.x * 0.5f + 0.25f * unit, l.at.y + size.y * 0.5f + 0.1f * unit);
            draw->AddRectFilled(q0, q1, toImU32(t.color("canvas")), 0.2f * unit);
            draw->AddText(ImGui::GetFont(), labelSize, ImVec2(q0.x + 0.25f * unit, q0.y + 0.1f * unit), toImU32(t.color("muted")),
                          shown.c_str());
            if (mouse && mouse->x >= q0.x && mouse->x <= q1.x && mouse->y >= q0.y && mouse->y <= q1.y) hovered = l.text;
        }
        return hovered;
    }
};

} // namespace

std::optional<std::string> drawGraphCanvas(const ViewContext& ctx, const Scenario& scenario, uint64_t revision, GraphCanvasState& state) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    if (state.layoutRevision != revision) {
        state.layout = layoutGraph(scenario);
        state.layoutRevision = revision;
    }
    const GraphLayout& g = state.layout;
    std::optional<std::string> clicked;

    ImGui::PushID("graph-canvas");
    const bool fitAll = drawToolbar(ctx, state);

    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, toImVec4(t.color("canvas")));
    ImGui::BeginChild("##canvas", ImVec2(0, 0), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(std::max(ImGui::GetContentRegionAvail().x, em(4.0f)), std::max(ImGui::GetContentRegionAvail().y, em(4.0f)));
    if (fitAll)
        fit(state, g, size, false);
    else if (!state.fitted)
        fit(state, g, size, true);

    ImGui::InvisibleButton("##surface", size, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle);
    const bool hovered = ImGui::IsItemHovered();
    ImGuiIO& io = ImGui::GetIO();
    Frame f{origin, state.pan, ImGui::GetFontSize() * state.zoom};
    const ImVec2 mouseWorld = f.world(io.MousePos);
    const int hoveredNode = hovered ? nodeAt(g, mouseWorld.x, mouseWorld.y) : -1;

    // Press on a box: select it. Press on empty space (or the middle button anywhere): pan while dragging.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID panning = ImGui::GetID("panning");
    if (ImGui::IsItemActivated()) {
        const bool middle = io.MouseClicked[ImGuiMouseButton_Middle];
        storage->SetBool(panning, middle || hoveredNode < 0);
        if (!middle && hoveredNode >= 0) {
            state.selected = scenario.nodes[static_cast<size_t>(hoveredNode)].id;
            clicked = state.selected;
        }
    }
    if (ImGui::IsItemActive() && storage->GetBool(panning) &&
        (ImGui::IsMouseDragging(ImGuiMouseButton_Left) || ImGui::IsMouseDragging(ImGuiMouseButton_Middle))) {
        state.pan = add(state.pan, io.MouseDelta);
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
    } else if (hoveredNode >= 0) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    if (hovered && io.MouseWheel != 0.0f) {
        // Zoom around the cursor: the point under it stays put.
        const float zoom = std::clamp(state.zoom * std::pow(1.15f, io.MouseWheel), kGraphMinZoom, kGraphMaxZoom);
        const float unit = ImGui::GetFontSize() * zoom;
        state.pan = ImVec2(io.MousePos.x - origin.x - mouseWorld.x * unit, io.MousePos.y - origin.y - mouseWorld.y * unit);
        state.zoom = zoom;
    }
    f = Frame{origin, state.pan, ImGui::GetFontSize() * state.zoom};

    // Arrows first, under the boxes; their labels after the boxes, on top.
    const Painter paint{s, t, f, state.zoom};
    paint.draw->PushClipRect(origin, add(origin, size), true);
    const std::vector<Label> labels = paint.edges(g);
    for (const auto& n : g.nodes) {
        const Node& node = scenario.nodes[static_cast<size_t>(n.index)];
        paint.node(n, node, node.id == state.selected);
    }
    const std::string hoveredLabel = paint.labels(labels, hovered && hoveredNode < 0 ? std::optional<ImVec2>(io.MousePos) : std::nullopt);
    paint.draw->PopClipRect();

    if (!hoveredLabel.empty()) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(hoveredLabel.c_str());
        ImGui::EndTooltip();
    } else if (hoveredNode >= 0 && !ImGui::IsItemActive()) {
        const Node& node = scenario.nodes[static_cast<size_t>(hoveredNode)];
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em(24.0f));
        ImGui::TextUnformatted(node.id.c_str());
        for (const auto& l : node.lines) ImGui::TextWrapped("%s", l.c_str());
        const std::string problems = problemText(s, g.nodes[static_cast<size_t>(hoveredNode)]);
        if (!problems.empty()) coloredText(problems, t.color("warning"));
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }

    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    ImGui::PopID();
    return clicked;
}

} // namespace frontline::gui
