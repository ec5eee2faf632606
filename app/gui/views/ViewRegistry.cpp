#include "views/ViewRegistry.h"

#include "AppData.h"
#include "views/library/LibraryView.h"

namespace frontline::gui {

const std::vector<ViewEntry>& viewRegistry() {
    static const std::vector<ViewEntry> views = {
        {"library",
         [](const AppData& d) -> std::unique_ptr<View> {
             return std::make_unique<LibraryView>(buildLibraryModel(d.packsDir.string(), d.packs, d.strings.language()));
         }},
    };
    return views;
}

std::vector<std::string> viewNames() {
    std::vector<std::string> names;
    for (const auto& v : viewRegistry()) names.push_back(v.name);
    return names;
}

std::unique_ptr<View> makeView(const std::string& name, const AppData& data) {
    for (const auto& v : viewRegistry()) {
        if (name == v.name) return v.make(data);
    }
    return nullptr;
}

} // namespace frontline::gui
