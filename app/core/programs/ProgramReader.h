#pragma once
// Reads and checks the programme files of assessments/programs/ against
// assessments/programs/FORMAT.md, reporting every problem as
// file:line:column: error: message (at /json/pointer).
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/JsonDocument.h"
#include "programs/Programs.h"

namespace frontline {

struct Pack;

// The scenario ids of each known pack, to check that a programme names real scenarios.
struct ScenarioCatalog {
    std::map<std::string, std::set<std::string>> scenariosByPack;
};
ScenarioCatalog catalogOf(const std::vector<Pack>& packs);

// catalog may be null: references are then not checked (status and reports, which trust validate).
std::optional<OnboardingProgram> readOnboardingProgram(const JsonDocument& doc, const ScenarioCatalog* catalog, Diagnostics& diags);
std::optional<AnnualProgram> readAnnualProgram(const JsonDocument& doc, Diagnostics& diags);

constexpr const char* kOnboardingFormat = "frontline-onboarding/1";
constexpr const char* kAnnualFormat = "frontline-annual/1";
constexpr const char* kOnboardingFile = "onboarding.json";
constexpr const char* kAnnualFile = "annual.json";

// One programme file of either kind, chosen by its "format".
struct ProgramFileLoad {
    std::optional<OnboardingProgram> onboarding;
    std::optional<AnnualProgram> annual;
    Diagnostics diagnostics; // sorted
    bool ok() const { return (onboarding || annual) && !diagnostics.hasErrors(); }
};
ProgramFileLoad loadProgramFile(const std::filesystem::path& file, const ScenarioCatalog* catalog);

// Both programmes of a folder (onboarding.json and annual.json).
struct ProgramsLoad {
    Programs programs;
    Diagnostics diagnostics; // sorted
    bool ok() const { return !diagnostics.hasErrors(); }
};
ProgramsLoad loadPrograms(const std::filesystem::path& dir, const ScenarioCatalog* catalog);

} // namespace frontline
