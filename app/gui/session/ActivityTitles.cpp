#include "session/ActivityTitles.h"

#include "assessments/Exam.h"
#include "scenario/PackLoader.h"

namespace frontline::gui {

namespace {

bool isChinese(const std::string& language) { return language.rfind("zh", 0) == 0; }

std::string lookup(const std::map<std::string, BilingualText>& titles, const std::string& id, const std::string& language) {
    auto it = titles.find(id);
    if (it == titles.end()) return id;
    const std::string& text = inLanguage(it->second, language);
    return text.empty() ? id : text;
}

} // namespace

const std::string& inLanguage(const BilingualText& text, const std::string& language) {
    const std::string& wanted = isChinese(language) ? text.zh : text.en;
    const std::string& other = isChinese(language) ? text.en : text.zh;
    return wanted.empty() ? other : wanted;
}

ActivityTitles::ActivityTitles(const std::vector<PackLoad>& packs, const std::vector<Exam>& exams) {
    for (const auto& load : packs) {
        const bool zh = isChinese(load.pack.language);
        for (const auto& s : load.pack.scenarios) {
            std::string& slot = zh ? scenarios_[s.id].zh : scenarios_[s.id].en;
            if (slot.empty()) slot = s.title;
        }
    }
    for (const auto& e : exams) exams_[e.id] = e.title;
}

std::string ActivityTitles::scenario(const std::string& id, const std::string& language) const { return lookup(scenarios_, id, language); }

std::string ActivityTitles::exam(const std::string& id, const std::string& language) const { return lookup(exams_, id, language); }

} // namespace frontline::gui
