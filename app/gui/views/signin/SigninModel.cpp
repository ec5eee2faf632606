#include "views/signin/SigninModel.h"

#include "grading/TextNormalizer.h"

namespace frontline::gui {

std::vector<SigninEntry> signinEntries(const std::vector<Trainee>& people, const std::map<std::string, CredentialState>& pins) {
    std::vector<SigninEntry> out;
    for (const auto& p : people) {
        if (!p.active) continue;
        const auto pin = pins.find(p.empno);
        const bool set = pin != pins.end() && pin->second.pinSet;
        out.push_back({p.empno, p.name, p.team, p.role == Role::Trainer, set, set && pin->second.locked});
    }
    return out;
}

SigninStep stepFor(const SigninEntry& e) {
    if (e.locked) return SigninStep::Locked;
    if (e.pinSet) return SigninStep::AskPin;
    return e.trainer ? SigninStep::TrainerWithoutPin : SigninStep::SignIn;
}

SigninRefusal refusalFor(const std::optional<PinCheck>& check, const std::string& message) {
    if (check && check->outcome == PinCheck::Outcome::Wrong) return {"signin.pin_wrong", std::to_string(check->triesLeft)};
    if (check && check->outcome == PinCheck::Outcome::Locked) return {"signin.pin_locked", ""};
    return {"signin.failed", message};
}

std::vector<SigninEntry> filterSignin(const std::vector<SigninEntry>& entries, const std::string& query) {
    const std::u32string q = foldText(query);
    if (q.find_first_not_of(U' ') == std::u32string::npos) return entries;
    std::vector<SigninEntry> out;
    for (const auto& e : entries) {
        for (const auto* field : {&e.empno, &e.name, &e.team}) {
            if (foldText(*field).find(q) != std::u32string::npos) {
                out.push_back(e);
                break;
            }
        }
    }
    return out;
}

} // namespace frontline::gui
