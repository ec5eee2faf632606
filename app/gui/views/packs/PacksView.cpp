#include "views/packs/PacksView.h"

#include <cstdlib>
#include <cstring>

#include "AppData.h"
#include "session/AppSession.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/TextInput.h"
#include "ui/Widgets.h"
#include "views/StatusWords.h"

namespace frontline::gui {

namespace {

void copyInto(char* buffer, size_t size, const std::string& text) {
    std::strncpy(buffer, text.c_str(), size - 1);
    buffer[size - 1] = '\0';
}

const char* healthColor(PackHealth h) { return h == PackHealth::Errors ? "error" : h == PackHealth::Warnings ? "warning" : "ok"; }

std::string homeDir() {
    const char* home = std::getenv("HOME");
    return home && *home ? home : ".";
}

// A label above a full-width text field.
bool labelledInput(const ViewContext& ctx, const char* labelKey, const char* id, char* buffer, size_t size, const char* hint = "") {
    coloredText(ctx.strings.text(labelKey), ctx.theme.color("muted"));
    ImGui::SetNextItemWidth(-FLT_MIN);
    return inputText(id, buffer, size, ImGuiInputTextFlags_EnterReturnsTrue, hint);
}

} // namespace

PacksView::PacksView(AppSession& session, const AppData& data)
    : session_(session), model_(PackDirs{data.packsDir, data.userPacksDir}, data.lexicons), home_(homeDir()) {}

void PacksView::draw(const ViewContext& ctx) {
    drawImport(ctx);
    const StringTable& s = ctx.strings;
    long long user = 0;
    for (const auto& row : model_.rows()) user += row.origin == PackOrigin::User ? 1 : 0;
    const long long total = static_cast<long long>(model_.rows().size());
    ImGui::Dummy(em(0.0f, 0.2f));
    coloredText(s.format("packs.summary", s.count("packs.summary_packs", total), total - user, user), ctx.theme.color("muted"));
    ImGui::Dummy(em(0.0f, 0.2f));
    for (size_t i = 0; i < model_.rows().size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        drawPack(ctx, i);
        ImGui::PopID();
    }
    if (model_.rows().empty()) coloredText(s.format("packs.empty", model_.dirs().bundled.string()), ctx.theme.color("muted"));
}

void PacksView::drawImport(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    if (cards_.begin("##packs-import", 0.0f)) {
        headingText(ctx.headingFont, s.text("packs.import_title"));
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(ctx.theme.color("muted")));
        wrappedText(s.format("packs.import_help", model_.dirs().user.string()));
        ImGui::PopStyleColor();
        const std::string& button = s.text("packs.import_button");
        const float buttonWidth = ImGui::CalcTextSize(button.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - buttonWidth - ImGui::GetStyle().ItemSpacing.x);
        if (focusImport_) ImGui::SetKeyboardFocusHere();
        focusImport_ = false;
        const bool enter = inputText("##import-path", importPath_.data(), importPath_.size(), ImGuiInputTextFlags_EnterReturnsTrue,
                                     s.c("packs.import_hint"));
        ImGui::SameLine();
        const bool click = primaryButton(button.c_str(), ctx.theme);
        if (enter || click) {
            const auto& who = session_.trainee();
            importResult_ = model_.importFrom(expandHome(importPath_.data(), home_), who ? who->empno : "", session_.store());
            if (importResult_.ok) {
                importPath_[0] = '\0';
                form_ = Form::None;
                packResult_ = {};
                session_.packsChanged();
            }
        }
        drawResult(ctx, importResult_);
    }
    cards_.end();
}

void PacksView::drawPack(const ViewContext& ctx, size_t index) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const PackRow& row = model_.rows()[index];
    const std::string cardId = "##pack-" + row.dir;
    if (cards_.begin(cardId.c_str(), 0.0f)) {
        headingText(ctx.headingFont, row.title);
        const std::string origin = s.text(row.origin == PackOrigin::User ? "packs.origin_user" : "packs.origin_bundled");
        const std::string health = validationText(s, row.errors, row.warnings);
        chip(origin, t.color("accent"), t.color("accent_soft"));
        flowSameLine(chipWidth(health));
        const std::string color = healthColor(row.health());
        chip(health, t.color(color), t.color(color + "_soft"));
        const std::string meta = s.format("packs.meta", row.id, row.language.empty() ? "?" : languageName(s, row.language),
                                          row.version.empty() ? "?" : row.version, s.count("packs.scenarios", row.scenarios));
        flowSameLine(ImGui::CalcTextSize(meta.c_str()).x, em(1.0f));
        coloredText(meta, t.color("muted"));
        for (const auto& p : row.problems) {
            ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color(p.error ? "error" : "warning")));
            wrappedText(p.text);
            ImGui::PopStyleColor();
        }
        coloredText(row.dir, t.color("faint"));

        ImGui::Dummy(em(0.0f, 0.1f));
        if (ImGui::Button(s.c("packs.edit"))) {
            session_.openEditor(EditRequest{row.dir, row.firstScenarioId, "", false, ""});
            session_.navigate(kEditorScreen);
        }
        ImGui::SameLine();
        if (ImGui::Button(s.c("packs.duplicate"))) openForm(Form::Duplicate, index);
        ImGui::SameLine();
        if (ImGui::Button(s.c("packs.export"))) openForm(Form::Export, index);

        if (form_ == Form::Duplicate && formPack_ == index) drawDuplicateForm(ctx, index);
        if (form_ == Form::Export && formPack_ == index) drawExportForm(ctx, index);
        // Looked up by folder: the rows may have moved since (a duplicate refreshes them).
        if (packResultDir_ == row.dir) drawResult(ctx, packResult_);
    }
    cards_.end();
}

void PacksView::openForm(Form form, size_t index) {
    const PackRow& row = model_.rows()[index];
    form_ = form;
    formPack_ = index;
    packResult_ = {};
    overwrite_ = false;
    if (form == Form::Duplicate) {
        copyInto(newId_.data(), newId_.size(), model_.suggestedCopyId(index));
        newTitle_[0] = '\0';
    } else {
        copyInto(exportPath_.data(), exportPath_.size(), PacksModel::defaultExportPath(home_, row.id));
    }
}

void PacksView::drawDuplicateForm(const ViewContext& ctx, size_t index) {
    const StringTable& s = ctx.strings;
    const PackRow& row = model_.rows()[index];
    sectionTitle(s.text("packs.duplicate_title"), ctx.theme);
    bool submit = labelledInput(ctx, "packs.new_id", "##new-id", newId_.data(), newId_.size());
    coloredText(s.text("packs.new_id_help"), ctx.theme.color("faint"));
    const std::string defaultTitle = row.title + s.text("packs.copy_suffix");
    submit = labelledInput(ctx, "packs.new_title", "##new-title", newTitle_.data(), newTitle_.size(), defaultTitle.c_str()) || submit;
    submit = primaryButton(s.c("packs.duplicate_confirm"), ctx.theme) || submit;
    ImGui::SameLine();
    if (ImGui::Button(s.c("packs.cancel"))) form_ = Form::None;
    if (!submit) return;
    const std::string sourceDir = row.dir;
    PackActionResult result = model_.duplicate(index, newId_.data(), newTitle_.data(), s.text("packs.copy_suffix"));
    packResult_ = result;
    packResultDir_ = sourceDir;
    if (result.ok) {
        form_ = Form::None;
        session_.packsChanged();
    }
}

void PacksView::drawExportForm(const ViewContext& ctx, size_t index) {
    const StringTable& s = ctx.strings;
    sectionTitle(s.text("packs.export_title"), ctx.theme);
    bool submit = labelledInput(ctx, "packs.export_path", "##export-path", exportPath_.data(), exportPath_.size());
    ImGui::Checkbox(s.c("packs.overwrite"), &overwrite_);
    submit = primaryButton(s.c("packs.export_confirm"), ctx.theme) || submit;
    ImGui::SameLine();
    if (ImGui::Button(s.c("packs.cancel"))) form_ = Form::None;
    if (!submit) return;
    packResult_ = model_.exportTo(index, expandHome(exportPath_.data(), home_), overwrite_);
    packResultDir_ = model_.rows()[index].dir;
    if (packResult_.ok) form_ = Form::None;
}

void PacksView::drawResult(const ViewContext& ctx, const PackActionResult& result) {
    if (result.key.empty()) return;
    const Rgba color = ctx.theme.color(result.ok ? "ok" : "error");
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(color));
    wrappedText(ctx.strings.formatArgs(result.key, result.args));
    ImGui::PopStyleColor();
    if (!result.detail.empty()) wrappedText(result.detail);
}

} // namespace frontline::gui
