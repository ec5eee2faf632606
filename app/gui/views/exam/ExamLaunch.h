#pragma once
// What the exam screen needs besides ExamModel, with no window: the banks,
// exams and lexicons; the list of exams with how the person has done on each;
// which one is due next; answers files (screenshot mode); and answers worded
// for the results page.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "assessments/AssessmentLibrary.h"
#include "common/Result.h"
#include "grading/Lexicon.h"
#include "i18n/StringTable.h"
#include "views/exam/ExamModel.h"
#include "views/home/HomeModel.h"

namespace frontline::gui {

// Held behind a pointer: a sitting keeps pointers to the exam, bank and lexicons.
struct ExamResources {
    LexiconSet lexicons;
    AssessmentLibrary library;
    std::vector<std::string> warnings;
};
std::unique_ptr<ExamResources> loadExamResources(const std::filesystem::path& root);

// One exam as the exam list shows it.
struct ExamListItem {
    std::string id;
    std::string title;
    int questions = 0; // drawn per paper
    int minutes = 0;   // 0 = untimed
    int passMark = 0;
    int maxAttempts = 0; // 0 = unlimited
    int attemptsUsed = 0;
    int retakeWaitHours = 0;
    bool exhausted = false;            // every attempt used
    std::optional<int64_t> retakeFrom; // while a retake wait runs (UTC seconds)
    std::optional<int> lastScore;      // the latest completed attempt
    bool lastPassed = false;
    std::optional<ItemStatus> status; // where an onboarding day lists it
    bool certification = false;       // the certification written test
    bool due = false;                 // the next exam due
};

// Which exam is due next: home's next activity when it is an exam, else the
// first open exam of the checklist, else the certification test, else the first exam.
std::string nextExamDue(const HomeModel& home, const AssessmentLibrary& library, const Programs& programs);

// The onboarding days' exams in order, then the certification test, then any other exam.
std::vector<ExamListItem> buildExamList(const AssessmentLibrary& library, const TraineeHistory& history, const HomeModel& home,
                                        const Programs& programs, const std::string& language, int64_t nowSeconds);

// A moment as the trainee's wall clock shows it: "2026-11-25 09:30".
std::string localDateTimeText(int64_t utcSeconds);

// A seed for a new paper.
uint64_t freshSeed();

// Reads an answers file ({"answers": {question id: answer}}).
Result<nlohmann::json> readAnswersFile(const std::filesystem::path& file);
// Fills in the answers of the file's questions that are on the paper; the
// first refused answer stops it with the question id and the reason.
Status fillAnswers(ExamModel& exam, const nlohmann::json& answersFile);

// An answer in words: option texts, "true"/"false", "prompt → answer" per pair,
// or the text typed; the "not answered" word when there is none.
std::string answerText(const Question& q, const nlohmann::json* answer, const StringTable& s);

// "exam.type.single_choice", ...
std::string questionTypeKey(QuestionType type);

// Remaining seconds as "mm:ss" (or "h:mm:ss").
std::string clockText(double seconds);

} // namespace frontline::gui
