// frontline-cli format [--check] PATH...: rewrites pack files into the one
// stable style the editor saves (authoring/StableJson.h), so saving a file
// unchanged reproduces it byte for byte and an edit is a small diff.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "CliArgs.h"
#include "Commands.h"
#include "authoring/AtomicFile.h"
#include "authoring/StableJson.h"
#include "common/DataPaths.h"
#include "common/TextFile.h"

namespace frontline::cli {

namespace fs = std::filesystem;

namespace {

const char* kHelp = R"(usage: frontline-cli format [--check] PATH...

Rewrites the JSON files of scenario packs (pack.json and every other .json
file in the pack folder) in the stable style the scenario editor saves:
2-space indent, keys in their order, UTF-8 unescaped, an array or object
without nested arrays or objects on one line when it fits in 120 columns.
Only white space changes; the content (and so every content hash) stays.
PATH is a pack folder (holding pack.json) or a folder of packs.
  --check   change nothing; list the files that are not in the stable style
Exit status: 0 when every file is (now) in the stable style, 1 when a file is
not JSON, cannot be written, or (with --check) is not in the stable style,
2 on bad usage.
)";

Result<std::vector<fs::path>> packFiles(const std::string& given) {
    const fs::path path(given);
    std::error_code ec;
    std::vector<fs::path> packs;
    if (fs::exists(path / "pack.json", ec))
        packs.push_back(path);
    else if (fs::is_directory(path, ec))
        packs = listPackDirs(path);
    if (packs.empty()) return makeError("'" + given + "' is neither a pack folder (no pack.json) nor a folder of packs");
    std::vector<fs::path> files;
    for (const auto& dir : packs) {
        std::vector<fs::path> inPack;
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            if (entry.is_regular_file(ec) && entry.path().extension() == ".json") inPack.push_back(entry.path());
        }
        std::sort(inPack.begin(), inPack.end());
        files.insert(files.end(), inPack.begin(), inPack.end());
    }
    return files;
}

enum class FileState { Stable, Changed, Failed };

FileState formatFile(const fs::path& file, bool check) {
    auto text = readTextFile(file);
    if (!text) {
        std::cout << file.string() << ": error: " << text.error().message << "\n";
        return FileState::Failed;
    }
    auto json = parseOrderedJson(file.string(), *text);
    if (!json) {
        std::cout << json.error().format() << "\n";
        return FileState::Failed;
    }
    const std::string stable = writeStableJson(*json);
    if (stable == *text) return FileState::Stable;
    // The writer must change white space only; a different value would be a bug, never written.
    if (nlohmann::json::parse(stable) != nlohmann::json::parse(*text)) {
        std::cout << file.string() << ": error: the stable form would change the content; file left as it is\n";
        return FileState::Failed;
    }
    if (check) {
        std::cout << file.string() << ": not in the stable style\n";
        return FileState::Changed;
    }
    if (auto s = writeFileAtomically(file, stable); !s) {
        std::cout << file.string() << ": error: " << s.error().message << "\n";
        return FileState::Failed;
    }
    std::cout << file.string() << ": formatted\n";
    return FileState::Changed;
}

} // namespace

int runFormat(int argc, char** argv) {
    CliArgs args("format", {}, {"check", "help"});
    if (auto stop = args.start(argc, argv, kHelp, true)) return *stop;
    if (args.positional().empty())
        return fail("format", makeError("no pack given (usage: frontline-cli format [--check] PATH...)"), kExitUsage);
    std::vector<fs::path> files;
    for (const auto& given : args.positional()) {
        auto found = packFiles(given);
        if (!found) return fail("format", found.error(), kExitFailed);
        files.insert(files.end(), found->begin(), found->end());
    }
    const bool check = args.flag("check");
    size_t changed = 0, failed = 0;
    for (const auto& file : files) {
        FileState state = formatFile(file, check);
        changed += state == FileState::Changed ? 1 : 0;
        failed += state == FileState::Failed ? 1 : 0;
    }
    std::cout << files.size() << (files.size() == 1 ? " file" : " files") << ", " << changed
              << (check ? " not in the stable style" : " reformatted") << (failed ? ", " + std::to_string(failed) + " with errors" : "")
              << "\n";
    return failed > 0 || (check && changed > 0) ? kExitFailed : kExitOk;
}

} // namespace frontline::cli
