// frontline-cli pack: the pack library. Lists the bundled and user packs
// with their validation status, imports a pack from a folder or a .zip
// (checked entry by entry, validated, audit-logged), exports one to a .zip
// and duplicates one under a new id for editing.
#include <iostream>

#include "CliArgs.h"
#include "Commands.h"
#include "RecordsContext.h"
#include "Workspace.h"
#include "common/DataPaths.h"
#include "packs/AuditedPackImport.h"
#include "packs/PackDuplicate.h"
#include "packs/PackExport.h"
#include "packs/PackImport.h"
#include "packs/PackLibrary.h"

namespace frontline::cli {

namespace {

const char* kUsage = R"(usage: frontline-cli pack SUBCOMMAND [OPTIONS]

The pack library: the bundled packs and the user's own (imported or
duplicated, kept in ${XDG_DATA_HOME:-$HOME/.local/share}/frontline/packs).

subcommands:
  list [--json]                            every pack, with its validation status
  import PATH --by TRAINER [--db PATH]     add a pack from a folder or a .zip
  export PACK_ID --out FILE.zip [--force]  write a pack to a .zip
  duplicate PACK_ID --id NEW_ID [--title T]
                                           copy a pack to edit it

Every subcommand takes --user-packs DIR to use another user packs folder.
Run 'frontline-cli pack SUBCOMMAND --help' for details.
)";

const char* kListHelp = R"(usage: frontline-cli pack list [--json] [--user-packs DIR]

Lists the bundled packs, then the user's, each validated: id, title, origin
(bundled or user), language, version, scenarios, and its errors and warnings
with the first problems. Exit status 0.
)";

const char* kImportHelp = R"(usage: frontline-cli pack import PATH --by TRAINER [--db PATH] [--user-packs DIR]

Imports the pack in PATH, a folder holding pack.json or a .zip archive (the
pack's files at its root or in one top-level folder), into the user packs
folder as a folder named after the pack id. Every entry is checked before
anything is written: absolute paths, '..', backslashes, links, encrypted
entries, names that are not UTF-8 or appear twice, files over 2 MiB and
archives of more than 200 entries or 20 MiB are refused. The pack must
validate (warnings allowed) and its id must not be taken by another pack.
--by must be an active trainer; the import is recorded in the audit log
(action pack.import, with the archive name, pack version and hash).
Exit status: 0 when imported, 1 when refused (nothing is written), 2 on bad usage.
)";

const char* kExportHelp = R"(usage: frontline-cli pack export PACK_ID --out FILE.zip [--force] [--user-packs DIR]

Writes the pack with that id (a user pack before a bundled one of the same
id) to a .zip: pack.json and its scenario files under a folder named after
the pack id. An existing FILE.zip is replaced only with --force.
Exit status: 0 when written, 1 when refused, 2 on bad usage.
)";

const char* kDuplicateHelp = R"help(usage: frontline-cli pack duplicate PACK_ID --id NEW_ID [--title T] [--user-packs DIR]

Copies the pack with that id into the user packs folder as NEW_ID (a-z, 0-9,
'-' and '_'), to edit it. The copy's title is T, or the pack's title followed
by " (copy)"; its version starts again at 1.0.0. The copy must validate.
Exit status: 0 when copied, 1 when refused (nothing is written), 2 on bad usage.
)help";

PackDirs packDirs(const Workspace& ws, const CliArgs& args) {
    const auto user = args.value("user-packs");
    return PackDirs{bundledScenariosDir(ws.root()), user ? std::filesystem::path(*user) : userPacksDir()};
}

Result<std::string> onePositional(const CliArgs& args, const std::string& what) {
    if (args.positional().size() != 1) return makeError("expects one " + what + " (see --help)");
    return args.positional().front();
}

std::string plural(int n, const std::string& word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string statusText(const LibraryPack& p) {
    if (p.errors() == 0 && p.warnings() == 0) return "valid";
    std::string text;
    if (p.errors() > 0) text = plural(p.errors(), "error");
    if (p.warnings() > 0) text += (text.empty() ? "" : ", ") + plural(p.warnings(), "warning");
    return text;
}

constexpr size_t kListedProblemsPerPack = 3;

int runList(int argc, char** argv) {
    const std::string cmd = "pack list";
    CliArgs args(cmd, {"user-packs"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kListHelp, false)) return *stop;
    auto ws = Workspace::open(argv[0]);
    if (!ws) return fail(cmd, ws.error(), kExitFailed);
    const PackDirs dirs = packDirs(*ws, args);
    const auto library = loadPackLibrary(dirs, ws->lexicons());

    if (args.flag("json")) {
        nlohmann::json out = {{"bundled_dir", dirs.bundled.string()}, {"user_dir", dirs.user.string()}, {"packs", nlohmann::json::array()}};
        for (const auto& p : library) {
            out["packs"].push_back({{"id", p.pack().id},
                                    {"title", p.pack().title},
                                    {"origin", packOriginId(p.origin)},
                                    {"language", p.pack().language},
                                    {"version", p.pack().version},
                                    {"scenarios", p.pack().scenarios.size()},
                                    {"errors", p.errors()},
                                    {"warnings", p.warnings()},
                                    {"problems", p.firstProblems(kListedProblemsPerPack)},
                                    {"hash", p.pack().hash},
                                    {"dir", p.dir.string()}});
        }
        std::cout << dumpJson(out) << "\n";
        return kExitOk;
    }
    int user = 0;
    for (const auto& p : library) {
        user += p.origin == PackOrigin::User ? 1 : 0;
        const std::string id = p.pack().id.empty() ? p.dir.filename().string() : p.pack().id;
        std::cout << id << "  " << p.pack().title << "\n";
        std::cout << "  " << packOriginId(p.origin) << ", " << (p.pack().language.empty() ? "?" : p.pack().language) << ", version "
                  << (p.pack().version.empty() ? "?" : p.pack().version) << ", "
                  << plural(static_cast<int>(p.pack().scenarios.size()), "scenario") << ": " << statusText(p) << "\n";
        std::cout << "  " << p.dir.string() << "\n";
        for (const auto& problem : p.firstProblems(kListedProblemsPerPack)) std::cout << "    " << problem << "\n";
    }
    std::cout << plural(static_cast<int>(library.size()), "pack") << " (" << library.size() - static_cast<size_t>(user) << " bundled, "
              << user << " user; user packs in " << dirs.user.string() << ")\n";
    return kExitOk;
}

int runImport(int argc, char** argv) {
    const std::string cmd = "pack import";
    CliArgs args(cmd, {"by", "db", "user-packs"}, {"help"});
    if (auto stop = args.start(argc, argv, kImportHelp, true)) return *stop;
    auto source = onePositional(args, "PATH, a folder or a .zip");
    if (!source) return fail(cmd, source.error(), kExitUsage);
    auto by = empnoOption(args, "by");
    if (!by) return fail(cmd, by.error(), kExitUsage);
    auto ws = Workspace::open(argv[0]);
    if (!ws) return fail(cmd, ws.error(), kExitFailed);
    // The trainer is checked first, so a refused trainer leaves no pack behind.
    auto store = openRecordsForTrainer(args, *by);
    if (!store) return fail(cmd, store.error(), kExitFailed);

    auto installed = importPackAs(*by, *source, packDirs(*ws, args), ws->lexicons(), **store);
    if (!installed) return fail(cmd, installed.error(), kExitFailed);
    std::cout << "imported pack '" << installed->id << "' (" << installed->title << ", version " << installed->version << ", "
              << installed->language << ", " << plural(installed->scenarios, "scenario") << ") into " << installed->dir.string() << "\n";
    if (installed->warnings > 0)
        std::cout << plural(installed->warnings, "warning") << ": run 'frontline-cli validate " << installed->dir.string() << "'\n";
    return kExitOk;
}

int runExport(int argc, char** argv) {
    const std::string cmd = "pack export";
    CliArgs args(cmd, {"out", "user-packs"}, {"force", "help"});
    if (auto stop = args.start(argc, argv, kExportHelp, true)) return *stop;
    auto id = onePositional(args, "PACK_ID");
    if (!id) return fail(cmd, id.error(), kExitUsage);
    auto out = args.required("out");
    if (!out) return fail(cmd, out.error(), kExitUsage);
    auto ws = Workspace::open(argv[0]);
    if (!ws) return fail(cmd, ws.error(), kExitFailed);
    const auto library = loadPackLibrary(packDirs(*ws, args), ws->lexicons());
    const LibraryPack* pack = findLibraryPack(library, *id);
    if (!pack) return fail(cmd, makeError("no pack with id '" + *id + "' (see 'frontline-cli pack list')"), kExitFailed);
    std::error_code ec;
    if (!args.flag("force") && std::filesystem::exists(std::filesystem::symlink_status(*out, ec)))
        return fail(cmd, makeError("already exists (use --force to replace it)", {*out}), kExitFailed);
    auto exported = exportPack(pack->dir, *out, args.flag("force"));
    if (!exported) return fail(cmd, exported.error(), kExitFailed);
    std::cout << "wrote " << *out << " (pack '" << exported->id << "', " << plural(exported->files, "file") << ")\n";
    return kExitOk;
}

int runDuplicate(int argc, char** argv) {
    const std::string cmd = "pack duplicate";
    CliArgs args(cmd, {"id", "title", "user-packs"}, {"help"});
    if (auto stop = args.start(argc, argv, kDuplicateHelp, true)) return *stop;
    auto id = onePositional(args, "PACK_ID");
    if (!id) return fail(cmd, id.error(), kExitUsage);
    auto newId = args.required("id");
    if (!newId) return fail(cmd, newId.error(), kExitUsage);
    auto ws = Workspace::open(argv[0]);
    if (!ws) return fail(cmd, ws.error(), kExitFailed);
    const auto title = args.value("title");
    if (title && title->find_first_not_of(" \t") == std::string::npos)
        return fail(cmd, makeError("option '--title' must not be empty"), kExitUsage);
    DuplicateRequest request{*id, *newId, title.value_or(""), " (copy)"};
    auto copy = duplicatePack(request, packDirs(*ws, args), ws->lexicons());
    if (!copy) return fail(cmd, copy.error(), kExitFailed);
    std::cout << "duplicated '" << *id << "' as '" << copy->id << "' (" << copy->title << ", version " << copy->version << ") in "
              << copy->dir.string() << "\n";
    return kExitOk;
}

} // namespace

int runPack(int argc, char** argv) {
    return runSubcommand("pack", kUsage, {{"list", runList}, {"import", runImport}, {"export", runExport}, {"duplicate", runDuplicate}},
                         argc, argv);
}

} // namespace frontline::cli
