#pragma once
// The people who can be picked on the sign-in screen, filtered by what is
// typed: a part of the employee number, name or team, ignoring case, width
// and Traditional/Simplified differences (張偉 finds 张伟); and what picking
// one leads to, PIN or not.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "access/Credentials.h"
#include "records/Records.h"

namespace frontline::gui {

struct SigninEntry {
    std::string empno;
    std::string name;
    std::string team;
    bool trainer = false; // shown with a lock: trainers sign in with a PIN
    bool pinSet = false;  // picking them asks for the PIN
    bool locked = false;  // too many wrong PINs: only a reset lets them in
};

// Active people only, in the order given, with their PIN state from pins
// (RecordStore::credentialStates; people not in it have no PIN).
std::vector<SigninEntry> signinEntries(const std::vector<Trainee>& people, const std::map<std::string, CredentialState>& pins = {});

// What picking an entry leads to: signing in at once, asking for the PIN, or a
// message instead (a trainer without a PIN, a locked account).
enum class SigninStep { SignIn, AskPin, TrainerWithoutPin, Locked };
SigninStep stepFor(const SigninEntry& e);

// Why a sign-in was refused, as a string-table key and its one argument:
// the tries left after a wrong PIN, the lock, or the store's own message.
struct SigninRefusal {
    std::string key;
    std::string arg;
};
SigninRefusal refusalFor(const std::optional<PinCheck>& check, const std::string& message);

// The entries matching query; all of them when it is blank.
std::vector<SigninEntry> filterSignin(const std::vector<SigninEntry>& entries, const std::string& query);

} // namespace frontline::gui
