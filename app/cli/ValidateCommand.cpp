// frontline-cli validate PATH...: reports every problem of every pack, compiler style.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "CliArgs.h"
#include "Commands.h"
#include "Workspace.h"
#include "common/DataPaths.h"
#include "programs/ProgramReader.h"

namespace frontline::cli {

namespace fs = std::filesystem;

namespace {

const char* kHelp = R"(usage: frontline-cli validate PATH...

Checks scenario packs against scenarios/FORMAT.md and training programmes
against assessments/programs/FORMAT.md, and reports every problem as
  file:line:column: error: message (at /json/pointer)
PATH is a pack folder (holding pack.json), a folder of packs, a file inside a
pack, a programme folder (holding onboarding.json or annual.json) or a
programme file. Other files (such as scenarios/FORMAT.md) are skipped with a note.
Exit status: 0 when no errors (warnings allowed), 1 when errors, 2 on bad usage.
)";

bool isProgramFolder(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(dir / kOnboardingFile, ec) || fs::exists(dir / kAnnualFile, ec);
}

// Expands the user's paths into pack folders, in the order given, and programme files.
Result<std::vector<fs::path>> packFolders(const std::vector<std::string>& paths, std::vector<fs::path>& programFiles) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& p : paths) {
        fs::path path(p);
        if (!fs::exists(path, ec)) return makeError("no such file or folder: '" + p + "'");
        if (fs::is_directory(path, ec)) {
            if (fs::exists(path / "pack.json", ec)) {
                out.push_back(path);
            } else if (isProgramFolder(path)) {
                for (const char* name : {kOnboardingFile, kAnnualFile})
                    if (fs::exists(path / name, ec)) programFiles.push_back(path / name);
            } else {
                auto packs = listPackDirs(path);
                if (packs.empty()) return makeError("'" + p + "' is neither a pack folder (no pack.json) nor a folder of packs");
                out.insert(out.end(), packs.begin(), packs.end());
            }
        } else if (path.extension() == ".json" && fs::exists(path.parent_path() / "pack.json", ec)) {
            out.push_back(path.parent_path().empty() ? fs::path(".") : path.parent_path());
        } else if (path.extension() == ".json") {
            programFiles.push_back(path);
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
    std::vector<fs::path> programFiles;
    auto folders = packFolders(args.positional(), programFiles);
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
    std::vector<fs::path> seenPrograms;
    if (!programFiles.empty()) {
        // Programmes name scenarios of the bundled packs; check the names against them.
        std::vector<Pack> bundled;
        for (const auto& dir : listPackDirs(bundledScenariosDir(ws->root()))) bundled.push_back(loadPack(dir, ws->lexicons()).pack);
        ScenarioCatalog catalog = catalogOf(bundled);
        for (const auto& file : programFiles) {
            if (std::find(seenPrograms.begin(), seenPrograms.end(), file.lexically_normal()) != seenPrograms.end()) continue;
            seenPrograms.push_back(file.lexically_normal());
            ProgramFileLoad load = loadProgramFile(file, &catalog);
            for (const auto& d : load.diagnostics.items()) std::cout << d.format() << "\n";
            errors += load.diagnostics.errorCount();
            warnings += load.diagnostics.warningCount();
            std::cout << file.string() << ": ";
            if (load.ok() && load.onboarding)
                std::cout << "ok, onboarding programme " << load.onboarding->id << " " << load.onboarding->version << ", "
                          << count(load.onboarding->days.size(), "day");
            else if (load.ok())
                std::cout << "ok, annual programme " << load.annual->id << " " << load.annual->version;
            else
                std::cout << count(load.diagnostics.errorCount(), "error");
            if (load.diagnostics.warningCount() > 0) std::cout << ", " << count(load.diagnostics.warningCount(), "warning");
            std::cout << "\n";
        }
    }
    if (seen.size() + seenPrograms.size() > 1) {
        std::cout << "total: " << count(seen.size(), "pack") << ", "
                  << (seenPrograms.empty() ? std::string() : count(seenPrograms.size(), "programme") + ", ") << count(errors, "error")
                  << ", " << count(warnings, "warning") << "\n";
    }
    return errors > 0 ? kExitFailed : kExitOk;
}

} // namespace frontline::cli
