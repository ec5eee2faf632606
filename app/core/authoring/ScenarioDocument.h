#pragma once
// A scenario file open for editing: its JSON (keys in file order), the edits
// made to it as operations on JSON pointers with undo and redo, and after
// every edit the parsed scenario and the problems `frontline-cli validate`
// would report for it (the same checks, run on the text the file would get).
// Saving writes the file in the stable style and bumps the pack's version.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "authoring/UndoStack.h"
#include "common/Diagnostic.h"
#include "common/Result.h"
#include "scenario/Pack.h"

namespace frontline {

class Lexicon;
class LexiconSet;

// What a save wrote, for the audit log and the status line.
struct SavedScenario {
    std::string packId;
    std::string scenarioId;
    std::string previousVersion;
    std::string version; // the pack's new version
    std::filesystem::path file;
};

class ScenarioDocument {
public:
    using Json = nlohmann::ordered_json;

    // Opens fileName (a scenario file listed in the pack's manifest) of the
    // pack in packDir. Fails when the files cannot be read or are not JSON.
    static Result<ScenarioDocument> open(const std::filesystem::path& packDir, const std::string& fileName, const LexiconSet& lexicons);

    const Json& json() const { return json_; }
    // The value at pointer, or nullptr when there is none.
    const Json* find(const std::string& pointer) const;
    std::string textAt(const std::string& pointer) const; // "" unless a string is there

    // Edits. Each is one undo step, and fails (changing nothing) when the
    // pointer names no place for it. typing: a keystroke in a text field,
    // merged with the previous one in the same field until endTypingBurst().
    Status set(const std::string& pointer, Json value, bool typing = false);
    // Removes an array element or an object member.
    Status remove(const std::string& pointer);
    // Inserts into the array at arrayPointer before index (index == size appends).
    Status insert(const std::string& arrayPointer, size_t index, Json value);
    Status move(const std::string& arrayPointer, size_t from, size_t to);
    void endTypingBurst() { undo_.endBurst(); }

    bool canUndo() const { return undo_.canUndo(); }
    bool canRedo() const { return undo_.canRedo(); }
    // The field the undone (redone) step edited, or nothing when there was no step.
    std::optional<std::string> undo();
    std::optional<std::string> redo();

    // True when the text to save differs from the file on disk.
    bool dirty() const { return text_ != savedText_; }
    const std::string& text() const { return text_; } // the file as it would be saved
    const Scenario& scenario() const { return scenario_; }
    const Diagnostics& diagnostics() const { return diagnostics_; }
    // Changes whenever scenario() does (every edit, undo and redo) and is never
    // reused by another document, so a view can keep what it derives from
    // the scenario (a graph layout, a grade) until this moves on.
    uint64_t revision() const { return revision_; }

    // Writes the scenario file and pack.json (each atomically, in the stable
    // style) with the pack's version bumped. Refused, writing nothing, while
    // there are errors, when nothing changed, or when the version is not MAJOR.MINOR.PATCH.
    Result<SavedScenario> save();

    const std::filesystem::path& packDir() const { return packDir_; }
    const std::filesystem::path& file() const { return file_; }
    const std::string& packId() const { return packId_; }
    const std::string& packVersion() const { return packVersion_; }
    const std::string& packLanguage() const { return packLanguage_; }

private:
    ScenarioDocument() = default;
    Status apply(const std::string& pointer, Json after, const std::string& field, bool typing);
    void replace(const std::string& pointer, const Json& value);
    void revalidate();

    std::filesystem::path packDir_;
    std::filesystem::path file_;
    std::string packId_;
    std::string packVersion_;
    std::string packLanguage_;
    const Lexicon* lexicon_ = nullptr;
    std::map<std::string, std::string> siblingIds_; // the other scenarios' ids, by id: their file names
    std::map<std::string, std::vector<std::string>> packPhrases_;

    Json json_;
    UndoStack undo_;
    std::string text_;
    std::string savedText_;
    Scenario scenario_;
    Diagnostics diagnostics_;
    uint64_t revision_ = 0;
};

} // namespace frontline
