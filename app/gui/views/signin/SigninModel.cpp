#include "views/signin/SigninModel.h"

#include "grading/TextNormalizer.h"

namespace frontline::gui {

std::vector<SigninEntry> signinEntries(const std::vector<Trainee>& people) {
    std::vector<SigninEntry> out;
    for (const auto& p : people) {
        if (p.active) out.push_back({p.empno, p.name, p.team, p.role == Role::Trainer});
    }
    return out;
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
