#include "scenario/PackLoader.h"

#include <algorithm>
#include <map>
#include <set>

#include "common/CanonicalHash.h"
#include "common/JsonFields.h"
#include "common/Sha256.h"
#include "common/TextFile.h"
#include "grading/Lexicon.h"
#include "scenario/ScenarioGraph.h"
#include "scenario/ScenarioReader.h"
#include "scenario/SlotFiller.h"

namespace frontline {

namespace {

void reportGraph(const JsonDocument& doc, const Scenario& s, Diagnostics& diags) {
    GraphFindings g = analyzeGraph(s);
    auto node = [&](int i) -> const Node& { return s.nodes[static_cast<size_t>(i)]; };
    auto branchAt = [&](BranchRef r) { return childPointer(node(r.node).at + "/branches", static_cast<size_t>(r.branch)); };
    if (g.startMissing && !s.start.empty()) doc.error(diags, "/start", "start node '" + s.start + "' does not exist");
    for (auto r : g.dangling) {
        const auto& to = node(r.node).branches[static_cast<size_t>(r.branch)].to;
        if (!to.empty()) doc.error(diags, branchAt(r) + "/to", "branch target '" + to + "' does not exist");
    }
    for (int i : g.unreachable)
        doc.error(diags, node(i).at + "/id", "node '" + node(i).id + "' cannot be reached from start '" + s.start + "'");
    for (int i : g.deadEnds) doc.error(diags, node(i).at, "dead end: customer node '" + node(i).id + "' has no branches");
    for (int i : g.noWayOut) {
        std::string what = g.inCycle[static_cast<size_t>(i)] ? "is in a cycle with no way out" : "leads nowhere";
        doc.error(diags, node(i).at + "/id", "node '" + node(i).id + "' " + what + ": no terminal node can be reached from it");
    }
    for (const auto& gap : g.uncovered) {
        doc.error(diags, node(gap.node).at + "/branches",
                  "branches do not cover every outcome: no branch for turn scores " + describeRanges(gap.uncoveredScores) +
                      " (end with a branch without 'if')");
    }
    for (auto r : g.neverTaken) doc.warning(diags, branchAt(r), "branch is never taken: an earlier branch has no 'if' and always holds");
}

// "phrases": {"greeting": ["您好呀"]}: each key a concept of the pack's
// lexicon, each value a list of patterns that compile and name no slot (a
// pack phrase serves every scenario, and slots belong to one).
void readPackPhrases(const JsonDocument& doc, JsonFields& f, const Lexicon* lexicon, Pack& pack, Diagnostics& diags) {
    const auto* object = f.object("phrases", Need::Optional);
    if (!object) return;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const std::string at = childPointer("/phrases", it.key());
        if (lexicon && !lexicon->concept(it.key())) {
            doc.error(diags, at, "unknown lexicon concept '" + it.key() + "' in 'phrases'");
            continue;
        }
        if (!it.value().is_array() || it.value().empty()) {
            doc.error(diags, at, "the phrases of '" + it.key() + "' must be a non-empty array of patterns");
            continue;
        }
        std::vector<std::string> phrases;
        for (size_t i = 0; i < it.value().size(); ++i) {
            const auto& v = it.value()[i];
            const std::string itemAt = childPointer(at, i);
            if (!v.is_string() || isBlankText(v.get<std::string>())) {
                doc.error(diags, itemAt, "a phrase must be a non-empty string");
                continue;
            }
            const std::string phrase = v.get<std::string>();
            std::string err;
            if (!Pattern::compile(phrase, lexicon && lexicon->wordBased(), err)) {
                doc.error(diags, itemAt, err);
                continue;
            }
            bool slotFree = true;
            for (const auto& name : slotPlaceholders(phrase)) slotFree = slotFree && name == "num";
            if (!slotFree) {
                doc.error(diags, itemAt, "pack phrase '" + phrase + "' names a slot; only {num} may be used at pack level");
                continue;
            }
            phrases.push_back(phrase);
        }
        if (!phrases.empty()) pack.phrases[it.key()] = std::move(phrases);
    }
}

struct Manifest {
    std::vector<std::pair<std::string, std::string>> files; // file name, pointer
};

Manifest readManifest(const JsonDocument& doc, const LexiconSet& lexicons, Pack& pack, Diagnostics& diags) {
    Manifest m;
    JsonFields f(doc, doc.root(), "", diags);
    if (!f.isObject()) return m;
    f.warnUnknown({"format", "id", "title", "version", "language", "authors", "description", "scenarios", "phrases"});
    f.oneOf("format", Need::Required, {"frontline-pack/1"});
    pack.id = f.id("id", Need::Required).value_or("");
    pack.title = f.text("title", Need::Required).value_or("");
    pack.version = f.text("version", Need::Required).value_or("");
    if (!pack.version.empty()) {
        int parts = 0;
        bool ok = true;
        size_t i = 0;
        while (ok && i <= pack.version.size()) {
            size_t dot = pack.version.find('.', i);
            std::string part = pack.version.substr(i, dot == std::string::npos ? std::string::npos : dot - i);
            ok = !part.empty() && part.size() <= 6 && part.find_first_not_of("0123456789") == std::string::npos;
            ++parts;
            if (dot == std::string::npos) break;
            i = dot + 1;
        }
        if (!ok || parts != 3) f.error("version", "'version' must look like MAJOR.MINOR.PATCH, got '" + pack.version + "'");
    }
    pack.language = f.oneOf("language", Need::Required, {"zh-CN", "en"}).value_or("");
    if (!pack.language.empty() && !lexicons.forLanguage(pack.language))
        f.error("language", "no grading lexicon is loaded for '" + pack.language + "'");
    pack.authors = f.textList("authors", Need::Required, 1).value_or(std::vector<std::string>{});
    pack.description = f.text("description", Need::Required).value_or("");
    if (const auto* list = f.array("scenarios", Need::Required)) {
        std::set<std::string> seen;
        for (size_t i = 0; i < list->size(); ++i) {
            std::string at = childPointer("/scenarios", i);
            const auto& v = (*list)[i];
            if (!v.is_string()) {
                doc.error(diags, at, std::string("expected a file name, got ") + jsonTypeName(v));
                continue;
            }
            std::string name = v.get<std::string>();
            bool plain = name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0 && name.find('/') == std::string::npos &&
                         name.find('\\') == std::string::npos && name[0] != '.' && name != "pack.json";
            if (!plain) {
                doc.error(diags, at, "'" + name + "' is not a plain scenario file name (NAME.json inside the pack folder)");
            } else if (!seen.insert(name).second) {
                doc.error(diags, at, "scenario file '" + name + "' is listed twice");
            } else {
                m.files.push_back({name, at});
            }
        }
        if (list->empty()) f.error("scenarios", "'scenarios' needs at least 1 item, has 0");
    }
    readPackPhrases(doc, f, lexicons.forLanguage(pack.language), pack, diags);
    return m;
}

} // namespace

void applyPackPhrases(const std::map<std::string, std::vector<std::string>>& phrases, Scenario& scenario) {
    if (phrases.empty()) return;
    for (auto& node : scenario.nodes) {
        for (auto& c : node.rubric.criteria) {
            auto it = phrases.find(c.concept);
            if (c.concept.empty() || it == phrases.end()) continue;
            for (const auto& p : it->second) {
                if (std::find(c.phrases.begin(), c.phrases.end(), p) == c.phrases.end()) c.phrases.push_back(p);
            }
        }
    }
}

Scenario checkScenarioDocument(const JsonDocument& doc, const Lexicon* lexicon, const std::map<std::string, std::string>& takenIds,
                               Diagnostics& diags) {
    Scenario s = readScenario(doc, lexicon, diags);
    reportGraph(doc, s, diags);
    if (auto it = takenIds.find(s.id); !s.id.empty() && it != takenIds.end())
        doc.error(diags, "/id", "duplicate scenario id '" + s.id + "' (also in " + it->second + ")");
    s.hash = canonicalJsonHash(doc.root());
    return s;
}

PackLoad loadPack(const std::filesystem::path& dir, const LexiconSet& lexicons) {
    PackLoad out;
    out.pack.dir = dir.string();
    Diagnostics& diags = out.diagnostics;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        diags.add({Severity::Error, {dir.string()}, "not a pack folder (no such directory)", {}});
        return out;
    }
    auto manifestPath = dir / "pack.json";
    auto text = readTextFile(manifestPath);
    if (!text) {
        diags.add({Severity::Error, {manifestPath.string()}, "missing or unreadable pack manifest: " + text.error().message, {}});
        return out;
    }
    auto doc = JsonDocument::parse(manifestPath.string(), std::move(*text), diags);
    if (!doc) return out;
    int manifestErrors = diags.errorCount();
    Manifest manifest = readManifest(*doc, lexicons, out.pack, diags);
    out.manifestOk = diags.errorCount() == manifestErrors;
    const Lexicon* lexicon = lexicons.forLanguage(out.pack.language);

    Sha256 packHash;
    packHash.update(canonicalJsonHash(doc->root()));
    std::map<std::string, std::string> idToFile;
    for (const auto& [name, at] : manifest.files) {
        auto path = dir / name;
        Diagnostics local;
        auto body = readTextFile(path);
        if (!body) {
            doc->error(diags, at, "scenario file '" + name + "' cannot be read: " + body.error().message);
            continue;
        }
        auto sdoc = JsonDocument::parse(path.string(), std::move(*body), local);
        if (sdoc) {
            Scenario s = checkScenarioDocument(*sdoc, lexicon, idToFile, local);
            applyPackPhrases(out.pack.phrases, s);
            if (!s.id.empty()) idToFile.emplace(s.id, name);
            packHash.update(s.hash);
            out.pack.scenarios.push_back(std::move(s));
            out.scenarioErrors.push_back(local.errorCount());
        }
        diags.append(local);
    }
    // A scenario file the manifest forgot is probably a mistake, but not fatal.
    std::set<std::string> listed;
    for (const auto& f : manifest.files) listed.insert(f.first);
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        auto name = entry.path().filename().string();
        if (entry.path().extension() == ".json" && name != "pack.json" && !listed.count(name)) {
            doc->warning(diags, "/scenarios", "'" + name + "' is in the pack folder but not listed in 'scenarios'; it is ignored");
        }
    }
    out.pack.hash = packHash.hexDigest();
    diags.sort();
    return out;
}

} // namespace frontline
