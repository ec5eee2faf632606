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
  paths --pack DIR --scenario ID           list every path through a scenario
  play --pack DIR --scenario ID --responses FILE [--seed N] [--json]
                                           play a scenario from a file of replies
  grade --pack DIR --scenario ID --node NODE --response TEXT [--latency-ms N] [--json]
                                           grade one reply and explain the score
  grade-batch [--in FILE] [--out FILE]     grade JSON Lines, one result per line

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
    if (command == "paths") return runPaths(argc, argv);
    if (command == "play") return runPlay(argc, argv);
    if (command == "grade") return runGrade(argc, argv);
    if (command == "grade-batch") return runGradeBatch(argc, argv);
    std::cerr << "frontline-cli: unknown command '" << command << "' (see 'frontline-cli --help')\n";
    return 2;
}
