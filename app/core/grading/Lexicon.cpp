#include "grading/Lexicon.h"

#include <algorithm>

#include "common/JsonFields.h"
#include "common/TextFile.h"
#include "grading/TextNormalizer.h"

namespace frontline {

const std::vector<std::string>& requiredConceptIds() {
    static const std::vector<std::string> ids = {"greeting",  "self_intro",         "empathy", "apology",         "restate",
                                                 "probe",     "solution",           "options", "time_commitment", "escalation",
                                                 "follow_up", "satisfaction_check", "closing", "polite"};
    return ids;
}

const std::vector<std::string>& forbiddenConceptIds() {
    static const std::vector<std::string> ids = {"blame_shift", "argue", "dismissive", "rude", "filler", "overpromise"};
    return ids;
}

const Concept* Lexicon::concept(const std::string& id) const {
    auto it = concepts_.find(id);
    return it == concepts_.end() ? nullptr : &it->second;
}

namespace {

std::vector<Pattern> compileList(const JsonDocument& doc, JsonFields& fields, const std::string& key, Need need, bool words,
                                 Diagnostics& diags) {
    std::vector<Pattern> out;
    auto list = fields.textList(key, need, need == Need::Required ? 1 : 0);
    if (!list) return out;
    for (size_t i = 0; i < list->size(); ++i) {
        std::string err;
        if (auto p = Pattern::compile((*list)[i], words, err))
            out.push_back(std::move(*p));
        else
            doc.error(diags, childPointer(fields.pointerOf(key), i), err);
    }
    return out;
}

} // namespace

std::optional<Lexicon> Lexicon::load(const std::filesystem::path& file, Diagnostics& diags) {
    auto text = readTextFile(file);
    if (!text) {
        diags.add({Severity::Error, text.error().where, text.error().message, {}});
        return std::nullopt;
    }
    int before = diags.errorCount();
    auto doc = JsonDocument::parse(file.string(), std::move(*text), diags);
    if (!doc) return std::nullopt;
    Lexicon lex;
    JsonFields top(*doc, doc->root(), "", diags);
    if (!top.isObject()) return std::nullopt;
    top.warnUnknown({"format", "language", "negation", "concepts"});
    auto format = top.oneOf("format", Need::Required, {"frontline-lexicon/1"});
    auto language = top.oneOf("language", Need::Required, {"zh-CN", "en"});
    lex.language_ = language.value_or("");
    bool words = lex.wordBased();
    if (const auto* neg = top.object("negation", Need::Required)) {
        JsonFields n(*doc, *neg, "/negation", diags);
        n.warnUnknown({"cues", "window", "not_cues", "after"});
        for (const auto& cue : n.textList("cues", Need::Required, 1).value_or(std::vector<std::string>{})) {
            lex.negation_.cues.push_back(toUtf8(foldText(cue)));
        }
        for (const auto& word : n.textList("not_cues", Need::Optional, 1).value_or(std::vector<std::string>{})) {
            lex.negation_.notCues.push_back(toUtf8(foldText(word)));
        }
        lex.negation_.window = n.integer("window", Need::Required, 1, 10).value_or(3);
        if (const auto* after = n.object("after", Need::Optional)) {
            JsonFields a(*doc, *after, "/negation/after", diags);
            a.warnUnknown({"cues", "window"});
            for (const auto& cue : a.textList("cues", Need::Required, 1).value_or(std::vector<std::string>{})) {
                lex.negation_.afterCues.push_back(toUtf8(foldText(cue)));
            }
            lex.negation_.afterWindow = a.integer("window", Need::Required, 1, 12).value_or(6);
        }
    }
    if (const auto* concepts = top.object("concepts", Need::Required)) {
        for (auto it = concepts->begin(); it != concepts->end(); ++it) {
            std::string at = childPointer("/concepts", it.key());
            JsonFields c(*doc, it.value(), at, diags);
            if (!c.isObject()) continue;
            c.warnUnknown({"kind", "label", "description", "patterns", "exclude", "negatable"});
            Concept con;
            con.id = it.key();
            if (!isValidId(con.id)) doc->error(diags, at, "concept id '" + con.id + "' is not a valid id");
            con.forbidden = c.oneOf("kind", Need::Required, {"required", "forbidden"}).value_or("required") == "forbidden";
            con.label = c.text("label", Need::Required).value_or(con.id);
            con.description = c.text("description", Need::Required).value_or("");
            con.patterns = compileList(*doc, c, "patterns", Need::Required, words, diags);
            con.exclude = compileList(*doc, c, "exclude", Need::Optional, words, diags);
            con.negatable = c.boolean("negatable", Need::Optional).value_or(true);
            lex.concepts_.emplace(con.id, std::move(con));
        }
        auto checkKind = [&](const std::vector<std::string>& ids, bool forbidden) {
            for (const auto& id : ids) {
                const Concept* con = lex.concept(id);
                if (!con)
                    doc->error(diags, "/concepts", "missing concept '" + id + "' (part of the lexicon contract)");
                else if (con->forbidden != forbidden)
                    doc->error(diags, childPointer("/concepts", id),
                               "concept '" + id + "' must be of kind '" + (forbidden ? "forbidden" : "required") + "'");
            }
        };
        checkKind(requiredConceptIds(), false);
        checkKind(forbiddenConceptIds(), true);
    }
    if (diags.errorCount() > before || !format) return std::nullopt;
    return lex;
}

LexiconSet LexiconSet::loadDir(const std::filesystem::path& dir, Diagnostics& diags) {
    LexiconSet set;
    for (const char* lang : {"zh-CN", "en"}) {
        auto file = dir / (std::string(lang) + ".json");
        if (auto lex = Lexicon::load(file, diags)) {
            if (lex->language() != lang) {
                diags.add({Severity::Error, {file.string()}, std::string("lexicon language must be '") + lang + "'", "/language"});
                continue;
            }
            set.add(std::move(*lex));
        }
    }
    return set;
}

void LexiconSet::add(Lexicon lexicon) {
    std::string lang = lexicon.language();
    byLanguage_.insert_or_assign(lang, std::move(lexicon));
}

const Lexicon* LexiconSet::forLanguage(const std::string& language) const {
    auto it = byLanguage_.find(language);
    return it == byLanguage_.end() ? nullptr : &it->second;
}

} // namespace frontline
