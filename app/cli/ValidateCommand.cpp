// frontline-cli validate PATH...: reports every problem of every pack, compiler style.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "CliArgs.h"
#include "Commands.h"
#include "Workspace.h"
#include "common/DataPaths.h"

namespace frontline::cli {

namespace fs = std::filesystem;

namespace {

const char* kHelp = R"(usage: frontline-cli validate PATH...

Checks scenario packs against scenarios/FORMAT.md and reports every problem as
  file:line:column: error: message (at /json/pointer)
PATH is a pack folder (holding pack.json), a folder of packs, or a file inside a
pack. Other files (such as scenarios/FORMAT.md) are skipped with a note.
Exit status: 0 when no errors (warnings allowed), 1 when errors, 2 on bad usage.
)";

// Expands the user's paths into pack folders, in the order given.
Result<std::vector<fs::path>> packFolders(const std::vector<std::string>& paths) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& p : paths) {
        fs::path path(p);
        if (!fs::exists(path, ec)) return makeError("no such file or folder: '" + p + "'");
        if (fs::is_directory(path, ec)) {
            if (fs::exists(path / "pack.json", ec)) {
                out.push_back(path);
            } else {
                auto packs = listPackDirs(path);
                if (packs.empty()) return makeError("'" + p + "' is neither a pack folder (no pack.json) nor a folder of packs");
                out.insert(out.end(), packs.begin(), packs.end());
            }
        } else if (path.extension() == ".json" && fs::exists(path.parent_path() / "pack.json", ec)) {
            out.push_back(path.parent_path().empty() ? fs::path(".") : path.parent_path());
        } else {
            std::cout << p << ": note: not a pack, skipped\n";
        }
    }
    return out;
}

std::string count(size_t n, const std::string& noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }
std::string count(int n, const std::string& noun) { return count(static_cast<size_t>(n), noun); }

} // namespace

int runValidate(int argc, char** argv) {
    CliArgs args("validate", {}, {"help"});
    if (auto stop = args.start(argc, argv, kHelp, true)) return *stop;
    if (args.positional().empty()) return fail("validate", makeError("no pack given (usage: frontline-cli validate PATH...)"), kExitUsage);
    auto ws = Workspace::open(argv[0]);
    if (!ws) return fail("validate", ws.error(), kExitFailed);
    auto folders = packFolders(args.positional());
    if (!folders) return fail("validate", folders.error(), kExitFailed);

    int errors = 0, warnings = 0;
    std::vector<fs::path> seen;
    for (const auto& dir : *folders) {
        if (std::find(seen.begin(), seen.end(), dir.lexically_normal()) != seen.end()) continue;
        seen.push_back(dir.lexically_normal());
        PackLoad load = loadPack(dir, ws->lexicons());
        for (const auto& d : load.diagnostics.items()) std::cout << d.format() << "\n";
        errors += load.diagnostics.errorCount();
        warnings += load.diagnostics.warningCount();
        std::cout << dir.string() << ": ";
        if (load.ok()) {
            std::cout << "ok, " << count(load.pack.scenarios.size(), "scenario") << ", version " << load.pack.version << ", hash "
                      << load.pack.hash.substr(0, 12);
        } else {
            std::cout << count(load.diagnostics.errorCount(), "error");
        }
        if (load.diagnostics.warningCount() > 0) std::cout << ", " << count(load.diagnostics.warningCount(), "warning");
        std::cout << "\n";
    }
    if (seen.size() > 1) {
        std::cout << "total: " << count(seen.size(), "pack") << ", " << count(errors, "error") << ", " << count(warnings, "warning")
                  << "\n";
    }
    return errors > 0 ? kExitFailed : kExitOk;
}

} // namespace frontline::cli
