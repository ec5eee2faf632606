#pragma once
// Reads a pack folder into the model and checks it against
// scenarios/FORMAT.md, collecting every problem rather than stopping at the first.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "common/Diagnostic.h"
#include "scenario/Pack.h"

namespace frontline {

class Lexicon;
class LexiconSet;
class JsonDocument;

struct PackLoad {
    Pack pack;                       // everything that could be read
    Diagnostics diagnostics;         // errors and warnings, sorted by file and line
    std::vector<int> scenarioErrors; // error count per pack.scenarios entry
    bool manifestOk = false;

    bool ok() const { return manifestOk && !diagnostics.hasErrors(); }
    // A scenario can be played when its own file is clean, even if a sibling is broken.
    bool scenarioPlayable(size_t index) const { return manifestOk && index < scenarioErrors.size() && scenarioErrors[index] == 0; }
};

// Appends the pack's phrases to every criterion of the scenario that uses
// their concept (skipping phrases it already has). loadPack does this for
// every scenario it reads; a scenario parsed on its own (the editor) calls it.
void applyPackPhrases(const std::map<std::string, std::vector<std::string>>& phrases, Scenario& scenario);

// Loads and fully validates (fields, graph, lexicon concepts) the pack in dir.
PackLoad loadPack(const std::filesystem::path& dir, const LexiconSet& lexicons);

// Every check loadPack runs on one scenario file (fields, graph, lexicon
// concepts, an id already used by another file of the pack), on a document
// that need not be on disk: the editor re-checks its text with it. takenIds
// maps the scenario ids of the pack's other files to their file names.
// Sets the scenario's hash.
Scenario checkScenarioDocument(const JsonDocument& doc, const Lexicon* lexicon, const std::map<std::string, std::string>& takenIds,
                               Diagnostics& diags);

} // namespace frontline
