#pragma once
// The people who can be picked on the sign-in screen, filtered by what is
// typed: a part of the employee number, name or team, ignoring case, width
// and Traditional/Simplified differences (張偉 finds 张伟).
#include <string>
#include <vector>

#include "records/Records.h"

namespace frontline::gui {

struct SigninEntry {
    std::string empno;
    std::string name;
    std::string team;
    bool trainer = false; // shown with a lock: trainers sign in with a PIN
};

// Active people only, in the order given.
std::vector<SigninEntry> signinEntries(const std::vector<Trainee>& people);

// The entries matching query; all of them when it is blank.
std::vector<SigninEntry> filterSignin(const std::vector<SigninEntry>& entries, const std::string& query);

} // namespace frontline::gui
