#pragma once
// Every bank and exam of an assessments folder (assessments/banks/*.json,
// assessments/exams/*.json), read and cross-checked: each exam's bank exists
// in each language, its draw rules can be met, ids are unique.
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

} // namespace frontline
