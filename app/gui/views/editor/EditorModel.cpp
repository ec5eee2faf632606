#include "views/editor/EditorModel.h"

#include <algorithm>

#include "common/JsonDocument.h"
#include "grading/Lexicon.h"

namespace frontline::gui {

namespace {

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// field holds pointer: they are equal, or pointer lies inside field.
bool holds(const std::string& field, const std::string& pointer) { return pointer == field || startsWith(pointer, field + "/"); }

} // namespace

EditorPart partFor(const std::string& pointer) {
    auto t = pointerTokens(pointer);
    if (t.empty()) return {};
    if (t[0] == "persona") return {PartKind::Persona, -1};
    if (t[0] == "policy") return {PartKind::Policy, -1};
    if (t[0] == "objectives") return {PartKind::Objectives, -1};
    if (t[0] == "slots") return {PartKind::Slots, -1};
    if (t[0] == "nodes" && t.size() > 1 && !t[1].empty() && t[1].size() < 7 && t[1].find_first_not_of("0123456789") == std::string::npos)
        return {PartKind::Node, std::stoi(t[1])};
    return {};
}

std::string partPointer(const EditorPart& part) {
    switch (part.kind) {
    case PartKind::Scenario: return "";
    case PartKind::Persona: return "/persona";
    case PartKind::Policy: return "/policy";
    case PartKind::Objectives: return "/objectives";
    case PartKind::Slots: return "/slots";
    case PartKind::Node: return "/nodes/" + std::to_string(part.node);
    }
    return "";
}

Result<EditRequest> editRequestFor(const std::string& ref, const std::vector<PackLoad>& packs) {
    auto parts = pointerTokens("/" + ref);
    if (parts.size() < 2 || parts[0].empty() || parts[1].empty() || (parts.size() > 2 && parts[2].empty()))
        return makeError("bad scenario '" + ref + "' (expected PACK_ID/SCENARIO_ID[/NODE_ID[/FIELD]], e.g. core-zh/order-status/opening)");
    std::string field; // what follows the node: a pointer inside it
    for (size_t i = 3; i < parts.size(); ++i) field = childPointer(field, parts[i]);
    std::string known;
    for (const auto& p : packs) {
        if (p.pack.id == parts[0]) return EditRequest{p.pack.dir, parts[1], parts.size() > 2 ? parts[2] : "", false, field};
        known += (known.empty() ? "" : ", ") + p.pack.id;
    }
    return makeError("no pack '" + parts[0] + "' is loaded (packs: " + (known.empty() ? "none" : known) + ")");
}

std::optional<EditRequest> defaultEditRequest(const std::vector<PackLoad>& packs, const std::string& language) {
    auto inLanguage = std::find_if(packs.begin(), packs.end(), [&](const PackLoad& p) { return p.pack.language == language; });
    const PackLoad* pack = inLanguage != packs.end() ? &*inLanguage : (packs.empty() ? nullptr : &packs.front());
    if (!pack) return std::nullopt;
    EditRequest request;
    request.packDir = pack->pack.dir;
    return request;
}

Status EditorModel::open(const EditRequest& request) {
    PackLoad load = loadPack(request.packDir, lexicons_);
    std::vector<ScenarioEntry> entries;
    for (const auto& s : load.pack.scenarios)
        entries.push_back({std::filesystem::path(s.file).filename().string(), s.id, s.title.empty() ? s.id : s.title});
    if (entries.empty()) return makeError("the pack in " + request.packDir.string() + " has no scenario that can be read");
    auto it = request.scenarioId.empty()
                  ? entries.begin()
                  : std::find_if(entries.begin(), entries.end(), [&](const ScenarioEntry& e) { return e.id == request.scenarioId; });
    if (it == entries.end()) return makeError("the pack '" + load.pack.id + "' has no scenario '" + request.scenarioId + "'");
    auto doc = ScenarioDocument::open(request.packDir, it->file, lexicons_);
    if (!doc) return doc.error();
    document_ = std::move(doc.value());
    scenarios_ = std::move(entries);
    selected_ = {};
    focusPass_ = -1;
    lastSave_.reset();
    pendingLeave_.reset();
    mode = request.graph ? EditorMode::Graph : EditorMode::Form;
    const bool atNode = !request.nodeId.empty() && selectNode(request.nodeId);
    if (!request.field.empty()) jumpTo((atNode ? partPointer(selected_) : std::string()) + request.field);
    return Done{};
}

int EditorModel::scenarioIndex() const {
    if (!document_) return -1;
    const std::string file = document_->file().filename().string();
    for (size_t i = 0; i < scenarios_.size(); ++i) {
        if (scenarios_[i].file == file) return static_cast<int>(i);
    }
    return -1;
}

std::vector<EditorPart> EditorModel::parts() const {
    std::vector<EditorPart> out = {
        {PartKind::Scenario, -1}, {PartKind::Persona, -1}, {PartKind::Policy, -1}, {PartKind::Objectives, -1}, {PartKind::Slots, -1}};
    const auto* nodes = document_ ? document_->find("/nodes") : nullptr;
    if (nodes && nodes->is_array()) {
        for (size_t i = 0; i < nodes->size(); ++i) out.push_back({PartKind::Node, static_cast<int>(i)});
    }
    return out;
}

void EditorModel::select(EditorPart part) {
    selected_ = part;
    clampSelection();
}

bool EditorModel::selectNode(const std::string& nodeId) {
    auto ids = nodeIds();
    auto it = std::find(ids.begin(), ids.end(), nodeId);
    if (it == ids.end()) return false;
    select({PartKind::Node, static_cast<int>(it - ids.begin())});
    return true;
}

void EditorModel::clampSelection() {
    if (selected_.kind != PartKind::Node) return;
    const int count = static_cast<int>(nodeIds().size());
    if (selected_.node >= count) selected_.node = count - 1;
    if (selected_.node < 0) selected_ = {};
}

void EditorModel::undo() {
    if (!document_) return;
    if (auto field = document_->undo()) select(partFor(*field));
}

void EditorModel::redo() {
    if (!document_) return;
    if (auto field = document_->redo()) select(partFor(*field));
}

void EditorModel::jumpTo(const std::string& pointer) {
    mode = EditorMode::Form;
    select(partFor(pointer));
    focusTarget_ = pointer;
    focusPass_ = 0;
}

bool EditorModel::takeFocus(const std::string& fieldPointer) {
    bool match =
        (focusPass_ == 0 && holds(fieldPointer, focusTarget_)) || (focusPass_ == 1 && startsWith(fieldPointer, focusTarget_ + "/"));
    if (match) focusPass_ = -1;
    return match;
}

bool EditorModel::focusPendingWithin(const std::string& prefix) const {
    return focusPass_ >= 0 && (holds(prefix, focusTarget_) || holds(focusTarget_, prefix));
}

void EditorModel::endFrame() {
    if (focusPass_ < 0) return;
    focusPass_ = focusPass_ == 0 ? 1 : -1; // a pointer no field shows (a missing key): the part stays selected
}

const SaveOutcome& EditorModel::save(RecordStore& store, const std::string& actor) {
    SaveOutcome outcome;
    auto saved = document_ ? document_->save() : Result<SavedScenario>(makeError("no scenario is open"));
    if (!saved) {
        outcome.detail = saved.error().message;
    } else {
        outcome.ok = true;
        outcome.version = saved->version;
        nlohmann::json details = {{"scenario", saved->scenarioId}, {"version", saved->version}};
        if (auto s = store.appendAudit(actor, "scenario.save", saved->packId, details.dump()); !s) outcome.detail = s.error().message;
    }
    lastSave_ = outcome;
    return *lastSave_;
}

bool EditorModel::requestLeave(LeaveRequest request) {
    if (!document_ || !document_->dirty()) return true;
    pendingLeave_ = std::move(request);
    return false;
}

std::optional<LeaveRequest> EditorModel::answerLeave(LeaveAnswer answer, RecordStore& store, const std::string& actor) {
    std::optional<LeaveRequest> request = std::move(pendingLeave_);
    pendingLeave_.reset();
    if (!request || answer == LeaveAnswer::Cancel) return std::nullopt;
    if (answer == LeaveAnswer::Save && !save(store, actor).ok) return std::nullopt;
    if (answer == LeaveAnswer::Discard && request->signOut) document_.reset();
    return request;
}

std::vector<std::string> EditorModel::conceptIds(bool forbidden) const {
    std::vector<std::string> out;
    const Lexicon* lexicon = document_ ? lexicons_.forLanguage(document_->packLanguage()) : nullptr;
    if (!lexicon) return out;
    for (const auto& [id, c] : lexicon->concepts()) {
        if (c.forbidden == forbidden) out.push_back(id);
    }
    return out; // a std::map: already sorted
}

std::vector<std::string> EditorModel::nodeIds() const {
    std::vector<std::string> out;
    const auto* nodes = document_ ? document_->find("/nodes") : nullptr;
    if (!nodes || !nodes->is_array()) return out;
    for (const auto& n : *nodes) out.push_back(n.is_object() && n.contains("id") && n["id"].is_string() ? n["id"].get<std::string>() : "");
    return out;
}

} // namespace frontline::gui
