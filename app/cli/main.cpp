// frontline-cli: the headless shell over frontline::core, for trainers,
// scripts and tests.
#include <cstring>
#include <iostream>
#include <string>

#include "Commands.h"
#include "common/Version.h"

namespace {

const char* kUsage = R"(usage: frontline-cli COMMAND [OPTIONS]

Frontline trains and certifies customer-service agents. This is its headless
command line; the desktop app is 'frontline'.

commands:
  validate PATH...                         check scenario packs, report every problem
  format [--check] PATH...                 rewrite pack files in the editor's stable JSON style
  paths --pack DIR --scenario ID           list every path through a scenario
  play --pack DIR --scenario ID --responses FILE [--seed N] [--json]
       [--mode practice|certification] [--trainee EMPNO]
                                           play a scenario from a file of replies;
                                           --trainee records the attempt
  trainee add|list|show|edit|deactivate|activate|set-pin
                                           the people in the training records and their PINs
  hours add|list                           training time entered by trainers, and totals
  override --attempt A --turn N --score S --reason TEXT --by TRAINER
                                           replace one turn's score (audit-logged)
  note add|list                            coaching notes
  audit [--empno E] [--json]               trainer actions on record, oldest first
  sample --week YYYY-Www [--rate 0.10] [--seed N]
                                           reproducible QA sample of a week's attempts
  status --trainee EMPNO [--json] [--date YYYY-MM-DD]
                                           onboarding progress, certification state and why,
                                           this year's training hours
  report onboarding|annual|cohort --format csv|json|md [--team T] [--year Y] [--bom] [--out FILE]
                                           trainer reports (CSV opens cleanly in a spreadsheet)
  grade --pack DIR --scenario ID --node NODE --response TEXT [--latency-ms N] [--json]
                                           grade one reply and explain the score
  grade-batch [--in FILE] [--out FILE]     grade JSON Lines, one result per line
  exam list [--lang zh-CN|en] [--json]      the written exams and what they draw
  exam paper --exam ID [--seed N] [--lang zh-CN|en] [--json]
                                           show the paper a seed draws (no answers)
  exam take --exam ID --trainee EMPNO --answers FILE [--seed N] [--lang zh-CN|en] [--json]
                                           sit a written exam headlessly and record it
  import-gift FILE.gift --out BANK.json    convert a Moodle GIFT question file to a bank
  pack list|import|export|duplicate        the pack library: bundled and user packs, import
                                           a folder or .zip (audit-logged), export, copy to edit

Run 'frontline-cli COMMAND --help' for a command's options.
  --help      show this help
  --version   show the version
)";

} // namespace

int main(int argc, char** argv) {
    using namespace frontline::cli;
    if (argc < 2) {
        std::cerr << kUsage;
        return 2;
    }
    std::string command = argv[1];
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << kUsage;
        return 0;
    }
    if (command == "--version") {
        std::cout << "frontline-cli " << frontline::kVersion << "\n";
        return 0;
    }
    if (command == "validate") return runValidate(argc, argv);
    if (command == "format") return runFormat(argc, argv);
    if (command == "paths") return runPaths(argc, argv);
    if (command == "play") return runPlay(argc, argv);
    if (command == "trainee") return runTrainee(argc, argv);
    if (command == "hours") return runHours(argc, argv);
    if (command == "override") return runOverride(argc, argv);
    if (command == "note") return runNote(argc, argv);
    if (command == "audit") return runAudit(argc, argv);
    if (command == "sample") return runSample(argc, argv);
    if (command == "status") return runStatus(argc, argv);
    if (command == "report") return runReport(argc, argv);
    if (command == "grade") return runGrade(argc, argv);
    if (command == "grade-batch") return runGradeBatch(argc, argv);
    if (command == "exam") return runExam(argc, argv);
    if (command == "import-gift") return runImportGift(argc, argv);
    if (command == "pack") return runPack(argc, argv);
    std::cerr << "frontline-cli: unknown command '" << command << "' (see 'frontline-cli --help')\n";
    return 2;
}
