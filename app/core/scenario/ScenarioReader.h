#pragma once
// Reads one scenario file into the model, reporting every field-level problem
// (missing, mistyped, out of range, duplicate ids, unknown concepts, weights,
// model answers, unknown slots). Graph checks are ScenarioGraph's.
#include <optional>

#include "common/JsonDocument.h"
#include "scenario/Pack.h"

namespace frontline {

class Lexicon;

// lexicon may be null when the pack's language has none (already reported).
Scenario readScenario(const JsonDocument& doc, const Lexicon* lexicon, Diagnostics& diags);

} // namespace frontline
