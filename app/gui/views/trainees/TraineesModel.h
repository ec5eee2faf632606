#pragma once
// The trainees screen without a window: everyone in the record (deactivated
// people too) with their PIN state, the search and team filter, and the
// trainer's actions on them. Every action goes through the RecordStore with
// the signed-in trainer as the one who did it, so it lands in the audit log;
// what the view should say afterwards comes back as a string-table key.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "access/Credentials.h"
#include "records/RecordStore.h"

namespace frontline::gui {

struct TraineeRow {
    Trainee person;
    CredentialState pin;
};

// The add and edit form as typed; text is trimmed before it is stored.
struct TraineeForm {
    std::string empno, name, team, hireDate;
    Role role = Role::Trainee;
};
TraineeForm formFor(const Trainee& t);

// What to tell the trainer after an action: a key of the string table and its
// one argument (a name, or the store's reason for a refusal).
struct TraineeActionResult {
    bool ok = false;
    std::string key;
    std::string arg;
};

class TraineesModel {
public:
    // trainer: the signed-in trainer's employee number, recorded as "by".
    TraineesModel(RecordStore& store, std::string trainer);

    // Reads everyone again; an error when the record cannot be read.
    Status reload();
    const std::vector<TraineeRow>& rows() const { return rows_; }
    const TraineeRow* find(const std::string& empno) const;
    // The teams people are in, sorted, without the empty one.
    std::vector<std::string> teams() const;
    // The rows whose employee number, name or team contain query (ignoring
    // case, width and Traditional/Simplified), in team (empty: any team).
    std::vector<const TraineeRow*> filtered(const std::string& query, const std::string& team) const;

    TraineeActionResult add(const TraineeForm& form);
    TraineeActionResult edit(const TraineeForm& form); // the person with form.empno
    TraineeActionResult setActive(const std::string& empno, bool active);
    // pin and repeat as typed in the two password fields; they must match.
    TraineeActionResult setPin(const std::string& empno, const std::string& pin, const std::string& repeat);

private:
    // Checks the form the way the view can explain in the UI language.
    std::optional<TraineeActionResult> formProblem(const TraineeForm& form) const;
    TraineeActionResult done(const char* key, const std::string& arg);

    RecordStore& store_;
    std::string trainer_;
    std::vector<TraineeRow> rows_;
    // rows_[i]'s employee number, name and team folded once here: the screen filters every frame.
    std::vector<std::array<std::u32string, 3>> searchFields_;
};

} // namespace frontline::gui
