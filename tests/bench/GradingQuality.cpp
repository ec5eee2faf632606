// frontline-grading-quality [FILE]: how well the engine's grader ranks the
// hand-labelled replies of tests/data/grading/labelled.jsonl, beside a plain
// character-bigram baseline. Prints the Grading issue's figures, the forbidden
// examples it missed, good replies it flagged and the worst-ranked pairs.
// Exit 0 when every threshold holds, 1 when one does not, 2 on bad input.
// `--slots PACK` prints the slot values the replies are written against.
#include <iostream>
#include <string>

#include "GradingEvaluation.h"
#include "common/DataPaths.h"

namespace fs = std::filesystem;
using namespace frontline;

int main(int argc, char** argv) {
    fs::path root = dataRoot(argv[0]);
    std::string first = argc > 1 ? argv[1] : "";
    if (first == "--help" || first == "-h" || argc > 3) {
        std::cout << "usage: frontline-grading-quality [FILE]   (default: tests/data/grading/labelled.jsonl)\n"
                     "       frontline-grading-quality --slots PACK\n";
        return argc > 3 ? 2 : 0;
    }
    if (first == "--slots") {
        if (argc != 3) {
            std::cerr << "usage: frontline-grading-quality --slots PACK\n";
            return 2;
        }
        auto slots = quality::packSlotValues(argv[2], root);
        if (!slots) {
            std::cerr << slots.error().format() << "\n";
            return 2;
        }
        for (const auto& [scenario, values] : *slots) {
            std::cout << scenario << "\n";
            for (const auto& [name, value] : values) std::cout << "  " << name << " = " << value << "\n";
        }
        return 0;
    }
    fs::path file = first.empty() ? root / "tests" / "data" / "grading" / "labelled.jsonl" : fs::path(first);
    auto set = quality::loadLabelledSet(file);
    if (!set) {
        std::cerr << set.error().format() << "\n";
        return 2;
    }
    auto e = quality::evaluate(*set, root);
    if (!e) {
        std::cerr << e.error().format() << "\n";
        return 2;
    }
    quality::printReport(std::cout, *e, 15);
    auto all = quality::figures(*e, quality::Scorer::Grader);
    auto flags = quality::flagReport(*e);
    bool pass = all.overall.auc >= quality::kMinOverallAuc && all.lengthControlled.auc >= quality::kMinLengthControlledAuc &&
                flags.missed.empty() && flags.falseFlagsOnGood.empty();
    std::cout << "\n" << (pass ? "PASS" : "FAIL") << ": thresholds of the Grading issue\n";
    return pass ? 0 : 1;
}
