#pragma once
// The command line of `frontline`, parsed into plain data with no side effects
// so it can be tested without a display.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/Result.h"

namespace frontline::gui {

struct AppOptions {
    bool help = false;
    bool version = false;
    std::optional<std::filesystem::path> database;   // --db; default defaultDatabasePath()
    std::optional<std::string> language;             // --lang; default from the locale
    std::optional<std::filesystem::path> screenshot; // --screenshot: render, save, exit
    std::optional<std::filesystem::path> screenshotOnExit;
    std::optional<std::string> trainee;           // --trainee EMPNO: signed in from the start
    std::optional<std::filesystem::path> pinFile; // --pin-file FILE: that person's PIN, on the first line
    std::string view = "signin";
    int width = 1280;
    int height = 800;
    bool sizeGiven = false;                       // --size; otherwise the saved window size
    std::optional<std::filesystem::path> packs;   // --packs; default the bundled scenarios
    std::optional<std::string> scenario;          // --scenario PACK/ID: the call the call views open
    std::optional<std::string> edit;              // --edit PACK/ID[/NODE[/FIELD]]: the scenario the editor opens
    bool certification = false;                   // --mode certification (default practice)
    std::optional<std::filesystem::path> replies; // --replies FILE: replies sent before the first frame
    int benchFrames = 0;                          // --bench-frames N: time N frames, print, exit
    // --view exam: which exam (default the next one due), the paper's seed, and
    // an answers file to fill in and submit before the capture (shows the results).
    std::optional<std::string> exam;
    std::optional<uint64_t> seed;
    std::optional<std::filesystem::path> answers;
    std::optional<int64_t> attempt; // --attempt ID with --view review: the scenario attempt opened for review
};

// args excludes the program name. viewNames and languages are the accepted
// values of --view and --lang. The error message is one line, without a prefix.
Result<AppOptions> parseAppOptions(const std::vector<std::string>& args, const std::vector<std::string>& viewNames,
                                   const std::vector<std::string>& languages);

// "1280x800" -> {1280, 800}; sizes outside 320x240..8192x8192 are refused.
std::optional<std::pair<int, int>> parseWindowSize(const std::string& text);

std::string usageText(const std::vector<std::string>& viewNames, const std::vector<std::string>& languages);

} // namespace frontline::gui
