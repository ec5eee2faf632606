#include "GradingEvaluation.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "grading/KeywordGrader.h"
#include "grading/Lexicon.h"
#include "scenario/PackLoader.h"
#include "scenario/ScenarioRun.h"

namespace fs = std::filesystem;

namespace frontline::quality {

namespace {

Error lineError(const fs::path& file, int line, const std::string& message, int column = 1) {
    return makeError(message, SourceLocation(file.string(), line, column));
}

Result<std::string> textField(const nlohmann::json& j, const char* key, bool required) {
    auto it = j.find(key);
    if (it == j.end()) {
        if (!required) return std::string();
        return makeError(std::string("missing \"") + key + "\"");
    }
    if (!it->is_string()) return makeError(std::string("\"") + key + "\" must be a string");
    std::string s = it->get<std::string>();
    if (required && s.find_first_not_of(" \t\r\n") == std::string::npos) return makeError(std::string("\"") + key + "\" is empty");
    return s;
}

Result<LabelledReply> parseLine(const std::string& text) {
    nlohmann::json j = nlohmann::json::parse(text); // throws parse_error, caught by the caller
    if (!j.is_object()) return makeError("a line must be one JSON object");
    static const std::set<std::string> known{"id", "pack", "scenario", "node", "label", "forbidden", "response", "note"};
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (!known.count(it.key())) return makeError("unknown key \"" + it.key() + "\"");
    }
    LabelledReply r;
    struct Field {
        const char* key;
        std::string* out;
    };
    for (Field f : {Field{"id", &r.id}, Field{"pack", &r.pack}, Field{"scenario", &r.scenario}, Field{"node", &r.node},
                    Field{"response", &r.response}, Field{"note", &r.note}}) {
        auto v = textField(j, f.key, true);
        if (!v) return v.error();
        *f.out = *v;
    }
    auto label = textField(j, "label", true);
    if (!label) return label.error();
    if (!parseQualityLabel(*label, r.label)) return makeError("\"label\" must be good, acceptable or poor, not \"" + *label + "\"");
    auto f = j.find("forbidden");
    if (f == j.end() || !f->is_boolean()) return makeError("\"forbidden\" must be true or false");
    r.forbidden = f->get<bool>();
    return r;
}

// Byte offset within one line to a 1-based character column.
int characterColumn(const std::string& text, size_t byte) {
    return countCharacters(std::string_view(text).substr(0, std::min(byte, text.size()))) + 1;
}

} // namespace

Result<std::vector<LabelledReply>> loadLabelledSet(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return makeError("cannot open " + file.string());
    std::vector<LabelledReply> out;
    std::set<std::string> ids;
    std::string text;
    for (int line = 1; std::getline(in, text); ++line) {
        if (!text.empty() && text.back() == '\r') text.pop_back();
        if (text.find_first_not_of(" \t") == std::string::npos) continue;
        Result<LabelledReply> r = makeError("");
        try {
            r = parseLine(text);
        } catch (const nlohmann::json::parse_error& e) {
            size_t byte = e.byte > 0 ? e.byte - 1 : 0;
            return lineError(file, line, "not valid JSON: " + std::string(e.what()), characterColumn(text, byte));
        }
        if (!r) return lineError(file, line, r.error().message);
        r->line = line;
        r->file = file.string();
        if (!ids.insert(r->id).second) return lineError(file, line, "duplicate id \"" + r->id + "\"");
        out.push_back(std::move(*r));
    }
    if (out.empty()) return makeError(file.string() + ": no labelled replies");
    return out;
}

namespace {

// The grader the engine uses for a pack's language (as frontline-cli play builds it).
std::unique_ptr<ReplyGrader> engineGrader(const Lexicon& lexicon) { return std::make_unique<KeywordGrader>(lexicon); }

struct LoadedPack {
    PackLoad load;
    std::unique_ptr<ReplyGrader> grader;
    std::map<std::string, std::pair<const Scenario*, SlotValues>> scenarios; // playable ones by id, slots of kSlotSeed
};

class PackCache {
public:
    explicit PackCache(const fs::path& root) : root_(root) {
        Diagnostics diags;
        lexicons_ = LexiconSet::loadDir(root / "assets" / "lexicon", diags);
        if (diags.hasErrors()) lexiconError_ = "the lexicons under " + (root / "assets" / "lexicon").string() + " have errors";
    }

    Result<LoadedPack*> get(const std::string& id) {
        if (!lexiconError_.empty()) return makeError(lexiconError_);
        auto it = packs_.find(id);
        if (it != packs_.end()) return it->second.get();
        auto p = std::make_unique<LoadedPack>();
        fs::path dir = root_ / "scenarios" / id;
        p->load = loadPack(dir, lexicons_);
        if (!p->load.manifestOk) return makeError("pack '" + id + "' cannot be loaded from " + dir.string());
        const Lexicon* lexicon = lexicons_.forLanguage(p->load.pack.language);
        if (!lexicon) return makeError("no lexicon for language '" + p->load.pack.language + "' of pack '" + id + "'");
        p->grader = engineGrader(*lexicon);
        const auto& list = p->load.pack.scenarios;
        for (size_t i = 0; i < list.size(); ++i) {
            if (p->load.scenarioPlayable(i)) p->scenarios[list[i].id] = {&list[i], slotValuesFor(list[i], kSlotSeed)};
        }
        return packs_.emplace(id, std::move(p)).first->second.get();
    }

private:
    fs::path root_;
    LexiconSet lexicons_;
    std::string lexiconError_;
    std::map<std::string, std::unique_ptr<LoadedPack>> packs_;
};

} // namespace

Result<Evaluation> evaluate(const std::vector<LabelledReply>& set, const fs::path& root) {
    PackCache cache(root);
    Evaluation e;
    for (const auto& item : set) {
        auto where = [&](const std::string& msg) { return makeError(msg, SourceLocation(item.file, item.line, 1)); };
        auto pack = cache.get(item.pack);
        if (!pack) return where(pack.error().message);
        LoadedPack& p = **pack;
        auto sc = p.scenarios.find(item.scenario);
        if (sc == p.scenarios.end()) return where("no playable scenario '" + item.scenario + "' in pack '" + item.pack + "'");
        const Scenario& scenario = *sc->second.first;
        const SlotValues& slots = sc->second.second;
        const Node* node = scenario.node(item.node);
        if (!node || node->type != NodeType::Customer)
            return where("no customer node '" + item.node + "' in scenario '" + item.scenario + "'");
        ReplyGrade g = gradeAtNode(scenario, *node, slots, *p.grader, item.response, 0.0);
        std::vector<std::string> models;
        for (const auto& m : node->modelAnswers) models.push_back(fillSlots(m, slots));
        GradedReply out;
        out.item = item;
        out.language = p.load.pack.language;
        out.length = countCharacters(item.response);
        out.score = g.score;
        out.flagged = g.forbiddenHit;
        for (const auto* c : g.forbidden()) {
            std::string m;
            for (const auto& s : c->matched) m += (m.empty() ? "" : ", ") + s;
            out.forbiddenHits.push_back(c->id + ": " + m);
        }
        out.baseline = bigramBaselineScore(item.response, models);
        e.graderVersion = p.grader->version();
        e.replies.push_back(std::move(out));
    }
    return e;
}

Result<std::map<std::string, SlotValues>> packSlotValues(const std::string& pack, const fs::path& root) {
    PackCache cache(root);
    auto p = cache.get(pack);
    if (!p) return p.error();
    std::map<std::string, SlotValues> out;
    for (const auto& [id, sc] : (*p)->scenarios) out[id] = sc.second;
    return out;
}

std::vector<ScoredReply> scored(const Evaluation& e, Scorer scorer, const std::string& language) {
    std::vector<ScoredReply> out;
    for (const auto& r : e.replies) {
        if (!language.empty() && r.language != language) continue;
        out.push_back({r.item.id, r.language, r.item.label, scorer == Scorer::Grader ? r.score : r.baseline, r.length});
    }
    return out;
}

Figures figures(const Evaluation& e, Scorer scorer, const std::string& language) {
    auto items = scored(e, scorer, language);
    return {rankingAuc(items), rankingAuc(items, lengthControlledPair)};
}

FlagReport flagReport(const Evaluation& e) {
    std::vector<FlagCase> cases;
    for (const auto& r : e.replies) cases.push_back({r.item.id, r.item.label, r.item.forbidden, r.flagged});
    return checkFlags(cases);
}

namespace {

std::string fmt(const AucResult& a) {
    if (!a.defined()) return "  -  ";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", a.auc);
    return buf;
}

std::string pad(std::string s, size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

std::string list(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : " ") + id;
    return out.empty() ? "none" : out;
}

std::string excerpt(const std::string& text, int maxChars) {
    std::string out;
    int n = 0;
    for (size_t i = 0; i < text.size();) {
        size_t len = 1;
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0xF0)
            len = 4;
        else if (c >= 0xE0)
            len = 3;
        else if (c >= 0xC0)
            len = 2;
        if (++n > maxChars) return out + "...";
        out += text.substr(i, len);
        i += len;
    }
    return out;
}

} // namespace

void printReport(std::ostream& out, const Evaluation& e, size_t worstPairs) {
    std::map<std::string, std::map<QualityLabel, int>> counts;
    for (const auto& r : e.replies) ++counts[r.language][r.item.label];
    out << "grader " << e.graderVersion << " on " << e.replies.size() << " labelled replies\n";
    for (const auto& [lang, byLabel] : counts) {
        auto n = [&](QualityLabel l) { return byLabel.count(l) ? byLabel.at(l) : 0; };
        out << "  " << pad(lang, 6) << " good " << n(QualityLabel::Good) << ", acceptable " << n(QualityLabel::Acceptable) << ", poor "
            << n(QualityLabel::Poor) << "\n";
    }
    out << "\nAUC good vs poor (ties 1/2)         pairs   ours   bigram  target\n";
    auto row = [&](const std::string& name, const std::string& lang, bool lengthOnly, double target) {
        Figures ours = figures(e, Scorer::Grader, lang);
        Figures base = figures(e, Scorer::Baseline, lang);
        const AucResult& o = lengthOnly ? ours.lengthControlled : ours.overall;
        const AucResult& b = lengthOnly ? base.lengthControlled : base.overall;
        char t[16] = "";
        if (target > 0) std::snprintf(t, sizeof t, ">= %.2f", target);
        out << "  " << pad(name, 34) << pad(std::to_string(o.pairs), 8) << pad(fmt(o), 7) << pad(fmt(b), 8) << t
            << (target > 0 && o.defined() && o.auc < target ? "  FAIL" : "") << "\n";
    };
    row("overall", "", false, kMinOverallAuc);
    row("length-controlled (poor >= good)", "", true, kMinLengthControlledAuc);
    for (const auto& [lang, byLabel] : counts) {
        (void)byLabel;
        row(lang + " overall", lang, false, 0);
        row(lang + " length-controlled", lang, true, 0);
    }

    FlagReport f = flagReport(e);
    out << "\nforbidden recall: " << f.caught << "/" << f.expected << " flagged" << (f.missed.empty() ? "" : "  FAIL") << "\n";
    out << "  missed: " << list(f.missed) << "\n";
    out << "false flags on good replies: " << f.falseFlagsOnGood.size() << "/" << f.goodReplies
        << (f.falseFlagsOnGood.empty() ? "" : "  FAIL") << "\n";
    for (const auto& r : e.replies) {
        if (r.item.label == QualityLabel::Good && r.flagged) out << "  " << r.item.id << "  [" << list(r.forbiddenHits) << "]\n";
    }
    out << "flagged, not labelled forbidden (acceptable/poor, informational): " << list(f.otherFalseFlags) << "\n";

    auto items = scored(e, Scorer::Grader);
    auto worst = misrankedPairs(items, lengthControlledPair, worstPairs);
    out << "\nworst-ranked length-controlled pairs, ours (poor scored >= good):\n";
    for (const auto& p : worst) {
        out << "  " << pad(p.poor->id + " (" + std::to_string(static_cast<int>(p.poor->score)) + ")", 26)
            << ">= " << pad(p.good->id + " (" + std::to_string(static_cast<int>(p.good->score)) + ")", 26) << "\n";
    }
    // The replies most often on the wrong side of a same-language pair: where the grader needs work.
    std::map<std::string, int> losses;
    for (const auto& p : misrankedPairs(items, sameLanguagePair, items.size() * items.size())) {
        ++losses[p.good->id];
        ++losses[p.poor->id];
    }
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [id, n] : losses) ranked.push_back({-n, id});
    std::sort(ranked.begin(), ranked.end());
    out << "\nreplies most often misranked (same-language pairs lost), ours:\n";
    for (size_t i = 0; i < ranked.size() && i < worstPairs; ++i) {
        const auto& id = ranked[i].second;
        auto it = std::find_if(e.replies.begin(), e.replies.end(), [&](const GradedReply& r) { return r.item.id == id; });
        out << "  " << pad(id, 24) << pad(qualityLabelName(it->item.label), 11) << "score " << pad(std::to_string(it->score), 4)
            << "pairs lost " << pad(std::to_string(-ranked[i].first), 5) << excerpt(it->item.response, 40) << "\n";
    }
}

} // namespace frontline::quality
