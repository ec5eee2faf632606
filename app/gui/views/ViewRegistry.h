#pragma once
// The one list of views: their --view names and how to make them.
#include <memory>
#include <string>
#include <vector>

#include "views/View.h"

namespace frontline::gui {

struct AppData;

struct ViewEntry {
    const char* name;
    std::unique_ptr<View> (*make)(const AppData& data);
};

const std::vector<ViewEntry>& viewRegistry();
std::vector<std::string> viewNames();
// nullptr when no view has that name.
std::unique_ptr<View> makeView(const std::string& name, const AppData& data);

} // namespace frontline::gui
