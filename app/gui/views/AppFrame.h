#pragma once
// The window-filling frame around the current view: a slim top bar with the
// product name, the view title and the version, then the view's content.
#include "views/View.h"

namespace frontline::gui {

void drawAppFrame(const ViewContext& ctx, View& view);

} // namespace frontline::gui
