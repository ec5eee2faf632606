#pragma once
// Settings: interface language (applied at once), font size and UI scale
// (applied from the next frame, for readability), saved to the settings file.
#include <string>
#include <vector>

#include "views/View.h"

namespace frontline::gui {

struct AppData;

class SettingsView : public View {
public:
    explicit SettingsView(const AppData& data);
    const char* name() const override { return "settings"; }
    const char* titleKey() const override { return "settings.title"; }
    void draw(const ViewContext& ctx) override;

private:
    std::vector<std::string> languages_;
    // Slider values while dragging; applied when the slider is let go, so the
    // font atlas is rebuilt once, not on every pixel of the drag.
    int fontPx_ = 0;
    float uiScale_ = 0;
};

} // namespace frontline::gui
