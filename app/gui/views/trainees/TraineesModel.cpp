#include "views/trainees/TraineesModel.h"

#include <algorithm>
#include <set>

#include "access/PinHash.h"
#include "common/CalendarDate.h"
#include "grading/TextNormalizer.h"

namespace frontline::gui {

namespace {

std::string trimmed(const std::string& s) {
    const char* space = " \t\r\n";
    const size_t b = s.find_first_not_of(space);
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(space) - b + 1);
}

TraineeActionResult refused(const std::string& key, const std::string& arg = "") { return {false, key, arg}; }

} // namespace

TraineeForm formFor(const Trainee& t) { return {t.empno, t.name, t.team, t.hireDate, t.role}; }

TraineesModel::TraineesModel(RecordStore& store, std::string trainer) : store_(store), trainer_(std::move(trainer)) {}

Status TraineesModel::reload() {
    TraineeFilter everyone;
    everyone.includeInactive = true;
    auto people = store_.trainees(everyone);
    if (!people) return people.error();
    auto pins = store_.credentialStates();
    if (!pins) return pins.error();
    rows_.clear();
    searchFields_.clear();
    for (auto& p : *people) {
        const auto pin = pins->find(p.empno);
        searchFields_.push_back({foldText(p.empno), foldText(p.name), foldText(p.team)});
        rows_.push_back({std::move(p), pin == pins->end() ? CredentialState{} : pin->second});
    }
    return Done{};
}

const TraineeRow* TraineesModel::find(const std::string& empno) const {
    for (const auto& r : rows_) {
        if (r.person.empno == empno) return &r;
    }
    return nullptr;
}

std::vector<std::string> TraineesModel::teams() const {
    std::set<std::string> teams;
    for (const auto& r : rows_) {
        if (!r.person.team.empty()) teams.insert(r.person.team);
    }
    return {teams.begin(), teams.end()};
}

std::vector<const TraineeRow*> TraineesModel::filtered(const std::string& query, const std::string& team) const {
    const std::u32string q = foldText(query);
    const bool any = q.find_first_not_of(U' ') == std::u32string::npos;
    std::vector<const TraineeRow*> out;
    for (size_t i = 0; i < rows_.size(); ++i) {
        if (!team.empty() && rows_[i].person.team != team) continue;
        const auto& fields = searchFields_[i];
        if (any || std::any_of(fields.begin(), fields.end(), [&](const std::u32string& f) { return f.find(q) != std::u32string::npos; }))
            out.push_back(&rows_[i]);
    }
    return out;
}

std::optional<TraineeActionResult> TraineesModel::formProblem(const TraineeForm& form) const {
    if (trimmed(form.empno).empty()) return refused("trainees.need_empno");
    if (trimmed(form.name).empty()) return refused("trainees.need_name");
    const std::string date = trimmed(form.hireDate);
    if (!date.empty() && !CalendarDate::parse(date)) return refused("trainees.bad_date", date);
    return std::nullopt;
}

TraineeActionResult TraineesModel::done(const char* key, const std::string& arg) {
    // The action is on record; a failed re-read shows as the stale list, not as a refusal.
    reload();
    return {true, key, arg};
}

TraineeActionResult TraineesModel::add(const TraineeForm& form) {
    if (auto problem = formProblem(form)) return *problem;
    Trainee t;
    t.empno = trimmed(form.empno);
    t.name = trimmed(form.name);
    t.team = trimmed(form.team);
    t.hireDate = trimmed(form.hireDate);
    t.role = form.role;
    if (find(t.empno)) return refused("trainees.empno_taken", t.empno);
    auto added = store_.addTrainee(t, trainer_);
    if (!added) return refused("trainees.refused", added.error().message);
    return done("trainees.added", added->name);
}

TraineeActionResult TraineesModel::edit(const TraineeForm& form) {
    if (auto problem = formProblem(form)) return *problem;
    auto before = store_.trainee(form.empno);
    if (!before) return refused("trainees.refused", before.error().message);
    if (form.empno == trainer_ && form.role != before->role) return refused("trainees.not_own_role");
    Trainee t = *before;
    t.name = trimmed(form.name);
    t.team = trimmed(form.team);
    t.hireDate = trimmed(form.hireDate);
    t.role = form.role;
    auto saved = store_.updateTrainee(t, trainer_);
    if (!saved) return refused("trainees.refused", saved.error().message);
    return done("trainees.saved", saved->name);
}

TraineeActionResult TraineesModel::setActive(const std::string& empno, bool active) {
    if (!active && empno == trainer_) return refused("trainees.not_self");
    auto t = store_.trainee(empno);
    if (!t) return refused("trainees.refused", t.error().message);
    if (auto s = store_.setTraineeActive(empno, active, trainer_); !s) return refused("trainees.refused", s.error().message);
    return done(active ? "trainees.activated" : "trainees.deactivated", t->name);
}

TraineeActionResult TraineesModel::setPin(const std::string& empno, const std::string& pin, const std::string& repeat) {
    auto normalized = normalizePin(pin);
    if (!normalized) return refused("trainees.pin_policy");
    auto again = normalizePin(repeat);
    if (!again || *again != *normalized) return refused("trainees.pin_mismatch");
    auto t = store_.trainee(empno);
    if (!t) return refused("trainees.refused", t.error().message);
    if (auto s = store_.setPin(empno, *normalized, trainer_); !s) return refused("trainees.refused", s.error().message);
    return done("trainees.pin_done", t->name);
}

} // namespace frontline::gui
