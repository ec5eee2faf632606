// The written-exam engine on banks built in C++: each question type's credit
// rules (partial credit, penalties, wildcards, full-width folding, numeric
// ranges, matching shares, case analysis through the reply grader), the
// total rounded down against the pass mark, category totals, the seeded
// draw, and the answers file's errors with their file:line:column.
#include <catch2/catch.hpp>
#include <set>

#include "TestData.h"
#include "assessments/AnswerSheet.h"
#include "assessments/ExamPaper.h"
#include "assessments/ExamScoring.h"
#include "assessments/QuestionScoring.h"

using namespace frontline;
using nlohmann::json;

namespace {

Question base(const std::string& id, QuestionType type, double points = 1, const std::string& category = "general") {
    Question q;
    q.id = id;
    q.type = type;
    q.category = category;
    q.text = "question " + id;
    q.points = points;
    return q;
}

ChoiceOption opt(const std::string& id, double credit, const std::string& feedback = "") { return {id, "option " + id, credit, feedback}; }

Question choice(const std::string& id, QuestionType type, std::vector<ChoiceOption> options, double points = 1) {
    Question q = base(id, type, points);
    q.options = std::move(options);
    return q;
}

// Moodle's standard multichoice: two right options share 100, two wrong ones cost 50 each.
Question twoOfFour(const std::string& id = "multi") {
    return choice(id, QuestionType::MultipleChoice, {opt("a", 50, "a is right"), opt("b", 50), opt("c", -50, "c is wrong"), opt("d", -50)},
                  2);
}

Question shortAnswer(std::vector<AcceptedAnswer> accepted, bool caseSensitive = false) {
    Question q = base("short", QuestionType::ShortAnswer, 2);
    q.accepted = std::move(accepted);
    q.caseSensitive = caseSensitive;
    return q;
}

NumericAnswer exactly(double value, double tolerance, double credit) {
    NumericAnswer n;
    n.value = value;
    n.tolerance = tolerance;
    n.credit = credit;
    return n;
}

NumericAnswer range(double min, double max, double credit, const std::string& feedback = "") {
    NumericAnswer n;
    n.min = min;
    n.max = max;
    n.credit = credit;
    n.feedback = feedback;
    return n;
}

Question matching(const std::string& id = "match") {
    Question q = base(id, QuestionType::Matching, 3);
    q.pairs = {{"1", "首次响应", "3分钟"}, {"2", "回电时限", "30分钟"}, {"3", "投诉结案", "24小时"}};
    q.distractors = {"一周", "3分钟"};
    return q;
}

// Graded by phrases only, so the expected score follows from the rubric: each phrase is worth 50.
Question caseQuestion(double points = 4) {
    Question q = base("case", QuestionType::CaseAnalysis, points, "cases");
    q.caseRubric.modelAnswers = {"非常理解您的心情，我马上为您处理，30分钟内给您回电。"};
    q.caseRubric.rubricJson = R"({"criteria": [{"phrases": ["理解您"], "weight": 50, "label": "共情"},
                                               {"phrases": ["30分钟"], "weight": 50, "label": "时限"}]})";
    return q;
}

QuestionResult score(const Question& q, const json& answer) {
    CaseGrader cases(test::bundledLexicons(), "zh-CN");
    auto r = scoreQuestion(q, &answer, cases);
    INFO((r ? "" : r.error().message));
    REQUIRE(r);
    return *r;
}

double credit(const Question& q, const json& answer) { return score(q, answer).creditPercent; }

// A bank of 4 policy questions (2 directly, 2 under policy/returns), 2 in
// "policyx", 6 etiquette ones of mixed difficulty and a description item.
QuestionBank drawBank() {
    QuestionBank bank;
    bank.id = "draw";
    bank.language = "zh-CN";
    bank.version = "1.0.0";
    auto add = [&](const std::string& id, const std::string& category, const std::string& difficulty = "medium") {
        Question q = choice(id, QuestionType::SingleChoice, {opt("a", 100), opt("b", 0), opt("c", 0), opt("d", 0), opt("e", 0)});
        q.category = category;
        q.difficulty = difficulty;
        bank.questions.push_back(q);
    };
    add("p1", "policy");
    add("p2", "policy");
    add("r1", "policy/returns");
    add("r2", "policy/returns", "hard");
    add("x1", "policyx");
    add("x2", "policyx");
    for (int i = 1; i <= 6; ++i) add("e" + std::to_string(i), "etiquette", i <= 2 ? "hard" : "easy");
    Question d = base("intro", QuestionType::Description, 0, "policy");
    bank.questions.insert(bank.questions.begin(), d);
    return bank;
}

Exam examOf(std::vector<DrawRule> draw, bool shuffleQuestions = true, bool shuffleOptions = true) {
    Exam e;
    e.id = "draw-exam";
    e.version = "1.0.0";
    e.bankId = "draw";
    e.draw = std::move(draw);
    e.shuffleQuestions = shuffleQuestions;
    e.shuffleOptions = shuffleOptions;
    return e;
}

ExamPaper draw(const Exam& exam, const QuestionBank& bank, uint64_t seed) {
    auto p = drawPaper(exam, bank, seed);
    INFO((p ? "" : p.error().message));
    REQUIRE(p);
    return *p;
}

std::vector<std::string> ids(const ExamPaper& p) {
    std::vector<std::string> out;
    for (const auto& q : p.questions) out.push_back(q.questionId);
    return out;
}

// One question of each answerable type, every one on the paper, no shuffling.
QuestionBank sheetBank() {
    QuestionBank bank;
    bank.id = "sheet";
    bank.language = "zh-CN";
    bank.version = "1.0.0";
    bank.questions = {choice("greet-01", QuestionType::SingleChoice, {opt("a", 0), opt("b", 100)}), twoOfFour("flow-03"),
                      base("forbid-02", QuestionType::TrueFalse), shortAnswer({{"30分钟", 100, ""}}), matching("match-01")};
    bank.questions[3].id = "time-01";
    Question numeric = base("time-02", QuestionType::Numeric);
    numeric.numeric = {exactly(30, 0, 100)};
    bank.questions.push_back(numeric);
    bank.questions.push_back(base("not-drawn", QuestionType::TrueFalse, 1, "other"));
    return bank;
}

ExamPaper sheetPaper(const QuestionBank& bank) {
    Exam e = examOf({{"general", 6, "", std::nullopt}}, false, false);
    e.id = "sheet-exam";
    return draw(e, bank, 7);
}

// Every diagnostic of reading text as an answers file, formatted.
std::vector<std::string> sheetErrors(const std::string& text) {
    QuestionBank bank = sheetBank();
    ExamPaper paper = sheetPaper(bank);
    Diagnostics diags;
    auto doc = JsonDocument::parse("answers.json", text, diags);
    std::optional<AnswerSheet> sheet;
    if (doc) sheet = readAnswerSheet(*doc, paper, bank, diags);
    CHECK(!sheet);
    std::vector<std::string> out;
    for (const auto& d : diags.items()) out.push_back(d.format());
    return out;
}

} // namespace

TEST_CASE("single choice scores the picked option's credit, never below 0", "[exam][scoring]") {
    Question q = choice("single", QuestionType::SingleChoice, {opt("a", 0, "not a"), opt("b", 100, "yes"), opt("c", 50), opt("d", -50)}, 2);
    q.generalFeedback = "always shown";
    auto right = score(q, "b");
    CHECK(right.creditPercent == 100);
    CHECK(right.earned == 2);
    CHECK(right.correct);
    CHECK(right.feedback == std::vector<std::string>{"yes", "always shown"});
    auto partial = score(q, "c");
    CHECK(partial.earned == 1);
    CHECK_FALSE(partial.correct);
    CHECK(partial.rightAnswers == std::vector<std::string>{"b. option b", "c. option c (50%)"});
    CHECK(credit(q, "d") == 0); // a penalty is floored at 0 for a single choice
    auto none = score(q, nullptr);
    CHECK_FALSE(none.answered);
    CHECK(none.earned == 0);
    CHECK(none.feedback == std::vector<std::string>{"always shown"});
}

TEST_CASE("multiple choice sums the picked credits and clamps to 0..100, as Moodle", "[exam][scoring]") {
    Question q = twoOfFour();
    CHECK(credit(q, json::array({"a"})) == 50);
    CHECK(credit(q, json::array({"a", "b"})) == 100);
    CHECK(credit(q, json::array({"a", "b", "c"})) == 50); // a wrong pick costs its penalty
    CHECK(credit(q, json::array({"a", "c"})) == 0);
    CHECK(credit(q, json::array({"c", "d"})) == 0); // clamped, not -100
    CHECK(credit(q, json::array({"a", "b", "c", "d"})) == 0);
    auto r = score(q, json::array({"a", "c"}));
    CHECK(r.feedback == std::vector<std::string>{"a is right", "c is wrong"});
    CHECK(r.answered);
    CHECK_FALSE(score(q, json::array()).answered);
    CHECK(score(q, json::array({"b", "a"})).earned == 2);

    // Thirds written as 33.33 sum to 99.99, within the format's 0.01: full credit.
    Question thirds =
        choice("thirds", QuestionType::MultipleChoice, {opt("a", 33.33), opt("b", 33.33), opt("c", 33.34 - 0.01), opt("d", -100)});
    auto all = score(thirds, json::array({"a", "b", "c"}));
    CHECK(all.creditPercent == 100);
    CHECK(all.correct);
    CHECK(credit(thirds, json::array({"a", "b"})) == Approx(66.66));
}

TEST_CASE("true/false shows the feedback of the value picked", "[exam][scoring]") {
    Question q = base("tf", QuestionType::TrueFalse);
    q.truth = false;
    q.feedbackTrue = "不对：不能推给别的部门";
    q.feedbackFalse = "对";
    auto wrong = score(q, true);
    CHECK(wrong.creditPercent == 0);
    CHECK(wrong.feedback == std::vector<std::string>{"不对：不能推给别的部门"});
    CHECK(wrong.rightAnswers == std::vector<std::string>{"false"});
    auto right = score(q, false);
    CHECK(right.correct);
    CHECK(right.feedback == std::vector<std::string>{"对"});
}

TEST_CASE("short answers: first match's credit, wildcards, trimming, full-width and case folding", "[exam][scoring]") {
    Question q = shortAnswer({{"30分钟", 100, "准确"}, {"半小时", 80, ""}, {"*分钟", 25, "要给出具体时限"}, {"请*稍等", 50, ""}});
    auto exact = score(q, "30分钟");
    CHECK(exact.creditPercent == 100);
    CHECK(exact.feedback == std::vector<std::string>{"准确"});
    CHECK(credit(q, "  ３０分钟　") == 100); // full-width digits, ideographic and ASCII spaces around
    CHECK(credit(q, "半小时") == 80);
    auto wildcard = score(q, "45分钟");
    CHECK(wildcard.creditPercent == 25);
    CHECK(wildcard.earned == 0.5);
    CHECK(wildcard.feedback == std::vector<std::string>{"要给出具体时限"});
    CHECK(credit(q, "分钟") == 25); // '*' matches an empty run too
    CHECK(credit(q, "请您稍等") == 50);
    CHECK(credit(q, "一小时") == 0);
    CHECK(credit(q, "30分钟以后") == 0); // no implicit wildcard at the end
    CHECK_FALSE(score(q, "   ").answered);
    CHECK(score(q, "x").rightAnswers == std::vector<std::string>{"30分钟", "半小时 (80%)", "*分钟 (25%)", "请*稍等 (50%)"});

    Question word = shortAnswer({{"Refund", 100, ""}});
    CHECK(credit(word, "refund") == 100);
    CHECK(credit(word, "ＲＥＦＵＮＤ") == 100); // full-width letters fold to ASCII, then case
    Question exactCase = shortAnswer({{"Refund", 100, ""}}, true);
    CHECK(credit(exactCase, "refund") == 0);
    CHECK(credit(exactCase, "Ｒｅｆｕｎｄ") == 100); // width folds even when case counts
    CHECK(shortAnswerMatches("ÉTÉ", "été", false));  // ICU folding, not only ASCII
    CHECK(shortAnswerMatches("a*b*c", "aXXbYYc", false));
    CHECK_FALSE(shortAnswerMatches("a*b*c", "aXXbYY", false));
}

TEST_CASE("numeric answers: value within tolerance or a range, first match's credit, text or number", "[exam][scoring]") {
    Question q = base("num", QuestionType::Numeric, 2);
    q.numeric = {exactly(30, 0, 100), exactly(7, 0.5, 100), range(25, 35, 50, "接近了")};
    CHECK(credit(q, 30) == 100);
    CHECK(credit(q, "30") == 100);
    CHECK(credit(q, "３０") == 100); // full-width digits
    CHECK(credit(q, " 30.0 ") == 100);
    CHECK(credit(q, 7.4) == 100);
    CHECK(credit(q, 7.6) == 0);
    auto near = score(q, 27.5);
    CHECK(near.creditPercent == 50);
    CHECK(near.earned == 1);
    CHECK(near.feedback == std::vector<std::string>{"接近了"});
    CHECK(credit(q, 35) == 50); // the range is closed
    CHECK(credit(q, 35.01) == 0);
    CHECK(near.rightAnswers == std::vector<std::string>{"30", "7 ± 0.5", "25 to 35 (50%)"});
    CHECK(parseNumericAnswer("-2.5e1") == -25.0);
    CHECK_FALSE(parseNumericAnswer("30分钟"));
    CHECK_FALSE(parseNumericAnswer("nan"));
    CHECK_FALSE(parseNumericAnswer("0x1E"));
    CHECK(checkAnswer(q, "thirty"));
    CHECK_FALSE(checkAnswer(q, "30"));
}

TEST_CASE("matching scores the share of prompts given their answer", "[exam][scoring]") {
    Question q = matching();
    CHECK(offeredAnswers(q) == std::vector<std::string>{"3分钟", "30分钟", "24小时", "一周"}); // distinct, distractors last
    auto two = score(q, json{{"1", "3分钟"}, {"2", "30分钟"}, {"3", "一周"}});
    CHECK(two.creditPercent == Approx(200.0 / 3));
    CHECK(two.earned == Approx(2));
    CHECK_FALSE(two.correct);
    CHECK(two.rightAnswers == std::vector<std::string>{"首次响应 → 3分钟", "回电时限 → 30分钟", "投诉结案 → 24小时"});
    CHECK(credit(q, json{{"1", "3分钟"}}) == Approx(100.0 / 3)); // pairs left out are wrong, not errors
    CHECK(score(q, json{{"1", "3分钟"}, {"2", "30分钟"}, {"3", "24小时"}}).correct);
    auto unknown = checkAnswer(q, json{{"9", "3分钟"}});
    REQUIRE(unknown);
    CHECK(unknown->pointer == "/9");
    CHECK(unknown->message == "no pair '9' (the pairs are 1, 2, 3)");
    CHECK(checkAnswer(q, json{{"1", "5分钟"}})->message == "'5分钟' is not one of the answers offered");
}

TEST_CASE("a case analysis is graded by the reply grader and explained", "[exam][scoring]") {
    Question q = caseQuestion(4);
    auto half = score(q, "非常理解您的心情，我马上帮您查一下。");
    CHECK(half.creditPercent == 50);
    CHECK(half.earned == 2);
    REQUIRE(half.caseGrade);
    REQUIRE(half.caseGrade->hits().size() == 1);
    CHECK(half.caseGrade->hits()[0]->label == "共情");
    CHECK(half.toJson()["explanation"]["score"] == 50);
    auto full = score(q, "非常理解您的心情，我马上处理，30分钟内给您回电。");
    CHECK(full.correct);
    CHECK(full.earned == 4);
    CHECK_FALSE(score(q, "").answered);

    q.caseRubric.needsModelAnswers = true;
    q.caseRubric.modelAnswers.clear();
    q.caseRubric.rubricJson.clear();
    auto pending = score(q, "理解您，30分钟内回电");
    CHECK(pending.pendingReview);
    CHECK(pending.earned == 0);
    CHECK_FALSE(pending.correct);
    CHECK_FALSE(pending.caseGrade);
}

TEST_CASE("the total is rounded down: 79.9% is 79 and fails a pass mark of 80", "[exam][scoring]") {
    CHECK(percentRoundedDown(7.99, 10) == 79);
    CHECK(percentRoundedDown(8, 10) == 80);
    double tenths = 0;
    for (int i = 0; i < 10; ++i) tenths += 0.1; // 0.9999999999999999
    CHECK(percentRoundedDown(tenths, 1) == 100);
    CHECK(percentRoundedDown(0, 0) == 0);

    QuestionBank bank;
    bank.id = "round";
    bank.language = "zh-CN";
    bank.version = "1.0.0";
    bank.categoryTitles = {{"policy", "政策"}};
    Question big = choice("big", QuestionType::SingleChoice, {opt("a", 100), opt("b", 0)}, 7.99);
    big.category = "policy";
    Question small = choice("small", QuestionType::SingleChoice, {opt("a", 100), opt("b", 0)}, 2.01);
    small.category = "policy/returns";
    bank.questions = {big, small};
    Exam exam = examOf({{"policy", 2, "", std::nullopt}}, false, false);
    exam.passMark = 80;
    ExamPaper paper = draw(exam, bank, 1);
    AnswerSheet sheet;
    sheet.answers = {{"big", "a"}, {"small", "b"}};
    sheet.timeSpentSeconds = 600;
    auto result = scoreExam(exam, bank, paper, sheet, test::bundledLexicons());
    REQUIRE(result);
    CHECK(result->earnedPoints == Approx(7.99));
    CHECK(result->possiblePoints == Approx(10));
    CHECK(result->percent == 79);
    CHECK_FALSE(result->passed);
    REQUIRE(result->categories.size() == 2);
    CHECK(result->categories[0].category == "policy");
    CHECK(result->categories[0].title == "政策");
    CHECK(result->categories[0].percent == 100);
    CHECK(result->categories[1].category == "policy/returns");
    CHECK(result->categories[1].title.empty());
    CHECK(result->categories[1].earned == 0);
    CHECK(result->categories[1].possible == Approx(2.01));

    sheet.answers["small"] = "a";
    auto passed = scoreExam(exam, bank, paper, sheet, test::bundledLexicons());
    REQUIRE(passed);
    CHECK(passed->percent == 100);
    CHECK(passed->passed);
    json j = passed->toJson();
    CHECK(j["percent"] == 100);
    CHECK(j["seed"] == 1);
    CHECK(j["question_order"] == json::array({"big", "small"}));
    CHECK(j["answers"]["small"] == "a");
    CHECK(j["bank"]["language"] == "zh-CN");
    CHECK(j["time_spent_seconds"] == 600);
}

TEST_CASE("an exam with a case waiting for a trainer does not pass, whatever its percent", "[exam][scoring]") {
    QuestionBank bank;
    bank.id = "pending";
    bank.language = "zh-CN";
    bank.version = "1.0.0";
    Question essay = caseQuestion(1);
    essay.category = "general";
    essay.caseRubric = CaseRubric{{}, "", true};
    bank.questions = {choice("q1", QuestionType::SingleChoice, {opt("a", 100), opt("b", 0)}, 9), essay};
    Exam exam = examOf({{"general", 2, "", std::nullopt}});
    exam.passMark = 80;
    AnswerSheet sheet;
    sheet.answers = {{"q1", "a"}, {"case", "理解您的心情"}};
    auto result = scoreExam(exam, bank, draw(exam, bank, 3), sheet, test::bundledLexicons());
    REQUIRE(result);
    CHECK(result->percent == 90);
    CHECK(result->pendingReview);
    CHECK_FALSE(result->passed);
    CHECK(result->toJson()["pending_review"] == true);
}

TEST_CASE("the same seed draws the same paper; another seed another one", "[exam][draw]") {
    QuestionBank bank = drawBank();
    Exam exam = examOf({{"etiquette", 4, "", std::nullopt}, {"policy", 3, "", std::nullopt}});
    ExamPaper a = draw(exam, bank, 42), again = draw(exam, bank, 42);
    CHECK(ids(a) == ids(again));
    for (size_t i = 0; i < a.questions.size(); ++i) CHECK(a.questions[i].order == again.questions[i].order);
    CHECK(a.toJson() == again.toJson());
    std::set<std::vector<std::string>> papers;
    for (uint64_t seed = 1; seed <= 10; ++seed) papers.insert(ids(draw(exam, bank, seed)));
    CHECK(papers.size() > 5);
    // SplitMix64 and our own Fisher-Yates give this paper on every platform and standard library
    // (checked against an independent Python model of the same draw).
    CHECK(ids(a) == std::vector<std::string>{"p1", "p2", "e2", "e1", "e3", "r2", "e4"});
    CHECK(a.questions[0].order == std::vector<std::string>{"d", "c", "b", "e", "a"});
}

TEST_CASE("a draw rule takes its category and those under it, by whole path segments", "[exam][draw]") {
    QuestionBank bank = drawBank();
    for (uint64_t seed = 1; seed <= 20; ++seed) {
        ExamPaper p = draw(examOf({{"policy", 4, "", std::nullopt}}), bank, seed);
        auto got = ids(p);
        std::sort(got.begin(), got.end());
        CHECK(got == std::vector<std::string>{"p1", "p2", "r1", "r2"}); // never policyx, never the description
    }
    auto tooMany = drawPaper(examOf({{"policy", 5, "", std::nullopt}}), bank, 1);
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().message == "draw rule 1 (category 'policy') of exam 'draw-exam' needs 5 questions; bank 'draw' (zh-CN) has 4");
    auto hard = draw(examOf({{"policy/returns", 1, "hard", std::nullopt}}), bank, 9);
    CHECK(ids(hard) == std::vector<std::string>{"r2"});
    auto noneHard = drawPaper(examOf({{"policy", 1, "easy", std::nullopt}}), bank, 1);
    REQUIRE_FALSE(noneHard);
    CHECK(noneHard.error().message ==
          "draw rule 1 (category 'policy', difficulty easy) of exam 'draw-exam' needs 1 questions; bank 'draw' (zh-CN) has 0");
}

TEST_CASE("a draw rule can ask for one type of question", "[exam][draw]") {
    QuestionBank bank = drawBank();
    Question tf = base("t1", QuestionType::TrueFalse, 1, "policy/returns");
    bank.questions.push_back(tf);
    for (uint64_t seed = 1; seed <= 10; ++seed) {
        DrawRule rule{"policy", 1, "", QuestionType::TrueFalse};
        CHECK(ids(draw(examOf({rule}), bank, seed)) == std::vector<std::string>{"t1"});
    }
    DrawRule two{"policy", 2, "", QuestionType::TrueFalse};
    auto none = drawPaper(examOf({two}), bank, 1);
    REQUIRE_FALSE(none);
    CHECK(none.error().message ==
          "draw rule 1 (category 'policy', type true_false) of exam 'draw-exam' needs 2 questions; bank 'draw' (zh-CN) has 1");
}

TEST_CASE("no question is drawn twice, even when rules overlap", "[exam][draw]") {
    QuestionBank bank = drawBank();
    for (uint64_t seed = 1; seed <= 20; ++seed) {
        // The first rule takes one of policy/returns; the second must take the other.
        ExamPaper p = draw(
            examOf({{"policy/returns", 1, "", std::nullopt}, {"policy/returns", 1, "", std::nullopt}, {"policy", 2, "", std::nullopt}}),
            bank, seed);
        auto got = ids(p);
        std::set<std::string> distinct(got.begin(), got.end());
        CHECK(distinct.size() == 4);
        CHECK(distinct == std::set<std::string>{"p1", "p2", "r1", "r2"});
    }
    auto exhausted = drawPaper(examOf({{"policy", 4, "", std::nullopt}, {"policy/returns", 1, "", std::nullopt}}), bank, 1);
    REQUIRE_FALSE(exhausted);
    CHECK(exhausted.error().message == "draw rule 2 (category 'policy/returns') of exam 'draw-exam' needs 1 questions; bank 'draw' (zh-CN) "
                                       "has 0 not drawn by an earlier rule");
}

TEST_CASE("a paper has as many questions as its draw rules add up to", "[exam][draw]") {
    const Exam exam = examOf({{"policy", 4, "", std::nullopt}, {"etiquette", 7, "", std::nullopt}}, false, false);
    CHECK(exam.questionCount() == 11);
    CHECK(examOf({}).questionCount() == 0);
    QuestionBank bank = drawBank();
    bank.questions.push_back(matching("m1"));
    bank.questions.back().category = "etiquette";
    CHECK(draw(exam, bank, 3).questions.size() == static_cast<size_t>(exam.questionCount()));
}

TEST_CASE("a choice question finds its options by id", "[exam][scoring]") {
    const Question q = twoOfFour();
    REQUIRE(q.option("c") != nullptr);
    CHECK(q.option("c")->credit == -50);
    CHECK(q.option("c")->feedback == "c is wrong");
    CHECK(q.option("e") == nullptr);
    CHECK(q.option("") == nullptr);
}

TEST_CASE("without shuffling, questions keep the bank's order and options their written order", "[exam][draw]") {
    QuestionBank bank = drawBank();
    bank.questions.push_back(matching("m1"));
    bank.questions.back().category = "etiquette";
    for (uint64_t seed = 1; seed <= 10; ++seed) {
        ExamPaper p = draw(examOf({{"policy", 4, "", std::nullopt}, {"etiquette", 7, "", std::nullopt}}, false, false), bank, seed);
        CHECK(ids(p) == std::vector<std::string>{"p1", "p2", "r1", "r2", "e1", "e2", "e3", "e4", "e5", "e6", "m1"});
        CHECK(p.questions[0].order == std::vector<std::string>{"a", "b", "c", "d", "e"});
        CHECK(p.questions.back().order == offeredAnswers(bank.questions.back()));
    }
    // Options shuffled, except in a question that says "shuffle": false.
    bank.questions[1].shuffle = false; // p1
    bool anyMoved = false;
    for (uint64_t seed = 1; seed <= 10; ++seed) {
        ExamPaper p = draw(examOf({{"policy", 4, "", std::nullopt}}, false, true), bank, seed);
        CHECK(p.find("p1")->order == std::vector<std::string>{"a", "b", "c", "d", "e"});
        anyMoved = anyMoved || p.find("p2")->order != std::vector<std::string>{"a", "b", "c", "d", "e"};
        auto sorted = p.find("p2")->order;
        std::sort(sorted.begin(), sorted.end());
        CHECK(sorted == std::vector<std::string>{"a", "b", "c", "d", "e"}); // a permutation
    }
    CHECK(anyMoved);
}

TEST_CASE("switching question shuffling leaves the questions picked unchanged", "[exam][draw]") {
    QuestionBank bank = drawBank();
    auto shuffled = ids(draw(examOf({{"etiquette", 3, "", std::nullopt}}, true, true), bank, 5));
    auto kept = ids(draw(examOf({{"etiquette", 3, "", std::nullopt}}, false, true), bank, 5));
    std::sort(shuffled.begin(), shuffled.end());
    CHECK(shuffled == kept);
}

TEST_CASE("an answers file is read against its paper", "[exam][answers]") {
    QuestionBank bank = sheetBank();
    ExamPaper paper = sheetPaper(bank);
    REQUIRE(ids(paper) == std::vector<std::string>{"greet-01", "flow-03", "forbid-02", "time-01", "match-01", "time-02"});
    Diagnostics diags;
    auto doc = JsonDocument::parse("answers.json", R"({"time_spent_seconds": 1260,
  "answers": {"greet-01": "b", "flow-03": ["a", "c"], "forbid-02": false, "time-01": "３０分钟 😀",
              "match-01": {"1": "3分钟", "2": null}, "time-02": "30"}})",
                                   diags);
    REQUIRE(doc);
    auto sheet = readAnswerSheet(*doc, paper, bank, diags);
    INFO((diags.empty() ? "" : diags.items()[0].format()));
    REQUIRE(sheet);
    CHECK(diags.empty());
    CHECK(sheet->timeSpentSeconds == 1260);
    CHECK(sheet->answers.size() == 6);
    CHECK(*sheet->find("time-01") == "３０分钟 😀");
    CHECK(sheet->find("missing") == nullptr);
}

TEST_CASE("answers file problems are reported at their file:line:column", "[exam][answers]") {
    CHECK(sheetErrors("[1, 2]") == std::vector<std::string>{"answers.json:1:1: error: expected an object, got array"});
    CHECK(sheetErrors("{\"answers\": [\"b\"]}") ==
          std::vector<std::string>{"answers.json:1:13: error: 'answers' must be an object, got array (at /answers)"});
    CHECK(sheetErrors("{\"answers\": {\"greet-01\": \"b\",}}") ==
          std::vector<std::string>{
              "answers.json:1:30: error: malformed JSON: syntax error while parsing object key - unexpected '}'; expected string literal"});
    // Columns count characters, so the emoji and Chinese before the error count one each.
    std::string text = "{\n"
                       "  \"time_spent_seconds\": -5,\n"
                       "  \"answers\": {\n"
                       "    \"time-01\": \"三十分钟😀\", \"greet-01\": 2,\n"
                       "    \"flow-03\": [\"a\", \"z\"],\n"
                       "    \"forbid-02\": \"false\",\n"
                       "    \"match-01\": {\"1\": \"3分钟\", \"9\": \"30分钟\"},\n"
                       "    \"time-02\": \"三十\",\n"
                       "    \"not-drawn\": true,\n"
                       "    \"nowhere\": \"b\"\n"
                       "  }\n"
                       "}\n";
    CHECK(
        sheetErrors(text) ==
        std::vector<std::string>{
            "answers.json:2:25: error: 'time_spent_seconds' must be an integer from 0 to 86400, got -5 (at /time_spent_seconds)",
            "answers.json:4:37: error: the answer to 'greet-01' (single_choice): expected one option id (text, such as \"a\"), got integer "
            "(at /answers/greet-01)",
            "answers.json:5:22: error: the answer to 'flow-03' (multiple_choice): no option 'z' (the options are a, b, c, d) (at "
            "/answers/flow-03/1)",
            "answers.json:6:18: error: the answer to 'forbid-02' (true_false): expected true or false, got string (at /answers/forbid-02)",
            "answers.json:7:35: error: the answer to 'match-01' (matching): no pair '9' (the pairs are 1, 2, 3) (at /answers/match-01/9)",
            "answers.json:8:16: error: the answer to 'time-02' (numeric): expected a number (30 or \"30\"), got \"三十\" (at "
            "/answers/time-02)",
            "answers.json:9:18: error: question 'not-drawn' is not on this paper (exam 'sheet-exam', seed 7) (at /answers/not-drawn)",
            "answers.json:10:16: error: no question 'nowhere' in bank 'sheet' (zh-CN) (at /answers/nowhere)",
        });
    CHECK(sheetErrors("{\"answers\": {\"flow-03\": [\"a\", \"a\"]}}") ==
          std::vector<std::string>{"answers.json:1:31: error: the answer to 'flow-03' (multiple_choice): option 'a' is picked twice (at "
                                   "/answers/flow-03/1)"});
}

TEST_CASE("an answers file on disk: unreadable and duplicate keys are errors", "[exam][answers]") {
    QuestionBank bank = sheetBank();
    ExamPaper paper = sheetPaper(bank);
    test::TempDir tmp;
    Diagnostics missing;
    CHECK_FALSE(readAnswerSheetFile(tmp.path() / "none.json", paper, bank, missing));
    REQUIRE(missing.items().size() == 1);
    CHECK(missing.items()[0].format().rfind((tmp.path() / "none.json").string() + ": error: cannot read file", 0) == 0);
    auto dup = tmp.path() / "dup.json";
    test::writeFile(dup, "{\"answers\": {\"greet-01\": \"b\",\n \"greet-01\": \"a\"}}");
    Diagnostics diags;
    CHECK_FALSE(readAnswerSheetFile(dup, paper, bank, diags));
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].format() ==
          dup.string() + ":2:2: error: duplicate key 'greet-01' (the earlier value would be ignored) (at /answers/greet-01)");
}
