// frontline-cli validate PATH...: reports every problem of every pack,
// programme, question bank and exam, compiler style.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "CliArgs.h"
#include "Commands.h"
#include "Workspace.h"
#include "assessments/AssessmentLibrary.h"
#include "common/DataPaths.h"
#include "common/JsonDocument.h"
#include "common/TextFile.h"
#include "programs/ProgramReader.h"

namespace frontline::cli {

namespace fs = std::filesystem;

namespace {

const char* kHelp = R"(usage: frontline-cli validate PATH...

Checks scenario packs against scenarios/FORMAT.md, training programmes against
assessments/programs/FORMAT.md and question banks and exams against
assessments/FORMAT.md, and reports every problem as
  file:line:column: error: message (at /json/pointer)
PATH is one of
  - a pack folder (holding pack.json), a folder of packs or a file inside a pack;
  - an assessments folder (holding banks/, exams/ or programs/): every bank,
    exam and programme in it, cross-checked: one bank per id and language,
    translations with the same questions and categories, each exam's bank
    holds enough questions for its draw, each exam a programme names exists;
  - a banks/ or exams/ folder, or a file in one: those files, cross-checked
    against the rest of their assessments folder;
  - a programme folder (holding onboarding.json or annual.json) or a programme
    file; with an exams/ folder next to programs/, the exams it names must exist;
  - any other bank or exam file (told by its "format"): checked on its own.
Other files (such as scenarios/FORMAT.md) are skipped with a note.
Exit status: 0 when no errors (warnings allowed), 1 when errors, 2 on bad usage.
)";

constexpr const char* kBanks = "banks";
constexpr const char* kExams = "exams";

// Bank and exam files (relative to root, e.g. "banks/x.json") read with the
// rest of their assessments folder, so the cross-checks see everything.
struct AssessmentScope {
    fs::path root;
    std::vector<fs::path> files;
};

// A bank or exam file outside an assessments folder, told apart by its "format".
struct LooseFile {
    fs::path path;
    bool bank = true;
};

struct Targets {
    std::vector<fs::path> packs;
    std::vector<fs::path> programFiles;
    std::vector<AssessmentScope> scopes;
    std::vector<LooseFile> looseFiles;
};

bool isProgramFolder(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(dir / kOnboardingFile, ec) || fs::exists(dir / kAnnualFile, ec);
}

bool isBankOrExamFolderName(const fs::path& name) { return name == kBanks || name == kExams; }

// "assessments/banks/" names the folder "banks".
fs::path trimmed(const fs::path& p) { return p.has_filename() || !p.has_relative_path() ? p : p.parent_path(); }

void addScope(Targets& t, const fs::path& root, const std::vector<fs::path>& files) {
    auto it = std::find_if(t.scopes.begin(), t.scopes.end(),
                           [&](const AssessmentScope& s) { return s.root.lexically_normal() == root.lexically_normal(); });
    if (it == t.scopes.end()) it = t.scopes.insert(t.scopes.end(), AssessmentScope{root, {}});
    it->files.insert(it->files.end(), files.begin(), files.end());
}

std::vector<fs::path> filesIn(const fs::path& root, const char* folder) {
    std::vector<fs::path> out;
    for (const auto& f : assessmentFiles(root / folder)) out.push_back(fs::path(folder) / f.filename());
    return out;
}

void addProgramFolder(Targets& t, const fs::path& dir) {
    std::error_code ec;
    for (const char* name : {kOnboardingFile, kAnnualFile})
        if (fs::exists(dir / name, ec)) t.programFiles.push_back(dir / name);
}

// The "format" of a JSON file, or "" when it has none (or is not JSON).
std::string formatOf(const fs::path& file) {
    auto text = readTextFile(file, 16u << 20);
    if (!text) return "";
    auto json = nlohmann::json::parse(*text, nullptr, false);
    if (!json.is_object() || !json.contains("format") || !json["format"].is_string()) return "";
    return json["format"].get<std::string>();
}

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }
bool isBankFormat(const std::string& format) { return startsWith(format, "frontline-bank/"); }
bool isExamFormat(const std::string& format) { return startsWith(format, "frontline-exam/"); }

// An assessments folder: its banks and exams, and the programmes in programs/.
// False when it holds none of them.
bool addAssessmentsFolder(Targets& t, const fs::path& dir) {
    std::vector<fs::path> files = filesIn(dir, kBanks);
    for (auto& f : filesIn(dir, kExams)) files.push_back(std::move(f));
    if (!files.empty()) addScope(t, dir, files);
    bool programs = isProgramFolder(dir / "programs");
    if (programs) addProgramFolder(t, dir / "programs");
    return programs || !files.empty();
}

Status addFolder(Targets& t, const std::string& given, const fs::path& path) {
    std::error_code ec;
    fs::path dir = trimmed(path);
    if (fs::exists(dir / "pack.json", ec)) {
        t.packs.push_back(path);
    } else if (isProgramFolder(dir)) {
        addProgramFolder(t, path);
    } else if (addAssessmentsFolder(t, dir)) {
        // an assessments folder, even when it is called "exams" itself
    } else if (isBankOrExamFolderName(dir.filename())) {
        auto files = filesIn(dir.parent_path(), dir.filename() == kBanks ? kBanks : kExams);
        if (files.empty()) return makeError("'" + given + "' holds no bank or exam files (*.json)");
        addScope(t, dir.parent_path(), files);
    } else {
        auto packs = listPackDirs(path);
        if (packs.empty())
            return makeError("'" + given +
                             "' is neither a pack folder (no pack.json), a folder of packs nor an assessments folder (no banks/, exams/ or "
                             "programs/)");
        t.packs.insert(t.packs.end(), packs.begin(), packs.end());
    }
    return Done{};
}

void addFile(Targets& t, const std::string& given, const fs::path& path) {
    std::error_code ec;
    fs::path folder = path.parent_path();
    if (path.extension() != ".json") {
        std::cout << given << ": note: not a pack, skipped\n";
    } else if (fs::exists(folder / "pack.json", ec)) {
        t.packs.push_back(folder.empty() ? fs::path(".") : folder);
    } else if (isBankOrExamFolderName(folder.filename())) {
        addScope(t, folder.parent_path(), {folder.filename() / path.filename()});
    } else if (std::string format = formatOf(path); isBankFormat(format) || isExamFormat(format)) {
        t.looseFiles.push_back({path, isBankFormat(format)});
    } else {
        t.programFiles.push_back(path);
    }
}

// Sorts the user's paths into packs, programmes, assessments folders and loose files, in the order given.
Result<Targets> collectTargets(const std::vector<std::string>& paths) {
    Targets t;
    std::error_code ec;
    for (const auto& p : paths) {
        fs::path path(p);
        if (!fs::exists(path, ec)) return makeError("no such file or folder: '" + p + "'");
        if (fs::is_directory(path, ec)) {
            if (auto added = addFolder(t, p, path); !added) return added.error();
        } else {
            addFile(t, p, path);
        }
    }
    return t;
}

std::string count(size_t n, const std::string& noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }
std::string count(int n, const std::string& noun) { return count(static_cast<size_t>(n), noun); }

std::string bankSummary(const QuestionBank& b) {
    return "bank " + b.id + " " + b.language + " " + b.version + ", " + count(b.questions.size(), "question");
}

std::string examSummary(const Exam& e) {
    return "exam " + e.id + " " + e.version + ", draws " + count(e.questionCount(), "question") + " from bank " + e.bankId;
}

Diagnostics diagnosticsOf(const Diagnostics& all, const std::string& file) {
    Diagnostics out;
    for (const auto& d : all.items()) {
        if (d.where.file == file) out.add(d);
    }
    return out;
}

// Prints each checked item's problems and its summary line, and keeps the totals.
class Report {
public:
    // okSummary is empty when the item has errors.
    void item(const std::string& name, const Diagnostics& diags, const std::optional<std::string>& okSummary) {
        for (const auto& d : diags.items()) std::cout << d.format() << "\n";
        errors_ += diags.errorCount();
        warnings_ += diags.warningCount();
        std::cout << name << ": " << (okSummary ? "ok, " + *okSummary : count(diags.errorCount(), "error"));
        if (diags.warningCount() > 0) std::cout << ", " << count(diags.warningCount(), "warning");
        std::cout << "\n";
    }

    // False when path was already reported (given twice, or inside a folder also given).
    bool firstTime(const fs::path& path) { return seen_.insert(path.lexically_normal().string()).second; }

    size_t packs = 0, programmes = 0, banks = 0, exams = 0;

    void total() const {
        if (packs + programmes + banks + exams <= 1) return;
        std::cout << "total: " << count(packs, "pack") << ", ";
        if (programmes > 0) std::cout << count(programmes, "programme") << ", ";
        if (banks > 0) std::cout << count(banks, "bank") << ", ";
        if (exams > 0) std::cout << count(exams, "exam") << ", ";
        std::cout << count(errors_, "error") << ", " << count(warnings_, "warning") << "\n";
    }
    int errors() const { return errors_; }

private:
    int errors_ = 0, warnings_ = 0;
    std::set<std::string> seen_;
};

// Each assessments folder is read once, whoever asks (its files or a programme next to it).
class AssessmentFolders {
public:
    explicit AssessmentFolders(const LexiconSet& lexicons) : lexicons_(lexicons) {}

    struct Folder {
        AssessmentLibrary library;
        Diagnostics diagnostics;
    };

    const Folder& load(const fs::path& root) {
        auto [it, fresh] = folders_.try_emplace(root.lexically_normal().string());
        if (fresh) it->second.library = loadAssessments(root.string(), lexicons_, it->second.diagnostics);
        return it->second;
    }

private:
    const LexiconSet& lexicons_;
    std::map<std::string, Folder> folders_;
};

void validatePacks(const std::vector<fs::path>& packs, const Workspace& ws, Report& report) {
    for (const auto& dir : packs) {
        if (!report.firstTime(dir)) continue;
        ++report.packs;
        PackLoad load = loadPack(dir, ws.lexicons());
        std::optional<std::string> summary;
        if (load.ok())
            summary =
                count(load.pack.scenarios.size(), "scenario") + ", version " + load.pack.version + ", hash " + load.pack.hash.substr(0, 12);
        report.item(dir.string(), load.diagnostics, summary);
    }
}

void validateScope(const AssessmentScope& scope, AssessmentFolders& folders, Report& report) {
    const auto& folder = folders.load(scope.root);
    for (const auto& rel : scope.files) {
        fs::path file = scope.root / rel;
        if (!report.firstTime(file)) continue;
        std::string name = file.string();
        std::optional<std::string> summary;
        if (rel.parent_path() == kBanks) {
            ++report.banks;
            const auto& banks = folder.library.banks;
            auto it = std::find_if(banks.begin(), banks.end(), [&](const QuestionBank& b) { return b.file == name; });
            if (it != banks.end()) summary = bankSummary(*it);
        } else {
            ++report.exams;
            const auto& exams = folder.library.exams;
            auto it = std::find_if(exams.begin(), exams.end(), [&](const Exam& e) { return e.file == name; });
            if (it != exams.end()) summary = examSummary(*it);
        }
        report.item(name, diagnosticsOf(folder.diagnostics, name), summary);
    }
}

void validateLooseFile(const LooseFile& loose, const LexiconSet& lexicons, Report& report) {
    const fs::path& file = loose.path;
    if (!report.firstTime(file)) return;
    Diagnostics diags;
    std::optional<std::string> summary;
    if (loose.bank) {
        ++report.banks;
        if (auto bank = loadBankFile(file, lexicons, diags)) summary = bankSummary(*bank);
    } else {
        ++report.exams;
        if (auto exam = loadExamFile(file, diags)) summary = examSummary(*exam);
    }
    diags.sort();
    report.item(file.string(), diags, summary);
}

// The exam ids an onboarding programme names, with their pointers.
std::vector<std::pair<std::string, std::string>> namedExams(const nlohmann::json& root) {
    std::vector<std::pair<std::string, std::string>> out;
    auto add = [&](const nlohmann::json& holder, const std::string& at) {
        if (holder.is_object() && holder.contains("exam") && holder["exam"].is_string())
            out.emplace_back(holder["exam"].get<std::string>(), at + "/exam");
    };
    if (root.contains("days") && root["days"].is_array()) {
        const auto& days = root["days"];
        for (size_t i = 0; i < days.size(); ++i) {
            if (!days[i].is_object() || !days[i].contains("exams") || !days[i]["exams"].is_array()) continue;
            const auto& exams = days[i]["exams"];
            for (size_t k = 0; k < exams.size(); ++k) add(exams[k], childPointer(childPointer(childPointer("/days", i), "exams"), k));
        }
    }
    if (root.contains("certification")) add(root["certification"], "/certification");
    return out;
}

// The assessments folder a programme file sits in (its programs/ folder's parent), when it has exams/.
std::optional<fs::path> assessmentsFolderOf(const fs::path& programFile) {
    fs::path programs = programFile.parent_path();
    std::error_code ec;
    // A file named from inside programs/ has no folder in its path; ask where we are.
    fs::path name = programs.empty() ? fs::current_path(ec).filename() : programs.filename();
    fs::path root = programs.empty() ? fs::path("..") : programs.parent_path();
    if (name != "programs" || !fs::is_directory(root / kExams, ec)) return std::nullopt;
    return root;
}

// Programmes name exams by id; each must be an exam of the folder next to them.
void checkNamedExams(const fs::path& file, const fs::path& root, AssessmentFolders& folders, Diagnostics& diags) {
    auto text = readTextFile(file);
    Diagnostics ignored; // the programme reader has reported these already
    auto doc = text ? JsonDocument::parse(file.string(), std::move(*text), ignored) : std::nullopt;
    if (!doc || !doc->root().is_object()) return;
    const auto& folder = folders.load(root);
    std::set<std::string> known;
    for (const auto& e : folder.library.exams) known.insert(e.id);
    std::string listed;
    for (const auto& id : known) listed += (listed.empty() ? "" : ", ") + id;
    std::string examsDir = (root / kExams).string();
    bool broken = std::any_of(folder.diagnostics.items().begin(), folder.diagnostics.items().end(), [&](const Diagnostic& d) {
        return d.severity == Severity::Error && fs::path(d.where.file).parent_path() == root / kExams;
    });
    for (const auto& [id, at] : namedExams(doc->root())) {
        if (known.count(id)) continue;
        doc->error(diags, at,
                   "exam '" + id + "' is not defined in " + examsDir + " (" + (listed.empty() ? "it has none" : "it has: " + listed) +
                       (broken ? "; files with errors are not counted" : "") + ")");
    }
}

void validatePrograms(const std::vector<fs::path>& files, const Workspace& ws, AssessmentFolders& folders, Report& report) {
    if (files.empty()) return;
    // Programmes name scenarios of the bundled packs; check the names against them.
    std::vector<Pack> bundled;
    for (const auto& dir : listPackDirs(bundledScenariosDir(ws.root()))) bundled.push_back(loadPack(dir, ws.lexicons()).pack);
    ScenarioCatalog catalog = catalogOf(bundled);
    for (const auto& file : files) {
        if (!report.firstTime(file)) continue;
        ++report.programmes;
        ProgramFileLoad load = loadProgramFile(file, &catalog);
        if (auto root = assessmentsFolderOf(file); root && load.ok()) {
            checkNamedExams(file, *root, folders, load.diagnostics);
            load.diagnostics.sort();
        }
        std::optional<std::string> summary;
        if (load.ok() && load.onboarding)
            summary = "onboarding programme " + load.onboarding->id + " " + load.onboarding->version + ", " +
                      count(load.onboarding->days.size(), "day");
        else if (load.ok())
            summary = "annual programme " + load.annual->id + " " + load.annual->version;
        report.item(file.string(), load.diagnostics, summary);
    }
}

} // namespace

int runValidate(int argc, char** argv) {
    CliArgs args("validate", {}, {"help"});
    if (auto stop = args.start(argc, argv, kHelp, true)) return *stop;
    if (args.positional().empty()) return fail("validate", makeError("no pack given (usage: frontline-cli validate PATH...)"), kExitUsage);
    auto ws = Workspace::open(argv[0]);
    if (!ws) return fail("validate", ws.error(), kExitFailed);
    auto targets = collectTargets(args.positional());
    if (!targets) return fail("validate", targets.error(), kExitFailed);

    Report report;
    AssessmentFolders folders(ws->lexicons());
    validatePacks(targets->packs, *ws, report);
    for (const auto& scope : targets->scopes) validateScope(scope, folders, report);
    for (const auto& file : targets->looseFiles) validateLooseFile(file, ws->lexicons(), report);
    validatePrograms(targets->programFiles, *ws, folders, report);
    report.total();
    return report.errors() > 0 ? kExitFailed : kExitOk;
}

} // namespace frontline::cli
