#pragma once
// The editor's graph of a scenario: nodes as boxes (id, type, first customer
// line, rubric summary), branches as arrows labelled with their conditions,
// the start marked, unreachable nodes red and nodes that trap the call amber.
// Drag empty space to pan, wheel to zoom around the cursor, "fit" to see it
// all; a click on a box selects the node. Layout: authoring/GraphLayout.h.
#include <cstdint>
#include <optional>
#include <string>

#include <imgui.h>

#include "authoring/GraphLayout.h"
#include "scenario/Pack.h"
#include "views/View.h"

namespace frontline::gui {

// What the canvas keeps between frames; the editor owns one per scenario.
struct GraphCanvasState {
    ImVec2 pan{0, 0}; // screen offset of the layout's origin from the canvas corner, in pixels
    float zoom = 1.0f;
    std::string selected; // node id outlined in the accent colour
    bool fitted = false;  // false: fit the whole graph on the next frame
    // The scenario's layout, made again only when the document's revision moves on.
    GraphLayout layout;
    uint64_t layoutRevision = 0; // 0: none made yet
};

constexpr float kGraphMinZoom = 0.3f;
constexpr float kGraphMaxZoom = 3.0f;

// Paints a toolbar (fit, zoom, legend) and the canvas into the rest of the
// available content region. revision changes whenever scenario does
// (ScenarioDocument::revision). Returns the id of the node clicked this
// frame (it is also made state.selected).
std::optional<std::string> drawGraphCanvas(const ViewContext& ctx, const Scenario& scenario, uint64_t revision, GraphCanvasState& state);

} // namespace frontline::gui
