// Moodle GIFT import (GiftImporter) and bank JSON output (BankWriter): every
// construct of Moodle's GIFT documentation, in English and Chinese, read as
// Moodle's own importer reads it; errors at file:line:column; what is written
// reads back through BankReader as the same bank; no input crashes it.
#include <catch2/catch.hpp>
#include <random>
#include <sstream>

#include "TestData.h"
#include "assessments/BankReader.h"
#include "assessments/BankWriter.h"
#include "assessments/GiftImporter.h"

using namespace frontline;
using namespace frontline::test;

namespace {

GiftImport gift(const std::string& text, const GiftOptions& options = {}) { return importGift(text, "t.gift", options); }

std::vector<std::string> problems(const GiftImport& r) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics.items()) out.push_back(d.format());
    return out;
}

// The one question a text imports, with no problem reported.
Question one(const std::string& text) {
    GiftImport r = gift(text);
    for (const auto& p : problems(r)) UNSCOPED_INFO(p);
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.bank.questions.size() == 1);
    return r.bank.questions[0];
}

std::vector<std::string> optionTexts(const Question& q) {
    std::vector<std::string> out;
    for (const auto& o : q.options) out.push_back(o.text);
    return out;
}

std::vector<double> credits(const Question& q) {
    std::vector<double> out;
    for (const auto& o : q.options) out.push_back(o.credit);
    return out;
}

GiftImport dataFile(const std::string& name) { return importGift(readFile(dataDir() / "gift" / name), name, GiftOptions{}); }

const Question& byTitle(const QuestionBank& bank, const std::string& title) {
    for (const auto& q : bank.questions)
        if (q.title == title) return q;
    FAIL("no question titled " << title);
    throw std::logic_error("unreachable");
}

QuestionBank readBack(const std::string& json, Diagnostics& diags) {
    auto doc = JsonDocument::parse("bank.json", json, diags);
    REQUIRE(doc);
    return readBank(*doc, bundledLexicons(), diags);
}

// Every field the bank file holds (not where it was read from).
void requireSame(const QuestionBank& a, const QuestionBank& b) {
    CHECK(a.format == b.format);
    CHECK(a.id == b.id);
    CHECK(a.language == b.language);
    CHECK(a.version == b.version);
    CHECK(a.title == b.title);
    CHECK(a.categoryTitles == b.categoryTitles);
    REQUIRE(a.questions.size() == b.questions.size());
    for (size_t i = 0; i < a.questions.size(); ++i) {
        const Question &x = a.questions[i], &y = b.questions[i];
        INFO("question " << x.id);
        CHECK(x.id == y.id);
        CHECK(x.type == y.type);
        CHECK(x.category == y.category);
        CHECK(x.title == y.title);
        CHECK(x.text == y.text);
        CHECK(x.format == y.format);
        CHECK(x.difficulty == y.difficulty);
        CHECK(x.points == y.points);
        CHECK(x.tags == y.tags);
        CHECK(x.generalFeedback == y.generalFeedback);
        CHECK(x.shuffle == y.shuffle);
        REQUIRE(x.options.size() == y.options.size());
        for (size_t k = 0; k < x.options.size(); ++k) {
            CHECK(x.options[k].id == y.options[k].id);
            CHECK(x.options[k].text == y.options[k].text);
            CHECK(x.options[k].credit == y.options[k].credit);
            CHECK(x.options[k].feedback == y.options[k].feedback);
        }
        if (x.type == QuestionType::TrueFalse) CHECK(x.truth == y.truth);
        CHECK(x.feedbackTrue == y.feedbackTrue);
        CHECK(x.feedbackFalse == y.feedbackFalse);
        REQUIRE(x.accepted.size() == y.accepted.size());
        for (size_t k = 0; k < x.accepted.size(); ++k) {
            CHECK(x.accepted[k].text == y.accepted[k].text);
            CHECK(x.accepted[k].credit == y.accepted[k].credit);
            CHECK(x.accepted[k].feedback == y.accepted[k].feedback);
        }
        CHECK(x.caseSensitive == y.caseSensitive);
        REQUIRE(x.numeric.size() == y.numeric.size());
        for (size_t k = 0; k < x.numeric.size(); ++k) {
            CHECK(x.numeric[k].value == y.numeric[k].value);
            CHECK(x.numeric[k].tolerance == y.numeric[k].tolerance);
            CHECK(x.numeric[k].min == y.numeric[k].min);
            CHECK(x.numeric[k].max == y.numeric[k].max);
            CHECK(x.numeric[k].credit == y.numeric[k].credit);
            CHECK(x.numeric[k].feedback == y.numeric[k].feedback);
        }
        REQUIRE(x.pairs.size() == y.pairs.size());
        for (size_t k = 0; k < x.pairs.size(); ++k) {
            CHECK(x.pairs[k].id == y.pairs[k].id);
            CHECK(x.pairs[k].prompt == y.pairs[k].prompt);
            CHECK(x.pairs[k].answer == y.pairs[k].answer);
        }
        CHECK(x.distractors == y.distractors);
        CHECK(x.caseRubric.modelAnswers == y.caseRubric.modelAnswers);
        CHECK(x.caseRubric.needsModelAnswers == y.caseRubric.needsModelAnswers);
        auto rubric = [](const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json::parse(s); };
        CHECK(rubric(x.caseRubric.rubricJson) == rubric(y.caseRubric.rubricJson));
    }
}

} // namespace

// ------------------------------------------------------------ Moodle's documentation examples

TEST_CASE("multiple choice: one '=' is a single choice, in a sentence it leaves a blank", "[gift]") {
    Question q = one("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}");
    CHECK(q.type == QuestionType::SingleChoice);
    CHECK(q.text == "Who's buried in Grant's tomb?");
    CHECK(optionTexts(q) == std::vector<std::string>{"Grant", "Jefferson", "no one"});
    CHECK(credits(q) == std::vector<double>{0, 0, 100});
    CHECK(q.options[2].id == "c");

    Question blank = one("Grant is {~buried =entombed ~living} in Grant's tomb.");
    CHECK(blank.text == "Grant is ___ in Grant's tomb.");
    CHECK(blank.options[1].credit == 100);

    Question zh = one("客户投诉时，第一步应该{~解释政策 =安抚情绪 ~转给主管}，再处理问题。");
    CHECK(zh.type == QuestionType::SingleChoice);
    CHECK(zh.text == "客户投诉时，第一步应该___，再处理问题。");
    CHECK(optionTexts(zh) == std::vector<std::string>{"解释政策", "安抚情绪", "转给主管"});
}

TEST_CASE("answers on their own lines, with per-answer feedback and general feedback", "[gift]") {
    Question q = one("::Q2:: What's between orange and green in the spectrum?\n"
                     "{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow\n"
                     "####Yellow sits between them. }");
    CHECK(q.title == "Q2");
    CHECK(q.id == "q2");
    CHECK(q.options[0].feedback == "right; good!");
    CHECK(q.options[1].feedback == "wrong, it's yellow");
    CHECK(q.generalFeedback == "Yellow sits between them.");

    Question zh = one("::问候语:: 客户来电，第一句说什么？{\n"
                      "\t=您好，请问有什么可以帮您？#正确。\n"
                      "\t~喂？#不礼貌。\n"
                      "\t####先问候，再询问需求。\n"
                      "}");
    CHECK(zh.options[0].feedback == "正确。");
    CHECK(zh.options[1].feedback == "不礼貌。");
    CHECK(zh.generalFeedback == "先问候，再询问需求。");
}

TEST_CASE("weighted answers give partial credit and penalties", "[gift]") {
    Question single = one("Jesus Christ was from {~Jerusalem ~%25%Bethlehem ~%50%Galilee =Nazareth ~%-33.3%Rome}");
    CHECK(single.type == QuestionType::SingleChoice);
    CHECK(credits(single) == std::vector<double>{0, 25, 50, 100, -33.3});

    // Without '=' Moodle lets the trainee tick several answers, scored by their weights.
    Question multi =
        one("What two people are entombed in Grant's tomb? {~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father}");
    CHECK(multi.type == QuestionType::MultipleChoice);
    CHECK(credits(multi) == std::vector<double>{-100, 50, 50, -100});

    Question thirds = one("哪些是礼貌用语？{~%33.33333%您好 ~%33.33333%谢谢 ~%33.33334%请 ~%-100%喂}");
    CHECK(thirds.type == QuestionType::MultipleChoice);
}

TEST_CASE("several '=' answers become a pick-all multiple choice, with a warning", "[gift]") {
    GiftImport r = gift("::多个::哪些是礼貌用语？{=您好 =谢谢 ~喂 ~%-50%干嘛}");
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.type == QuestionType::MultipleChoice);
    CHECK(credits(q) == std::vector<double>{50, 50, -50, -50});
    CHECK(problems(r) == std::vector<std::string>{
                             "t.gift:1:15: warning: 2 answers are fully right ('=' or '~%100%'): imported as multiple_choice, where the "
                             "trainee picks all of them (in Moodle any one of them scores full marks) (question '多个')"});
}

TEST_CASE("true/false: the first feedback is for a wrong pick, the second for a right one", "[gift]") {
    Question t = one("Grant was buried in a tomb in New York City.{T}");
    CHECK(t.type == QuestionType::TrueFalse);
    CHECK(t.truth);
    CHECK(one("The sun rises in the West.{FALSE}").truth == false);
    CHECK(one("一加一等于二。{TRUE}").truth);
    CHECK(one("可以在通话中吃东西。{F}").truth == false);

    Question right = one("可以对客户说“您”。{TRUE#错了，应该用“您”。#对，这是尊称。}");
    CHECK(right.feedbackTrue == "对，这是尊称。");
    CHECK(right.feedbackFalse == "错了，应该用“您”。");
    Question wrong = one("可以打断客户。{FALSE#不能打断。#对，不能打断。####先听完。}");
    CHECK(wrong.truth == false);
    CHECK(wrong.feedbackTrue == "不能打断。");
    CHECK(wrong.feedbackFalse == "对，不能打断。");
    CHECK(wrong.generalFeedback == "先听完。");
}

TEST_CASE("{true} is a short answer, as in Moodle, with a hint", "[gift]") {
    GiftImport r = gift("这句话对吗？{true}");
    REQUIRE(r.bank.questions.size() == 1);
    CHECK(r.bank.questions[0].type == QuestionType::ShortAnswer);
    CHECK(problems(r) ==
          std::vector<std::string>{"t.gift:1:7: warning: {true} is a short answer, as in Moodle; write {TRUE} for a true/false question "
                                   "(question 'q0001')"});
}

TEST_CASE("short answer: every '=' answer is right, weights give partial credit", "[gift]") {
    Question q = one("Who's buried in Grant's tomb?{=no one =nobody}");
    CHECK(q.type == QuestionType::ShortAnswer);
    REQUIRE(q.accepted.size() == 2);
    CHECK(q.accepted[0].text == "no one");
    CHECK(q.accepted[1].credit == 100);
    CHECK_FALSE(q.caseSensitive);

    Question blank = one("Two plus {=two =2} equals four.");
    CHECK(blank.text == "Two plus ___ equals four.");

    Question bare = one("投诉工单号以哪两个字母开头？{TS}");
    CHECK(bare.type == QuestionType::ShortAnswer);
    REQUIRE(bare.accepted.size() == 1);
    CHECK(bare.accepted[0].text == "TS");

    Question weighted = one("承诺回电要说具体时间，如“{=30分钟 =%50%尽快#不够具体}内回电”。");
    CHECK(weighted.text == "承诺回电要说具体时间，如“___内回电”。");
    CHECK(weighted.accepted[1].credit == 50);
    CHECK(weighted.accepted[1].feedback == "不够具体");
}

TEST_CASE("numeric: tolerance, ranges and several weighted answers", "[gift]") {
    Question q = one("When was Ulysses S. Grant born?{#1822:5}");
    CHECK(q.type == QuestionType::Numeric);
    REQUIRE(q.numeric.size() == 1);
    CHECK(q.numeric[0].value == 1822);
    CHECK(q.numeric[0].tolerance == 5);

    Question pi = one("圆周率约等于多少？{#3.14:0.01}");
    CHECK(pi.numeric[0].value == 3.14);
    CHECK(pi.numeric[0].tolerance == 0.01);

    Question range = one("What is a number from 1 to 5? {#1..5}");
    REQUIRE(range.numeric[0].min);
    CHECK(*range.numeric[0].min == 1);
    CHECK(*range.numeric[0].max == 5);
    Question negative = one("零下几度结冰？{#-5..-1}");
    CHECK(*negative.numeric[0].min == -5);
    CHECK(*negative.numeric[0].max == -1);

    Question several = one("When was Ulysses S. Grant born? {#\n"
                           "    =1822:0      # Correct! Full credit.\n"
                           "    =%50%1822:2  # He was born in 1822. Half credit for being close.\n"
                           "}");
    REQUIRE(several.numeric.size() == 2);
    CHECK(several.numeric[0].credit == 100);
    CHECK(several.numeric[0].feedback == "Correct! Full credit.");
    CHECK(several.numeric[1].credit == 50);
    CHECK(several.numeric[1].tolerance == 2);
    CHECK(one("{# =1:0 =%50%2:0} 是几？").numeric[1].value == 2);
}

TEST_CASE("numeric constructs the bank cannot hold are dropped with a warning", "[gift]") {
    GiftImport r = gift("一周有几天？{#=7 =* ~#其他数字都不对}");
    REQUIRE(r.bank.questions.size() == 1);
    CHECK(r.bank.questions[0].numeric.size() == 1);
    CHECK(problems(r) ==
          std::vector<std::string>{"t.gift:1:15: warning: the feedback for any other number ('~#...') is not kept: numeric answers in the "
                                   "bank have no catch-all (question 'q0001')",
                                   "t.gift:1:13: warning: '*' (any number) is not kept: numeric answers in the bank have no catch-all "
                                   "(question 'q0001')"});
}

TEST_CASE("matching: '=prompt -> answer' pairs, a pair without a prompt is a distractor", "[gift]") {
    Question q = one("Match the following countries with their corresponding capitals. {\n"
                     "    =Canada -> Ottawa\n"
                     "    =Italy  -> Rome\n"
                     "    =Japan  -> Tokyo\n"
                     "    =India  -> New Delhi\n"
                     "    ####It's good to know the capitals\n"
                     "}");
    CHECK(q.type == QuestionType::Matching);
    REQUIRE(q.pairs.size() == 4);
    CHECK(q.pairs[1].id == "2");
    CHECK(q.pairs[1].prompt == "Italy");
    CHECK(q.pairs[1].answer == "Rome");
    CHECK(q.generalFeedback == "It's good to know the capitals");

    Question zh = one("把客户的话和情绪对应起来。{=“我都打了三次电话了！” -> 着急 =“你们就是骗人！” -> 愤怒 = -> 开心}");
    REQUIRE(zh.pairs.size() == 2);
    CHECK(zh.pairs[0].prompt == "“我都打了三次电话了！”");
    CHECK(zh.distractors == std::vector<std::string>{"开心"});

    GiftImport feedback = gift("对应 {=a -> b #好 =c -> d}");
    REQUIRE(feedback.bank.questions.size() == 1);
    CHECK(feedback.bank.questions[0].pairs[0].answer == "b");
    CHECK(problems(feedback) ==
          std::vector<std::string>{"t.gift:1:13: warning: matching pairs take no feedback; '#好' dropped (question 'q0001')"});
}

TEST_CASE("essay becomes a case analysis waiting for model answers; no answer block is a description", "[gift]") {
    Question essay = one("::案例:: 客户超出退货期要求全额退款，你怎么应对？{####先共情，再说明政策。}");
    CHECK(essay.type == QuestionType::CaseAnalysis);
    CHECK(essay.caseRubric.needsModelAnswers);
    CHECK(essay.caseRubric.modelAnswers.empty());
    CHECK(essay.generalFeedback == "先共情，再说明政策。");
    CHECK(essay.points == 1);
    CHECK(one("How are you? {}").type == QuestionType::CaseAnalysis);

    Question d = one("::说明:: 以下题目考查服务礼仪。");
    CHECK(d.type == QuestionType::Description);
    CHECK(d.points == 0);
    CHECK(d.text == "以下题目考查服务礼仪。");

    GiftImport fullWidth = gift("答案块用了全角括号 ｛=对 ~错｝");
    REQUIRE(fullWidth.bank.questions.size() == 1);
    CHECK(fullWidth.bank.questions[0].type == QuestionType::Description);
    CHECK(fullWidth.diagnostics.warningCount() == 1);
}

TEST_CASE("backslash escapes ~ = # { } : and \\n; other backslashes stay", "[gift]") {
    Question q = one("::a\\:b:: 1 \\+ 1 \\= 2 \\{是\\} \\~ \\# \\\\ 对吗？\\n第二行{T}");
    CHECK(q.title == "a:b");
    CHECK(q.text == "1 \\+ 1 = 2 {是} ~ # \\ 对吗？\n第二行");
    Question answers = one("写法？{=a\\=b#\\#号 ~c\\~d ~e\\{f\\}}");
    CHECK(optionTexts(answers) == std::vector<std::string>{"a=b", "c~d", "e{f}"});
    CHECK(answers.options[0].feedback == "#号");
    // "\\\\{" is a backslash and then the answer block.
    Question slash = one("路径 C:\\\\{=a}");
    CHECK(slash.text == "路径 C:\\");
}

TEST_CASE("text formats: [html] and [markdown] are kept, [moodle] and [plain] are plain", "[gift]") {
    Question html = one("[html]<p>服务<b>时间</b>？</p>{=[html]<i>8:00</i> ~9:00}");
    CHECK(html.format == TextFormat::Html);
    CHECK(html.text == "<p>服务<b>时间</b>？</p>");
    CHECK(html.options[0].text == "<i>8:00</i>");
    CHECK(one("::t::[markdown]**粗体**{T}").format == TextFormat::Markdown);
    CHECK(one("[moodle]文本{T}").format == TextFormat::Plain);
    CHECK(one("[plain]文本{T}").text == "文本");
    CHECK(one("[1] 不是格式{T}").text == "[1] 不是格式");
}

TEST_CASE("comment lines are dropped; [id:...] and [tag:...] in them set the id, competencies and difficulty", "[gift]") {
    GiftImport r = gift("// 第一题\n"
                        "// [id:greet-01] [tag:etiquette] [tag:hard] [tag:misc]\n"
                        "::问候:: 问候语？{\n"
                        "// 这行也是注释\n"
                        "=您好 ~喂}");
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.id == "greet-01");
    CHECK(q.tags == std::vector<std::string>{"etiquette"});
    CHECK(q.difficulty == "hard");
    CHECK(optionTexts(q) == std::vector<std::string>{"您好", "喂"});
    CHECK(problems(r) == std::vector<std::string>{"t.gift:3:1: warning: [tag:misc] dropped: tags name a competency (communication, "
                                                  "problem-solving, emotion-management, knowledge, etiquette) or a difficulty (easy, "
                                                  "medium, hard) (question '问候')"});
}

TEST_CASE("question ids: title slug, a hash for Chinese titles, else the position; always unique", "[gift]") {
    GiftImport r = gift("::Greeting Basics:: a{T}\n\n"
                        "::问候语:: b{T}\n\n"
                        "c{T}\n\n"
                        "::Greeting basics!:: d{T}\n\n"
                        "::问候语:: e{T}\n\n"
                        "::Q1 问候:: f{T}");
    REQUIRE(r.bank.questions.size() == 6);
    std::vector<std::string> ids;
    for (const auto& q : r.bank.questions) ids.push_back(q.id);
    CHECK(ids[0] == "greeting-basics");
    CHECK(ids[1].size() == 10);
    CHECK(ids[1].compare(0, 2, "q-") == 0);
    CHECK(ids[2] == "q0003");
    CHECK(ids[3] == "greeting-basics-2");
    CHECK(ids[4] == ids[1] + "-2");
    CHECK(ids[5].compare(0, 3, "q1-") == 0);
    // The same title gives the same id in any file, wherever it stands.
    CHECK(gift("::问候语:: x{T}").bank.questions[0].id == ids[1]);

    GiftImport twice = gift("// [id:x1]\na{T}\n\n// [id:x1]\nb{T}");
    CHECK(twice.imported == 1);
    CHECK(twice.skipped == 1);
    CHECK(problems(twice) ==
          std::vector<std::string>{"t.gift:5:1: error: [id:x1] is already the id of an earlier question (question 'x1' skipped)"});
}

TEST_CASE("$CATEGORY paths become id paths; their names become category titles", "[gift]") {
    GiftImport r = gift("before{T}\n\n"
                        "$CATEGORY: $course$/top/Customer Service/Returns and/or Refunds//Exchanges\n\n"
                        "a{T}\n\n"
                        "$CATEGORY: 服务礼仪/问候语\n"
                        "b{T}\n\n"
                        "$CATEGORY: etiquette\n\n"
                        "c{T}");
    REQUIRE(r.bank.questions.size() == 4);
    CHECK(r.diagnostics.empty());
    CHECK(r.bank.questions[0].category == "imported");
    CHECK(r.bank.questions[1].category == "customer-service/returns-and/or-refunds-exchanges");
    CHECK(r.bank.categoryTitles.at("customer-service") == "Customer Service");
    CHECK(r.bank.categoryTitles.at("customer-service/returns-and") == "Returns and");
    CHECK(r.bank.categoryTitles.at("customer-service/returns-and/or-refunds-exchanges") == "or Refunds/Exchanges");
    const std::string& zh = r.bank.questions[2].category; // a question right under the line belongs to it
    CHECK(zh.compare(0, 2, "c-") == 0);
    CHECK(r.bank.categoryTitles.at(zh.substr(0, zh.find('/'))) == "服务礼仪");
    CHECK(r.bank.categoryTitles.at(zh) == "问候语");
    CHECK(r.bank.questions[3].category == "etiquette");
    CHECK(r.bank.categoryTitles.count("etiquette") == 0); // the name is the id: nothing to add

    GiftImport clash = gift("$CATEGORY: A B\n\na{T}\n\n$CATEGORY: a-b\n\nb{T}");
    CHECK(clash.bank.questions[0].category == "a-b");
    CHECK(clash.bank.questions[1].category == "a-b-2");
    CHECK(importGift("a{T}", "t.gift", GiftOptions{"", "", "1.0.0", "", "general/misc"}).bank.questions[0].category == "general/misc");
}

TEST_CASE("blank lines separate questions; CRLF, CR, a BOM and full-width spaces are all fine", "[gift]") {
    std::string text = "\xEF\xBB\xBF// BOM\r\n::一:: 甲{T}\r\n\r\n::二:: 乙{\r\n=对\r\n~错\r\n}\r\n\xE3\x80\x80\r\n::三:: 丙{F}";
    GiftImport r = gift(text);
    CHECK(r.diagnostics.empty());
    REQUIRE(r.bank.questions.size() == 3);
    CHECK(r.bank.questions[1].options[1].text == "错");
    CHECK(r.bank.questions[2].where.line == 9);

    GiftImport mac = gift("a{T}\r\rb{F}\r\r::c:: {");
    CHECK(mac.imported == 2);
    CHECK(problems(mac) ==
          std::vector<std::string>{"t.gift:5:7: error: '{' is never closed: expected '}' before the blank line that ends the question "
                                   "(question 'c' skipped)"});
}

TEST_CASE("bank id, title and language come from the options, else the file", "[gift]") {
    GiftImport zh = importGift("问候{T}", "dir/Onboarding Quiz.gift", GiftOptions{});
    CHECK(zh.bank.id == "onboarding-quiz");
    CHECK(zh.bank.title == "Onboarding Quiz");
    CHECK(zh.bank.language == "zh-CN");
    CHECK(zh.bank.version == "1.0.0");
    CHECK(importGift("Hello{T}", "题库.gift", GiftOptions{}).bank.id == "imported");
    CHECK(importGift("Hello{T}", "q.gift", GiftOptions{}).bank.language == "en");

    GiftOptions options{"onboarding", "en", "2.1.0", "岗前题库", "imported"};
    GiftImport set = importGift("问候{T}", "q.gift", options);
    CHECK(set.bank.id == "onboarding");
    CHECK(set.bank.language == "en");
    CHECK(set.bank.version == "2.1.0");
    CHECK(set.bank.title == "岗前题库");

    CHECK(checkGiftOptions(options).ok());
    CHECK(checkGiftOptions(GiftOptions{"Bad_Id", "", "1.0.0", "", "imported"}).error().message ==
          "bank id must be lowercase letters, digits and '-' (at most 64), got 'Bad_Id'");
    CHECK_FALSE(checkGiftOptions(GiftOptions{"", "fr", "1.0.0", "", "imported"}).ok());
    CHECK_FALSE(checkGiftOptions(GiftOptions{"", "", "1.0", "", "imported"}).ok());
    CHECK_FALSE(checkGiftOptions(GiftOptions{"", "", "1.0.0", "", "a//b"}).ok());
}

// ------------------------------------------------------------ errors

TEST_CASE("malformed.gift: each broken question is skipped with its line and column, the rest imports", "[gift]") {
    GiftImport r = dataFile("malformed.gift");
    CHECK(r.imported == 8);
    CHECK(r.skipped == 10);
    CHECK(
        problems(r) ==
        std::vector<std::string>{
            "malformed.gift:6:19: error: '{' is never closed: expected '}' before the blank line that ends the question (question "
            "'未闭合' skipped)",
            "malformed.gift:13:1: error: a matching question needs at least 2 pairs, found 1 (question '配对太少' skipped)",
            "malformed.gift:17:18: error: the multiple choice question has no right answer: mark it with '=', or give the right answers "
            "weights such as '~%50%' (question '没有正确答案' skipped)",
            "malformed.gift:19:18: error: '3,14' is not a number (expected e.g. 3.14, -2 or 1e3) (question '坏数字' skipped)",
            "malformed.gift:21:19: error: weight '%150%' is out of range: must be from -100 to 100 (question '权重越界' skipped)",
            "malformed.gift:23:15: error: the right answers' weights sum to 90%; in a question where several answers may be picked they "
            "must sum to 100% (question '权重和不对' skipped)",
            "malformed.gift:25:15: error: '}' before the answer block's '{' (write \\} for a literal brace) (question '多余的右括号' "
            "skipped)",
            "malformed.gift:27:20: error: a second answer block: a question has one '{...}' (write \\{ and \\} for literal braces) "
            "(question '两个答案块' skipped)",
            "malformed.gift:31:18: error: '甲' before the first answer: each answer starts with '=' (right) or '~' (wrong) (question "
            "'缺少标记' skipped)",
            "malformed.gift:33:15: error: embedded answers ('{1:MULTICHOICE:...}', Moodle's Cloze) are not GIFT; the bank cannot hold "
            "them (question '完形' skipped)",
            "malformed.gift:35:20: warning: 2 answers are fully right ('=' or '~%100%'): imported as multiple_choice, where the trainee "
            "picks all of them (in Moodle any one of them scores full marks) (question '多个等号')",
            "malformed.gift:37:16: warning: {true} is a short answer, as in Moodle; write {TRUE} for a true/false question (question "
            "'小写真假')",
            "malformed.gift:39:10: warning: no answer block, so this is a description; '｛...｝' are full-width braces, answers need ASCII "
            "'{...}' (question '全角括号')",
            "malformed.gift:41:21: warning: the feedback for any other number ('~#...') is not kept: numeric answers in the bank have no "
            "catch-all (question '其他数值')"});
    std::vector<std::string> titles;
    for (const auto& q : r.bank.questions) titles.push_back(q.title);
    CHECK(titles == std::vector<std::string>{"好题一", "好题二", "填空题", "多个等号", "小写真假", "全角括号", "其他数值", "好题三"});
}

TEST_CASE("more malformed questions, each reported at the construct", "[gift]") {
    auto first = [](const std::string& text) {
        GiftImport r = gift(text);
        CHECK(r.imported == 0);
        return r.diagnostics.empty() ? std::string() : r.diagnostics.items()[0].format();
    };
    CHECK(first("::x:: 只有右括号 }") ==
          "t.gift:1:13: error: '}' without an opening '{' (write \\} for a literal brace) (question 'x' skipped)");
    CHECK(first("a{=b {c}") == "t.gift:1:6: error: '{' inside the answer block (write \\{ for a literal brace) (question 'q0001' skipped)");
    CHECK(first("{T}") == "t.gift:1:1: error: the question has no text (question 'q0001' skipped)");
    CHECK(first("q{=}") == "t.gift:1:3: error: answer 1 has no text (question 'q0001' skipped)");
    CHECK(first("q{=a ~}") == "t.gift:1:6: error: answer 2 has no text (question 'q0001' skipped)");
    CHECK(first("q{=%50%a}") == "t.gift:1:2: error: no answer gives full marks: one answer needs 100% (an answer without %n% weight is "
                                "100%) (question 'q0001' skipped)");
    CHECK(first("q{~a}") == "t.gift:1:2: error: a multiple choice question needs at least 2 answers, found 1 (question 'q0001' skipped)");
    CHECK(first("q{=%50%a ~b}") == "t.gift:1:4: error: '=' marks a right answer (100%); write '~%50%' for partial credit (question "
                                   "'q0001' skipped)");
    CHECK(first("q{=a ~%5x%b}") ==
          "t.gift:1:7: error: weight '%5x%' is not a number (expected a percentage such as %50%) (question 'q0001' "
          "skipped)");
    CHECK(first("q{=%150%a}") == "t.gift:1:4: error: weight '%150%' is out of range: must be from 0 to 100 (question 'q0001' skipped)");
    CHECK(first("q{#}") == "t.gift:1:2: error: the numeric question has no answer: write {#3.14:0.01}, {#1..5} or {#=1:0 =%50%2:0} "
                           "(question 'q0001' skipped)");
    CHECK(first("q{#5..1}") ==
          "t.gift:1:4: error: range '5..1' runs backwards: the minimum 5 is above the maximum (question 'q0001' skipped)");
    CHECK(first("q{#3:-1}") == "t.gift:1:4: error: tolerance -1 is negative; write the margin as a positive number (question 'q0001' "
                               "skipped)");
    CHECK(first("q{#1e12}") ==
          "t.gift:1:4: error: '1e12' is too large: the bank holds numbers from -1e9 to 1e9 (question 'q0001' skipped)");
    CHECK(first("q{#=%50%3}") == "t.gift:1:2: error: no answer gives full marks: one answer needs 100% (an answer without %n% weight is "
                                 "100%) (question 'q0001' skipped)");
    CHECK(first("q{=a -> b =c}") == "t.gift:1:11: error: pair 2 has no '->': write '=prompt -> answer' (question 'q0001' skipped)");
    CHECK(first("q{=a -> b =c -> }") == "t.gift:1:11: error: pair 2 has no answer after '->' (question 'q0001' skipped)");
    CHECK(first("q{=a -> b =a -> c}") == "t.gift:1:11: error: prompt 'a' appears twice; each prompt of a matching question must be "
                                         "different (question 'q0001' skipped)");
    CHECK(first("q{x =a -> b =c -> d}") == "t.gift:1:3: error: 'x' before the first pair: each pair starts with '=' (question 'q0001' "
                                           "skipped)");
    CHECK(first("q{=a =b ~%50%c}") == "t.gift:1:2: error: the right answers' weights sum to 150%; in a question where several answers "
                                      "may be picked they must sum to 100% (question 'q0001' skipped)");
}

TEST_CASE("text between percent signs that is no number stays answer text, as in Moodle", "[gift]") {
    CHECK(optionTexts(one("q{=a ~%off%b}")) == std::vector<std::string>{"a", "%off%b"});
}

TEST_CASE("a file that is not UTF-8 is refused as a whole, at the first bad byte", "[gift]") {
    CHECK(gift("a\xC0\x80{T}").diagnostics.items().at(0).format().find("t.gift:1:2: error: the file is not UTF-8") == 0);
    CHECK(gift("a\xED\xA0\x80{T}").imported == 0); // a UTF-16 surrogate
    GiftImport r = gift("::a:: ok{T}\n\n\xC4\xE3\xBA\xC3{T}");
    CHECK(r.imported == 0);
    CHECK(problems(r) == std::vector<std::string>{"t.gift:3:1: error: the file is not UTF-8 text; save it as UTF-8 (a GBK file converts "
                                                  "with 'iconv -f GBK -t UTF-8') and import it again (nothing imported)"});
}

TEST_CASE("an untitled question's title warning and a bad [id] fall back with a warning", "[gift]") {
    GiftImport r = gift("::没有结尾 问题{T}\n\n// [id:bad id]\n::好:: 题{T}");
    REQUIRE(r.bank.questions.size() == 2);
    CHECK(r.bank.questions[0].text == "没有结尾 问题");
    CHECK(r.bank.questions[0].title.empty());
    CHECK(r.bank.questions[1].id.compare(0, 2, "q-") == 0);
    CHECK(r.diagnostics.warningCount() == 2);
    CHECK(r.diagnostics.items()[1].format().find("[id:bad id] is not a valid question id") != std::string::npos);
}

// ------------------------------------------------------------ the data file with every construct

TEST_CASE("all-constructs.gift imports every construct cleanly", "[gift]") {
    GiftImport r = dataFile("all-constructs.gift");
    for (const auto& p : problems(r)) UNSCOPED_INFO(p);
    CHECK(r.diagnostics.empty());
    CHECK(r.imported == 17);
    CHECK(r.skipped == 0);
    const QuestionBank& b = r.bank;
    CHECK(b.id == "all-constructs");
    CHECK(b.language == "zh-CN");
    CHECK(b.categoryTitles.size() == 4);

    std::map<QuestionType, int> types;
    for (const auto& q : b.questions) ++types[q.type];
    CHECK(types == std::map<QuestionType, int>{{QuestionType::SingleChoice, 2},
                                               {QuestionType::MultipleChoice, 1},
                                               {QuestionType::TrueFalse, 3},
                                               {QuestionType::ShortAnswer, 5},
                                               {QuestionType::Numeric, 3},
                                               {QuestionType::Matching, 1},
                                               {QuestionType::CaseAnalysis, 1},
                                               {QuestionType::Description, 1}});
    const Question& greet = b.questions[1];
    CHECK(greet.id == "greet-first-words");
    CHECK(greet.difficulty == "easy");
    CHECK(credits(greet) == std::vector<double>{100, 0, 50, -50});
    CHECK(b.categoryTitles.at(greet.category) == "问候语");
    CHECK(byTitle(b, "承诺时限").text == "答应客户回电时，应当说明具体时间，例如“___内给您回电”。");
    CHECK(byTitle(b, "退货时限").numeric[1].feedback == "15 天是换货期限。");
    CHECK(byTitle(b, "情绪词").distractors == std::vector<std::string>{"开心"});
    CHECK(byTitle(b, "转义").accepted[0].text == "a\\=b");
    CHECK(byTitle(b, "[html]格式").format == TextFormat::Html);
    CHECK(byTitle(b, "响应时间").category == "c-8bdcc858/escalation-path");
    CHECK(b.questions[14].text == "**换行**：第一行\n第二行。这道题有几行文字？");
}

// ------------------------------------------------------------ BankWriter

TEST_CASE("the writer leaves defaults out, keeps FORMAT.md's key order and writes Chinese as is", "[gift][bank-writer]") {
    Question q = one("::问候:: 第一句？{=您好 ~喂}");
    nlohmann::ordered_json j = questionToJson(q);
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"id", "type", "category", "title", "text", "options"});
    CHECK(j["options"][0].dump() == R"({"text":"您好","credit":100})");
    CHECK(j["options"][1].dump() == R"({"text":"喂"})");

    q.format = TextFormat::Html;
    q.difficulty = "hard";
    q.points = 2.5;
    q.tags = {"etiquette"};
    q.generalFeedback = "总评";
    q.shuffle = false;
    q.options[1].id = "x";
    j = questionToJson(q);
    keys.clear();
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"id", "type", "category", "title", "text", "format", "difficulty", "points", "tags",
                                           "general_feedback", "shuffle", "options"});
    CHECK(j["points"].dump() == "2.5");
    CHECK(j["options"][1]["id"] == "x");

    GiftImport r = dataFile("all-constructs.gift");
    std::string text = writeBankJson(r.bank);
    CHECK(text == bankToJson(r.bank).dump(2) + "\n");
    std::ostringstream streamed;
    writeBankJson(r.bank, streamed);
    CHECK(streamed.str() == text);
    CHECK(text.find("\"title\": \"问候语\"") != std::string::npos);
    CHECK(text.find("\\u") == std::string::npos);
    CHECK(text.find("\"points\"") == std::string::npos);

    QuestionBank empty;
    empty.id = "e";
    CHECK(writeBankJson(empty) == bankToJson(empty).dump(2) + "\n");
}

TEST_CASE("what the writer writes, BankReader reads back as the same bank", "[gift][bank-writer]") {
    GiftImport r = dataFile("all-constructs.gift");
    Diagnostics diags;
    QuestionBank back = readBack(writeBankJson(r.bank), diags);
    for (const auto& d : diags.items()) UNSCOPED_INFO(d.format());
    CHECK(diags.empty());
    requireSame(r.bank, back);

    // Every field away from its default, including the ones GIFT never sets.
    QuestionBank bank;
    bank.id = "hand-made";
    bank.language = "zh-CN";
    bank.version = "3.2.1";
    bank.title = "手写题库";
    bank.categoryTitles = {{"policy", "政策"}};
    Question& c = bank.questions.emplace_back();
    c.id = "Case.01_a";
    c.type = QuestionType::CaseAnalysis;
    c.category = "policy/returns";
    c.text = "客户要求全额退款，怎么回应？";
    c.format = TextFormat::Markdown;
    c.difficulty = "hard";
    c.points = 5;
    c.tags = {"problem-solving", "emotion-management"};
    c.shuffle = false;
    c.caseRubric.modelAnswers = {"非常理解您的心情，我马上为您申请特批，30分钟内回电。"};
    c.caseRubric.rubricJson =
        R"({"criteria":[{"concept":"empathy","weight":40},{"concept":"time_commitment","weight":60}],"forbidden":["blame_shift"]})";
    Question& s = bank.questions.emplace_back();
    s.id = "short";
    s.type = QuestionType::ShortAnswer;
    s.category = "policy";
    s.text = "Code?";
    s.caseSensitive = true;
    s.accepted = {{"AB*", 100, ""}, {"ab", 0, "case counts"}};
    Question& m = bank.questions.emplace_back();
    m.id = "match";
    m.type = QuestionType::Matching;
    m.category = "policy";
    m.text = "配对";
    m.pairs = {{"p", "甲", "乙"}, {"2", "丙", "丁"}};
    Question& many = bank.questions.emplace_back();
    many.id = "many";
    many.type = QuestionType::SingleChoice;
    many.category = "policy";
    many.text = "28 options";
    for (size_t i = 0; i < 28; ++i) many.options.push_back({defaultOptionId(i), "option " + std::to_string(i), i == 27 ? 100.0 : 0.0, ""});
    Question& t = bank.questions.emplace_back();
    t.id = "tf";
    t.type = QuestionType::TrueFalse;
    t.category = "policy";
    t.text = "对吗？";
    t.truth = false;
    t.feedbackFalse = "对";
    Question& n = bank.questions.emplace_back();
    n.id = "num";
    n.type = QuestionType::Numeric;
    n.category = "policy";
    n.text = "几？";
    n.numeric.push_back({0.1, 0, std::nullopt, std::nullopt, 100, ""});
    n.numeric.push_back({0, 0, -2.5, 1e9, 100.0 / 3, "三分之一"});

    std::string text = writeBankJson(bank);
    CHECK(text.find("\"id\": \"p\"") != std::string::npos);
    CHECK(text.find("\"id\": \"2\"") == std::string::npos);
    CHECK(text.find("\"id\": \"ab\"") != std::string::npos); // past z, ids are written out
    Diagnostics hand;
    QuestionBank handBack = readBack(text, hand);
    for (const auto& d : hand.items()) UNSCOPED_INFO(d.format());
    CHECK(hand.empty());
    requireSame(bank, handBack);
}

// ------------------------------------------------------------ never crash

TEST_CASE("import-gift's streamed import writes what importGift and writeBankJson write", "[gift][bank-writer]") {
    for (const char* name : {"all-constructs.gift", "malformed.gift", "crlf-bom.gift"}) {
        INFO(name);
        std::string text = readFile(dataDir() / "gift" / name);
        GiftImport whole = importGift(text, name, GiftOptions{});
        std::ostringstream out;
        GiftImport streamed = importGiftToJson(text, name, GiftOptions{}, out);
        CHECK(out.str() == writeBankJson(whole.bank));
        CHECK(problems(streamed) == problems(whole));
        CHECK(streamed.imported == whole.imported);
        CHECK(streamed.skipped == whole.skipped);
        CHECK(streamed.bank.questions.empty());
        CHECK(streamed.bank.categoryTitles == whole.bank.categoryTitles);
    }
}

// ------------------------------------------------------------ never crash

// Random runs of GIFT's own symbols and of Chinese text, truncated and mangled
// copies of all-constructs.gift: the importer reports and goes on, and any
// bank it makes is one BankReader accepts, written the same by every path.
TEST_CASE("no input crashes the importer, and whatever it imports is a valid bank", "[gift][fuzz]") {
    std::vector<std::string> tokens;
    std::string symbols =
        "{|}|~|=|#|%|%50%|%-100%|->|::|\\|\\{|\n|\n\n|\r\n|$CATEGORY:|/|//|..|:|-|1|3.5|T|TRUE|false|a| |你好|，|｛|＝|\t|"
        "[html]|####|[id:x]|[tag:etiquette]|*|\xE3\x80\x80|1:SA:|\xEF\xBB\xBF|\xFF|\xC0\x80";
    for (size_t start = 0, bar; start <= symbols.size(); start = bar + 1) {
        bar = std::min(symbols.find('|', start), symbols.size());
        tokens.push_back(symbols.substr(start, bar - start));
    }
    tokens.push_back(std::string(1, '\0'));
    std::mt19937 rng(20260301);
    std::string allConstructs = readFile(dataDir() / "gift" / "all-constructs.gift");
    int banks = 0;
    auto check = [&](const std::string& text) {
        INFO(text);
        GiftImport r;
        REQUIRE_NOTHROW(r = importGift(text, "fuzz.gift", GiftOptions{}));
        REQUIRE(static_cast<size_t>(r.imported) == r.bank.questions.size());
        for (const auto& d : r.diagnostics.items()) REQUIRE(d.where.line >= 1);
        if (r.imported == 0) return;
        ++banks;
        std::string json;
        REQUIRE_NOTHROW(json = writeBankJson(r.bank));
        REQUIRE(json == bankToJson(r.bank).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
        std::ostringstream streamed;
        importGiftToJson(text, "fuzz.gift", GiftOptions{}, streamed);
        REQUIRE(streamed.str() == json);
        Diagnostics diags;
        readBack(json, diags);
        for (const auto& d : diags.items()) UNSCOPED_INFO(d.format());
        REQUIRE_FALSE(diags.hasErrors());
    };
    for (int i = 0; i < 3000; ++i) {
        std::string text;
        size_t n = rng() % 40;
        for (size_t k = 0; k < n; ++k) text += tokens[rng() % tokens.size()];
        check(text);
    }
    for (size_t cut = 0; cut <= allConstructs.size(); cut += 7) check(allConstructs.substr(0, cut));
    for (int i = 0; i < 300; ++i) {
        std::string text = allConstructs;
        for (int k = 0; k < 5; ++k) text[rng() % text.size()] = tokens[rng() % 12][0];
        check(text);
    }
    CHECK(banks > 500); // the checks above ran on real banks, not only on rejected input
}
