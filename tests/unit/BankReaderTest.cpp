// Question banks and exams (assessments/FORMAT.md): the readers apply the
// format's defaults and report every problem at its file:line:column, and
// loadAssessments cross-checks exams against banks and translations.
#include <catch2/catch.hpp>

#include "TestData.h"
#include "assessments/AssessmentLibrary.h"
#include "assessments/BankReader.h"
#include "assessments/ExamReader.h"

using namespace frontline;
using namespace frontline::test;

namespace {

using Lines = std::vector<std::string>;

// Diagnostics as the CLI prints them, with prefix cut from file names.
Lines formatted(const Diagnostics& diags, const std::string& prefix = "") {
    Lines out;
    for (const auto& d : diags.items()) {
        std::string line = d.format();
        if (!prefix.empty() && line.compare(0, prefix.size(), prefix) == 0) line = line.substr(prefix.size());
        out.push_back(line);
    }
    return out;
}

Lines bankProblems(const std::string& text) {
    Diagnostics diags;
    if (auto doc = JsonDocument::parse("bank.json", text, diags)) readBank(*doc, bundledLexicons(), diags);
    diags.sort();
    return formatted(diags);
}

// A valid bank around the given questions; the first starts on line 8, column 5.
std::string bankWith(const Lines& questions) {
    std::string text = "{\n"
                       "  \"format\": \"frontline-bank/1\",\n"
                       "  \"id\": \"t\",\n"
                       "  \"language\": \"zh-CN\",\n"
                       "  \"version\": \"1.0.0\",\n"
                       "  \"title\": \"測試題庫\",\n"
                       "  \"questions\": [\n";
    for (size_t i = 0; i < questions.size(); ++i) text += "    " + questions[i] + (i + 1 < questions.size() ? ",\n" : "\n");
    return text + "  ]\n}\n";
}

Lines questionProblems(const std::string& question) { return bankProblems(bankWith({question})); }

QuestionBank readGood(const std::string& question) {
    Diagnostics diags;
    auto doc = JsonDocument::parse("bank.json", bankWith({question}), diags);
    REQUIRE(doc);
    QuestionBank bank = readBank(*doc, bundledLexicons(), diags);
    for (const auto& d : diags.items()) UNSCOPED_INFO(d.format());
    REQUIRE(diags.empty());
    REQUIRE(bank.questions.size() == 1);
    return bank;
}

Lines examProblems(const std::string& text, Exam* out = nullptr) {
    Diagnostics diags;
    if (auto doc = JsonDocument::parse("exam.json", text, diags)) {
        Exam e = readExam(*doc, diags);
        if (out) *out = e;
    }
    diags.sort();
    return formatted(diags);
}

std::vector<double> credits(const Question& q) {
    std::vector<double> out;
    for (const auto& o : q.options) out.push_back(o.credit);
    return out;
}

std::vector<std::string> optionIds(const Question& q) {
    std::vector<std::string> out;
    for (const auto& o : q.options) out.push_back(o.id);
    return out;
}

} // namespace

TEST_CASE("a Chinese bank with every question type reads with the format's defaults", "[bank]") {
    Diagnostics diags;
    auto bank = loadBankFile(dataDir() / "assessments" / "good" / "banks" / "service.zh-CN.json", bundledLexicons(), diags);
    for (const auto& d : diags.items()) UNSCOPED_INFO(d.format());
    REQUIRE(diags.empty());
    REQUIRE(bank);
    CHECK(bank->id == "service");
    CHECK(bank->language == "zh-CN");
    CHECK(bank->version == "1.2.0");
    CHECK(bank->title == "客服基礎知識題庫（測試用）");
    CHECK(bank->categoryTitles.at("etiquette/greeting") == "問候語");
    REQUIRE(bank->questions.size() == 8);
    std::vector<QuestionType> types;
    for (const auto& q : bank->questions) types.push_back(q.type);
    CHECK(types == std::vector<QuestionType>{QuestionType::Description, QuestionType::SingleChoice, QuestionType::MultipleChoice,
                                             QuestionType::TrueFalse, QuestionType::ShortAnswer, QuestionType::Numeric,
                                             QuestionType::Matching, QuestionType::CaseAnalysis});

    const Question& intro = bank->questions[0];
    CHECK(intro.text == "請仔細閱讀每一題，選出最合適的答案。祝您順利！🙂");
    CHECK(intro.points == 0);

    const Question* greet = bank->find("greet-01");
    REQUIRE(greet);
    CHECK(greet->where.line == 22);
    CHECK(greet->where.column == 5);
    CHECK(greet->title == "統一問候語");
    CHECK(greet->difficulty == "easy");
    CHECK(greet->points == 1);
    CHECK(greet->shuffle);
    CHECK(greet->format == TextFormat::Plain);
    CHECK(greet->tags == std::vector<std::string>{"etiquette", "communication"});
    CHECK(optionIds(*greet) == std::vector<std::string>{"a", "b", "c", "rude"});
    CHECK(credits(*greet) == std::vector<double>{0, 100, 30, -50});
    CHECK(greet->options[0].feedback == "太隨意了，沒有問候和自我介紹。");

    const Question* flow = bank->find("flow-01");
    REQUIRE(flow);
    CHECK(credits(*flow) == std::vector<double>{50, 50, -50, -50}); // picking everything scores 0
    CHECK(flow->format == TextFormat::Markdown);
    CHECK_FALSE(flow->shuffle);
    CHECK(flow->difficulty == "medium");

    const Question* forbid = bank->find("forbid-01");
    REQUIRE(forbid);
    CHECK_FALSE(forbid->truth);
    CHECK(forbid->feedbackFalse == "正確：先安撫情緒，不推卸責任。");

    const Question* time1 = bank->find("time-01");
    REQUIRE(time1);
    REQUIRE(time1->accepted.size() == 3);
    CHECK(time1->accepted[0].text == "30分鐘*");
    CHECK(time1->accepted[0].credit == 100);
    CHECK(time1->accepted[2].credit == 50);
    CHECK_FALSE(time1->caseSensitive);

    const Question* time2 = bank->find("time-02");
    REQUIRE(time2);
    CHECK(time2->points == 2);
    REQUIRE(time2->numeric.size() == 2);
    CHECK(time2->numeric[0].accepts(3));
    CHECK_FALSE(time2->numeric[0].accepts(3.5));
    CHECK(time2->numeric[1].credit == 50);
    CHECK(time2->numeric[1].accepts(5));
    CHECK_FALSE(time2->numeric[1].accepts(5.1));

    const Question* match = bank->find("match-01");
    REQUIRE(match);
    REQUIRE(match->pairs.size() == 3);
    CHECK(match->pairs[0].id == "1");
    CHECK(match->pairs[2].id == "3");
    CHECK(match->pairs[1].answer == "30分鐘內升級");
    CHECK(match->distractors == std::vector<std::string>{"直接掛斷"});

    const Question* kase = bank->find("case-01");
    REQUIRE(kase);
    CHECK(kase->points == 5);
    CHECK(kase->difficulty == "hard");
    CHECK(kase->caseRubric.modelAnswers.size() == 1);
    CHECK_FALSE(kase->caseRubric.needsModelAnswers);
    CHECK(kase->caseRubric.rubricJson ==
          R"({"criteria":[{"concept":"empathy","tip":"先共情。","weight":50},{"concept":"apology","weight":50}],)"
          R"("forbidden":["blame_shift"]})");
    CHECK(bank->find("nope") == nullptr);
}

TEST_CASE("explicit credits, essays awaiting model answers and ranges read as written", "[bank]") {
    auto multi =
        readGood(R"({"id": "m", "type": "multiple_choice", "category": "c", "text": "選", "options": [)"
                 R"({"text": "甲", "credit": 60}, {"text": "乙", "credit": 40}, {"text": "丙", "credit": -100}, {"text": "丁"}]})");
    CHECK(credits(multi.questions[0]) == std::vector<double>{60, 40, -100, 0});

    auto thirds =
        readGood(R"({"id": "m", "type": "multiple_choice", "category": "c", "text": "選", "options": [)"
                 R"({"text": "甲", "correct": true}, {"text": "乙", "correct": true}, {"text": "丙", "correct": true}, {"text": "丁"}]})");
    const auto& third = thirds.questions[0].options;
    CHECK(third[0].credit == Approx(100.0 / 3));
    CHECK(third[3].credit == Approx(-100.0 / 3));

    auto essay = readGood(R"({"id": "e", "type": "case_analysis", "category": "c", "text": "寫", "needs_model_answers": true})");
    CHECK(essay.questions[0].caseRubric.needsModelAnswers);
    CHECK(essay.questions[0].caseRubric.modelAnswers.empty());
    CHECK(essay.questions[0].caseRubric.rubricJson.empty());

    auto ids = readGood(R"({"id": "Q_1.a", "type": "single_choice", "category": "政策/退貨", "text": "選", "options": [)"
                        R"({"text": "甲"}, {"id": "x", "text": "乙", "correct": true}, {"text": "丙"}]})");
    CHECK(ids.questions[0].category == "政策/退貨");
    CHECK(optionIds(ids.questions[0]) == std::vector<std::string>{"a", "x", "c"});
}

TEST_CASE("bank-level fields are checked where they are written", "[bank]") {
    std::string text = "{\n"
                       "  \"format\": \"frontline-bank/2\",\n"
                       "  \"id\": \"Service\",\n"
                       "  \"language\": \"zh-TW\",\n"
                       "  \"version\": \"v1\",\n"
                       "  \"title\": \"\u3000\",\n"
                       "  \"categories\": {\"policy//returns\": \"退換貨\", \"policy\": \"\"},\n"
                       "  \"questoins\": [],\n"
                       "  \"questions\": []\n"
                       "}\n";
    CHECK(bankProblems(text) ==
          Lines{"bank.json:2:13: error: 'format' must be \"frontline-bank/1\", got \"frontline-bank/2\" (at /format)",
                "bank.json:3:9: error: 'id' must be lowercase letters, digits and '-', got 'Service' (at /id)",
                "bank.json:4:15: error: 'language' must be one of zh-CN, en, got 'zh-TW' (at /language)",
                "bank.json:5:14: error: 'version' must be a version MAJOR.MINOR.PATCH such as \"1.0.0\", got 'v1' (at /version)",
                "bank.json:6:12: error: 'title' must not be empty (at /title)",
                "bank.json:7:37: error: category 'policy//returns' must be a path of non-empty names separated by '/' such as "
                "\"policy/returns\" (at /categories/policy~1~1returns)",
                "bank.json:7:54: error: 'policy' must not be empty (at /categories/policy)",
                "bank.json:8:16: warning: unknown key 'questoins' is ignored (at /questoins)",
                "bank.json:9:16: error: 'questions' needs at least 1 item, has 0 (at /questions)"});
}

TEST_CASE("question ids, types, categories and common fields", "[bank]") {
    CHECK(
        questionProblems(R"({"id": "q 1", "type": "single", "category": "/policy", "text": "題目"})") ==
        Lines{
            "bank.json:8:12: error: 'id' must be letters, digits, '-', '_' and '.' (at most 64 characters), got 'q 1' (at /questions/0/id)",
            "bank.json:8:27: error: 'type' must be one of single_choice, multiple_choice, true_false, short_answer, numeric, matching, "
            "case_analysis, description, got 'single' (at /questions/0/type)",
            "bank.json:8:49: error: 'category' must be a path of non-empty names separated by '/' such as \"policy/returns\", got "
            "'/policy' (at /questions/0/category)"});

    CHECK(bankProblems(bankWith({R"({"id": "q1", "type": "true_false", "category": "c", "text": "一", "answer": true})",
                                 R"({"id": "q1", "type": "true_false", "category": "c", "text": "二", "answer": false})"})) ==
          Lines{"bank.json:9:12: error: duplicate question id 'q1' (first defined at /questions/0) (at /questions/1/id)"});

    CHECK(
        questionProblems(R"({"id": "q1", "type": "true_false", "category": "c", "text": "題目", "answer": true, "difficulty": "extreme", )"
                         R"("points": 0, "tags": ["etiquette", "friendliness"], "format": "rtf", "shuffle": "no"})") ==
        Lines{"bank.json:8:101: error: 'difficulty' must be one of easy, medium, hard, got 'extreme' (at /questions/0/difficulty)",
              "bank.json:8:122: error: 'points' must be more than 0, got 0 (at /questions/0/points)",
              "bank.json:8:147: error: a tag must be one of communication, problem-solving, emotion-management, knowledge, etiquette, "
              "got 'friendliness' (at /questions/0/tags/1)",
              "bank.json:8:174: error: 'format' must be one of plain, markdown, html, got 'rtf' (at /questions/0/format)",
              "bank.json:8:192: error: 'shuffle' must be true or false, got string (at /questions/0/shuffle)"});
}

TEST_CASE("unknown keys warn, so a typo does not pass silently", "[bank]") {
    CHECK(questionProblems(R"({"id": "q1", "type": "single_choice", "category": "c", "text": "題目", "optoins": []})") ==
          Lines{"bank.json:8:5: error: missing required field 'options' (at /questions/0/options)",
                "bank.json:8:85: warning: unknown key 'optoins' is ignored (at /questions/0/optoins)"});
    CHECK(questionProblems(R"({"id": "note", "type": "description", "category": "c", "text": "說明：請作答。", "points": 1})") ==
          Lines{"bank.json:8:89: warning: a description is never scored, so 'points' is ignored (at /questions/0/points)"});
}

TEST_CASE("single choice needs exactly one full-credit option and credits within -100..100", "[bank]") {
    CHECK(questionProblems(
              R"({"id": "q1", "type": "single_choice", "category": "c", "text": "哪個？", "options": [{"text": "甲", "credit": 120}, )"
              R"({"text": "乙", "correct": true, "credit": 100}]})") ==
          Lines{"bank.json:8:111: error: 'credit' must be a number from -100 to 100, got 120 (at /questions/0/options/0/credit)",
                "bank.json:8:142: error: give 'credit' or 'correct', not both (\"correct\": true is short for \"credit\": 100) (at "
                "/questions/0/options/1/correct)"});
    CHECK(
        questionProblems(
            R"({"id": "q1", "type": "single_choice", "category": "c", "text": "哪個？", "options": [{"text": "甲", "credit": 50}, {"text": "乙"}]})") ==
        Lines{"bank.json:8:86: error: a single-choice question needs exactly one option with credit 100 (or \"correct\": true), has none "
              "(at /questions/0/options)"});
    CHECK(questionProblems(
              R"({"id": "q1", "type": "single_choice", "category": "c", "text": "哪個？", "options": [{"text": "甲", "correct": true}, )"
              R"({"id": "x", "text": "乙", "credit": 100}, {"text": "丙"}]})") ==
          Lines{"bank.json:8:86: error: a single-choice question needs exactly one option with credit 100 (or \"correct\": true), has 2 "
                "(a, x) (at /questions/0/options)"});
    CHECK(
        questionProblems(
            R"({"id": "q1", "type": "single_choice", "category": "c", "text": "哪個？", "options": [{"text": "甲", "correct": true}]})") ==
        Lines{"bank.json:8:86: error: 'options' needs at least 2 items, has 1 (at /questions/0/options)"});
    CHECK(questionProblems(
              R"({"id": "q1", "type": "single_choice", "category": "c", "text": "哪個？", "options": [{"id": "b", "text": "甲", )"
              R"("correct": true}, {"text": "乙"}]})") ==
          Lines{"bank.json:8:130: error: option id 'b' is used twice in this question (first at /questions/0/options/0) (at "
                "/questions/0/options/1)"});
}

TEST_CASE("multiple choice positive credits sum to 100", "[bank]") {
    CHECK(
        questionProblems(
            R"({"id": "q1", "type": "multiple_choice", "category": "c", "text": "選出正確的：", "options": [{"text": "甲", "credit": 50}, )"
            R"({"text": "乙", "credit": 40}, {"text": "丙", "credit": -100}]})") ==
        Lines{"bank.json:8:91: error: the positive credits of a multiple-choice question must sum to 100, got 90 (mark the right options "
              "\"correct\": true to share 100 between them) (at /questions/0/options)"});
}

TEST_CASE("short, numeric, matching and true/false answers are checked", "[bank]") {
    CHECK(
        questionProblems(
            R"({"id": "q1", "type": "short_answer", "category": "c", "text": "幾分鐘內升級？", "answers": [{"text": "30分鐘", "credit": 50}]})") ==
        Lines{"bank.json:8:89: error: a short-answer question needs an answer with credit 100, has none (at /questions/0/answers)"});
    CHECK(questionProblems(R"({"id": "q1", "type": "numeric", "category": "c", "text": "幾分鐘？", "answers": [{"min": 35, "max": 25}, )"
                           R"({"value": 30, "tolerance": -1}, {"value": 30, "min": 1, "max": 2}, {"credit": 100}]})") ==
          Lines{"bank.json:8:90: error: 'min' must not be greater than 'max', got min 35 and max 25 (at /questions/0/answers/0/min)",
                "bank.json:8:133: error: 'tolerance' must be a number from 0 to 1000000000, got -1 (at /questions/0/answers/1/tolerance)",
                "bank.json:8:138: error: a numeric answer takes 'value' (with 'tolerance') or 'min' and 'max', not both (at "
                "/questions/0/answers/2)",
                "bank.json:8:173: error: a numeric answer needs 'value' (with an optional 'tolerance') or 'min' and 'max' (at "
                "/questions/0/answers/3)"});
    CHECK(
        questionProblems(
            R"({"id": "q1", "type": "matching", "category": "c", "text": "配對：", "pairs": [{"prompt": "系統故障", "answer": "甲"}, )"
            R"({"prompt": "系統故障", "answer": "乙"}]})") ==
        Lines{"bank.json:8:126: error: prompt '系統故障' is used twice in this question (first at /questions/0/pairs/0); each prompt must "
              "be different (at /questions/0/pairs/1/prompt)"});
    CHECK(
        questionProblems(
            R"({"id": "q1", "type": "matching", "category": "c", "text": "配對：", "pairs": [{"prompt": "系統故障", "answer": "甲"}]})") ==
        Lines{"bank.json:8:79: error: 'pairs' needs at least 2 items, has 1 (at /questions/0/pairs)"});
    CHECK(questionProblems(R"({"id": "q1", "type": "true_false", "category": "c", "text": "對嗎？", "answer": "true"})") ==
          Lines{"bank.json:8:82: error: 'answer' must be true or false, got string (at /questions/0/answer)"});
}

TEST_CASE("case analysis needs model answers and a rubric the grader accepts", "[bank]") {
    CHECK(questionProblems(R"({"id": "c1", "type": "case_analysis", "category": "c", "text": "寫回覆"})") ==
          Lines{"bank.json:8:5: error: missing required field 'model_answers' (at /questions/0/model_answers)"});
    CHECK(questionProblems(R"({"id": "c1", "type": "case_analysis", "category": "c", "text": "寫回覆", "model_answers": ["您好"], )"
                           R"("criteria": [{"concept": "empathie", "weight": 50}]})") ==
          Lines{"bank.json:8:5: error: 'criteria[0].concept': no concept 'empathie' in the zh-CN lexicon (at /questions/0)"});
    CHECK(questionProblems(R"({"id": "c1", "type": "case_analysis", "category": "c", "text": "寫回覆", "model_answers": ["您好"], )"
                           R"("criteria": [{"concept": "blame_shift", "weight": 10}]})") ==
          Lines{"bank.json:8:5: error: 'criteria[0].concept': 'blame_shift' is a forbidden concept, not allowed in 'criteria' (at "
                "/questions/0)"});
    CHECK(questionProblems(R"({"id": "c1", "type": "case_analysis", "category": "c", "text": "寫回覆", "model_answers": ["您好"], )"
                           R"("criteria": [{"concept": "empathy", "weight": 0}]})") ==
          Lines{"bank.json:8:5: error: 'criteria[0].weight' must be a whole number from 1 to 100 (at /questions/0)"});
    CHECK(questionProblems(R"({"id": "c1", "type": "case_analysis", "category": "c", "text": "寫回覆", "model_answers": ["您好"], )"
                           R"("criteria": {"concept": "empathy"}})") ==
          Lines{"bank.json:8:112: error: 'criteria' must be an array, got object (at /questions/0/criteria)"});
}

TEST_CASE("field syntax helpers follow the format", "[bank]") {
    CHECK(isValidBankId("onboarding-2"));
    CHECK_FALSE(isValidBankId("On_boarding"));
    CHECK(isValidQuestionId("greet-01.b_2"));
    CHECK_FALSE(isValidQuestionId("greet 01"));
    CHECK(isValidCategoryPath("policy/returns"));
    CHECK(isValidCategoryPath("政策/退貨"));
    CHECK_FALSE(isValidCategoryPath("policy/"));
    CHECK_FALSE(isValidCategoryPath("policy/ returns"));
    CHECK(isSemanticVersion("10.0.3"));
    CHECK_FALSE(isSemanticVersion("1.0"));
    CHECK_FALSE(isSemanticVersion("1.0.0."));
    CHECK(inCategory("policy/returns", "policy"));
    CHECK(inCategory("policy", "policy"));
    CHECK_FALSE(inCategory("policyx", "policy"));
    CHECK(parseQuestionType("case_analysis") == QuestionType::CaseAnalysis);
    CHECK(std::string(questionTypeId(QuestionType::TrueFalse)) == "true_false");
    CHECK_FALSE(parseQuestionType("essay"));
    CHECK(parseTextFormat("html") == TextFormat::Html);
    CHECK(std::string(textFormatId(TextFormat::Markdown)) == "markdown");
    NumericAnswer exact;
    exact.value = 0.3;
    CHECK(exact.accepts(0.1 + 0.2)); // binary fractions do not cost a right answer
    CHECK_FALSE(exact.accepts(0.31));
}

TEST_CASE("an exam reads with its defaults", "[bank][exam]") {
    Exam e;
    CHECK(examProblems(
              R"({"format": "frontline-exam/1", "id": "day1-quiz", "version": "1.0.0", "title": {"zh-CN": "第一天測驗", "en": "Day 1"},
                           "bank": "onboarding", "draw": [{"category": "etiquette", "count": 4}, {"category": "policy/returns", "count": 1, "difficulty": "hard", "type": "case_analysis"}]})",
              &e)
              .empty());
    CHECK(e.id == "day1-quiz");
    CHECK(e.title.zh == "第一天測驗");
    CHECK(e.bankId == "onboarding");
    REQUIRE(e.draw.size() == 2);
    CHECK(e.draw[0].difficulty.empty());
    CHECK(e.draw[1].category == "policy/returns");
    CHECK(e.draw[1].difficulty == "hard");
    CHECK_FALSE(e.draw[0].type);
    CHECK(e.draw[1].type == QuestionType::CaseAnalysis);
    CHECK(e.timeLimitMinutes == 30);
    CHECK(e.passMark == 80);
    CHECK(e.maxAttempts == 3);
    CHECK(e.retakeWaitHours == 0);
    CHECK(e.shuffleQuestions);
    CHECK(e.shuffleOptions);
    CHECK(e.trainingKind == TrainingKind::Onboarding);
    CHECK(e.where.line == 1);

    CHECK(examProblems(
              R"({"format": "frontline-exam/1", "id": "x", "version": "2.0.0", "title": {"zh-CN": "年度", "en": "Annual"}, "bank": "b",
                           "draw": [{"category": "c", "count": 1}], "time_limit_minutes": 600, "pass_mark": 0, "max_attempts": 0,
                           "retake_wait_hours": 48, "shuffle_questions": false, "shuffle_options": false, "training_kind": "advanced"})",
              &e)
              .empty());
    CHECK(e.timeLimitMinutes == 600);
    CHECK(e.passMark == 0);
    CHECK(e.maxAttempts == 0);
    CHECK(e.retakeWaitHours == 48);
    CHECK_FALSE(e.shuffleQuestions);
    CHECK_FALSE(e.shuffleOptions);
    CHECK(e.trainingKind == TrainingKind::Advanced);
}

TEST_CASE("exam fields are checked where they are written", "[bank][exam]") {
    std::string text = "{\n"
                       "  \"format\": \"frontline-exam/2\",\n"
                       "  \"id\": \"Bad Exam\",\n"
                       "  \"version\": \"1\",\n"
                       "  \"title\": {\"zh-CN\": \"考試\"},\n"
                       "  \"draw\": [],\n"
                       "  \"max_attempts\": -1,\n"
                       "  \"retake_wait_hours\": -5,\n"
                       "  \"shuffle_questions\": \"yes\",\n"
                       "  \"training_kind\": \"yearly\",\n"
                       "  \"pass_mark\": 120,\n"
                       "  \"time_limit_minutes\": 601\n"
                       "}\n";
    CHECK(examProblems(text) ==
          Lines{"exam.json:1:1: error: missing required field 'bank' (at /bank)",
                "exam.json:2:13: error: 'format' must be \"frontline-exam/1\", got \"frontline-exam/2\" (at /format)",
                "exam.json:3:9: error: 'id' is not a valid id: 'Bad Exam' (use a-z, 0-9, '-' and '_', at most 64 characters) (at /id)",
                "exam.json:4:14: error: 'version' must be a version MAJOR.MINOR.PATCH such as \"1.0.0\", got '1' (at /version)",
                "exam.json:5:12: error: missing required field 'en' (at /title/en)",
                "exam.json:6:11: error: 'draw' needs at least 1 item, has 0 (at /draw)",
                "exam.json:7:19: error: 'max_attempts' must be an integer from 0 to 1000, got -1 (at /max_attempts)",
                "exam.json:8:24: error: 'retake_wait_hours' must be an integer from 0 to 8760, got -5 (at /retake_wait_hours)",
                "exam.json:9:24: error: 'shuffle_questions' must be true or false, got string (at /shuffle_questions)",
                "exam.json:10:20: error: 'training_kind' must be one of onboarding, annual, advanced, got 'yearly' (at /training_kind)",
                "exam.json:11:16: error: 'pass_mark' must be an integer from 0 to 100, got 120 (at /pass_mark)",
                "exam.json:12:25: error: 'time_limit_minutes' must be an integer from 1 to 600, got 601 (at /time_limit_minutes)"});

    std::string draw =
        "{\"format\": \"frontline-exam/1\", \"id\": \"x\", \"version\": \"1.0.0\", \"title\": {\"zh-CN\": \"測\", \"en\": \"T\"},\n"
        "\"bank\": \"b\", \"draw\": [\n"
        "  {\"category\": \"禮儀\", \"count\": 0, \"type\": \"essay\"},\n"
        "  {\"category\": \"policy/\", \"count\": 2, \"difficulty\": \"extreme\", \"cuont\": 1},\n"
        "  \"policy\"\n"
        "]}\n";
    CHECK(examProblems(draw) ==
          Lines{"exam.json:3:31: error: 'count' must be an integer from 1 to 1000, got 0 (at /draw/0/count)",
                "exam.json:3:42: error: 'type' must be one of single_choice, multiple_choice, true_false, short_answer, numeric, matching, "
                "case_analysis, description, got 'essay' (at /draw/0/type)",
                "exam.json:4:16: error: 'category' must be a path of non-empty names separated by '/' such as \"policy/returns\", got "
                "'policy/' (at /draw/1/category)",
                "exam.json:4:53: error: 'difficulty' must be one of easy, medium, hard, got 'extreme' (at /draw/1/difficulty)",
                "exam.json:4:73: warning: unknown key 'cuont' is ignored (at /draw/1/cuont)",
                "exam.json:5:3: error: expected an object, got string (at /draw/2)"});
}

TEST_CASE("a clean assessments folder loads every bank and exam", "[bank][library]") {
    Diagnostics diags;
    auto lib = loadAssessments((dataDir() / "assessments" / "good").string(), bundledLexicons(), diags);
    for (const auto& d : diags.items()) UNSCOPED_INFO(d.format());
    CHECK(diags.empty());
    CHECK(lib.banks.size() == 2);
    REQUIRE(lib.bank("service", "en"));
    CHECK(lib.bank("service", "en")->title == "Customer-service basics (test bank)");
    CHECK(lib.bank("service", "zh-CN"));
    CHECK_FALSE(lib.bank("service", "fr"));
    CHECK_FALSE(lib.bank("onboarding", "zh-CN"));
    REQUIRE(lib.exam("service-quiz"));
    CHECK(lib.exam("service-quiz")->trainingKind == TrainingKind::Annual);
    CHECK_FALSE(lib.exam("nope"));
}

TEST_CASE("the library cross-checks banks, translations and exams", "[bank][library]") {
    Diagnostics diags;
    std::string root = (dataDir() / "assessments" / "cross").string() + "/";
    auto lib = loadAssessments((dataDir() / "assessments" / "cross").string(), bundledLexicons(), diags);
    Lines got = formatted(diags, root);
    Lines expected = {
        "banks/policy.en.json:11:12: warning: question 'p5' is not in the zh-CN translation (" + root +
            "banks/policy.zh-CN.json); translations share their question ids (at /questions/3/id)",
        "banks/policy.zh-CN.json:8:12: warning: question 'd1' is not in the en translation (" + root +
            "banks/policy.en.json); translations share their question ids (at /questions/0/id)",
        "banks/policy.zh-CN.json:10:52: warning: question 'p2' has category 'policy/returns' here but 'policy/refunds' in the en "
        "translation (" +
            root + "banks/policy.en.json); translations share categories (at /questions/2/category)",
        "banks/policy.zh-CN.json:12:12: warning: question 'p4' is not in the en translation (" + root +
            "banks/policy.en.json); translations share their question ids (at /questions/4/id)",
        "banks/zz-policy-again.en.json:3:9: error: bank 'policy' in en is already defined by " + root +
            "banks/policy.en.json; keep one file per bank id and language (at /id)",
        "exams/dup-2.json:3:9: error: exam id 'dup' is already used by " + root + "exams/dup-1.json; exam ids must be unique (at /id)",
        "exams/ghost.json:6:11: error: no bank 'ghost' in " + root + "banks (it has: lonely, policy) (at /bank)",
        "exams/lonely.json:6:11: warning: bank 'lonely' exists only in zh-CN: trainees working in en cannot take this exam (at /bank)",
        "exams/order.json:7:48: warning: earlier draw rules can take up to 1 of the 1 question this rule draws from in bank 'policy' (en), "
        "leaving fewer than 1 for some seeds; list narrower rules first (at /draw/1)",
        "exams/order.json:7:48: warning: earlier draw rules can take up to 2 of the 2 questions this rule draws from in bank 'policy' "
        "(zh-CN), leaving fewer than 1 for some seeds; list narrower rules first (at /draw/1)",
        "exams/too-many.json:7:52: error: bank 'policy' (en) has 1 question in category 'policy/returns', but the rule draws 3 (at "
        "/draw/0/count)",
        "exams/too-many.json:7:52: error: bank 'policy' (zh-CN) has 2 questions in category 'policy/returns', but the rule draws 3 (at "
        "/draw/0/count)",
        "exams/union.json:7:11: error: the draw rules take 5 questions together, but bank 'policy' (zh-CN) has only 4 different "
        "questions in their categories (at /draw)",
        "exams/union.json:7:52: error: bank 'policy' (en) has 1 question in category 'policy/returns', but the rule draws 2 (at "
        "/draw/0/count)"};
    CHECK(got == expected);
    // Files with errors are left out; warnings alone keep a file in.
    std::vector<std::string> exams;
    for (const auto& e : lib.exams) exams.push_back(e.file.substr(root.size()));
    CHECK(exams == std::vector<std::string>{"exams/dup-1.json", "exams/lonely.json", "exams/order.json"});
    REQUIRE(lib.banks.size() == 3);
    CHECK(lib.bank("policy", "en")->file == root + "banks/policy.en.json");
}

TEST_CASE("a missing assessments folder is one error", "[bank][library]") {
    Diagnostics diags;
    auto lib = loadAssessments((dataDir() / "assessments" / "no-such-folder").string(), bundledLexicons(), diags);
    CHECK(lib.banks.empty());
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].format().find("no-such-folder: error: no such folder: expected an assessments folder with banks/ and exams/") !=
          std::string::npos);
}
