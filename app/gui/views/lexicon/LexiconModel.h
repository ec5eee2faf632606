#pragma once
// The trainer's lexicon screen with no window: the grading lexicon of one
// language, its concepts filtered by a search (ids, labels and patterns,
// folded like replies so Traditional and full-width input finds Simplified
// and half-width text), and for the selected concept the pack criteria that
// use it and the phrases each pack adds to it (FORMAT.md "Pack phrases").
#include <string>
#include <vector>

#include "grading/Lexicon.h"
#include "scenario/Pack.h"

namespace frontline::gui {

// A pack the screen looks through; user packs are a trainer's own.
struct LexiconPack {
    const Pack* pack = nullptr;
    bool user = false;
};

struct ConceptEntry {
    std::string id;
    std::string label;
    bool forbidden = false;
};

// One criterion that names a concept.
struct ConceptUse {
    std::string packTitle;
    bool userPack = false;
    std::string scenarioTitle;
    std::string nodeId;
    std::string criterionId;
};

struct PackPhraseList {
    std::string packTitle;
    bool userPack = false;
    std::vector<std::string> phrases;
};

// The languages that have a lexicon, in the order the switch shows them.
std::vector<std::string> lexiconLanguages(const LexiconSet& lexicons);

class LexiconModel {
public:
    // language: the one shown first (the UI language); another with a lexicon when it has none.
    LexiconModel(const LexiconSet& lexicons, std::vector<LexiconPack> packs, const std::string& language);

    const std::vector<std::string>& languages() const { return languages_; }
    const std::string& language() const { return language_; }
    // False (nothing changes) when there is no lexicon for it. Keeps the
    // selected concept when the new lexicon has it too.
    bool setLanguage(const std::string& language);
    const Lexicon* lexicon() const { return lexicons_.forLanguage(language_); }

    void setQuery(const std::string& query);
    const std::string& query() const { return query_; }
    // The concepts matching the query: required ones first, then forbidden,
    // each by id. Filtered when the language or the query changes, not on every call.
    const std::vector<ConceptEntry>& concepts() const { return concepts_; }

    void select(const std::string& conceptId) { selected_ = conceptId; }
    const std::string& selectedId() const { return selected_; }
    const Concept* selected() const;

    // Criteria of this language's packs that name the concept, in pack, scenario and node order.
    std::vector<ConceptUse> uses(const std::string& conceptId) const;
    // The phrases each pack of this language adds to the concept.
    std::vector<PackPhraseList> packPhrases(const std::string& conceptId) const;
    // Checked on every reply by the service standards, whether a rubric names it or not.
    static bool standing(const std::string& conceptId);

private:
    bool matches(const Concept& c, const std::u32string& folded) const;
    void filter();

    const LexiconSet& lexicons_;
    std::vector<LexiconPack> packs_;
    std::vector<std::string> languages_;
    std::string language_;
    std::string query_;
    std::vector<ConceptEntry> concepts_; // the language's concepts matching query_
    std::string selected_;
};

} // namespace frontline::gui
