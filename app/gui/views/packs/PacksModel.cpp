#include "views/packs/PacksModel.h"

#include <algorithm>

#include "packs/AuditedPackImport.h"
#include "packs/PackDuplicate.h"
#include "packs/PackExport.h"

namespace frontline::gui {

namespace {

PackRow makeRow(const LibraryPack& p) {
    PackRow row;
    row.id = p.pack().id.empty() ? p.dir.filename().string() : p.pack().id;
    row.title = p.pack().title.empty() ? row.id : p.pack().title;
    row.language = p.pack().language;
    row.version = p.pack().version;
    row.origin = p.origin;
    row.dir = p.dir.string();
    if (!p.pack().scenarios.empty()) row.firstScenarioId = p.pack().scenarios.front().id;
    row.scenarios = static_cast<int>(p.pack().scenarios.size());
    row.errors = p.errors();
    row.warnings = p.warnings();
    for (Severity wanted : {Severity::Error, Severity::Warning}) {
        for (const auto& d : p.load.diagnostics.items()) {
            if (d.severity == wanted && row.problems.size() < kPackRowProblems)
                row.problems.push_back({d.format(), wanted == Severity::Error});
        }
    }
    return row;
}

// The core's reason as the CLI prints it: "file: error: ..." when it is about a file.
PackActionResult refused(const char* key, const Error& error) {
    return {false, key, {}, error.where.file.empty() ? error.message : error.format()};
}

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

} // namespace

std::string expandHome(const std::string& path, const std::string& home) {
    std::string p = trimmed(path);
    if (p == "~") return home;
    if (p.rfind("~/", 0) == 0) return (std::filesystem::path(home) / p.substr(2)).string();
    return p;
}

PacksModel::PacksModel(PackDirs dirs, const LexiconSet& lexicons) : dirs_(std::move(dirs)), lexicons_(lexicons) { refresh(); }

void PacksModel::refresh() {
    rows_.clear();
    for (const auto& p : loadPackLibrary(dirs_, lexicons_)) rows_.push_back(makeRow(p));
}

PackActionResult PacksModel::importFrom(const std::string& path, const std::string& actor, RecordStore& store) {
    if (path.empty()) return {false, "packs.import_empty", {}, ""};
    auto installed = importPackAs(actor, path, dirs_, lexicons_, store);
    if (!installed) return refused("packs.import_failed", installed.error());
    refresh();
    return {true, "packs.imported", {installed->title, installed->id, installed->version}, ""};
}

PackActionResult PacksModel::duplicate(size_t row, const std::string& newId, const std::string& title, const std::string& copySuffix) {
    if (row >= rows_.size()) return {false, "packs.no_pack", {}, ""};
    auto copy = duplicatePack({rows_[row].id, trimmed(newId), trimmed(title), copySuffix}, dirs_, lexicons_);
    if (!copy) return refused("packs.duplicate_failed", copy.error());
    refresh();
    return {true, "packs.duplicated", {copy->title, copy->id}, ""};
}

PackActionResult PacksModel::exportTo(size_t row, const std::string& path, bool overwrite) {
    if (row >= rows_.size()) return {false, "packs.no_pack", {}, ""};
    if (trimmed(path).empty()) return {false, "packs.export_empty", {}, ""};
    auto exported = exportPack(rows_[row].dir, trimmed(path), overwrite);
    if (!exported) return refused("packs.export_failed", exported.error());
    return {true, "packs.exported", {rows_[row].title, trimmed(path)}, ""};
}

std::string PacksModel::suggestedCopyId(size_t row) const {
    if (row >= rows_.size()) return "";
    auto taken = [&](const std::string& id) {
        return std::any_of(rows_.begin(), rows_.end(), [&](const PackRow& r) { return r.id == id; }) || packWithId(dirs_, id);
    };
    const std::string base = rows_[row].id.substr(0, 55) + "-copy"; // ids are at most 64 characters
    std::string id = base;
    for (int n = 2; taken(id); ++n) id = base + "-" + std::to_string(n);
    return id;
}

std::string PacksModel::defaultExportPath(const std::string& home, const std::string& id) {
    return (std::filesystem::path(home) / (id + ".zip")).string();
}

} // namespace frontline::gui
