#include "AppData.h"

#include "assessments/AssessmentLibrary.h"
#include "common/DataPaths.h"
#include "common/TextFile.h"
#include "grading/Lexicon.h"

namespace frontline::gui {

namespace {

void appendLine(std::string& out, const std::string& text) {
    out += text;
    out += '\n';
}

// Every user-visible string of the files in folder is inside their JSON text,
// so the raw text is enough for the atlas (keys and syntax are ASCII).
void appendFolderText(const std::filesystem::path& folder, std::string& out) {
    for (const auto& file : assessmentFiles(folder)) {
        if (auto text = readTextFile(file)) appendLine(out, *text);
    }
}

std::vector<Exam> loadExams(const std::filesystem::path& root) {
    std::vector<Exam> exams;
    for (const auto& file : assessmentFiles(assessmentsDir(root) / "exams")) {
        Diagnostics diags; // exam problems are for 'frontline-cli validate'; a broken exam keeps its id as title
        if (auto exam = loadExamFile(file, diags)) exams.push_back(std::move(*exam));
    }
    return exams;
}

void loadPacks(AppData& data) {
    data.packs.clear();
    data.packOrigins.clear();
    for (auto& p : loadPackLibrary(PackDirs{data.packsDir, data.userPacksDir}, data.lexicons)) {
        data.packs.push_back(std::move(p.load));
        data.packOrigins.push_back(p.origin);
    }
}

} // namespace

void reloadPacks(AppData& data) {
    loadPacks(data);
    data.titles = ActivityTitles(data.packs, loadExams(data.root));
}

Status switchLanguage(AppData& data, const std::string& language) {
    auto strings = StringTable::load(assetsDir(data.root) / "i18n", language);
    if (!strings) return strings.error();
    data.strings = std::move(strings.value());
    return Done{};
}

Result<AppData> loadAppData(const std::filesystem::path& root, const std::string& language, const std::filesystem::path& packsDir) {
    AppData data;
    data.root = root;
    auto strings = StringTable::load(assetsDir(root) / "i18n", language);
    if (!strings) return strings.error();
    data.strings = std::move(strings.value());

    auto theme = loadTheme(assetsDir(root) / "theme" / "default.json");
    if (theme) {
        data.theme = std::move(theme.value());
        for (const auto& w : data.theme.warnings) data.warnings.push_back("theme: " + w);
    } else {
        data.warnings.push_back(theme.error().format() + " (using the built-in look)");
    }

    data.packsDir = packsDir;
    data.userPacksDir = userPacksDir();
    Diagnostics lexiconDiags;
    data.lexicons = LexiconSet::loadDir(assetsDir(root) / "lexicon", lexiconDiags);
    for (const auto& d : lexiconDiags.items()) data.warnings.push_back(d.format());
    reloadPacks(data);

    for (const auto& other : availableLanguages(assetsDir(root) / "i18n")) {
        if (other == language) continue;
        if (auto table = StringTable::load(assetsDir(root) / "i18n", other))
            for (const auto& [key, text] : table->entries()) appendLine(data.otherText, text);
    }
    for (const char* folder : {"banks", "exams", "programs"}) appendFolderText(assessmentsDir(root) / folder, data.otherText);
    return data;
}

void appendPackText(const Pack& pack, std::string& out) {
    for (const auto& s : {pack.title, pack.description, pack.id, pack.language, pack.version}) appendLine(out, s);
    for (const auto& a : pack.authors) appendLine(out, a);
    for (const auto& sc : pack.scenarios) {
        for (const auto& s : {sc.title, sc.persona.name, sc.persona.situation, sc.file}) appendLine(out, s);
        for (const auto& o : sc.objectives) appendLine(out, o);
        for (const auto& f : sc.policy) appendLine(out, f.text);
        for (const auto& slot : sc.slots) {
            for (const auto& v : slot.values) appendLine(out, v);
        }
        for (const auto& n : sc.nodes) {
            for (const auto& l : n.lines) appendLine(out, l);
            for (const auto& a : n.modelAnswers) appendLine(out, a);
            for (const auto& c : n.rubric.criteria) {
                for (const auto& t : {c.tip, c.label}) appendLine(out, t);
                for (const auto& phrase : c.phrases) appendLine(out, phrase); // pack phrases included: the lexicon screen shows them
            }
            appendLine(out, n.summary);
        }
    }
}

std::string AppData::displayText() const {
    std::string out;
    for (const auto& [key, text] : strings.entries()) appendLine(out, text);
    for (const auto& load : packs) {
        appendPackText(load.pack, out);
        appendLine(out, load.pack.dir);
        for (const auto& d : load.diagnostics.items()) appendLine(out, d.format());
    }
    appendLine(out, packsDir.string());
    appendLine(out, userPacksDir.string());
    // The lexicon screen shows every concept's words.
    for (const char* language : {"zh-CN", "en"}) {
        const Lexicon* lexicon = lexicons.forLanguage(language);
        if (!lexicon) continue;
        for (const auto& [id, c] : lexicon->concepts()) {
            for (const auto& t : {c.label, c.description}) appendLine(out, t);
            for (const auto& p : c.patterns) appendLine(out, p.source());
            for (const auto& p : c.exclude) appendLine(out, p.source());
        }
        for (const auto& cue : lexicon->negation().cues) appendLine(out, cue);
        for (const auto& cue : lexicon->negation().notCues) appendLine(out, cue);
        for (const auto& cue : lexicon->negation().afterCues) appendLine(out, cue);
    }
    out += otherText;
    return out;
}

} // namespace frontline::gui
