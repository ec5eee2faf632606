// `frontline`: the desktop trainer. Parses the command line, then hands over to runApp().
#include <cstdio>
#include <string>
#include <vector>

#include "App.h"
#include "common/DataPaths.h"
#include "common/Version.h"
#include "i18n/StringTable.h"
#include "views/ViewRegistry.h"

int main(int argc, char** argv) {
    using namespace frontline;
    const char* argv0 = argc > 0 ? argv[0] : "frontline";
    std::vector<std::string> languages = availableLanguages(assetsDir(dataRoot(argv0)) / "i18n");
    if (languages.empty()) languages = {"en", "zh-CN"}; // assets missing: loading reports it properly later

    const auto options =
        gui::parseAppOptions(std::vector<std::string>(argv + (argc > 0 ? 1 : 0), argv + argc), gui::viewNames(), languages);
    if (!options) {
        std::fprintf(stderr, "frontline: %s\n", options.error().message.c_str());
        return gui::kExitUsage;
    }
    if (options->help) {
        std::fputs(gui::usageText(gui::viewNames(), languages).c_str(), stdout);
        return gui::kExitOk;
    }
    if (options->version) {
        std::printf("frontline %s\n", kVersion);
        return gui::kExitOk;
    }
    return gui::runApp(options.value(), argv0);
}
