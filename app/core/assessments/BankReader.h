#pragma once
// Reads one question bank file (assessments/FORMAT.md) into the model,
// reporting every field-level problem with its file:line:column.
#include "assessments/QuestionBank.h"
#include "common/JsonDocument.h"

namespace frontline {

class LexiconSet;

QuestionBank readBank(const JsonDocument& doc, const LexiconSet& lexicons, Diagnostics& diags);

} // namespace frontline
