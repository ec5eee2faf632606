#include "assessments/ExamReader.h"

#include "assessments/BankReader.h"
#include "assessments/QuestionBank.h"
#include "common/JsonFields.h"

namespace frontline {

namespace {

class ExamParser {
public:
    ExamParser(const JsonDocument& doc, Diagnostics& diags) : doc_(doc), diags_(diags) {}

    Exam read() {
        Exam e;
        e.file = doc_.file();
        e.where = doc_.locate("");
        JsonFields f(doc_, doc_.root(), "", diags_);
        if (!f.isObject()) return e;
        f.warnUnknown({"format", "id", "version", "title", "bank", "draw", "time_limit_minutes", "pass_mark", "max_attempts",
                       "retake_wait_hours", "shuffle_questions", "shuffle_options", "training_kind"});
        checkFormat(f, kExamFormat);
        e.id = f.id("id", Need::Required).value_or("");
        e.version = textMatching(f, "version", Need::Required, isSemanticVersion, kVersionRule).value_or("");
        e.title = readTitle(f);
        e.bankId = textMatching(f, "bank", Need::Required, isValidBankId, kBankIdRule).value_or("");
        readDraw(f, e);
        e.timeLimitMinutes = f.integer("time_limit_minutes", Need::Optional, 1, 600).value_or(e.timeLimitMinutes);
        e.passMark = f.integer("pass_mark", Need::Optional, 0, 100).value_or(e.passMark);
        e.maxAttempts = f.integer("max_attempts", Need::Optional, 0, 1000).value_or(e.maxAttempts);
        e.retakeWaitHours = f.integer("retake_wait_hours", Need::Optional, 0, 24 * 365).value_or(e.retakeWaitHours);
        e.shuffleQuestions = f.boolean("shuffle_questions", Need::Optional).value_or(e.shuffleQuestions);
        e.shuffleOptions = f.boolean("shuffle_options", Need::Optional).value_or(e.shuffleOptions);
        std::vector<std::string> kinds;
        for (auto k : {TrainingKind::Onboarding, TrainingKind::Annual, TrainingKind::Advanced}) kinds.emplace_back(trainingKindId(k));
        if (auto kind = f.oneOf("training_kind", Need::Optional, kinds)) e.trainingKind = *parseTrainingKind(*kind);
        return e;
    }

private:
    BilingualText readTitle(JsonFields& f) {
        BilingualText t;
        const auto* v = f.object("title", Need::Required);
        if (!v) return t;
        JsonFields tf(doc_, *v, f.pointerOf("title"), diags_);
        tf.warnUnknown({"zh-CN", "en"});
        t.zh = tf.text("zh-CN", Need::Required).value_or("");
        t.en = tf.text("en", Need::Required).value_or("");
        return t;
    }

    void readDraw(JsonFields& f, Exam& e) {
        const auto* arr = f.array("draw", Need::Required);
        if (!arr) return;
        if (arr->empty()) f.error("draw", "'draw' needs at least 1 item, has 0");
        for (size_t i = 0; i < arr->size(); ++i) {
            JsonFields rf(doc_, (*arr)[i], childPointer(f.pointerOf("draw"), i), diags_);
            if (!rf.isObject()) continue;
            rf.warnUnknown({"category", "count", "difficulty", "type"});
            DrawRule r;
            r.category = textMatching(rf, "category", Need::Required, isValidCategoryPath, kCategoryRule).value_or("");
            r.count = rf.integer("count", Need::Required, 1, 1000).value_or(r.count);
            r.difficulty = rf.oneOf("difficulty", Need::Optional, difficultyIds()).value_or("");
            if (auto type = rf.oneOf("type", Need::Optional, questionTypeIds())) r.type = parseQuestionType(*type);
            e.draw.push_back(std::move(r));
        }
    }

    const JsonDocument& doc_;
    Diagnostics& diags_;
};

} // namespace

Exam readExam(const JsonDocument& doc, Diagnostics& diags) { return ExamParser(doc, diags).read(); }

} // namespace frontline
