#include "views/editor/EditorFields.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "common/JsonDocument.h"
#include "ui/Em.h"
#include "ui/TextInput.h"

namespace frontline::gui {

namespace {

using Json = ScenarioDocument::Json;

float labelWidth() { return em(8.5f); }
float multilineHeight() { return ImGui::GetTextLineHeight() * 2.4f + ImGui::GetStyle().FramePadding.y * 2; }

float buttonWidth(const std::string& text) { return ImGui::CalcTextSize(text.c_str()).x + ImGui::GetStyle().FramePadding.x * 2; }

std::string stringOf(const Json* v) {
    if (!v) return "";
    return v->is_string() ? v->get<std::string>() : v->dump();
}

} // namespace

bool editString(const char* id, std::string& value, bool multiline, float width, float height) {
    if (multiline) return inputStringMultiline(id, value, ImVec2(width, height));
    ImGui::SetNextItemWidth(width);
    return inputString(id, value);
}

void EditorFields::label(const char* labelKey) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx_.strings.text(labelKey).c_str());
    ImGui::SameLine(labelWidth());
}

bool EditorFields::button(const char* labelKey) {
    const std::string text = ctx_.strings.text(labelKey) + "##" + labelKey;
    return ImGui::Button(text.c_str());
}

void EditorFields::focusIfAsked(const std::string& pointer) {
    if (!model_.takeFocus(pointer)) return;
    ImGui::SetScrollHereY(0.3f);
    ImGui::SetKeyboardFocusHere();
}

void EditorFields::text(const char* labelKey, const std::string& pointer, bool multiline, bool optional) {
    ScenarioDocument& doc = model_.document();
    ImGui::PushID(pointer.c_str());
    label(labelKey);
    const Json* v = doc.find(pointer);
    if (!v && optional) {
        if (button("editor.add")) doc.set(pointer, "");
        ImGui::PopID();
        return;
    }
    std::string value = stringOf(v);
    const std::string remove = ctx_.strings.text("editor.remove");
    const float reserve = optional ? buttonWidth(remove) + ImGui::GetStyle().ItemSpacing.x : 0.0f;
    focusIfAsked(pointer);
    if (editString("##v", value, multiline, -reserve - FLT_MIN, multilineHeight())) doc.set(pointer, value, true);
    if (ImGui::IsItemDeactivated()) doc.endTypingBurst();
    if (optional) {
        ImGui::SameLine();
        if (button("editor.remove")) doc.remove(pointer);
    }
    ImGui::PopID();
}

const ScenarioDocument::Json* EditorFields::presenceToggle(const std::string& pointer, const Json& fallback, int shownDefault) {
    ScenarioDocument& doc = model_.document();
    bool on = doc.find(pointer) != nullptr;
    if (ImGui::Checkbox("##on", &on)) on ? doc.set(pointer, fallback) : doc.remove(pointer);
    const Json* v = doc.find(pointer);
    ImGui::SameLine();
    if (!v) ImGui::TextDisabled("%s", ctx_.strings.format("editor.default_value", shownDefault).c_str());
    return v;
}

void EditorFields::integer(const char* labelKey, const std::string& pointer, int min, int max, bool optional, int fallback) {
    ScenarioDocument& doc = model_.document();
    ImGui::PushID(pointer.c_str());
    label(labelKey);
    const Json* v = optional ? presenceToggle(pointer, fallback, fallback) : doc.find(pointer);
    if (optional && !v) {
        ImGui::PopID();
        return;
    }
    int value = v && v->is_number() ? static_cast<int>(v->get<double>()) : fallback;
    focusIfAsked(pointer);
    ImGui::SetNextItemWidth(em(8));
    if (ImGui::InputInt("##v", &value)) doc.set(pointer, std::clamp(value, min, max), true);
    if (ImGui::IsItemDeactivated()) doc.endTypingBurst();
    ImGui::PopID();
}

void EditorFields::number(const char* labelKey, const std::string& pointer, double min, double max, bool optional, double fallback) {
    ScenarioDocument& doc = model_.document();
    ImGui::PushID(pointer.c_str());
    label(labelKey);
    // Whole numbers are written as integers, as an author would type them.
    auto asJson = [](double d) { return std::floor(d) == d ? Json(static_cast<int64_t>(d)) : Json(d); };
    const Json* v = optional ? presenceToggle(pointer, asJson(fallback), static_cast<int>(fallback)) : doc.find(pointer);
    if (optional && !v) {
        ImGui::PopID();
        return;
    }
    double value = v && v->is_number() ? v->get<double>() : fallback;
    focusIfAsked(pointer);
    ImGui::SetNextItemWidth(em(8));
    if (ImGui::InputDouble("##v", &value, 1.0, 10.0, "%g")) doc.set(pointer, asJson(std::clamp(value, min, max)), true);
    if (ImGui::IsItemDeactivated()) doc.endTypingBurst();
    ImGui::PopID();
}

void EditorFields::choice(const char* labelKey, const std::string& pointer, const std::vector<std::string>& options, bool optional) {
    ScenarioDocument& doc = model_.document();
    ImGui::PushID(pointer.c_str());
    label(labelKey);
    const Json* v = doc.find(pointer);
    const std::string none = ctx_.strings.text("editor.none");
    const std::string current = v ? stringOf(v) : none;
    focusIfAsked(pointer);
    ImGui::SetNextItemWidth(em(16));
    if (ImGui::BeginCombo("##v", current.c_str())) {
        if (optional && ImGui::Selectable(none.c_str(), !v) && v) doc.remove(pointer);
        for (const auto& option : options) {
            if (ImGui::Selectable(option.c_str(), v && current == option) && current != option) doc.set(pointer, option);
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
}

void EditorFields::flag(const char* labelKey, const std::string& pointer) {
    ScenarioDocument& doc = model_.document();
    ImGui::PushID(pointer.c_str());
    label(labelKey);
    const Json* v = doc.find(pointer);
    bool on = v && v->is_boolean() && v->get<bool>();
    focusIfAsked(pointer);
    if (ImGui::Checkbox("##v", &on)) on ? doc.set(pointer, true) : doc.remove(pointer);
    ImGui::PopID();
}

void EditorFields::itemButtons(const std::string& arrayPointer, size_t index, size_t count) {
    ScenarioDocument& doc = model_.document();
    ImGui::BeginDisabled(index == 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) doc.move(arrayPointer, index, index - 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(index + 1 >= count);
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) doc.move(arrayPointer, index, index + 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button("editor.remove")) doc.remove(childPointer(arrayPointer, index));
}

namespace {

// The width of the up, down and remove buttons after an item.
float itemButtonsWidth(const std::string& removeText) {
    const float arrow = ImGui::GetFrameHeight();
    return arrow * 2 + buttonWidth(removeText) + ImGui::GetStyle().ItemSpacing.x * 3;
}

} // namespace

void EditorFields::textList(const char* labelKey, const std::string& arrayPointer, bool multiline) {
    ScenarioDocument& doc = model_.document();
    ImGui::PushID(arrayPointer.c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx_.strings.text(labelKey).c_str());
    const Json* found = doc.find(arrayPointer);
    const Json items = found && found->is_array() ? *found : Json::array();
    ImGui::SameLine();
    if (button("editor.add_item")) {
        found ? doc.insert(arrayPointer, items.size(), "") : doc.set(arrayPointer, Json::array({""}));
    }
    ImGui::Indent(em(1));
    const float reserve = itemButtonsWidth(ctx_.strings.text("editor.remove"));
    for (size_t i = 0; i < items.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string at = childPointer(arrayPointer, i);
        std::string value = stringOf(&items[i]);
        focusIfAsked(at);
        if (editString("##item", value, multiline, -reserve - FLT_MIN, multilineHeight())) doc.set(at, value, true);
        if (ImGui::IsItemDeactivated()) doc.endTypingBurst();
        ImGui::SameLine();
        itemButtons(arrayPointer, i, items.size());
        ImGui::PopID();
    }
    if (!found || items.empty()) focusIfAsked(arrayPointer);
    ImGui::Unindent(em(1));
    ImGui::PopID();
}

void EditorFields::choiceList(const char* labelKey, const std::string& arrayPointer, const std::vector<std::string>& options) {
    ScenarioDocument& doc = model_.document();
    ImGui::PushID(arrayPointer.c_str());
    label(labelKey);
    const Json* found = doc.find(arrayPointer);
    const Json items = found && found->is_array() ? *found : Json::array();
    for (size_t i = 0; i < items.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string at = childPointer(arrayPointer, i);
        const std::string current = stringOf(&items[i]);
        focusIfAsked(at);
        ImGui::SetNextItemWidth(em(10));
        if (ImGui::BeginCombo("##v", current.c_str())) {
            for (const auto& option : options) {
                if (ImGui::Selectable(option.c_str(), current == option) && current != option) doc.set(at, option);
            }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        if (button("editor.remove")) doc.remove(at);
        ImGui::SameLine();
        ImGui::PopID();
    }
    focusIfAsked(arrayPointer);
    if (button("editor.add_item") && !options.empty()) {
        found ? doc.insert(arrayPointer, items.size(), options.front()) : doc.set(arrayPointer, Json::array({options.front()}));
    }
    ImGui::PopID();
}

} // namespace frontline::gui
