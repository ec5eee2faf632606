#pragma once
// Every bank and exam of an assessments folder (assessments/banks/*.json,
// assessments/exams/*.json), read and cross-checked: each exam's bank exists
// in each language, its draw rules can be met, ids are unique.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "assessments/Exam.h"
#include "assessments/QuestionBank.h"
#include "common/Diagnostic.h"

namespace frontline {

class LexiconSet;

struct AssessmentLibrary {
    std::vector<QuestionBank> banks;
    std::vector<Exam> exams;

    const QuestionBank* bank(const std::string& id, const std::string& language) const;
    const Exam* exam(const std::string& id) const;
};

// Reads assessmentsDir/banks and assessmentsDir/exams. Problems go to diags
// as file:line:column; files with errors are left out of the result.
// lexicons checks the concepts named by case-analysis rubrics.
AssessmentLibrary loadAssessments(const std::string& assessmentsDir, const LexiconSet& lexicons, Diagnostics& diags);

// The *.json files of a folder in name order, as loadAssessments reads them
// (folder / name); none when the folder is missing.
std::vector<std::filesystem::path> assessmentFiles(const std::filesystem::path& folder);

// One bank or exam file read on its own, without the cross-checks: nothing
// when it cannot be read or has errors (all of them in diags).
std::optional<QuestionBank> loadBankFile(const std::filesystem::path& file, const LexiconSet& lexicons, Diagnostics& diags);
std::optional<Exam> loadExamFile(const std::filesystem::path& file, Diagnostics& diags);

} // namespace frontline
