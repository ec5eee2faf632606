#include "views/library/LibraryView.h"

#include <algorithm>

#include "session/AppSession.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/Widgets.h"
#include "views/StatusWords.h"

namespace frontline::gui {

namespace {

// The list takes 30% of the width, kept between these bounds.
constexpr float kListMinEm = 15.0f;
constexpr float kListMaxEm = 24.0f;

Rgba statusColor(const Theme& t, int errors, int warnings, const char* soft) {
    std::string base = errors > 0 ? "error" : warnings > 0 ? "warning" : "ok";
    return t.color(soft ? base + soft : base);
}

Rgba moodColor(const Theme& t, int mood) {
    if (mood < 40) return t.color("mood_low");
    if (mood < 60) return t.color("mood_mid");
    return t.color("mood_high");
}

// Why a scenario cannot be played: its own errors, or a broken pack around it.
std::string unplayableText(const StringTable& s, const ScenarioItem& sc) {
    return sc.errors > 0 ? s.count("library.scenario_broken", sc.errors) : s.text("library.scenario_blocked");
}

void drawProblems(const Theme& t, const std::vector<Problem>& problems) {
    for (const auto& p : problems) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color(p.error ? "error" : "warning")));
        wrappedText(p.text);
        ImGui::PopStyleColor();
    }
}

} // namespace

LibraryView::LibraryView(LibraryModel model) : model_(std::move(model)) {
    if (model_.packs.empty())
        selection_ = {-1, -1};
    else if (model_.packs.front().scenarios.empty())
        selection_ = {0, -1};
}

void LibraryView::draw(const ViewContext& ctx) {
    if (model_.packs.empty()) {
        drawEmpty(ctx);
        return;
    }
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float listWidth = std::clamp(ImGui::GetContentRegionAvail().x * 0.3f, em(kListMinEm), em(kListMaxEm));
    if (beginCard("##library-list", ImVec2(listWidth, 0.0f))) drawList(ctx);
    endCard();
    ImGui::SameLine(0.0f, gap);
    if (beginCard("##library-details", ImVec2(0.0f, 0.0f))) {
        const PackItem* pack = selection_.pack >= 0 ? &model_.packs[static_cast<size_t>(selection_.pack)] : nullptr;
        if (pack && selection_.scenario >= 0)
            drawScenarioDetails(ctx, *pack, pack->scenarios[static_cast<size_t>(selection_.scenario)]);
        else if (pack)
            drawPackDetails(ctx, *pack);
    }
    endCard();
}

void LibraryView::drawList(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    headingText(ctx.headingFont, s.text("library.list_title"));
    coloredText(s.format("library.summary", s.count("library.summary_packs", static_cast<long long>(model_.packs.size())),
                         s.count("library.summary_scenarios", model_.scenarioCount())),
                ctx.theme.color("muted"));
    ImGui::Dummy(em(0.0f, 0.3f));
    for (size_t p = 0; p < model_.packs.size(); ++p) {
        const PackItem& pack = model_.packs[p];
        ImGui::PushID(static_cast<int>(p));
        drawPackRow(ctx, pack, static_cast<int>(p));
        ImGui::Indent(em(0.8f));
        for (size_t i = 0; i < pack.scenarios.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            drawScenarioRow(ctx, pack.scenarios[i], static_cast<int>(p), static_cast<int>(i));
            ImGui::PopID();
        }
        ImGui::Unindent(em(0.8f));
        ImGui::Dummy(em(0.0f, 0.4f));
        ImGui::PopID();
    }
}

void LibraryView::drawPackRow(const ViewContext& ctx, const PackItem& pack, int packIndex) {
    const StringTable& s = ctx.strings;
    std::string detail =
        s.format("library.pack_meta", languageName(s, pack.language), pack.version, validationText(s, pack.errors, pack.warnings));
    Rgba detailColor =
        pack.errors > 0 || pack.warnings > 0 ? statusColor(ctx.theme, pack.errors, pack.warnings, nullptr) : ctx.theme.color("muted");
    bool selected = selection_.pack == packIndex && selection_.scenario < 0;
    if (twoLineSelectable("##pack", selected, pack.title, detail, detailColor)) selection_ = {packIndex, -1};
}

void LibraryView::drawScenarioRow(const ViewContext& ctx, const ScenarioItem& sc, int packIndex, int scenarioIndex) {
    const StringTable& s = ctx.strings;
    std::string detail =
        sc.playable ? s.format("library.scenario_meta", s.text(sc.familyKey), s.text(sc.channelKey), sc.difficulty) : unplayableText(s, sc);
    Rgba detailColor = sc.playable ? ctx.theme.color("muted") : ctx.theme.color("error");
    bool selected = selection_.pack == packIndex && selection_.scenario == scenarioIndex;
    if (twoLineSelectable("##scenario", selected, sc.title, detail, detailColor)) selection_ = {packIndex, scenarioIndex};
}

void LibraryView::drawScenarioDetails(const ViewContext& ctx, const PackItem& pack, const ScenarioItem& sc) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    coloredText(pack.title, t.color("muted"));
    headingText(ctx.headingFont, sc.title);
    ImGui::Dummy(em(0.0f, 0.2f));

    // Chips, difficulty and status flow onto further lines when the card is narrow.
    const std::string& family = s.text(sc.familyKey);
    const std::string& channel = s.text(sc.channelKey);
    const std::string& difficulty = s.text("library.difficulty");
    const std::string status = sc.playable ? s.text("library.playable") : unplayableText(s, sc);
    const float wide = em(1.0f);
    chip(family, t.color("accent"), t.color("accent_soft"));
    flowSameLine(chipWidth(channel));
    chip(channel, t.color("accent"), t.color("accent_soft"));
    flowSameLine(ImGui::CalcTextSize(difficulty.c_str()).x + ImGui::GetStyle().ItemSpacing.x + levelDotsWidth(5), wide);
    ImGui::BeginGroup();
    coloredText(difficulty, t.color("muted"));
    ImGui::SameLine();
    levelDots(sc.difficulty, 5, t.color("accent"), t.color("faint"));
    ImGui::EndGroup();
    flowSameLine(chipWidth(status), wide);
    if (sc.playable)
        chip(status, t.color("ok"), t.color("ok_soft"));
    else
        chip(status, t.color("error"), t.color("error_soft"));

    if (sc.playable) {
        ImGui::Dummy(em(0.0f, 0.2f));
        const bool practice = ImGui::Button(s.c("call.start_practice"));
        ImGui::SameLine(0.0f, em(0.6f));
        const bool certification = ImGui::Button(s.c("call.start_certification"));
        if (practice || certification) {
            ctx.session.requestCall(CallRequest{pack.id, sc.id, certification ? PlayMode::Certification : PlayMode::Practice, {}});
            ctx.session.navigate("call");
        }
    }

    if (!sc.problems.empty()) {
        sectionTitle(s.text("library.problems"), t);
        drawProblems(t, sc.problems);
    }

    sectionTitle(s.text("library.persona"), t);
    ImGui::TextUnformatted(sc.personaName.c_str());
    const std::string& moodLabel = s.text("library.mood");
    const std::string moodValue = s.format("library.mood_value", sc.personaMood, s.text(sc.moodKey));
    coloredText(moodLabel, t.color("muted"));
    flowSameLine(em(8.0f));
    meter(static_cast<float>(sc.personaMood) / 100.0f, em(8.0f), moodColor(t, sc.personaMood), t.color("faint"));
    flowSameLine(ImGui::CalcTextSize(moodValue.c_str()).x);
    ImGui::TextUnformatted(moodValue.c_str());
    wrappedText(sc.personaSituation);

    if (!sc.objectives.empty()) {
        sectionTitle(s.text("library.objectives"), t);
        for (const auto& o : sc.objectives) bulletWrapped(o);
    }

    sectionTitle(s.text("library.policy"), t);
    if (sc.policy.empty()) coloredText(s.text("library.policy_none"), t.color("muted"));
    for (const auto& p : sc.policy) bulletWrapped(p);

    sectionTitle(s.text("library.details"), t);
    if (beginFactTable("##scenario-facts")) {
        tableRow(s.text("library.nodes"), std::to_string(sc.nodeCount), t);
        tableRow(s.text("library.endings"), std::to_string(sc.terminalCount), t);
        tableRow(s.text("library.pass_mark"), std::to_string(sc.passMark), t);
        tableRow(s.text("library.scenario_id"), sc.id, t);
        tableRow(s.text("library.file"), sc.fileName, t);
        tableRow(s.text("library.hash"), sc.hashShort, t);
        ImGui::EndTable();
    }
}

void LibraryView::drawPackDetails(const ViewContext& ctx, const PackItem& pack) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    coloredText(s.text("library.pack"), t.color("muted"));
    headingText(ctx.headingFont, pack.title);
    ImGui::Dummy(em(0.0f, 0.2f));
    const std::string language = languageName(s, pack.language);
    const std::string version = s.format("library.version_value", pack.version);
    const std::string status = validationText(s, pack.errors, pack.warnings);
    chip(language, t.color("accent"), t.color("accent_soft"));
    flowSameLine(chipWidth(version));
    chip(version, t.color("accent"), t.color("accent_soft"));
    flowSameLine(chipWidth(status), em(1.0f));
    chip(status, statusColor(t, pack.errors, pack.warnings, nullptr), statusColor(t, pack.errors, pack.warnings, "_soft"));

    if (!pack.description.empty()) {
        sectionTitle(s.text("library.description"), t);
        wrappedText(pack.description);
    }

    sectionTitle(s.text("library.details"), t);
    if (beginFactTable("##pack-facts")) {
        tableRow(s.text("library.pack_scenarios"), std::to_string(pack.scenarios.size()), t);
        tableRow(s.text("library.pack_authors"), pack.authors, t);
        tableRow(s.text("library.pack_id"), pack.id, t);
        tableRow(s.text("library.pack_folder"), pack.dir, t);
        tableRow(s.text("library.hash"), pack.hashShort, t);
        ImGui::EndTable();
    }

    if (!pack.manifestOk || !pack.problems.empty()) {
        sectionTitle(s.text("library.problems"), t);
        if (!pack.manifestOk) coloredText(s.text("library.manifest_broken"), t.color("error"));
        drawProblems(t, pack.problems);
        if (pack.hiddenProblems > 0) coloredText(s.count("library.problems_more", pack.hiddenProblems), t.color("muted"));
    }
}

void LibraryView::drawEmpty(const ViewContext& ctx) {
    if (beginCard("##library-empty", ImVec2(0.0f, 0.0f))) {
        headingText(ctx.headingFont, ctx.strings.text("library.empty_title"));
        wrappedText(ctx.strings.format("library.empty_body", model_.packsDir));
    }
    endCard();
}

} // namespace frontline::gui
