#pragma once
// Runs the desktop app for parsed options and returns the process exit status.
#include "AppOptions.h"

namespace frontline::gui {

enum ExitCode { kExitOk = 0, kExitDataError = 1, kExitUsage = 2, kExitNoDisplay = 3, kExitGlyphMisses = 4 };

int runApp(const AppOptions& options, const char* argv0);

} // namespace frontline::gui
