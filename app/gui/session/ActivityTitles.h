#pragma once
// Display titles of what the programmes name only by id: scenarios (from the
// loaded packs, per pack language) and written exams (from assessments/exams).
#include <map>
#include <string>
#include <vector>

#include "programs/Programs.h"

namespace frontline {
struct Exam;
struct PackLoad;
} // namespace frontline

namespace frontline::gui {

// zh for a Chinese interface, en otherwise; the other language when that one is empty.
const std::string& inLanguage(const BilingualText& text, const std::string& language);

class ActivityTitles {
public:
    ActivityTitles() = default;
    ActivityTitles(const std::vector<PackLoad>& packs, const std::vector<Exam>& exams);

    // The title in language, or the id when nothing is known about it.
    std::string scenario(const std::string& id, const std::string& language) const;
    std::string exam(const std::string& id, const std::string& language) const;

private:
    std::map<std::string, BilingualText> scenarios_;
    std::map<std::string, BilingualText> exams_;
};

} // namespace frontline::gui
