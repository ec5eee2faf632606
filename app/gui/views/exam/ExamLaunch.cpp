#include "views/exam/ExamLaunch.h"

#include <ctime>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include "assessments/ExamSitting.h"
#include "common/DataPaths.h"
#include "common/TextFile.h"

namespace frontline::gui {

namespace {

const ExamListItem* findItem(const std::vector<ExamListItem>& items, const std::string& id) {
    for (const auto& i : items)
        if (i.id == id) return &i;
    return nullptr;
}

} // namespace

std::unique_ptr<ExamResources> loadExamResources(const std::filesystem::path& root) {
    auto r = std::make_unique<ExamResources>();
    Diagnostics lexiconDiags;
    r->lexicons = LexiconSet::loadDir(assetsDir(root) / "lexicon", lexiconDiags);
    Diagnostics diags; // problems are for 'frontline-cli validate'; broken files are left out
    r->library = loadAssessments(assessmentsDir(root).string(), r->lexicons, diags);
    for (const auto* d : {&lexiconDiags, &diags})
        for (const auto& item : d->items())
            if (item.severity == Severity::Error) r->warnings.push_back(item.format());
    return r;
}

std::string nextExamDue(const HomeModel& home, const AssessmentLibrary& library, const Programs& programs) {
    if (home.next.isExam && library.exam(home.next.id)) return home.next.id;
    for (const auto& day : home.days)
        for (const auto& item : day.items)
            if (item.isExam && item.status != ItemStatus::Done && item.status != ItemStatus::Locked && library.exam(item.id))
                return item.id;
    const std::string& cert = programs.onboarding.certification.examId;
    if (!cert.empty() && library.exam(cert)) return cert;
    return library.exams.empty() ? std::string() : library.exams.front().id;
}

std::vector<ExamListItem> buildExamList(const AssessmentLibrary& library, const TraineeHistory& history, const HomeModel& home,
                                        const Programs& programs, const std::string& language, int64_t nowSeconds) {
    std::vector<ExamListItem> items;
    auto add = [&](const Exam& exam) {
        if (findItem(items, exam.id)) return;
        ExamListItem i;
        i.id = exam.id;
        i.title = examTitle(exam, language);
        i.questions = exam.questionCount();
        i.minutes = exam.timeLimitMinutes;
        i.passMark = exam.passMark;
        i.maxAttempts = exam.maxAttempts;
        i.retakeWaitHours = exam.retakeWaitHours;
        const SittingLimits limits = sittingLimits(exam, history, nowSeconds);
        i.exhausted = limits.exhausted();
        i.retakeFrom = limits.nextAllowedAt;
        i.certification = exam.id == programs.onboarding.certification.examId;
        for (const auto& a : history.assessments) {
            if (a.examId != exam.id || a.status != AttemptStatus::Completed) continue;
            ++i.attemptsUsed;
            i.lastScore = a.score;
            i.lastPassed = a.passed;
        }
        for (const auto& day : home.days)
            for (const auto& item : day.items)
                if (item.isExam && item.id == exam.id) i.status = item.status;
        items.push_back(std::move(i));
    };
    for (const auto& day : home.days)
        for (const auto& item : day.items)
            if (item.isExam)
                if (const Exam* e = library.exam(item.id)) add(*e);
    if (const Exam* e = library.exam(programs.onboarding.certification.examId)) add(*e);
    for (const auto& e : library.exams) add(e);
    const std::string due = nextExamDue(home, library, programs);
    for (auto& i : items) i.due = i.id == due;
    return items;
}

uint64_t freshSeed() {
    std::random_device device;
    return (static_cast<uint64_t>(device()) << 32) ^ device();
}

Result<nlohmann::json> readAnswersFile(const std::filesystem::path& file) {
    auto text = readTextFile(file);
    if (!text) return text.error();
    auto json = nlohmann::json::parse(*text, nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("answers") || !json["answers"].is_object())
        return makeError("not an answers file (expected {\"answers\": {...}})", {file.string()});
    return json;
}

Status fillAnswers(ExamModel& exam, const nlohmann::json& answersFile) {
    const auto& answers = answersFile.at("answers");
    for (size_t p = 0; p < exam.pageCount(); ++p) {
        const std::string& id = exam.question(p).id;
        auto it = answers.find(id);
        if (it == answers.end()) continue;
        if (auto s = exam.setAnswer(p, *it); !s) return makeError(id + ": " + s.error().message);
    }
    return Done{};
}

std::string answerText(const Question& q, const nlohmann::json* answer, const StringTable& s) {
    if (!answer || answer->is_null()) return s.text("exam.not_answered");
    auto optionText = [&](const std::string& id) {
        const ChoiceOption* o = q.option(id);
        return o ? o->text : id;
    };
    switch (q.type) {
    case QuestionType::SingleChoice:
        if (answer->is_string()) return optionText(answer->get<std::string>());
        break;
    case QuestionType::MultipleChoice:
        if (answer->is_array()) {
            std::string out;
            for (const auto& id : *answer)
                if (id.is_string()) out += (out.empty() ? "" : s.text("exam.list_separator")) + optionText(id.get<std::string>());
            return out;
        }
        break;
    case QuestionType::TrueFalse:
        if (answer->is_boolean()) return s.text(answer->get<bool>() ? "exam.true" : "exam.false");
        break;
    case QuestionType::Matching:
        if (answer->is_object()) {
            std::string out;
            for (const auto& pair : q.pairs) {
                auto it = answer->find(pair.id);
                if (it == answer->end() || !it->is_string()) continue;
                out += (out.empty() ? "" : "\n") + s.format("exam.match_line", pair.prompt, it->get<std::string>());
            }
            return out;
        }
        break;
    default: break;
    }
    if (answer->is_string()) return answer->get<std::string>();
    return answer->dump();
}

std::string questionTypeKey(QuestionType type) { return std::string("exam.type.") + questionTypeId(type); }

std::string clockText(double seconds) {
    const long total = std::max(0L, static_cast<long>(std::ceil(seconds)));
    char buf[32];
    if (total >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(buf, sizeof buf, "%02ld:%02ld", total / 60, total % 60);
    return buf;
}

std::string localDateTimeText(int64_t utcSeconds) {
    const std::time_t t = static_cast<std::time_t>(utcSeconds);
    std::tm local{};
    localtime_r(&t, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
    return text;
}

} // namespace frontline::gui
