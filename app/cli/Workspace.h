#pragma once
// What every command needs: the data root, the grading lexicons, and helpers
// to load a pack and find a playable scenario in it, each failing with one clear line.
#include <filesystem>
#include <string>

#include "CliArgs.h"
#include "common/Result.h"
#include "grading/Lexicon.h"
#include "scenario/PackLoader.h"

namespace frontline::cli {

class Workspace {
public:
    static Result<Workspace> open(const char* argv0);

    const LexiconSet& lexicons() const { return lexicons_; }
    const std::filesystem::path& root() const { return root_; }

    // Loads a pack and returns the scenario when that scenario's file is clean;
    // otherwise an error that points at `frontline-cli validate`.
    struct Selection {
        PackLoad load;
        size_t index = 0;
        const Scenario& scenario() const { return load.pack.scenarios[index]; }
    };
    Result<Selection> selectScenario(const std::string& packDir, const std::string& scenarioId) const;
    // The same, from the --pack and --scenario options.
    Result<Selection> selectScenario(const CliArgs& args) const;

private:
    std::filesystem::path root_;
    LexiconSet lexicons_;
};

} // namespace frontline::cli
