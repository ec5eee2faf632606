#include "views/lexicon/LexiconModel.h"

#include <algorithm>

#include "grading/KeywordGrader.h"
#include "grading/TextNormalizer.h"

namespace frontline::gui {

namespace {

bool contains(const std::string& text, const std::u32string& folded) { return foldText(text).find(folded) != std::u32string::npos; }

} // namespace

std::vector<std::string> lexiconLanguages(const LexiconSet& lexicons) {
    std::vector<std::string> out;
    for (const char* language : {"zh-CN", "en"}) {
        if (lexicons.forLanguage(language)) out.push_back(language);
    }
    return out;
}

LexiconModel::LexiconModel(const LexiconSet& lexicons, std::vector<LexiconPack> packs, const std::string& language)
    : lexicons_(lexicons), packs_(std::move(packs)), languages_(lexiconLanguages(lexicons)) {
    if (!setLanguage(language) && !languages_.empty()) setLanguage(languages_.front());
}

bool LexiconModel::setLanguage(const std::string& language) {
    const Lexicon* lexicon = lexicons_.forLanguage(language);
    if (!lexicon) return false;
    language_ = language;
    filter();
    // The first concept listed: required ones come first.
    if (!lexicon->concept(selected_)) selected_ = concepts_.empty() ? std::string() : concepts_.front().id;
    return true;
}

void LexiconModel::setQuery(const std::string& query) {
    query_ = query;
    filter();
}

bool LexiconModel::matches(const Concept& c, const std::u32string& folded) const {
    if (contains(c.id, folded) || contains(c.label, folded)) return true;
    for (const auto& p : c.patterns) {
        if (contains(p.source(), folded)) return true;
    }
    for (const auto& list : packPhrases(c.id)) {
        for (const auto& p : list.phrases) {
            if (contains(p, folded)) return true;
        }
    }
    return false;
}

void LexiconModel::filter() {
    concepts_.clear();
    const Lexicon* lex = lexicon();
    if (!lex) return;
    const std::u32string folded = foldText(query_);
    const bool all = folded.find_first_not_of(U' ') == std::u32string::npos;
    for (const auto& [id, c] : lex->concepts()) {
        if (all || matches(c, folded)) concepts_.push_back({id, c.label, c.forbidden});
    }
    std::stable_sort(concepts_.begin(), concepts_.end(),
                     [](const ConceptEntry& a, const ConceptEntry& b) { return a.forbidden < b.forbidden; });
}

const Concept* LexiconModel::selected() const {
    const Lexicon* lex = lexicon();
    return lex ? lex->concept(selected_) : nullptr;
}

std::vector<ConceptUse> LexiconModel::uses(const std::string& conceptId) const {
    std::vector<ConceptUse> out;
    for (const auto& lp : packs_) {
        if (!lp.pack || lp.pack->language != language_) continue;
        for (const auto& s : lp.pack->scenarios) {
            for (const auto& n : s.nodes) {
                for (const auto& c : n.rubric.criteria) {
                    if (c.concept == conceptId) out.push_back({lp.pack->title, lp.user, s.title, n.id, c.id});
                }
            }
        }
    }
    return out;
}

std::vector<PackPhraseList> LexiconModel::packPhrases(const std::string& conceptId) const {
    std::vector<PackPhraseList> out;
    for (const auto& lp : packs_) {
        if (!lp.pack || lp.pack->language != language_) continue;
        auto it = lp.pack->phrases.find(conceptId);
        if (it != lp.pack->phrases.end()) out.push_back({lp.pack->title, lp.user, it->second});
    }
    return out;
}

bool LexiconModel::standing(const std::string& conceptId) {
    const auto& ids = standingForbiddenConcepts();
    return std::find(ids.begin(), ids.end(), conceptId) != ids.end();
}

} // namespace frontline::gui
