#pragma once
// frontline-cli exam pending / exam grade: written exams whose essays wait
// for a trainer, and the trainer's grade of them (assessments/EssayGrading.h).
namespace frontline::cli {

int runExamPending(int argc, char** argv);
int runExamGrade(int argc, char** argv);

} // namespace frontline::cli
