#include "views/lexicon/LexiconView.h"

#include <algorithm>

#include "AppData.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/TextInput.h"
#include "ui/Widgets.h"
#include "views/StatusWords.h"

namespace frontline::gui {

namespace {

constexpr float kListMinEm = 14.0f;
constexpr float kListMaxEm = 22.0f;

// The app's packs, bundled and the user's (AppData::packOrigins says which).
std::vector<LexiconPack> lexiconPacks(const AppData& data) {
    std::vector<LexiconPack> out;
    for (size_t i = 0; i < data.packs.size(); ++i) {
        const bool user = i < data.packOrigins.size() && data.packOrigins[i] == PackOrigin::User;
        out.push_back({&data.packs[i].pack, user});
    }
    return out;
}

// Patterns as a flowing run of chips: a concept has dozens, and a list would push the rest off screen.
void chipFlow(const std::vector<std::string>& items, Rgba foreground, Rgba background) {
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) flowSameLine(chipWidth(items[i]));
        chip(items[i], foreground, background);
    }
}

std::vector<std::string> sources(const std::vector<Pattern>& patterns) {
    std::vector<std::string> out;
    for (const auto& p : patterns) out.push_back(p.source());
    return out;
}

std::string joined(const StringTable& s, const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : s.text("lexicon.separator")) + item;
    return out;
}

} // namespace

LexiconView::LexiconView(const AppData& data) : model_(data.lexicons, lexiconPacks(data), data.strings.language()) {}

void LexiconView::draw(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    if (model_.languages().empty()) {
        if (beginCard("##lexicon-empty", ImVec2(0.0f, em(8.0f)))) {
            headingText(ctx.headingFont, s.text("lexicon.none"));
            wrappedText(s.text("lexicon.none_body"));
        }
        endCard();
        return;
    }

    // Language switch and search.
    ImGui::AlignTextToFramePadding();
    coloredText(s.text("lexicon.language"), t.color("muted"));
    for (const auto& language : model_.languages()) {
        ImGui::SameLine(0.0f, em(0.5f));
        ImGui::PushID(language.c_str());
        const std::string name = languageName(s, language);
        const bool current = language == model_.language();
        if (current ? primaryButton(name.c_str(), t) : ImGui::Button(name.c_str())) model_.setLanguage(language);
        ImGui::PopID();
    }
    ImGui::SameLine(0.0f, em(1.5f));
    ImGui::SetNextItemWidth(em(18.0f));
    if (inputText("##lexicon-search", query_.data(), query_.size(), 0, s.c("lexicon.search_hint"))) model_.setQuery(query_.data());
    ImGui::Dummy(em(0.0f, 0.2f));

    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float listWidth = std::clamp(ImGui::GetContentRegionAvail().x * 0.28f, em(kListMinEm), em(kListMaxEm));
    if (beginCard("##lexicon-list", ImVec2(listWidth, 0.0f))) drawList(ctx);
    endCard();
    ImGui::SameLine(0.0f, gap);
    if (beginCard("##lexicon-concept", ImVec2(0.0f, 0.0f))) {
        if (const Concept* c = model_.selected())
            drawConcept(ctx, *c);
        else
            coloredText(s.text("lexicon.pick"), t.color("muted"));
    }
    endCard();
}

void LexiconView::drawList(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const auto& concepts = model_.concepts();
    headingText(ctx.headingFont, s.text("lexicon.concepts"));
    coloredText(s.count("lexicon.count", static_cast<long long>(concepts.size())), t.color("muted"));
    ImGui::Dummy(em(0.0f, 0.2f));
    if (concepts.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("muted")));
        wrappedText(s.text("lexicon.no_match"));
        ImGui::PopStyleColor();
    }
    for (const auto& c : concepts) {
        ImGui::PushID(c.id.c_str());
        const std::string detail =
            s.format("lexicon.row_detail", c.id, s.text(c.forbidden ? "lexicon.kind.forbidden" : "lexicon.kind.required"));
        if (twoLineSelectable("##concept", c.id == model_.selectedId(), c.label, detail, t.color(c.forbidden ? "error" : "muted")))
            model_.select(c.id);
        ImGui::PopID();
    }
}

void LexiconView::drawConcept(const ViewContext& ctx, const Concept& c) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    coloredText(c.id, t.color("muted"));
    headingText(ctx.headingFont, c.label);
    const std::string kind = s.text(c.forbidden ? "lexicon.kind.forbidden" : "lexicon.kind.required");
    chip(kind, t.color(c.forbidden ? "error" : "accent"), t.color(c.forbidden ? "error_soft" : "accent_soft"));
    if (LexiconModel::standing(c.id)) {
        const std::string standing = s.text("lexicon.standing");
        flowSameLine(chipWidth(standing));
        chip(standing, t.color("warning"), t.color("warning_soft"));
    }
    if (!c.description.empty()) wrappedText(c.description);
    ImGui::Dummy(em(0.0f, 0.2f));

    const Rgba ink = t.color(c.forbidden ? "error" : "accent");
    const Rgba paper = t.color(c.forbidden ? "error_soft" : "accent_soft");
    sectionTitle(s.count("lexicon.patterns", static_cast<long long>(c.patterns.size())), t);
    chipFlow(sources(c.patterns), ink, paper);
    if (!c.exclude.empty()) {
        sectionTitle(s.text("lexicon.exclude"), t);
        chipFlow(sources(c.exclude), t.color("muted"), t.color("faint"));
    }
    drawNegation(ctx, c);
    drawUses(ctx, c);
}

void LexiconView::drawNegation(const ViewContext& ctx, const Concept& c) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const Lexicon* lex = model_.lexicon();
    sectionTitle(s.text("lexicon.negation"), t);
    if (!c.negatable || !lex) {
        wrappedText(s.text("lexicon.not_negatable"));
        return;
    }
    const NegationRule& n = lex->negation();
    if (beginFactTable("##lexicon-negation")) {
        tableRow(s.text("lexicon.cues"), joined(s, n.cues), t);
        tableRow(s.text("lexicon.window"), s.format(lex->wordBased() ? "lexicon.window_words" : "lexicon.window_chars", n.window), t);
        if (!n.notCues.empty()) tableRow(s.text("lexicon.not_cues"), joined(s, n.notCues), t);
        // Refusals after the match only cancel forbidden behaviour.
        if (c.forbidden && !n.afterCues.empty())
            tableRow(s.text("lexicon.after_cues"),
                     s.format(lex->wordBased() ? "lexicon.after_words" : "lexicon.after_chars", joined(s, n.afterCues), n.afterWindow), t);
        ImGui::EndTable();
    }
}

void LexiconView::drawUses(const ViewContext& ctx, const Concept& c) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const auto phrases = model_.packPhrases(c.id);
    sectionTitle(s.text("lexicon.pack_phrases"), t);
    if (phrases.empty()) coloredText(s.text("lexicon.pack_phrases_none"), t.color("muted"));
    for (const auto& list : phrases) {
        const std::string owner = list.userPack ? s.format("lexicon.user_pack", list.packTitle) : list.packTitle;
        coloredText(s.format("lexicon.pack_phrase_owner", owner), t.color("muted"));
        chipFlow(list.phrases, t.color("ok"), t.color("ok_soft"));
    }

    const auto uses = model_.uses(c.id);
    sectionTitle(s.count("lexicon.uses", static_cast<long long>(uses.size())), t);
    if (uses.empty()) coloredText(s.text("lexicon.uses_none"), t.color("muted"));
    // One line per scenario, its nodes after it: the pack and title would repeat otherwise.
    for (size_t i = 0; i < uses.size();) {
        const ConceptUse& first = uses[i];
        std::vector<std::string> where;
        for (; i < uses.size() && uses[i].packTitle == first.packTitle && uses[i].scenarioTitle == first.scenarioTitle; ++i)
            where.push_back(s.format("lexicon.use_node", uses[i].nodeId, uses[i].criterionId));
        const std::string owner = first.userPack ? s.format("lexicon.user_pack", first.packTitle) : first.packTitle;
        bulletWrapped(s.format("lexicon.use_line", owner, first.scenarioTitle));
        ImGui::Indent(em(1.2f));
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("muted")));
        wrappedText(joined(s, where));
        ImGui::PopStyleColor();
        ImGui::Unindent(em(1.2f));
    }
}

} // namespace frontline::gui
