#include "views/AppFrame.h"

#include "session/AppSession.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/Widgets.h"
#include "views/ViewRegistry.h"

namespace frontline::gui {

namespace {

constexpr ImGuiWindowFlags kHostFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar;

// The screens of the navigation as text tabs; the current one in the accent
// colour and underlined. Only the screens the signed-in person may see.
void drawTabs(const ViewContext& ctx, const View& current) {
    const Theme& t = ctx.theme;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const auto& entry : viewRegistry()) {
        if (!entry.navKey || !ctx.session.admits(entry.audience)) continue;
        ImGui::SameLine(0.0f, em(1.2f));
        const std::string& label = ctx.strings.text(entry.navKey);
        const bool active = std::string(current.name()) == entry.name;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        if (ImGui::InvisibleButton(entry.name, size)) ctx.session.navigate(entry.name);
        const bool hovered = ImGui::IsItemHovered();
        draw->AddText(p, toImU32(active || hovered ? t.color("accent") : t.color("muted")), label.c_str());
        if (active)
            draw->AddLine(ImVec2(p.x, p.y + size.y + em(0.25f)), ImVec2(p.x + size.x, p.y + size.y + em(0.25f)), toImU32(t.color("accent")),
                          em(0.12f));
    }
}

// Right end of the bar: who is signed in and "sign out", or "sign in".
void drawAccount(const ViewContext& ctx, float right, float textY) {
    const StringTable& s = ctx.strings;
    const auto& trainee = ctx.session.trainee();
    const std::string action = s.text(trainee ? "nav.sign_out" : "nav.sign_in");
    const std::string who = trainee ? s.format("nav.signed_in_as", trainee->name, trainee->empno) : std::string();
    const float pad = ImGui::GetStyle().FramePadding.x;
    const float buttonWidth = ImGui::CalcTextSize(action.c_str()).x + pad * 2;
    const float whoWidth = who.empty() ? 0.0f : ImGui::CalcTextSize(who.c_str()).x + em(0.8f);
    ImGui::SetCursorScreenPos(ImVec2(right - buttonWidth - whoWidth, textY - ImGui::GetStyle().FramePadding.y));
    if (!who.empty()) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(who.c_str());
        ImGui::SameLine(0.0f, em(0.8f));
    }
    if (ImGui::Button(action.c_str())) {
        if (trainee)
            ctx.session.requestSignOut();
        else
            ctx.session.navigate(kSigninScreen);
    }
}

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
    drawTabs(ctx, view);
    drawAccount(ctx, b.x - padX, textY);
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
