#include "authoring/ScenarioDocument.h"

#include <algorithm>
#include <atomic>

#include "authoring/AtomicFile.h"
#include "authoring/PackVersion.h"
#include "authoring/StableJson.h"
#include "common/JsonDocument.h"
#include "common/TextFile.h"
#include "grading/Lexicon.h"
#include "scenario/PackLoader.h"

namespace frontline {

namespace {

using Json = ScenarioDocument::Json;
using Pointer = Json::json_pointer;

std::optional<Pointer> parsePointer(const std::string& pointer) {
    try {
        return Pointer(pointer);
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

std::optional<size_t> arrayIndex(const std::string& token, size_t size) {
    if (token.empty() || token.size() > 9 || token.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    size_t index = std::stoul(token);
    if (index >= size) return std::nullopt;
    return index;
}

Error noPlace(const std::string& pointer, const std::string& what) { return makeError("cannot edit '" + pointer + "': " + what); }

Result<Json> readOrdered(const std::filesystem::path& file) {
    auto text = readTextFile(file);
    if (!text) return makeError(text.error().message, {file.string()});
    return parseOrderedJson(file.string(), *text);
}

std::string plural(int n, const std::string& noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

// Shared by all documents, so no two scenarios ever carry the same revision.
std::atomic<uint64_t> lastRevision{0};

} // namespace

Result<ScenarioDocument> ScenarioDocument::open(const std::filesystem::path& packDir, const std::string& fileName,
                                                const LexiconSet& lexicons) {
    ScenarioDocument doc;
    doc.packDir_ = packDir;
    doc.file_ = packDir / fileName;
    auto json = readOrdered(doc.file_);
    if (!json) return json.error();
    if (!json->is_object()) return makeError("not a scenario: the file holds no JSON object", {doc.file_.string()});
    // The pack gives the language (the lexicon to check concepts against), the
    // version to bump, and the other scenarios' ids, which this one must not reuse.
    PackLoad pack = loadPack(packDir, lexicons);
    doc.packId_ = pack.pack.id;
    doc.packVersion_ = pack.pack.version;
    doc.packLanguage_ = pack.pack.language;
    doc.lexicon_ = lexicons.forLanguage(pack.pack.language);
    doc.packPhrases_ = pack.pack.phrases;
    for (const auto& s : pack.pack.scenarios) {
        const std::string name = std::filesystem::path(s.file).filename().string();
        if (name != fileName && !s.id.empty()) doc.siblingIds_.emplace(s.id, name);
    }
    doc.json_ = std::move(json.value());
    doc.revalidate();
    doc.savedText_ = doc.text_;
    return doc;
}

const Json* ScenarioDocument::find(const std::string& pointer) const {
    auto p = parsePointer(pointer);
    if (!p || !json_.contains(*p)) return nullptr;
    return &json_.at(*p);
}

std::string ScenarioDocument::textAt(const std::string& pointer) const {
    const Json* v = find(pointer);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

Status ScenarioDocument::set(const std::string& pointer, Json value, bool typing) {
    if (find(pointer)) return apply(pointer, std::move(value), pointer, typing);
    // A new member: the step replaces the object that gains it.
    auto p = parsePointer(pointer);
    if (!p || p->empty()) return noPlace(pointer, "not a JSON pointer");
    const std::string parent = p->parent_pointer().to_string();
    const Json* object = find(parent);
    if (!object || !object->is_object()) return noPlace(pointer, "its parent is not an object");
    Json grown = *object;
    grown[p->back()] = std::move(value);
    return apply(parent, std::move(grown), pointer, typing);
}

Status ScenarioDocument::remove(const std::string& pointer) {
    auto p = parsePointer(pointer);
    if (!p || p->empty() || !find(pointer)) return noPlace(pointer, "nothing is there");
    const std::string parent = p->parent_pointer().to_string();
    Json shrunk = *find(parent);
    if (shrunk.is_array()) {
        auto index = arrayIndex(p->back(), shrunk.size());
        if (!index) return noPlace(pointer, "no such element");
        shrunk.erase(*index);
    } else {
        shrunk.erase(p->back());
    }
    return apply(parent, std::move(shrunk), parent, false);
}

Status ScenarioDocument::insert(const std::string& arrayPointer, size_t index, Json value) {
    const Json* array = find(arrayPointer);
    if (!array || !array->is_array()) return noPlace(arrayPointer, "not an array");
    if (index > array->size()) return noPlace(arrayPointer, "index " + std::to_string(index) + " is past its end");
    Json grown = *array;
    grown.insert(grown.begin() + static_cast<std::ptrdiff_t>(index), std::move(value));
    return apply(arrayPointer, std::move(grown), childPointer(arrayPointer, index), false);
}

Status ScenarioDocument::move(const std::string& arrayPointer, size_t from, size_t to) {
    const Json* array = find(arrayPointer);
    if (!array || !array->is_array()) return noPlace(arrayPointer, "not an array");
    if (from >= array->size() || to >= array->size()) return noPlace(arrayPointer, "no such element");
    Json moved = *array;
    Json item = moved[from];
    moved.erase(from);
    moved.insert(moved.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
    return apply(arrayPointer, std::move(moved), childPointer(arrayPointer, to), false);
}

Status ScenarioDocument::apply(const std::string& pointer, Json after, const std::string& field, bool typing) {
    const Json* current = find(pointer);
    if (!current) return noPlace(pointer, "nothing is there");
    if (*current == after) return Done{};
    if (EditStep* open = typing ? undo_.openBurst(field) : nullptr; open && find(open->pointer)) {
        replace(pointer, after);
        open->after = *find(open->pointer);
    } else {
        EditStep step{pointer, *current, after, field, typing};
        replace(pointer, after);
        undo_.push(std::move(step));
    }
    revalidate();
    return Done{};
}

void ScenarioDocument::replace(const std::string& pointer, const Json& value) {
    if (pointer.empty())
        json_ = value;
    else
        json_[Pointer(pointer)] = value;
}

std::optional<std::string> ScenarioDocument::undo() {
    const EditStep* step = undo_.undo();
    if (!step) return std::nullopt;
    replace(step->pointer, step->before);
    revalidate();
    return step->field;
}

std::optional<std::string> ScenarioDocument::redo() {
    const EditStep* step = undo_.redo();
    if (!step) return std::nullopt;
    replace(step->pointer, step->after);
    revalidate();
    return step->field;
}

void ScenarioDocument::revalidate() {
    text_ = writeStableJson(json_);
    Diagnostics diags;
    auto doc = JsonDocument::parse(file_.string(), text_, diags);
    scenario_ = doc ? checkScenarioDocument(*doc, lexicon_, siblingIds_, diags) : Scenario{};
    scenario_.file = file_.string();
    applyPackPhrases(packPhrases_, scenario_);
    diags.sort();
    diagnostics_ = std::move(diags);
    revision_ = ++lastRevision;
}

Result<SavedScenario> ScenarioDocument::save() {
    if (diagnostics_.hasErrors()) {
        const auto& items = diagnostics_.items();
        auto first = std::find_if(items.begin(), items.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; });
        return makeError("not saved: the scenario has " + plural(diagnostics_.errorCount(), "error") + ", the first: " + first->format());
    }
    if (!dirty()) return makeError("not saved: nothing changed since the file was opened or last saved");
    // pack.json is read again now: another scenario of the pack may have been saved since this one was opened.
    const auto manifestFile = packDir_ / "pack.json";
    auto manifest = readOrdered(manifestFile);
    if (!manifest) return makeError("not saved: " + manifest.error().format());
    if (!manifest->is_object() || !manifest->contains("version") || !(*manifest)["version"].is_string())
        return makeError("not saved: " + manifestFile.string() + " has no \"version\" string to bump");
    SavedScenario saved;
    saved.packId = packId_;
    saved.scenarioId = textAt("/id");
    saved.previousVersion = (*manifest)["version"].get<std::string>();
    saved.file = file_;
    auto next = bumpPatchVersion(saved.previousVersion);
    if (!next) return makeError("not saved: " + next.error().message);
    saved.version = next.value();
    (*manifest)["version"] = saved.version;
    if (auto s = writeFileAtomically(file_, text_); !s) return makeError("not saved: " + s.error().message);
    if (auto s = writeFileAtomically(manifestFile, writeStableJson(*manifest)); !s)
        return makeError("the scenario was saved but the pack version was not bumped: " + s.error().message);
    savedText_ = text_;
    packVersion_ = saved.version;
    return saved;
}

} // namespace frontline
