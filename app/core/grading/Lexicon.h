#pragma once
// The grading lexicon of assets/lexicon/FORMAT.md: service behaviours
// ("concepts") and the phrases that express them, for one language.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "common/Diagnostic.h"
#include "grading/Pattern.h"

namespace frontline {

struct Concept {
    std::string id;
    bool forbidden = false;
    std::string label;
    std::string description;
    std::vector<Pattern> patterns;
    std::vector<Pattern> exclude;
    bool negatable = true;
};

struct NegationRule {
    std::vector<std::string> cues; // normalised
    int window = 3;                // characters (zh) or words (en)
    // Words that contain a cue but negate nothing ("不过" but, "不好意思" sorry,
    // "没关系" no problem): their cue letters are not cues.
    std::vector<std::string> notCues;
    // Refusals that negate what came just before ("免单我们做不到").
    std::vector<std::string> afterCues;
    int afterWindow = 0;
};

class Lexicon {
public:
    const std::string& language() const { return language_; }
    const Concept* concept(const std::string& id) const;
    const std::map<std::string, Concept>& concepts() const { return concepts_; }
    const NegationRule& negation() const { return negation_; }
    bool wordBased() const { return language_ != "zh-CN"; }

    // Parses one lexicon file; problems go to diags with file:line:column.
    static std::optional<Lexicon> load(const std::filesystem::path& file, Diagnostics& diags);

private:
    std::string language_;
    NegationRule negation_;
    std::map<std::string, Concept> concepts_;
};

// All lexicons of an assets folder, by language.
class LexiconSet {
public:
    static LexiconSet loadDir(const std::filesystem::path& dir, Diagnostics& diags);
    const Lexicon* forLanguage(const std::string& language) const;
    void add(Lexicon lexicon);

private:
    std::map<std::string, Lexicon> byLanguage_;
};

// The concept ids every lexicon must define (a contract with packs).
const std::vector<std::string>& requiredConceptIds();
const std::vector<std::string>& forbiddenConceptIds();

} // namespace frontline
