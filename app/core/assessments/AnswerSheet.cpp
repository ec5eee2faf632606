#include "assessments/AnswerSheet.h"

#include "assessments/QuestionScoring.h"
#include "common/JsonFields.h"
#include "common/TextFile.h"

namespace frontline {

namespace {

// One sitting lasts at most a day; more is a typo, and would date the start before the records.
constexpr int kMaxSittingSeconds = 24 * 3600;

// Why an answered question is not on the paper: not drawn, or not in the bank at all.
std::string notOnPaper(const std::string& id, const ExamPaper& paper, const QuestionBank& bank) {
    std::string seed = " (exam '" + paper.examId + "', seed " + std::to_string(paper.seed) + ")";
    if (bank.find(id)) return "question '" + id + "' is not on this paper" + seed;
    return "no question '" + id + "' in bank '" + bank.id + "' (" + bank.language + ")";
}

} // namespace

const nlohmann::json* AnswerSheet::find(const std::string& questionId) const {
    auto it = answers.find(questionId);
    return it == answers.end() ? nullptr : &it->second;
}

nlohmann::json AnswerSheet::answersJson() const {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [id, answer] : answers) out[id] = answer;
    return out;
}

std::optional<AnswerSheet> readAnswerSheet(const JsonDocument& doc, const ExamPaper& paper, const QuestionBank& bank, Diagnostics& diags) {
    Diagnostics local;
    AnswerSheet sheet;
    sheet.file = doc.file();
    JsonFields fields(doc, doc.root(), "", local);
    if (!fields.isObject()) {
        diags.append(local);
        return std::nullopt;
    }
    fields.warnUnknown({"time_spent_seconds", "answers"});
    if (auto t = fields.integer("time_spent_seconds", Need::Optional, 0, kMaxSittingSeconds)) sheet.timeSpentSeconds = *t;
    if (const auto* answers = fields.object("answers", Need::Required)) {
        for (const auto& [id, answer] : answers->items()) {
            std::string pointer = childPointer("/answers", id);
            const Question* q = paper.find(id) ? bank.find(id) : nullptr;
            if (!q) {
                doc.error(local, pointer, notOnPaper(id, paper, bank));
                continue;
            }
            if (auto problem = checkAnswer(*q, answer)) {
                doc.error(local, pointer + problem->pointer,
                          "the answer to '" + id + "' (" + questionTypeId(q->type) + "): " + problem->message);
                continue;
            }
            sheet.answers[id] = answer;
        }
    }
    bool failed = local.hasErrors();
    local.sort(); // answers are visited by id; report them in file order
    diags.append(local);
    if (failed) return std::nullopt;
    return sheet;
}

std::optional<AnswerSheet> readAnswerSheetFile(const std::filesystem::path& path, const ExamPaper& paper, const QuestionBank& bank,
                                               Diagnostics& diags) {
    auto text = readTextFile(path, 16u << 20);
    if (!text) {
        diags.add({Severity::Error, text.error().where, text.error().message, {}});
        return std::nullopt;
    }
    Diagnostics parsing; // duplicate keys are errors of a document that still parses
    auto doc = JsonDocument::parse(path.string(), std::move(*text), parsing);
    diags.append(parsing);
    if (!doc) return std::nullopt;
    auto sheet = readAnswerSheet(*doc, paper, bank, diags);
    if (parsing.hasErrors()) return std::nullopt;
    return sheet;
}

} // namespace frontline
