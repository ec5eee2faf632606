#include "views/AppFrame.h"

#include "common/Version.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/Widgets.h"

namespace frontline::gui {

namespace {

constexpr ImGuiWindowFlags kHostFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar;

void drawTopBar(const ViewContext& ctx, const View& view, float height) {
    const Theme& t = ctx.theme;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 a = vp->WorkPos;
    const ImVec2 b(a.x + vp->WorkSize.x, a.y + height);
    draw->AddRectFilled(a, b, toImU32(t.color("top_bar", Rgba{1, 1, 1, 1})));
    draw->AddLine(ImVec2(a.x, b.y - 1), ImVec2(b.x, b.y - 1), ImGui::GetColorU32(ImGuiCol_Border));

    const float padX = ImGui::GetStyle().WindowPadding.x;
    const float textY = a.y + (height - ImGui::GetTextLineHeight()) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(a.x + padX, textY));
    coloredText(ctx.strings.text("app.name"), t.color("accent"));
    ImGui::SameLine(0.0f, em(0.6f));
    coloredText(ctx.strings.text("app.tagline"), t.color("muted"));
    // A thin vertical rule between the product and the view title.
    ImGui::SameLine(0.0f, em(1.0f));
    const ImVec2 rule = ImGui::GetCursorScreenPos();
    draw->AddLine(ImVec2(rule.x, rule.y + em(0.15f)), ImVec2(rule.x, rule.y + ImGui::GetTextLineHeight() - em(0.15f)),
                  toImU32(t.color("faint")));
    ImGui::Dummy(ImVec2(1.0f, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0.0f, em(1.0f));
    ImGui::TextUnformatted(ctx.strings.c(view.titleKey()));

    const std::string version = ctx.strings.format("app.version", kVersion);
    const float versionWidth = ImGui::CalcTextSize(version.c_str()).x;
    ImGui::SetCursorScreenPos(ImVec2(b.x - padX - versionWidth, textY));
    coloredText(version, t.color("muted"));
}

} // namespace

void drawAppFrame(const ViewContext& ctx, View& view) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##frontline-frame", nullptr, kHostFlags);
    ImGui::PopStyleVar();

    const float barHeight = em(2.8f);
    drawTopBar(ctx, view, barHeight);

    // The view gets the rest of the window, inset by the theme's window padding.
    const ImVec2 pad = ImGui::GetStyle().WindowPadding;
    ImGui::SetCursorScreenPos(ImVec2(vp->WorkPos.x + pad.x, vp->WorkPos.y + barHeight + pad.y));
    const ImVec2 size(vp->WorkSize.x - pad.x * 2, vp->WorkSize.y - barHeight - pad.y * 2);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##view", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();
    view.draw(ctx);
    ImGui::EndChild();
    ImGui::End();
}

} // namespace frontline::gui
