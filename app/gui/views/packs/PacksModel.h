#pragma once
// The pack library screen with no window: every pack (bundled and the
// user's) with its validation status, and the trainer's actions on them
// (import, duplicate, export), each answering with a message for the screen.
// Built on app/core/packs, so the screen and frontline-cli pack behave alike.
#include <string>
#include <vector>

#include "packs/PackLibrary.h"
#include "records/RecordStore.h"
#include "views/library/LibraryModel.h"

namespace frontline::gui {

enum class PackHealth { Ok, Warnings, Errors };

struct PackRow {
    std::string id; // the folder name when the manifest has none
    std::string title;
    std::string language;
    std::string version;
    PackOrigin origin = PackOrigin::Bundled;
    std::string dir;
    std::string firstScenarioId; // what Edit opens; empty when the pack has no scenario
    int scenarios = 0;
    int errors = 0;
    int warnings = 0;
    std::vector<Problem> problems; // the first few, errors first
    PackHealth health() const { return errors > 0 ? PackHealth::Errors : warnings > 0 ? PackHealth::Warnings : PackHealth::Ok; }
};

// What an action did: a string-table key and its arguments, and the core's
// reason (file: error: ...) when it was refused.
struct PackActionResult {
    bool ok = false;
    std::string key;
    std::vector<std::string> args;
    std::string detail;
};

constexpr size_t kPackRowProblems = 3;

class PacksModel {
public:
    PacksModel(PackDirs dirs, const LexiconSet& lexicons);

    const std::vector<PackRow>& rows() const { return rows_; }
    const PackDirs& dirs() const { return dirs_; }
    // Reads the packs from disk again.
    void refresh();

    // Imports a folder or .zip as the signed-in trainer (audit-logged); refreshes on success.
    PackActionResult importFrom(const std::string& path, const std::string& actor, RecordStore& store);
    // Copies rows()[row] as newId; an empty title gives "<title><copySuffix>". Refreshes on success.
    PackActionResult duplicate(size_t row, const std::string& newId, const std::string& title, const std::string& copySuffix);
    PackActionResult exportTo(size_t row, const std::string& path, bool overwrite);

    // "<id>-copy", or "<id>-copy-2", ... : the first id no pack has.
    std::string suggestedCopyId(size_t row) const;
    // home/<id>.zip
    static std::string defaultExportPath(const std::string& home, const std::string& id);

private:
    PackDirs dirs_;
    const LexiconSet& lexicons_;
    std::vector<PackRow> rows_;
};

// "~/x.zip" -> home/x.zip; other paths as given (trimmed).
std::string expandHome(const std::string& path, const std::string& home);

} // namespace frontline::gui
