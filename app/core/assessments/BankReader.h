#pragma once
// Reads one question bank file (assessments/FORMAT.md) into the model,
// reporting every field-level problem with its file:line:column.
#include <optional>
#include <string>

#include "assessments/QuestionBank.h"
#include "common/JsonDocument.h"
#include "common/JsonFields.h"

namespace frontline {

class LexiconSet;

constexpr const char* kBankFormat = "frontline-bank/1";

// Case-analysis rubrics are checked against lexicons (the concepts they name).
QuestionBank readBank(const JsonDocument& doc, const LexiconSet& lexicons, Diagnostics& diags);

// Field readers shared with ExamReader.
// What the syntax rules of QuestionBank.h expect, for messages.
constexpr const char* kBankIdRule = "lowercase letters, digits and '-'";
constexpr const char* kCategoryRule = "a path of non-empty names separated by '/' such as \"policy/returns\"";
constexpr const char* kVersionRule = "a version MAJOR.MINOR.PATCH such as \"1.0.0\"";
// Reports "'format' must be "<expected>", got ..." unless the file says it is of that format.
void checkFormat(JsonFields& f, const char* expected);
// A non-empty string that must pass valid, else "'key' must be <expected>, got '<value>'".
std::optional<std::string> textMatching(JsonFields& f, const std::string& key, Need need, bool (*valid)(const std::string&),
                                        const char* expected);

} // namespace frontline
