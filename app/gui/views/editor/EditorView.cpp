#include "views/editor/EditorView.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <set>

#include <imgui_internal.h> // ClearActiveID: a text field must not also undo on our Ctrl+Z

#include "AppData.h"
#include "ui/Em.h"
#include "ui/Widgets.h"
#include "views/editor/EditorForms.h"

namespace frontline::gui {

namespace {

constexpr float kProblemsLines = 5.5f;
constexpr float kPartsWidthEm = 15.0f;
constexpr float kTryPanelShare = 0.42f;
constexpr float kTryPanelMinFormEm = 26.0f;
constexpr const char* kTryPanelId = "##editor-try";

// The 1.86 GLFW backend indexes io.KeysDown by GLFW key code, which for letters is their ASCII capital.
constexpr int kKeyS = 'S';

const char* partKey(PartKind kind) {
    switch (kind) {
    case PartKind::Scenario: return "editor.part.scenario";
    case PartKind::Persona: return "editor.part.persona";
    case PartKind::Policy: return "editor.part.policy";
    case PartKind::Objectives: return "editor.part.objectives";
    case PartKind::Slots: return "editor.part.slots";
    case PartKind::Node: break;
    }
    return "editor.part.nodes";
}

// Colored text wrapped at the window's edge (a refused save can say a lot).
std::string nodeField(const ScenarioDocument& doc, int node, const char* field) {
    return doc.textAt("/nodes/" + std::to_string(node) + "/" + field);
}

} // namespace

EditorView::EditorView(AppSession& session, const AppData& data, bool graph)
    : session_(session), data_(data), graph_(graph), model_(data.lexicons) {}

void EditorView::start() {
    started_ = true;
    auto request = session_.takeEditRequest();
    if (!request) request = defaultEditRequest(data_.packs, data_.strings.language());
    if (!request) {
        openError_ = data_.packsDir.string();
        return;
    }
    if (graph_) request->graph = true;
    openScenario(*request);
}

void EditorView::openScenario(const EditRequest& request) {
    if (auto s = model_.open(request); !s) {
        openError_ = s.error().format();
        return;
    }
    openError_.clear();
    tryPanel_.setLanguage(model_.document().packLanguage());
    graphState_ = GraphCanvasState{};
}

void EditorView::handleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl) return;
    const bool z = keyPressed(ImGuiKey_Z);
    const bool undo = z && !io.KeyShift;
    const bool redo = keyPressed(ImGuiKey_Y) || (z && io.KeyShift);
    const bool saveKey = ImGui::IsKeyPressed(kKeyS, false);
    if (!undo && !redo && !saveKey) return;
    // The try-a-reply box is not part of the document: it keeps its own undo.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool inTryPanel = g.ActiveId != 0 && g.ActiveIdWindow && std::strstr(g.ActiveIdWindow->Name, kTryPanelId);
    if (saveKey) save();
    if (inTryPanel || (!undo && !redo)) return;
    // The field being typed in ends its burst (its text is in the document
    // already) and lets go of the keys, so it does not undo its own text too.
    model_.document().endTypingBurst();
    ImGui::ClearActiveID();
    if (undo) model_.undo();
    if (redo) model_.redo();
}

void EditorView::save() {
    const std::string actor = session_.trainee() ? session_.trainee()->empno : std::string();
    // The library, the call screen and the graph read the packs the app holds: reload them.
    if (model_.save(session_.store(), actor).ok) session_.packsChanged();
}

bool EditorView::interceptSignOut() {
    if (!holdsUnsavedWork()) return false;
    model_.requestLeave(LeaveRequest{true, {}});
    openLeavePrompt_ = true;
    return true;
}

void EditorView::leave(const LeaveRequest& request) {
    if (request.signOut)
        session_.signOut();
    else
        openScenario(request.open);
}

void EditorView::drawLeavePrompt(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const std::string title = s.text("editor.leave.title") + "###editor-leave";
    if (!beginCenteredModal(title, openLeavePrompt_, 26.0f)) return;
    const auto& pending = model_.pendingLeave();
    std::string name = model_.document().textAt("/title");
    if (name.empty()) name = model_.document().file().filename().string();
    wrappedText(s.format(pending && pending->signOut ? "editor.leave.sign_out" : "editor.leave.switch", name));
    ImGui::Dummy(em(0.0f, 0.4f));
    std::optional<LeaveAnswer> answer;
    if (primaryButton(s.c("editor.leave.save"), ctx.theme)) answer = LeaveAnswer::Save;
    ImGui::SameLine();
    if (ImGui::Button(s.c("editor.leave.discard"))) answer = LeaveAnswer::Discard;
    ImGui::SameLine();
    if (ImGui::Button(s.c("editor.leave.cancel")) || keyPressed(ImGuiKey_Escape) || !pending) answer = LeaveAnswer::Cancel;
    if (answer) {
        ImGui::CloseCurrentPopup();
        const bool saving = *answer == LeaveAnswer::Save;
        const std::string actor = session_.trainee() ? session_.trainee()->empno : std::string();
        auto go = model_.answerLeave(*answer, session_.store(), actor);
        if (saving && model_.lastSave() && model_.lastSave()->ok) session_.packsChanged();
        if (go) leave(*go);
    }
    ImGui::EndPopup();
}

void EditorView::draw(const ViewContext& ctx) {
    if (!started_) start();
    const StringTable& s = ctx.strings;
    if (!model_.isOpen()) {
        headingText(ctx.headingFont, s.text("editor.title"));
        coloredText(s.text("editor.cannot_open"), ctx.theme.color("error"));
        wrappedText(openError_);
        return;
    }
    handleShortcuts();
    drawToolbar(ctx);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float problems = ImGui::GetTextLineHeightWithSpacing() * kProblemsLines + style.WindowPadding.y * 2;
    const float body = std::max(em(8), ImGui::GetContentRegionAvail().y - problems - style.ItemSpacing.y);
    if (model_.mode == EditorMode::Graph) {
        drawGraph(ctx, body);
    } else {
        drawParts(ctx, body);
        ImGui::SameLine();
        drawForm(ctx, body);
    }
    drawProblems(ctx, problems);
    drawLeavePrompt(ctx);
    model_.endFrame();
}

void EditorView::drawToolbar(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    ScenarioDocument& doc = model_.document();
    const auto& entries = model_.scenarios();
    const int current = model_.scenarioIndex();

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(s.text("editor.scenario").c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(16));
    const std::string preview = current >= 0 ? entries[static_cast<size_t>(current)].title : doc.file().filename().string();
    if (ImGui::BeginCombo("##scenario", preview.c_str())) {
        for (size_t i = 0; i < entries.size(); ++i) {
            if (ImGui::Selectable(entries[i].title.c_str(), static_cast<int>(i) == current) && static_cast<int>(i) != current) {
                LeaveRequest request{false, EditRequest{doc.packDir(), entries[i].id, "", model_.mode == EditorMode::Graph, ""}};
                if (model_.requestLeave(request))
                    openScenario(request.open);
                else
                    openLeavePrompt_ = true;
            }
        }
        ImGui::EndCombo();
    }

    ImGui::SameLine();
    ImGui::BeginDisabled(!doc.dirty());
    if (primaryButton(s.text("editor.save").c_str(), t)) save();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!doc.canUndo());
    if (ImGui::Button(s.text("editor.undo").c_str())) model_.undo();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!doc.canRedo());
    if (ImGui::Button(s.text("editor.redo").c_str())) model_.redo();
    ImGui::EndDisabled();

    ImGui::SameLine(0, em(1.5f));
    int mode = model_.mode == EditorMode::Graph ? 1 : 0;
    if (ImGui::RadioButton(s.text("editor.mode_form").c_str(), &mode, 0)) model_.mode = EditorMode::Form;
    ImGui::SameLine();
    if (ImGui::RadioButton(s.text("editor.mode_graph").c_str(), &mode, 1)) model_.mode = EditorMode::Graph;

    // The state line: unsaved or not, the pack's version, what the last save did.
    if (doc.dirty())
        coloredText(s.text("editor.unsaved"), t.color("warning"));
    else
        coloredText(s.text("editor.no_changes"), t.color("muted"));
    ImGui::SameLine();
    coloredText(s.format("editor.version", doc.packId(), doc.packVersion()), t.color("muted"));
    if (const auto& last = model_.lastSave()) {
        ImGui::SameLine(0, em(1.5f));
        if (last->ok)
            coloredText(s.format("editor.saved", last->version), t.color("ok"));
        else
            wrappedText(s.format("editor.save_failed", last->detail), t.color("error"));
        if (last->ok && !last->detail.empty()) wrappedText(s.format("editor.audit_failed", last->detail), t.color("warning"));
    }
    ImGui::Spacing();
}

void EditorView::drawParts(const ViewContext& ctx, float height) {
    const StringTable& s = ctx.strings;
    const ScenarioDocument& doc = model_.document();
    // Parts with errors get a red dot, so a problem's place shows before it is clicked.
    std::set<std::pair<int, int>> broken;
    for (const auto& d : doc.diagnostics().items()) {
        if (d.severity != Severity::Error) continue;
        EditorPart p = partFor(d.pointer);
        broken.insert({static_cast<int>(p.kind), p.node});
    }
    ImGui::BeginChild("##editor-parts", ImVec2(em(kPartsWidthEm), height), true);
    bool nodesTitle = false;
    for (const EditorPart& part : model_.parts()) {
        if (part.kind == PartKind::Node && !nodesTitle) {
            nodesTitle = true;
            ImGui::Spacing();
            sectionTitle(s.text("editor.part.nodes"), ctx.theme);
        }
        ImGui::PushID(static_cast<int>(part.kind) * 10000 + part.node);
        std::string label = part.kind == PartKind::Node ? nodeField(doc, part.node, "id") : s.text(partKey(part.kind));
        if (part.kind == PartKind::Node) {
            const std::string type = nodeField(doc, part.node, "type");
            label += "  " + s.text(type == "terminal" ? "editor.type.terminal" : "editor.type.customer");
        }
        if (broken.count({static_cast<int>(part.kind), part.node})) {
            statusDot(ctx.theme.color("error"));
            ImGui::SameLine();
        }
        if (ImGui::Selectable(label.c_str(), model_.selected() == part)) model_.select(part);
        ImGui::PopID();
    }
    ImGui::Spacing();
    if (ImGui::Button(s.text("editor.add_customer_node").c_str())) addNode(model_, "customer");
    if (ImGui::Button(s.text("editor.add_terminal_node").c_str())) addNode(model_, "terminal");
    ImGui::EndChild();
}

void EditorView::drawForm(const ViewContext& ctx, float height) {
    const ScenarioDocument& doc = model_.document();
    const EditorPart part = model_.selected();
    const float width = ImGui::GetContentRegionAvail().x;
    const bool customer = part.kind == PartKind::Node && nodeField(doc, part.node, "type") == "customer";
    const bool tryBeside = customer && width * (1 - kTryPanelShare) >= em(kTryPanelMinFormEm);
    const float formWidth = tryBeside ? width * (1 - kTryPanelShare) : 0.0f;
    ImGui::BeginChild("##editor-form", ImVec2(formWidth, height), true);
    drawPartForm(ctx, model_);
    ImGui::EndChild();
    if (!tryBeside) return;
    ImGui::SameLine();
    ImGui::BeginChild(kTryPanelId, ImVec2(0, height), true);
    tryPanel_.draw(ctx, doc.scenario(), doc.revision(), nodeField(doc, part.node, "id"), data_.lexicons);
    ImGui::EndChild();
}

void EditorView::drawGraph(const ViewContext& ctx, float height) {
    const ScenarioDocument& doc = model_.document();
    const EditorPart part = model_.selected();
    graphState_.selected = part.kind == PartKind::Node ? nodeField(doc, part.node, "id") : std::string();
    ImGui::BeginChild("##editor-graph", ImVec2(0, height), true);
    if (auto clicked = drawGraphCanvas(ctx, doc.scenario(), doc.revision(), graphState_)) {
        model_.selectNode(*clicked);
        model_.mode = EditorMode::Form;
    }
    ImGui::EndChild();
}

void EditorView::drawProblems(const ViewContext& ctx, float height) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const Diagnostics& diags = model_.document().diagnostics();
    ImGui::BeginChild("##editor-problems", ImVec2(0, height), true);
    sectionTitle(s.format("editor.problems", diags.errorCount(), diags.warningCount()), t);
    if (diags.empty()) coloredText(s.text("editor.no_problems"), t.color("ok"));
    int i = 0;
    for (const auto& d : diags.items()) {
        ImGui::PushID(i++);
        const bool error = d.severity == Severity::Error;
        const std::string where = std::filesystem::path(d.where.file).filename().string() + ":" + std::to_string(d.where.line) + ":" +
                                  std::to_string(d.where.column);
        const std::string line = s.text(error ? "editor.error" : "editor.warning") + "  " + d.message + "  (" + where + ")";
        const Rgba c = t.color(error ? "error" : "warning");
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(c.r, c.g, c.b, 1.0f));
        if (ImGui::Selectable(line.c_str())) model_.jumpTo(d.pointer);
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    ImGui::EndChild();
}

} // namespace frontline::gui
