#include "views/settings/SettingsView.h"

#include <algorithm>

#include "AppData.h"
#include "common/DataPaths.h"
#include "common/Version.h"
#include "session/AppSession.h"
#include "ui/Em.h"
#include "ui/Widgets.h"
#include "views/StatusWords.h"

namespace frontline::gui {

namespace {

constexpr float kCardWidthEm = 36.0f;
constexpr float kLabelWidthEm = 8.0f;

void rowLabel(const std::string& text, const Theme& t) {
    ImGui::AlignTextToFramePadding(); // level with the control beside it
    coloredText(text, t.color("muted"));
    ImGui::SameLine(em(kLabelWidthEm));
}

} // namespace

SettingsView::SettingsView(const AppData& data) : languages_(availableLanguages(assetsDir(data.root) / "i18n")) {}

void SettingsView::draw(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    Settings settings = ctx.session.settings();
    if (fontPx_ == 0) fontPx_ = static_cast<int>(settings.fontPx);
    if (uiScale_ == 0) uiScale_ = settings.uiScale;

    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(em(kCardWidthEm), avail);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    if (!beginCard("##settings", ImVec2(width, 0.0f))) {
        endCard();
        return;
    }
    headingText(ctx.headingFont, s.text("settings.heading"));
    coloredText(s.text("settings.subtitle"), t.color("muted"));

    sectionTitle(s.text("settings.language"), t);
    rowLabel(s.text("settings.language_label"), t);
    for (const auto& code : languages_) {
        if (ImGui::RadioButton(languageName(s, code).c_str(), settings.language == code)) {
            settings.language = code;
            ctx.session.updateSettings(settings);
        }
        ImGui::SameLine(0.0f, em(1.2f));
    }
    ImGui::NewLine();

    sectionTitle(s.text("settings.readability"), t);
    rowLabel(s.text("settings.font_size"), t);
    ImGui::SetNextItemWidth(-FLT_MIN);
    const std::string pxFormat = s.format("settings.font_size_value", "%d");
    ImGui::SliderInt("##font", &fontPx_, static_cast<int>(kMinFontPx), static_cast<int>(kMaxFontPx), pxFormat.c_str(),
                     ImGuiSliderFlags_AlwaysClamp);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        settings.fontPx = static_cast<float>(fontPx_);
        ctx.session.updateSettings(settings);
    }
    rowLabel(s.text("settings.ui_scale"), t);
    ImGui::SetNextItemWidth(-FLT_MIN);
    const std::string scaleFormat = s.format("settings.ui_scale_value", "%.2f");
    ImGui::SliderFloat("##scale", &uiScale_, kMinUiScale, kMaxUiScale, scaleFormat.c_str(), ImGuiSliderFlags_AlwaysClamp);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        settings.uiScale = uiScale_;
        ctx.session.updateSettings(settings);
    }
    ImGui::Dummy(em(0.0f, 0.2f));
    coloredText(s.text("settings.readability_hint"), t.color("muted"));

    sectionTitle(s.text("settings.about"), t);
    if (beginFactTable("##about")) {
        tableRow(s.text("settings.version"), s.format("app.version", kVersion), t);
        tableRow(s.text("settings.file"), settingsPath().string(), t);
        ImGui::EndTable();
    }
    endCard();
}

} // namespace frontline::gui
