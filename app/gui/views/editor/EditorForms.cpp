#include "views/editor/EditorForms.h"

#include <algorithm>

#include "common/JsonDocument.h"
#include "ui/Em.h"
#include "ui/Widgets.h"
#include "views/editor/EditorFields.h"

namespace frontline::gui {

namespace {

using Json = ScenarioDocument::Json;

const std::vector<std::string>& criterionKinds() {
    static const std::vector<std::string> kinds = {"required", "forbidden"};
    return kinds;
}

bool isString(const Json* v, const char* value) { return v && v->is_string() && v->get<std::string>() == value; }

size_t sizeAt(const ScenarioDocument& doc, const std::string& pointer) {
    const Json* v = doc.find(pointer);
    return v && (v->is_array() || v->is_object()) ? v->size() : 0;
}

void section(const ViewContext& ctx, const char* key) {
    ImGui::Spacing();
    sectionTitle(ctx.strings.text(key), ctx.theme);
}

// An element header: its title, then up, down and remove buttons.
void elementHeader(const ViewContext& ctx, EditorFields& f, const std::string& title, const std::string& arrayPointer, size_t i,
                   size_t count) {
    ImGui::Separator();
    ImGui::AlignTextToFramePadding();
    coloredText(title, ctx.theme.color("accent"));
    ImGui::SameLine();
    f.itemButtons(arrayPointer, i, count);
}

void scenarioForm(const ViewContext& ctx, EditorModel& model, EditorFields& f) {
    section(ctx, "editor.part.scenario");
    f.text("editor.field.id", "/id");
    f.text("editor.field.title", "/title");
    f.choice("editor.field.family", "/family", familyIds());
    f.integer("editor.field.difficulty", "/difficulty", 1, 5);
    f.choice("editor.field.channel", "/channel", {"phone", "chat"});
    f.integer("editor.field.pass_mark", "/pass_mark", 0, 100, true, 70);
    f.choice("editor.field.start", "/start", model.nodeIds());
}

void personaForm(const ViewContext& ctx, EditorFields& f) {
    section(ctx, "editor.part.persona");
    f.text("editor.field.name", "/persona/name");
    f.text("editor.field.situation", "/persona/situation", true);
    f.integer("editor.field.mood", "/persona/mood", 0, 100);
}

void policyForm(const ViewContext& ctx, EditorModel& model, EditorFields& f) {
    section(ctx, "editor.part.policy");
    ScenarioDocument& doc = model.document();
    const size_t count = sizeAt(doc, "/policy");
    for (size_t i = 0; i < count; ++i) {
        const std::string at = childPointer("/policy", i);
        ImGui::PushID(static_cast<int>(i));
        elementHeader(ctx, f, ctx.strings.format("editor.policy_fact", i + 1, doc.textAt(at + "/id")), "/policy", i, count);
        f.text("editor.field.id", at + "/id");
        f.text("editor.field.text", at + "/text", true);
        f.textList("editor.field.rules_out", at + "/rules_out");
        ImGui::PopID();
    }
    ImGui::Separator();
    if (f.button("editor.add_policy")) {
        if (!doc.find("/policy")) doc.set("/policy", Json::array());
        doc.insert("/policy", count, Json{{"id", "fact-" + std::to_string(count + 1)}, {"text", ""}});
    }
}

void objectivesForm(const ViewContext& ctx, EditorFields& f) {
    section(ctx, "editor.part.objectives");
    f.textList("editor.field.objectives", "/objectives", true);
}

// Renames slot `from` to `to`, keeping its place; refused when `to` is empty or taken.
void renameSlot(ScenarioDocument& doc, const std::string& from, const std::string& to) {
    const Json* slots = doc.find("/slots");
    if (!slots || to.empty() || slots->contains(to)) return;
    Json renamed = Json::object();
    for (auto it = slots->begin(); it != slots->end(); ++it) renamed[it.key() == from ? to : it.key()] = it.value();
    doc.set("/slots", renamed, true);
}

void slotsForm(const ViewContext& ctx, EditorModel& model, EditorFields& f) {
    section(ctx, "editor.part.slots");
    ScenarioDocument& doc = model.document();
    const Json* slots = doc.find("/slots");
    const Json copy = slots && slots->is_object() ? *slots : Json::object();
    int index = 0;
    for (auto it = copy.begin(); it != copy.end(); ++it, ++index) {
        ImGui::PushID(index); // by place, so the name field keeps its focus while it is renamed
        const std::string at = childPointer("/slots", it.key());
        ImGui::Separator();
        f.label("editor.field.slot_name");
        std::string name = it.key();
        if (model.takeFocus(at)) ImGui::SetKeyboardFocusHere();
        if (editString("##name", name, false, em(12))) renameSlot(doc, it.key(), name);
        if (ImGui::IsItemDeactivated()) doc.endTypingBurst();
        ImGui::SameLine();
        if (f.button("editor.remove")) doc.remove(at);
        f.textList("editor.field.slot_values", at);
        ImGui::PopID();
    }
    ImGui::Separator();
    if (f.button("editor.add_slot")) {
        std::string name;
        for (int n = static_cast<int>(copy.size()) + 1; name.empty() || copy.contains(name); ++n) name = "slot" + std::to_string(n);
        doc.set(childPointer("/slots", name), Json::array({""}));
    }
}

void criterionForm(EditorModel& model, EditorFields& f, const std::string& at) {
    ScenarioDocument& doc = model.document();
    const bool forbidden = isString(doc.find(at + "/kind"), "forbidden");
    f.text("editor.field.id", at + "/id");
    f.text("editor.field.label", at + "/label", false, true);
    f.choice("editor.field.kind", at + "/kind", criterionKinds());
    f.choice("editor.field.concept", at + "/concept", model.conceptIds(forbidden), true);
    f.textList("editor.field.phrases", at + "/phrases");
    if (!forbidden) f.integer("editor.field.weight", at + "/weight", 1, 100);
    f.choice("editor.field.competency", at + "/competency", competencyIds());
    f.text("editor.field.tip", at + "/tip", true);
    if (forbidden) f.flag("editor.field.critical", at + "/critical");
}

void rubricForm(const ViewContext& ctx, EditorModel& model, EditorFields& f, const std::string& node) {
    ScenarioDocument& doc = model.document();
    const std::string rubric = node + "/rubric";
    const std::string criteria = rubric + "/criteria";
    section(ctx, "editor.section.rubric");
    f.integer("editor.field.forbidden_cap", rubric + "/forbidden_cap", 0, 100, true, 40);
    const size_t count = sizeAt(doc, criteria);
    for (size_t i = 0; i < count; ++i) {
        const std::string at = childPointer(criteria, i);
        ImGui::PushID(static_cast<int>(i));
        elementHeader(ctx, f, ctx.strings.format("editor.criterion", i + 1, doc.textAt(at + "/id")), criteria, i, count);
        criterionForm(model, f, at);
        ImGui::PopID();
    }
    ImGui::Separator();
    auto add = [&](const char* kind) {
        if (!doc.find(rubric)) doc.set(rubric, Json::object());
        if (!doc.find(criteria)) doc.set(criteria, Json::array());
        Json c = {{"id", "criterion-" + std::to_string(count + 1)}, {"kind", kind}};
        if (std::string(kind) == "required") c["weight"] = 10;
        c["competency"] = "communication";
        c["tip"] = "";
        doc.insert(criteria, count, c);
    };
    if (f.button("editor.add_required")) add("required");
    ImGui::SameLine();
    if (f.button("editor.add_forbidden")) add("forbidden");
}

// One part of a branch condition ("score", "mood": a range; "hit", "missed": criterion ids), with a checkbox to add or remove it.
void conditionPart(const ViewContext& ctx, EditorModel& model, EditorFields& f, const std::string& branch, const char* part,
                   const char* labelKey, const std::vector<std::string>& criterionIds) {
    ScenarioDocument& doc = model.document();
    const std::string cond = branch + "/if";
    const std::string at = childPointer(cond, part);
    const bool range = std::string(part) == "score" || std::string(part) == "mood";
    ImGui::PushID(part);
    bool on = doc.find(at) != nullptr;
    if (ImGui::Checkbox(ctx.strings.text(labelKey).c_str(), &on)) {
        Json fresh = range ? Json{{"min", 0}, {"max", 100}} : Json::array();
        if (!on) {
            const Json* whole = doc.find(cond);
            // A condition left with no part is dropped: the branch then always holds.
            whole && whole->size() <= 1 ? doc.remove(cond) : doc.remove(at);
        } else if (!doc.find(cond)) {
            doc.set(cond, Json{{part, fresh}});
        } else {
            doc.set(at, fresh);
        }
    }
    if (doc.find(at)) {
        ImGui::Indent(em(1.5f));
        if (range) {
            f.integer("editor.field.min", at + "/min", 0, 100, true, 0);
            f.integer("editor.field.max", at + "/max", 0, 100, true, 100);
        } else {
            f.choiceList("editor.field.criteria", at, criterionIds);
        }
        ImGui::Unindent(em(1.5f));
    }
    ImGui::PopID();
}

void branchesForm(const ViewContext& ctx, EditorModel& model, EditorFields& f, const std::string& node) {
    ScenarioDocument& doc = model.document();
    const std::string branches = node + "/branches";
    section(ctx, "editor.section.branches");
    std::vector<std::string> criterionIds;
    if (const Json* criteria = doc.find(node + "/rubric/criteria"); criteria && criteria->is_array()) {
        for (const auto& c : *criteria)
            if (c.is_object() && c.contains("id") && c["id"].is_string()) criterionIds.push_back(c["id"].get<std::string>());
    }
    const std::vector<std::string> nodeIds = model.nodeIds();
    const size_t count = sizeAt(doc, branches);
    for (size_t i = 0; i < count; ++i) {
        const std::string at = childPointer(branches, i);
        ImGui::PushID(static_cast<int>(i));
        elementHeader(ctx, f, ctx.strings.format("editor.branch", i + 1), branches, i, count);
        f.choice("editor.field.to", at + "/to", nodeIds);
        if (model.takeFocus(at + "/if")) ImGui::SetKeyboardFocusHere();
        conditionPart(ctx, model, f, at, "score", "editor.cond.score", criterionIds);
        conditionPart(ctx, model, f, at, "mood", "editor.cond.mood", criterionIds);
        conditionPart(ctx, model, f, at, "hit", "editor.cond.hit", criterionIds);
        conditionPart(ctx, model, f, at, "missed", "editor.cond.missed", criterionIds);
        ImGui::PopID();
    }
    ImGui::Separator();
    if (f.button("editor.add_branch")) {
        if (!doc.find(branches)) doc.set(branches, Json::array());
        doc.insert(branches, count, Json{{"to", nodeIds.empty() ? "" : nodeIds.front()}});
    }
}

void moodForm(const ViewContext& ctx, EditorModel& model, EditorFields& f, const std::string& node) {
    ScenarioDocument& doc = model.document();
    const std::string mood = node + "/mood";
    section(ctx, "editor.section.mood");
    bool on = doc.find(mood) != nullptr;
    if (ImGui::Checkbox(ctx.strings.text("editor.mood_on").c_str(), &on))
        on ? doc.set(mood, Json{{"high", 0}, {"mid", 0}, {"low", 0}, {"forbidden", 0}}) : doc.remove(mood);
    if (!doc.find(mood)) return;
    f.integer("editor.field.mood_high", mood + "/high", -100, 100);
    f.integer("editor.field.mood_mid", mood + "/mid", -100, 100);
    f.integer("editor.field.mood_low", mood + "/low", -100, 100);
    f.integer("editor.field.mood_forbidden", mood + "/forbidden", -100, 100);
}

void nodeForm(const ViewContext& ctx, EditorModel& model, EditorFields& f, int index) {
    ScenarioDocument& doc = model.document();
    const std::string node = childPointer("/nodes", static_cast<size_t>(index));
    const bool terminal = isString(doc.find(node + "/type"), "terminal");
    section(ctx, terminal ? "editor.part.terminal" : "editor.part.customer");
    f.text("editor.field.id", node + "/id");
    f.choice("editor.field.type", node + "/type", {"customer", "terminal"});
    if (terminal) {
        f.choice("editor.field.outcome", node + "/outcome", outcomeIds());
        f.textList("editor.field.terminal_lines", node + "/lines", true);
        f.text("editor.field.summary", node + "/summary", true, true);
    } else {
        f.textList("editor.field.lines", node + "/lines", true);
        f.number("editor.field.time_limit", node + "/time_limit", 5, 600, true, 30);
        section(ctx, "editor.section.model_answers");
        f.textList("editor.field.model_answers", node + "/model_answers", true);
        rubricForm(ctx, model, f, node);
        moodForm(ctx, model, f, node);
        branchesForm(ctx, model, f, node);
    }
    ImGui::Spacing();
    ImGui::Separator();
    if (f.button("editor.delete_node")) {
        doc.remove(node);
        model.select({});
    }
}

} // namespace

void drawPartForm(const ViewContext& ctx, EditorModel& model) {
    EditorFields f(ctx, model);
    const EditorPart part = model.selected();
    switch (part.kind) {
    case PartKind::Scenario: scenarioForm(ctx, model, f); break;
    case PartKind::Persona: personaForm(ctx, f); break;
    case PartKind::Policy: policyForm(ctx, model, f); break;
    case PartKind::Objectives: objectivesForm(ctx, f); break;
    case PartKind::Slots: slotsForm(ctx, model, f); break;
    case PartKind::Node: nodeForm(ctx, model, f, part.node); break;
    }
}

void addNode(EditorModel& model, const std::string& type) {
    ScenarioDocument& doc = model.document();
    auto ids = model.nodeIds();
    std::string id;
    for (size_t n = ids.size() + 1; id.empty() || std::find(ids.begin(), ids.end(), id) != ids.end(); ++n)
        id = type + "-" + std::to_string(n);
    Json node = type == "terminal" ? Json{{"id", id}, {"type", "terminal"}, {"outcome", "resolved"}}
                                   : Json{{"id", id},
                                          {"type", "customer"},
                                          {"lines", Json::array({""})},
                                          {"rubric", Json{{"criteria", Json::array()}}},
                                          {"model_answers", Json::array({"", ""})},
                                          {"branches", Json::array()}};
    if (!doc.find("/nodes")) doc.set("/nodes", Json::array());
    if (doc.insert("/nodes", ids.size(), node)) model.select({PartKind::Node, static_cast<int>(ids.size())});
}

} // namespace frontline::gui
