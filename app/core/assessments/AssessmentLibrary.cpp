#include "assessments/AssessmentLibrary.h"

#include <algorithm>
#include <map>
#include <set>

#include "assessments/BankReader.h"
#include "assessments/ExamReader.h"
#include "common/TextFile.h"

namespace frontline {

namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxFileBytes = 16u << 20;

std::optional<JsonDocument> parseFile(const fs::path& file, Diagnostics& diags) {
    auto text = readTextFile(file, kMaxFileBytes);
    if (!text) {
        diags.add({Severity::Error, text.error().where, text.error().message, {}});
        return std::nullopt;
    }
    return JsonDocument::parse(file.string(), std::move(*text), diags);
}

std::string joined(const std::set<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

std::string plural(size_t n, const std::string& noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

std::string questionPointer(size_t index, const char* field) { return childPointer(childPointer("/questions", index), field); }

// A file kept with its document, so the cross-checks can point into it.
template <typename T> struct Loaded {
    JsonDocument doc;
    T value;
    bool ok; // no errors: it goes into the library
};

template <typename T, typename Reader> std::optional<Loaded<T>> readFile(const fs::path& file, Diagnostics& diags, Reader reader) {
    int errorsBefore = diags.errorCount();
    auto doc = parseFile(file, diags);
    if (!doc) return std::nullopt;
    T value = reader(*doc);
    return Loaded<T>{std::move(*doc), std::move(value), diags.errorCount() == errorsBefore};
}

// The questions of a bank one draw rule can take (drawPaper's rule).
std::set<size_t> poolOf(const QuestionBank& bank, const DrawRule& rule) {
    std::set<size_t> pool;
    for (size_t i = 0; i < bank.questions.size(); ++i) {
        if (rule.admits(bank.questions[i])) pool.insert(i);
    }
    return pool;
}

std::string describePool(const QuestionBank& bank, const DrawRule& rule, size_t size) {
    return "bank '" + bank.id + "' (" + bank.language + ") has " + plural(size, "question") + " in " + rule.describe();
}

class LibraryBuilder {
public:
    LibraryBuilder(const fs::path& dir, const LexiconSet& lexicons, Diagnostics& diags) : dir_(dir), lexicons_(lexicons), diags_(diags) {}

    AssessmentLibrary build() {
        for (const auto& file : assessmentFiles(dir_ / "banks")) {
            auto bank = readFile<QuestionBank>(file, diags_, [&](const JsonDocument& doc) { return readBank(doc, lexicons_, diags_); });
            if (bank) banks_.push_back(std::move(*bank));
        }
        for (const auto& file : assessmentFiles(dir_ / "exams")) {
            auto exam = readFile<Exam>(file, diags_, [&](const JsonDocument& doc) { return readExam(doc, diags_); });
            if (exam) exams_.push_back(std::move(*exam));
        }
        checkBankKeys();
        checkTranslations();
        checkExamIds();
        for (auto& e : exams_) {
            if (e.ok) checkExam(e);
        }
        AssessmentLibrary lib;
        for (auto& b : banks_) {
            if (b.ok) lib.banks.push_back(std::move(b.value));
        }
        for (auto& e : exams_) {
            if (e.ok) lib.exams.push_back(std::move(e.value));
        }
        return lib;
    }

private:
    template <typename T> void fail(Loaded<T>& file, const std::string& pointer, std::string message) {
        file.doc.error(diags_, pointer, std::move(message));
        file.ok = false;
    }

    // One file per (id, language): an exam in that language must know which to draw from.
    void checkBankKeys() {
        std::map<std::pair<std::string, std::string>, std::string> seen;
        for (auto& b : banks_) {
            if (!b.ok) continue;
            auto [it, fresh] = seen.emplace(std::make_pair(b.value.id, b.value.language), b.value.file);
            if (!fresh)
                fail(b, "/id",
                     "bank '" + b.value.id + "' in " + b.value.language + " is already defined by " + it->second +
                         "; keep one file per bank id and language");
        }
    }

    void checkTranslations() {
        std::map<std::string, const Loaded<QuestionBank>*> first;
        for (const auto& b : banks_) {
            if (!b.ok) continue;
            auto [it, fresh] = first.emplace(b.value.id, &b);
            if (!fresh) compareTranslations(*it->second, b);
        }
    }

    // Each side's extra questions are reported in its own file, a differing category in the later file.
    void compareTranslations(const Loaded<QuestionBank>& a, const Loaded<QuestionBank>& b) {
        reportUntranslated(a, b);
        reportUntranslated(b, a);
        const auto& questions = b.value.questions;
        for (size_t i = 0; i < questions.size(); ++i) {
            const Question* other = a.value.find(questions[i].id);
            if (!other || other->category == questions[i].category) continue;
            b.doc.warning(diags_, questionPointer(i, "category"),
                          "question '" + questions[i].id + "' has category '" + questions[i].category + "' here but '" + other->category +
                              "' in the " + a.value.language + " translation (" + a.value.file + "); translations share categories");
        }
    }

    void reportUntranslated(const Loaded<QuestionBank>& in, const Loaded<QuestionBank>& other) {
        const auto& questions = in.value.questions;
        for (size_t i = 0; i < questions.size(); ++i) {
            if (other.value.find(questions[i].id)) continue;
            in.doc.warning(diags_, questionPointer(i, "id"),
                           "question '" + questions[i].id + "' is not in the " + other.value.language + " translation (" +
                               other.value.file + "); translations share their question ids");
        }
    }

    void checkExamIds() {
        std::map<std::string, std::string> seen;
        for (auto& e : exams_) {
            if (!e.ok) continue;
            auto [it, fresh] = seen.emplace(e.value.id, e.value.file);
            if (!fresh) fail(e, "/id", "exam id '" + e.value.id + "' is already used by " + it->second + "; exam ids must be unique");
        }
    }

    void checkExam(Loaded<Exam>& e) {
        const std::string& id = e.value.bankId;
        std::vector<const QuestionBank*> found;
        std::set<std::string> allIds, languages, okLanguages;
        for (const auto& b : banks_) {
            allIds.insert(b.value.id);
            if (b.value.id != id) continue;
            languages.insert(b.value.language);
            if (!b.ok) continue;
            found.push_back(&b.value);
            okLanguages.insert(b.value.language);
        }
        allIds.erase("");
        if (!allIds.count(id)) {
            fail(e, "/bank",
                 "no bank '" + id + "' in " + (dir_ / "banks").string() +
                     (allIds.empty() ? std::string(" (it has none)") : " (it has: " + joined(allIds) + ")"));
            return;
        }
        for (const auto& b : banks_) {
            if (b.value.id == id && !b.ok && !okLanguages.count(b.value.language))
                e.doc.warning(diags_, "/bank",
                              "bank '" + id + "' in " + b.value.file + " has errors, so the draw is not checked against it");
        }
        if (languages.size() == 1 && !found.empty()) {
            std::string missing = found[0]->language == "en" ? "zh-CN" : "en";
            e.doc.warning(diags_, "/bank",
                          "bank '" + id + "' exists only in " + found[0]->language + ": trainees working in " + missing +
                              " cannot take this exam");
        }
        for (const auto* bank : found) checkDraw(e, *bank);
    }

    // FORMAT.md: a bank that holds too few questions for the draw is an error.
    void checkDraw(Loaded<Exam>& e, const QuestionBank& bank) {
        const auto& rules = e.value.draw;
        std::vector<std::set<size_t>> pools;
        std::set<size_t> all;
        bool eachMet = true;
        size_t total = 0;
        for (size_t r = 0; r < rules.size(); ++r) {
            pools.push_back(poolOf(bank, rules[r]));
            const auto& pool = pools.back();
            auto count = static_cast<size_t>(rules[r].count);
            if (pool.size() < count) {
                fail(e, childPointer(childPointer("/draw", r), "count"),
                     describePool(bank, rules[r], pool.size()) + ", but the rule draws " + std::to_string(count));
                eachMet = false;
            }
            all.insert(pool.begin(), pool.end());
            total += count;
        }
        if (!eachMet) return;
        if (total > all.size()) {
            fail(e, "/draw",
                 "the draw rules take " + plural(total, "question") + " together, but bank '" + bank.id + "' (" + bank.language +
                     ") has only " + std::to_string(all.size()) + " different questions in their categories");
            return;
        }
        warnOrderDependent(e, bank, pools);
    }

    // drawPaper fills the rules in order from what earlier rules left, so a
    // broad rule listed first can, for some seeds, take what a narrow one needs.
    void warnOrderDependent(const Loaded<Exam>& e, const QuestionBank& bank, const std::vector<std::set<size_t>>& pools) {
        const auto& rules = e.value.draw;
        for (size_t r = 1; r < rules.size(); ++r) {
            size_t canTake = 0;
            std::set<size_t> shared;
            for (size_t s = 0; s < r; ++s) {
                std::vector<size_t> overlap;
                std::set_intersection(pools[s].begin(), pools[s].end(), pools[r].begin(), pools[r].end(), std::back_inserter(overlap));
                canTake += std::min(overlap.size(), static_cast<size_t>(rules[s].count));
                shared.insert(overlap.begin(), overlap.end());
            }
            size_t worst = std::min(canTake, shared.size());
            if (pools[r].size() - worst >= static_cast<size_t>(rules[r].count)) continue;
            e.doc.warning(diags_, childPointer("/draw", r),
                          "earlier draw rules can take up to " + std::to_string(worst) + " of the " + plural(pools[r].size(), "question") +
                              " this rule draws from in bank '" + bank.id + "' (" + bank.language + "), leaving fewer than " +
                              std::to_string(rules[r].count) + " for some seeds; list narrower rules first");
        }
    }

    fs::path dir_;
    const LexiconSet& lexicons_;
    Diagnostics& diags_;
    std::vector<Loaded<QuestionBank>> banks_;
    std::vector<Loaded<Exam>> exams_;
};

template <typename T, typename Reader> std::optional<T> loadAlone(const fs::path& file, Diagnostics& diags, Reader reader) {
    auto loaded = readFile<T>(file, diags, reader);
    if (!loaded || !loaded->ok) return std::nullopt;
    return std::move(loaded->value);
}

} // namespace

const QuestionBank* AssessmentLibrary::bank(const std::string& id, const std::string& language) const {
    auto it = std::find_if(banks.begin(), banks.end(), [&](const QuestionBank& b) { return b.id == id && b.language == language; });
    return it == banks.end() ? nullptr : &*it;
}

const Exam* AssessmentLibrary::exam(const std::string& id) const {
    auto it = std::find_if(exams.begin(), exams.end(), [&](const Exam& e) { return e.id == id; });
    return it == exams.end() ? nullptr : &*it;
}

std::vector<fs::path> assessmentFiles(const fs::path& folder) {
    std::vector<fs::path> out;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return out;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (entry.path().extension() == ".json" && entry.is_regular_file(ec)) out.push_back(folder / entry.path().filename());
    }
    std::sort(out.begin(), out.end());
    return out;
}

AssessmentLibrary loadAssessments(const std::string& assessmentsDir, const LexiconSet& lexicons, Diagnostics& diags) {
    std::error_code ec;
    if (!fs::is_directory(assessmentsDir.empty() ? "." : assessmentsDir, ec)) {
        diags.add(
            {Severity::Error, SourceLocation(assessmentsDir), "no such folder: expected an assessments folder with banks/ and exams/", {}});
        return {};
    }
    Diagnostics found;
    AssessmentLibrary lib = LibraryBuilder(assessmentsDir, lexicons, found).build();
    found.sort();
    diags.append(found);
    return lib;
}

std::optional<QuestionBank> loadBankFile(const fs::path& file, const LexiconSet& lexicons, Diagnostics& diags) {
    return loadAlone<QuestionBank>(file, diags, [&](const JsonDocument& doc) { return readBank(doc, lexicons, diags); });
}

std::optional<Exam> loadExamFile(const fs::path& file, Diagnostics& diags) {
    return loadAlone<Exam>(file, diags, [&](const JsonDocument& doc) { return readExam(doc, diags); });
}

} // namespace frontline
