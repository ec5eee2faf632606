#include "assessments/ExamPaper.h"

#include <algorithm>
#include <set>

#include "common/SeededRng.h"

namespace frontline {

namespace {

// Fisher-Yates on SeededRng, not std::shuffle, whose result differs between
// standard libraries.
template <typename T> void seededShuffle(std::vector<T>& items, SeededRng& rng) {
    for (size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[rng.below(i)]);
}

bool optionsShuffle(const Question& q) {
    return q.type == QuestionType::SingleChoice || q.type == QuestionType::MultipleChoice || q.type == QuestionType::Matching;
}

std::vector<std::string> writtenOrder(const Question& q) {
    if (q.type == QuestionType::Matching) return offeredAnswers(q);
    std::vector<std::string> ids;
    if (q.type == QuestionType::SingleChoice || q.type == QuestionType::MultipleChoice) {
        for (const auto& o : q.options) ids.push_back(o.id);
    }
    return ids;
}

std::string describeRule(const DrawRule& rule, size_t index) {
    return "draw rule " + std::to_string(index + 1) + " (" + rule.describe() + ")";
}

} // namespace

const PaperQuestion* ExamPaper::find(const std::string& questionId) const {
    for (const auto& q : questions) {
        if (q.questionId == questionId) return &q;
    }
    return nullptr;
}

nlohmann::json ExamPaper::toJson() const {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& q : questions) list.push_back({{"id", q.questionId}, {"order", q.order}});
    return {{"exam", examId},           {"exam_version", examVersion}, {"bank", bankId},
            {"language", bankLanguage}, {"bank_version", bankVersion}, {"seed", seed},
            {"questions", list}};
}

std::vector<std::string> offeredAnswers(const Question& q) {
    std::vector<std::string> out;
    auto add = [&](const std::string& text) {
        if (std::find(out.begin(), out.end(), text) == out.end()) out.push_back(text);
    };
    for (const auto& p : q.pairs) add(p.answer);
    for (const auto& d : q.distractors) add(d);
    return out;
}

Result<ExamPaper> drawPaper(const Exam& exam, const QuestionBank& bank, uint64_t seed) {
    ExamPaper paper{exam.id, exam.version, bank.id, bank.language, bank.version, seed, {}};
    // One stream per purpose, so switching a shuffle on or off leaves the picks alone.
    const SeededRng root(seed);
    SeededRng pick = root.fork("pick");
    std::set<size_t> taken; // bank indexes already on the paper
    std::vector<size_t> drawn;
    for (size_t r = 0; r < exam.draw.size(); ++r) {
        const DrawRule& rule = exam.draw[r];
        std::vector<size_t> pool;
        for (size_t i = 0; i < bank.questions.size(); ++i) {
            const Question& q = bank.questions[i];
            if (!taken.count(i) && rule.admits(q)) pool.push_back(i);
        }
        if (rule.count < 0 || pool.size() < static_cast<size_t>(rule.count)) {
            return makeError(describeRule(rule, r) + " of exam '" + exam.id + "' needs " + std::to_string(rule.count) +
                                 " questions; bank '" + bank.id + "' (" + bank.language + ") has " + std::to_string(pool.size()) +
                                 (taken.empty() ? "" : " not drawn by an earlier rule"),
                             exam.where);
        }
        // Partial Fisher-Yates: the first count slots become a uniform sample.
        auto count = static_cast<size_t>(rule.count);
        for (size_t k = 0; k < count; ++k) std::swap(pool[k], pool[k + pick.below(pool.size() - k)]);
        pool.resize(count);
        // Without question shuffling, a rule's questions keep the bank's order.
        if (!exam.shuffleQuestions) std::sort(pool.begin(), pool.end());
        for (size_t i : pool) {
            taken.insert(i);
            drawn.push_back(i);
        }
    }
    if (exam.shuffleQuestions) {
        SeededRng order = root.fork("order");
        seededShuffle(drawn, order);
    }
    for (size_t i : drawn) {
        const Question& q = bank.questions[i];
        PaperQuestion pq{q.id, writtenOrder(q)};
        if (exam.shuffleOptions && q.shuffle && optionsShuffle(q)) {
            // Per question, so a question's option order does not depend on the others drawn.
            SeededRng options = root.fork("options/" + q.id);
            seededShuffle(pq.order, options);
        }
        paper.questions.push_back(std::move(pq));
    }
    return paper;
}

} // namespace frontline
