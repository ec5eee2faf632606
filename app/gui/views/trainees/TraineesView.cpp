#include "views/trainees/TraineesView.h"

#include <algorithm>

#include "session/AppSession.h"
#include "theme/ApplyTheme.h"
#include "ui/Em.h"
#include "ui/Tables.h"
#include "ui/TextInput.h"
#include "ui/Widgets.h"

namespace frontline::gui {

namespace {

constexpr float kSideWidthShare = 0.36f;

template <size_t N> void copyTo(std::array<char, N>& buffer, const std::string& text) {
    buffer.fill('\0');
    std::copy_n(text.begin(), std::min(text.size(), N - 1), buffer.begin());
}

const char* roleKey(Role r) {
    switch (r) {
    case Role::Trainee: return "trainees.role.trainee";
    case Role::Agent: return "trainees.role.agent";
    case Role::Trainer: return "trainees.role.trainer";
    }
    return "trainees.role.trainee";
}

std::string pinWord(const StringTable& s, const CredentialState& pin) {
    if (!pin.pinSet) return s.text("trainees.pin.none");
    if (pin.locked) return s.text("trainees.pin.locked");
    if (pin.failedTries > 0) return s.format("trainees.pin.tries", pin.failedTries);
    return s.text("trainees.pin.set");
}

// A label above a full-width text field.
bool labeledInput(const std::string& label, const char* id, char* buffer, size_t size, ImGuiInputTextFlags flags = 0,
                  const char* hint = "") {
    ImGui::TextUnformatted(label.c_str());
    ImGui::SetNextItemWidth(-FLT_MIN);
    return inputText(id, buffer, size, flags, hint);
}

} // namespace

TraineesView::TraineesView(AppSession& session) {
    if (!session.trainerSignedIn()) return;
    model_.emplace(session.store(), session.trainee()->empno);
    if (auto s = model_->reload(); !s) loadError_ = s.error().format();
}

void TraineesView::select(const TraineeRow* row) {
    message_.reset();
    pin_.fill('\0');
    pinRepeat_.fill('\0');
    const TraineeForm form = row ? formFor(row->person) : TraineeForm{};
    selected_ = row ? row->person.empno : "";
    copyTo(empno_, form.empno);
    copyTo(personName_, form.name);
    copyTo(team2_, form.team);
    copyTo(hireDate_, form.hireDate);
    role_ = form.role;
}

void TraineesView::show(const TraineeActionResult& result) { message_ = result; }

TraineeForm TraineesView::typedForm() const { return {empno_.data(), personName_.data(), team2_.data(), hireDate_.data(), role_}; }

void TraineesView::draw(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    if (!model_ || !loadError_.empty()) {
        if (beginCard("##trainees-error", ImVec2(0.0f, 0.0f))) {
            headingText(ctx.headingFont, s.text("trainees.title"));
            wrappedText(loadError_.empty() ? s.text("trainees.trainers_only") : s.format("trainees.load_error", loadError_));
        }
        endCard();
        return;
    }
    headingText(ctx.headingFont, s.text("trainees.heading"));
    coloredText(s.count("trainees.count", static_cast<long long>(model_->rows().size())), ctx.theme.color("muted"));
    ImGui::Dummy(em(0.0f, 0.3f));
    const float gap = ImGui::GetStyle().ItemSpacing.x * 1.5f;
    const float total = ImGui::GetContentRegionAvail().x;
    const float side = std::max(em(20.0f), total * kSideWidthShare);
    ImGui::BeginChild("##trainees-main", ImVec2(total - side - gap, 0.0f), false, ImGuiWindowFlags_NoBackground);
    if (beginCard("##trainees-list", ImVec2(0.0f, 0.0f))) {
        drawFilters(ctx);
        drawTable(ctx);
    }
    endCard();
    ImGui::EndChild();
    ImGui::SameLine(0.0f, gap);
    ImGui::BeginChild("##trainees-side", ImVec2(side, 0.0f), false, ImGuiWindowFlags_NoBackground);
    drawSide(ctx);
    ImGui::EndChild();
}

void TraineesView::drawFilters(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const float comboWidth = em(9.0f);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - comboWidth - ImGui::GetStyle().ItemSpacing.x);
    inputText("##search", query_.data(), query_.size(), 0, s.c("trainees.search_hint"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(comboWidth);
    const std::string preview = team_.empty() ? s.text("trainees.all_teams") : team_;
    if (ImGui::BeginCombo("##team", preview.c_str())) {
        if (ImGui::Selectable(s.c("trainees.all_teams"), team_.empty())) team_.clear();
        for (const auto& team : model_->teams()) {
            if (ImGui::Selectable(team.c_str(), team == team_)) team_ = team;
        }
        ImGui::EndCombo();
    }
}

void TraineesView::drawTable(const ViewContext& ctx) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const auto rows = model_->filtered(query_.data(), team_);
    if (rows.empty()) {
        coloredText(s.text("trainees.no_match"), t.color("muted"));
        return;
    }
    if (!ImGui::BeginTable("##people", 6, kListTableFlags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // Names and teams share what the fixed columns leave, so neither is cut to one character on a small window.
    ImGui::TableSetupColumn(s.c("trainees.col.name"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(s.c("trainees.col.empno"), ImGuiTableColumnFlags_WidthFixed, em(4.5f));
    ImGui::TableSetupColumn(s.c("trainees.col.role"), ImGuiTableColumnFlags_WidthFixed, em(4.0f));
    ImGui::TableSetupColumn(s.c("trainees.col.team"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(s.c("trainees.col.hired"), ImGuiTableColumnFlags_WidthFixed, em(6.0f));
    ImGui::TableSetupColumn(s.c("trainees.col.pin"), ImGuiTableColumnFlags_WidthFixed, em(5.0f));
    ImGui::TableHeadersRow();
    for (const TraineeRow* row : rows) {
        const Trainee& p = row->person;
        ImGui::PushID(p.empno.c_str());
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        if (!p.active) ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("faint")));
        const std::string name = p.active ? p.name : s.format("trainees.deactivated_name", p.name);
        if (ImGui::Selectable(name.c_str(), p.empno == selected_, ImGuiSelectableFlags_SpanAllColumns)) select(row);
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(p.empno.c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::TextUnformatted(s.c(roleKey(p.role)));
        ImGui::TableSetColumnIndex(3);
        ImGui::TextUnformatted(fitText(p.team, ImGui::GetContentRegionAvail().x).c_str());
        ImGui::TableSetColumnIndex(4);
        ImGui::TextUnformatted(p.hireDate.c_str());
        ImGui::TableSetColumnIndex(5);
        if (p.active && row->pin.locked) ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(t.color("error")));
        ImGui::TextUnformatted(pinWord(s, row->pin).c_str());
        if (p.active && row->pin.locked) ImGui::PopStyleColor();
        if (!p.active) ImGui::PopStyleColor();
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void TraineesView::drawSide(const ViewContext& ctx) {
    const TraineeRow* row = selected_.empty() ? nullptr : model_->find(selected_);
    if (!beginCard("##trainee-form", ImVec2(0.0f, 0.0f))) {
        endCard();
        return;
    }
    drawMessage(ctx);
    if (row) {
        drawForm(ctx, row);
        drawStatus(ctx, *row);
        drawPin(ctx, *row);
        ImGui::Dummy(em(0.0f, 0.4f));
        if (ImGui::Button(ctx.strings.c("trainees.new_person"))) select(nullptr);
    } else {
        drawForm(ctx, nullptr);
    }
    endCard();
}

void TraineesView::drawForm(const ViewContext& ctx, const TraineeRow* editing) {
    const StringTable& s = ctx.strings;
    const Theme& t = ctx.theme;
    const bool adding = editing == nullptr;
    headingText(ctx.headingFont, adding ? s.text("trainees.add_heading") : s.format("trainees.edit_heading", editing->person.name));
    if (adding) {
        labeledInput(s.text("trainees.field.empno"), "##empno", empno_.data(), empno_.size(), ImGuiInputTextFlags_CharsNoBlank, "E1001");
    } else {
        coloredText(s.format("trainees.field.empno_fixed", std::string(empno_.data())), t.color("muted"));
    }
    labeledInput(s.text("trainees.field.name"), "##name", personName_.data(), personName_.size());
    labeledInput(s.text("trainees.field.team"), "##team-field", team2_.data(), team2_.size());
    labeledInput(s.text("trainees.field.hire_date"), "##hired", hireDate_.data(), hireDate_.size(), 0, "YYYY-MM-DD");
    ImGui::TextUnformatted(s.c("trainees.field.role"));
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##role", s.c(roleKey(role_)))) {
        for (Role r : {Role::Trainee, Role::Agent, Role::Trainer}) {
            if (ImGui::Selectable(s.c(roleKey(r)), r == role_)) role_ = r;
        }
        ImGui::EndCombo();
    }
    ImGui::Dummy(em(0.0f, 0.2f));
    if (primaryButton(s.c(adding ? "trainees.add" : "trainees.save"), t)) {
        const TraineeActionResult result = adding ? model_->add(typedForm()) : model_->edit(typedForm());
        if (result.ok && adding) select(model_->find(typedForm().empno)); // the new person, ready for a PIN
        show(result);
    }
}

void TraineesView::drawStatus(const ViewContext& ctx, const TraineeRow& row) {
    const StringTable& s = ctx.strings;
    ImGui::Dummy(em(0.0f, 0.4f));
    sectionTitle(s.text("trainees.status_heading"), ctx.theme);
    wrappedText(s.text(row.person.active ? "trainees.status_active" : "trainees.status_inactive"));
    if (ImGui::Button(s.c(row.person.active ? "trainees.deactivate" : "trainees.activate"))) {
        show(model_->setActive(row.person.empno, !row.person.active));
    }
}

void TraineesView::drawPin(const ViewContext& ctx, const TraineeRow& row) {
    const StringTable& s = ctx.strings;
    const CredentialState& pin = row.pin;
    ImGui::Dummy(em(0.0f, 0.4f));
    sectionTitle(s.text("trainees.pin_heading"), ctx.theme);
    if (!pin.pinSet)
        wrappedText(s.text("trainees.pin_state_none"));
    else if (pin.locked)
        wrappedText(s.format("trainees.pin_state_locked", pin.lockedAt));
    else if (pin.failedTries > 0)
        wrappedText(s.format("trainees.pin_state_tries", pin.failedTries));
    else
        wrappedText(s.text("trainees.pin_state_set"));
    constexpr ImGuiInputTextFlags kPinFlags = ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsNoBlank;
    labeledInput(s.text("trainees.pin_new"), "##pin", pin_.data(), pin_.size(), kPinFlags);
    labeledInput(s.text("trainees.pin_repeat"), "##pin-repeat", pinRepeat_.data(), pinRepeat_.size(), kPinFlags);
    if (ImGui::Button(s.c(pin.pinSet ? "trainees.pin_reset_button" : "trainees.pin_set_button"))) {
        const TraineeActionResult result = model_->setPin(row.person.empno, pin_.data(), pinRepeat_.data());
        pin_.fill('\0');
        pinRepeat_.fill('\0');
        show(result);
    }
}

void TraineesView::drawMessage(const ViewContext& ctx) {
    if (!message_) return;
    const std::string text = message_->arg.empty() ? ctx.strings.text(message_->key) : ctx.strings.format(message_->key, message_->arg);
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(ctx.theme.color(message_->ok ? "ok" : "error")));
    wrappedText(text);
    ImGui::PopStyleColor();
}

} // namespace frontline::gui
