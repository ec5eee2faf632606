#pragma once
// One function per subcommand; each returns the process exit code.
namespace frontline::cli {

int runValidate(int argc, char** argv);
int runFormat(int argc, char** argv);
int runPaths(int argc, char** argv);
int runPlay(int argc, char** argv);
int runTrainee(int argc, char** argv);
int runHours(int argc, char** argv);
int runOverride(int argc, char** argv);
int runNote(int argc, char** argv);
int runSample(int argc, char** argv);
int runStatus(int argc, char** argv);
int runReport(int argc, char** argv);
int runGrade(int argc, char** argv);
int runGradeBatch(int argc, char** argv);
int runExam(int argc, char** argv);
int runImportGift(int argc, char** argv);
int runPack(int argc, char** argv);
int runAudit(int argc, char** argv);

} // namespace frontline::cli
