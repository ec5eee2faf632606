// placeholder: replaced by the assessments work
#include <iostream>

#include "Commands.h"
namespace frontline::cli {
int runExam(int, char**) {
    std::cerr << "frontline-cli exam: not built yet\n";
    return 1;
}
} // namespace frontline::cli
