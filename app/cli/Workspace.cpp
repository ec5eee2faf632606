#include "Workspace.h"

#include "common/DataPaths.h"

namespace frontline::cli {

Result<Workspace> Workspace::open(const char* argv0) {
    Workspace ws;
    ws.root_ = dataRoot(argv0);
    Diagnostics diags;
    ws.lexicons_ = LexiconSet::loadDir(assetsDir(ws.root_) / "lexicon", diags);
    if (diags.hasErrors()) {
        std::string first;
        for (const auto& d : diags.items()) {
            if (d.severity == Severity::Error) {
                first = d.format();
                break;
            }
        }
        return makeError("the grading lexicons under " + (assetsDir(ws.root_) / "lexicon").string() + " are broken (" +
                         std::to_string(diags.errorCount()) + " errors; first: " + first + ")");
    }
    return ws;
}

Result<Workspace::Selection> Workspace::selectScenario(const CliArgs& args) const {
    auto pack = args.required("pack");
    if (!pack) return pack.error();
    auto id = args.required("scenario");
    if (!id) return id.error();
    return selectScenario(*pack, *id);
}

Result<Workspace::Selection> Workspace::selectScenario(const std::string& packDir, const std::string& scenarioId) const {
    Selection sel{loadPack(packDir, lexicons_), 0};
    if (!sel.load.manifestOk) {
        return makeError("pack '" + packDir + "' cannot be loaded; run 'frontline-cli validate " + packDir + "' for details");
    }
    const auto& list = sel.load.pack.scenarios;
    for (size_t i = 0; i < list.size(); ++i) {
        if (list[i].id != scenarioId) continue;
        if (!sel.load.scenarioPlayable(i)) {
            return makeError("scenario '" + scenarioId + "' has " + std::to_string(sel.load.scenarioErrors[i]) +
                             " errors; run 'frontline-cli validate " + packDir + "' for details");
        }
        sel.index = i;
        return sel;
    }
    std::string known;
    for (const auto& s : list) known += (known.empty() ? "" : ", ") + s.id;
    return makeError("no scenario '" + scenarioId + "' in pack '" + packDir + "' (it has: " + known + ")");
}

} // namespace frontline::cli
