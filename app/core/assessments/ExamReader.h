#pragma once
// Reads one exam definition file (assessments/FORMAT.md), reporting every
// field-level problem; whether its bank can meet the draw is checked by
// loadAssessments, which sees the banks.
#include "assessments/Exam.h"
#include "common/JsonDocument.h"

namespace frontline {

constexpr const char* kExamFormat = "frontline-exam/1";

Exam readExam(const JsonDocument& doc, Diagnostics& diags);

} // namespace frontline
