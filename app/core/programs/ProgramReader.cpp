#include "programs/ProgramReader.h"

#include <algorithm>

#include "common/JsonFields.h"
#include "common/TextFile.h"
#include "scenario/Pack.h"

namespace frontline {

namespace fs = std::filesystem;

bool ScenarioRequirement::acceptsPack(const std::string& packId) const {
    return std::find(packs.begin(), packs.end(), packId) != packs.end();
}

const char* attemptCountingId(AttemptCounting c) { return c == AttemptCounting::Best ? "best" : "latest"; }

ScenarioCatalog catalogOf(const std::vector<Pack>& packs) {
    ScenarioCatalog c;
    for (const auto& p : packs) {
        auto& ids = c.scenariosByPack[p.id];
        for (const auto& s : p.scenarios) ids.insert(s.id);
    }
    return c;
}

namespace {

std::string joined(const std::set<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

// Field readers shared by both programme kinds; one per file.
class ProgramFields {
public:
    ProgramFields(const JsonDocument& doc, Diagnostics& diags) : doc_(doc), diags_(diags) {}

    BilingualText title(JsonFields& f, const std::string& key, Need need) {
        BilingualText t;
        const auto* v = f.object(key, need);
        if (!v) return t;
        JsonFields tf(doc_, *v, f.pointerOf(key), diags_);
        tf.warnUnknown({"zh-CN", "en"});
        t.zh = tf.text("zh-CN", Need::Required).value_or("");
        t.en = tf.text("en", Need::Required).value_or("");
        return t;
    }

    void header(JsonFields& f, const char* format, std::string& id, std::string& version, BilingualText& title_) {
        if (auto fmt = f.text("format", Need::Required); fmt && *fmt != format)
            f.error("format", "'format' must be \"" + std::string(format) + "\", got \"" + *fmt + "\"");
        id = f.id("id", Need::Required).value_or("");
        version = f.text("version", Need::Required).value_or("");
        title_ = title(f, "title", Need::Required);
    }

    const JsonDocument& doc() const { return doc_; }
    Diagnostics& diags() { return diags_; }

private:
    const JsonDocument& doc_;
    Diagnostics& diags_;
};

class OnboardingReader {
public:
    OnboardingReader(const JsonDocument& doc, const ScenarioCatalog* catalog, Diagnostics& diags)
        : fields_(doc, diags), doc_(doc), catalog_(catalog), diags_(diags) {}

    std::optional<OnboardingProgram> read() {
        JsonFields f(doc_, doc_.root(), "", diags_);
        if (!f.isObject()) return std::nullopt;
        f.warnUnknown({"format", "id", "version", "title", "days", "certification"});
        OnboardingProgram p;
        p.file = doc_.file();
        fields_.header(f, kOnboardingFormat, p.id, p.version, p.title);
        if (const auto* days = f.array("days", Need::Required)) {
            for (size_t i = 0; i < days->size(); ++i)
                p.days.push_back(readDay((*days)[i], childPointer("/days", i), static_cast<int>(i) + 1));
            if (days->empty()) f.error("days", "'days' needs at least 1 item, has 0");
        }
        if (const auto* c = f.object("certification", Need::Required)) p.certification = readCertification(*c);
        return p;
    }

private:
    OnboardingDay readDay(const nlohmann::json& value, const std::string& at, int expectedNumber) {
        OnboardingDay d;
        d.number = expectedNumber;
        JsonFields f(doc_, value, at, diags_);
        if (!f.isObject()) return d;
        f.warnUnknown({"day", "title", "topics", "planned_hours", "scenarios", "exams"});
        if (auto n = f.integer("day", Need::Required, 1, 30); n && *n != expectedNumber)
            f.error("day", "days must be numbered 1, 2, 3... in order: expected " + std::to_string(expectedNumber) + ", got " +
                               std::to_string(*n));
        d.title = fields_.title(f, "title", Need::Required);
        if (const auto* topics = f.array("topics", Need::Optional)) {
            for (size_t i = 0; i < topics->size(); ++i)
                d.topics.push_back(readTitleValue((*topics)[i], childPointer(f.pointerOf("topics"), i)));
        }
        d.plannedHours = f.number("planned_hours", Need::Required, 0, 24).value_or(0);
        d.scenarios = readScenarios(f, true);
        d.exams = readExams(f);
        auto listed = [&](const char* key) { return value.contains(key) && value[key].is_array() && !value[key].empty(); };
        if (!listed("scenarios") && !listed("exams"))
            f.error("scenarios", "day " + std::to_string(expectedNumber) + " requires nothing: list at least one scenario or exam");
        return d;
    }

    BilingualText readTitleValue(const nlohmann::json& value, const std::string& at) {
        BilingualText t;
        JsonFields f(doc_, value, at, diags_);
        if (!f.isObject()) return t;
        f.warnUnknown({"zh-CN", "en"});
        t.zh = f.text("zh-CN", Need::Required).value_or("");
        t.en = f.text("en", Need::Required).value_or("");
        return t;
    }

    std::vector<ScenarioRequirement> readScenarios(JsonFields& parent, bool withMinScore) {
        std::vector<ScenarioRequirement> out;
        const auto* arr = parent.array("scenarios", withMinScore ? Need::Optional : Need::Required);
        if (!arr) return out;
        if (!withMinScore && arr->empty()) parent.error("scenarios", "'scenarios' needs at least 1 item, has 0");
        for (size_t i = 0; i < arr->size(); ++i) {
            std::string at = childPointer(parent.pointerOf("scenarios"), i);
            JsonFields f(doc_, (*arr)[i], at, diags_);
            if (!f.isObject()) continue;
            if (withMinScore)
                f.warnUnknown({"scenario", "packs", "min_score"});
            else
                f.warnUnknown({"scenario", "packs"});
            ScenarioRequirement r;
            r.scenarioId = f.id("scenario", Need::Required).value_or("");
            if (withMinScore) r.minScore = f.integer("min_score", Need::Required, 0, 100).value_or(0);
            if (const auto* packs = f.array("packs", Need::Required)) {
                if (packs->empty()) f.error("packs", "'packs' needs at least 1 item, has 0");
                for (size_t k = 0; k < packs->size(); ++k) {
                    std::string pat = childPointer(f.pointerOf("packs"), k);
                    const auto& v = (*packs)[k];
                    if (!v.is_string() || !isValidId(v.get<std::string>())) {
                        doc_.error(diags_, pat, "a pack must be a pack id such as \"core-zh\"");
                        continue;
                    }
                    std::string pack = v.get<std::string>();
                    if (r.acceptsPack(pack)) {
                        doc_.error(diags_, pat, "pack '" + pack + "' is listed twice");
                        continue;
                    }
                    r.packs.push_back(pack);
                    checkReference(pack, r.scenarioId, pat);
                }
            }
            if (r.scenarioId.empty()) continue;
            bool duplicate =
                std::any_of(out.begin(), out.end(), [&](const ScenarioRequirement& o) { return o.scenarioId == r.scenarioId; });
            if (duplicate) {
                f.error("scenario", "scenario '" + r.scenarioId + "' is required twice in the same list");
                continue;
            }
            out.push_back(std::move(r));
        }
        return out;
    }

    void checkReference(const std::string& pack, const std::string& scenario, const std::string& at) {
        if (!catalog_ || scenario.empty()) return;
        auto it = catalog_->scenariosByPack.find(pack);
        if (it == catalog_->scenariosByPack.end()) {
            doc_.warning(diags_, at, "pack '" + pack + "' is not a bundled pack, so scenario '" + scenario + "' cannot be checked");
        } else if (!it->second.count(scenario)) {
            doc_.error(diags_, at, "pack '" + pack + "' has no scenario '" + scenario + "' (it has: " + joined(it->second) + ")");
        }
    }

    std::vector<ExamRequirement> readExams(JsonFields& parent) {
        std::vector<ExamRequirement> out;
        const auto* arr = parent.array("exams", Need::Optional);
        if (!arr) return out;
        for (size_t i = 0; i < arr->size(); ++i) {
            JsonFields f(doc_, (*arr)[i], childPointer(parent.pointerOf("exams"), i), diags_);
            if (!f.isObject()) continue;
            f.warnUnknown({"exam", "min_score"});
            ExamRequirement e;
            e.examId = f.id("exam", Need::Required).value_or("");
            e.minScore = f.integer("min_score", Need::Required, 0, 100).value_or(0);
            if (e.examId.empty()) continue;
            if (std::any_of(out.begin(), out.end(), [&](const ExamRequirement& o) { return o.examId == e.examId; })) {
                f.error("exam", "exam '" + e.examId + "' is required twice in the same list");
                continue;
            }
            out.push_back(e);
        }
        return out;
    }

    std::optional<AttemptCounting> counting(JsonFields& f, const std::string& key) {
        auto v = f.oneOf(key, Need::Required, {"best", "latest"});
        if (!v) return std::nullopt;
        return *v == "best" ? AttemptCounting::Best : AttemptCounting::Latest;
    }

    CertificationRuleSpec readCertification(const nlohmann::json& value) {
        CertificationRuleSpec c;
        JsonFields f(doc_, value, "/certification", diags_);
        f.warnUnknown({"title", "planned_hours", "scenarios", "exam", "weights", "pass_mark", "component_minimum", "max_attempts",
                       "retake_wait_hours", "counting"});
        c.title = fields_.title(f, "title", Need::Required);
        c.plannedHours = f.number("planned_hours", Need::Required, 0, 24).value_or(0);
        c.scenarios = readScenarios(f, false);
        c.examId = f.id("exam", Need::Required).value_or("");
        c.passMark = f.integer("pass_mark", Need::Required, 0, 100).value_or(c.passMark);
        c.maxAttempts = f.integer("max_attempts", Need::Required, 1, 20).value_or(c.maxAttempts);
        c.retakeWaitHours = f.integer("retake_wait_hours", Need::Required, 0, 24 * 365).value_or(c.retakeWaitHours);
        if (const auto* w = f.object("weights", Need::Required)) {
            JsonFields wf(doc_, *w, f.pointerOf("weights"), diags_);
            wf.warnUnknown({"scenarios", "written"});
            auto s = wf.integer("scenarios", Need::Required, 0, 100);
            auto t = wf.integer("written", Need::Required, 0, 100);
            if (s && t && *s + *t != 100)
                f.error("weights", "weights sum to " + std::to_string(*s + *t) + ", must be 100 (scenarios " + std::to_string(*s) +
                                       " + written " + std::to_string(*t) + ")");
            c.scenarioWeight = s.value_or(c.scenarioWeight);
            c.writtenWeight = t.value_or(c.writtenWeight);
        }
        if (const auto* m = f.object("component_minimum", Need::Required)) {
            JsonFields mf(doc_, *m, f.pointerOf("component_minimum"), diags_);
            mf.warnUnknown({"scenarios", "written"});
            c.scenarioMinimum = mf.integer("scenarios", Need::Required, 0, 100).value_or(c.scenarioMinimum);
            c.writtenMinimum = mf.integer("written", Need::Required, 0, 100).value_or(c.writtenMinimum);
        }
        if (const auto* k = f.object("counting", Need::Required)) {
            JsonFields kf(doc_, *k, f.pointerOf("counting"), diags_);
            kf.warnUnknown({"scenarios", "written"});
            c.scenarioCounting = counting(kf, "scenarios").value_or(c.scenarioCounting);
            c.writtenCounting = counting(kf, "written").value_or(c.writtenCounting);
        }
        return c;
    }

    ProgramFields fields_;
    const JsonDocument& doc_;
    const ScenarioCatalog* catalog_;
    Diagnostics& diags_;
};

class AnnualReader {
public:
    AnnualReader(const JsonDocument& doc, Diagnostics& diags) : fields_(doc, diags), doc_(doc), diags_(diags) {}

    std::optional<AnnualProgram> read() {
        JsonFields f(doc_, doc_.root(), "", diags_);
        if (!f.isObject()) return std::nullopt;
        f.warnUnknown({"format", "id", "version", "title", "required_minutes", "advanced_sessions", "counted_kinds", "due_window_days",
                       "idle_gap_seconds", "grade_bands", "improvement_plan"});
        AnnualProgram p;
        p.file = doc_.file();
        fields_.header(f, kAnnualFormat, p.id, p.version, p.title);
        p.requiredMinutes = f.integer("required_minutes", Need::Required, 1, 100000).value_or(p.requiredMinutes);
        p.advancedSessions = f.integer("advanced_sessions", Need::Required, 0, 100).value_or(p.advancedSessions);
        p.dueWindowDays = f.integer("due_window_days", Need::Required, 1, 365).value_or(p.dueWindowDays);
        p.idleGapSeconds = f.integer("idle_gap_seconds", Need::Required, 10, 3600).value_or(p.idleGapSeconds);
        if (const auto* kinds = f.array("counted_kinds", Need::Required)) {
            p.countedKinds.clear();
            for (size_t i = 0; i < kinds->size(); ++i) {
                const auto& v = (*kinds)[i];
                std::string at = childPointer(f.pointerOf("counted_kinds"), i);
                std::string kind = v.is_string() ? v.get<std::string>() : "";
                if (kind != "annual" && kind != "advanced" && kind != "onboarding")
                    doc_.error(diags_, at, "a counted kind must be one of annual, advanced, onboarding");
                else if (std::find(p.countedKinds.begin(), p.countedKinds.end(), kind) != p.countedKinds.end())
                    doc_.error(diags_, at, "kind '" + kind + "' is listed twice");
                else
                    p.countedKinds.push_back(kind);
            }
            if (kinds->empty()) f.error("counted_kinds", "'counted_kinds' needs at least 1 item, has 0");
            bool countsAdvanced = std::find(p.countedKinds.begin(), p.countedKinds.end(), "advanced") != p.countedKinds.end();
            if (p.advancedSessions > 0 && !kinds->empty() && !countsAdvanced)
                f.error("counted_kinds", "'counted_kinds' must include \"advanced\" when advanced sessions are required");
        }
        readBands(f, p);
        if (const auto* plan = f.object("improvement_plan", Need::Required)) {
            JsonFields pf(doc_, *plan, f.pointerOf("improvement_plan"), diags_);
            pf.warnUnknown({"band", "consecutive_years", "months"});
            auto band = pf.id("band", Need::Required);
            if (band && !p.bands.empty() && std::none_of(p.bands.begin(), p.bands.end(), [&](const GradeBand& b) { return b.id == *band; }))
                pf.error("band", "'band' must name one of the grade bands, got '" + *band + "'");
            p.improvementBand = band.value_or(p.improvementBand);
            p.improvementConsecutiveYears = pf.integer("consecutive_years", Need::Required, 1, 10).value_or(2);
            p.improvementPlanMonths = pf.integer("months", Need::Required, 1, 24).value_or(3);
        }
        return p;
    }

private:
    void readBands(JsonFields& f, AnnualProgram& p) {
        const auto* bands = f.array("grade_bands", Need::Required);
        if (!bands) return;
        if (bands->size() < 2) f.error("grade_bands", "'grade_bands' needs at least 2 items, has " + std::to_string(bands->size()));
        for (size_t i = 0; i < bands->size(); ++i) {
            std::string at = childPointer(f.pointerOf("grade_bands"), i);
            JsonFields bf(doc_, (*bands)[i], at, diags_);
            if (!bf.isObject()) continue;
            bf.warnUnknown({"id", "min_score", "title"});
            GradeBand b;
            b.id = bf.id("id", Need::Required).value_or("");
            auto min = bf.integer("min_score", Need::Required, 0, 100);
            b.title = fields_.title(bf, "title", Need::Required);
            if (!min) continue;
            b.minScore = *min;
            if (!p.bands.empty() && b.minScore >= p.bands.back().minScore)
                bf.error("min_score", "bands must be listed highest first: min_score " + std::to_string(b.minScore) +
                                          " is not below the previous band's " + std::to_string(p.bands.back().minScore));
            if (std::any_of(p.bands.begin(), p.bands.end(), [&](const GradeBand& o) { return o.id == b.id; }))
                bf.error("id", "duplicate band id '" + b.id + "'");
            if (i + 1 == bands->size() && b.minScore != 0)
                bf.error("min_score", "the last band must have min_score 0 so every score has a band, got " + std::to_string(b.minScore));
            p.bands.push_back(std::move(b));
        }
    }

    ProgramFields fields_;
    const JsonDocument& doc_;
    Diagnostics& diags_;
};

std::optional<JsonDocument> parseFile(const fs::path& file, Diagnostics& diags) {
    auto text = readTextFile(file, 4u << 20);
    if (!text) {
        diags.add({Severity::Error, SourceLocation(file.string()), text.error().message, {}});
        return std::nullopt;
    }
    return JsonDocument::parse(file.string(), std::move(*text), diags);
}

} // namespace

std::optional<OnboardingProgram> readOnboardingProgram(const JsonDocument& doc, const ScenarioCatalog* catalog, Diagnostics& diags) {
    return OnboardingReader(doc, catalog, diags).read();
}

std::optional<AnnualProgram> readAnnualProgram(const JsonDocument& doc, Diagnostics& diags) { return AnnualReader(doc, diags).read(); }

ProgramFileLoad loadProgramFile(const fs::path& file, const ScenarioCatalog* catalog) {
    ProgramFileLoad load;
    if (auto doc = parseFile(file, load.diagnostics)) {
        const auto& root = doc->root();
        std::string format =
            root.is_object() && root.contains("format") && root["format"].is_string() ? root["format"].get<std::string>() : "";
        if (format == kOnboardingFormat) {
            load.onboarding = readOnboardingProgram(*doc, catalog, load.diagnostics);
        } else if (format == kAnnualFormat) {
            load.annual = readAnnualProgram(*doc, load.diagnostics);
        } else {
            doc->error(load.diagnostics, root.is_object() && root.contains("format") ? "/format" : "",
                       std::string("not a programme file: 'format' must be \"") + kOnboardingFormat + "\" or \"" + kAnnualFormat + "\"");
        }
    }
    load.diagnostics.sort();
    return load;
}

ProgramsLoad loadPrograms(const fs::path& dir, const ScenarioCatalog* catalog) {
    ProgramsLoad load;
    auto onboarding = loadProgramFile(dir / kOnboardingFile, catalog);
    auto annual = loadProgramFile(dir / kAnnualFile, catalog);
    load.diagnostics.append(onboarding.diagnostics);
    load.diagnostics.append(annual.diagnostics);
    auto expect = [&](bool present, const fs::path& file, const char* format) {
        if (!present && !load.diagnostics.hasErrors())
            load.diagnostics.add(
                {Severity::Error, SourceLocation(file.string()), std::string("expected a programme of format ") + format, {}});
    };
    expect(onboarding.onboarding.has_value(), dir / kOnboardingFile, kOnboardingFormat);
    expect(annual.annual.has_value(), dir / kAnnualFile, kAnnualFormat);
    if (onboarding.onboarding) load.programs.onboarding = *onboarding.onboarding;
    if (annual.annual) load.programs.annual = *annual.annual;
    load.diagnostics.sort();
    return load;
}

} // namespace frontline
