#pragma once
// Reads a pack folder into the model and checks it against
// scenarios/FORMAT.md, collecting every problem rather than stopping at the first.
#include <filesystem>
#include <vector>

#include "common/Diagnostic.h"
#include "scenario/Pack.h"

namespace frontline {

class LexiconSet;

struct PackLoad {
    Pack pack;                       // everything that could be read
    Diagnostics diagnostics;         // errors and warnings, sorted by file and line
    std::vector<int> scenarioErrors; // error count per pack.scenarios entry
    bool manifestOk = false;

    bool ok() const { return manifestOk && !diagnostics.hasErrors(); }
    // A scenario can be played when its own file is clean, even if a sibling is broken.
    bool scenarioPlayable(size_t index) const { return manifestOk && index < scenarioErrors.size() && scenarioErrors[index] == 0; }
};

// Loads and fully validates (fields, graph, lexicon concepts) the pack in dir.
PackLoad loadPack(const std::filesystem::path& dir, const LexiconSet& lexicons);

} // namespace frontline
