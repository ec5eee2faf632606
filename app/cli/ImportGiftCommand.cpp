// placeholder: replaced by the assessments work
#include <iostream>

#include "Commands.h"
namespace frontline::cli {
int runImportGift(int, char**) {
    std::cerr << "frontline-cli import-gift: not built yet\n";
    return 1;
}
} // namespace frontline::cli
