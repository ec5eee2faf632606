#include <catch2/catch.hpp>
#include <map>

#include "TestData.h"
#include "grading/GradeRequest.h"
#include "grading/KeywordGrader.h"
#include "scenario/PackLoader.h"
#include "scenario/ScenarioRun.h"

using namespace frontline;

namespace {

const Lexicon& lexicon(const std::string& lang) {
    const Lexicon* lex = test::bundledLexicons().forLanguage(lang);
    REQUIRE(lex);
    return *lex;
}

ReplyGrade gradeInline(const std::string& lineJson) {
    auto rubric = readInlineRubric(nlohmann::json::parse(lineJson), test::bundledLexicons());
    REQUIRE(rubric);
    auto line = nlohmann::json::parse(lineJson);
    auto g = GradeDesk(test::bundledLexicons()).grade(*rubric, line["response"].get<std::string>(), 0);
    REQUIRE(g);
    return *g;
}

bool flags(const std::string& lang, const std::string& concept, const std::string& reply) {
    return ConceptMatcher(lexicon(lang)).match(normalizeText(reply), concept, {}).hit();
}

// A one-node scenario whose policy rules out a full refund.
struct RefundFixture {
    test::TempDir tmp;
    PackLoad load;
    // criteria replaces the node's rubric criteria when given.
    explicit RefundFixture(const std::string& criteria = "") {
        test::writeFile(tmp.path() / "pack.json", R"({"format": "frontline-pack/1", "id": "refund", "title": "退款", "version": "1.0.0",
            "language": "zh-CN", "authors": ["测试"], "description": "超期退货", "scenarios": ["s.json"]})");
        test::writeFile(tmp.path() / "s.json", R"({"id": "s", "title": "超期退货", "family": "over-policy-return", "difficulty": 2,
            "channel": "phone", "persona": {"name": "客户", "situation": "签收第20天要求退货", "mood": 40},
            "policy": [{"id": "window", "text": "签收7天内可无理由退货，超期不可退款。", "rules_out": ["全额退款", "退款给您"]}],
            "objectives": ["不做超出政策的承诺"], "start": "a",
            "nodes": [
              {"id": "a", "type": "customer", "lines": ["我就要退款！"], "model_answers": ["非常理解您，超过7天无法退款，我可以为您申请主管特批。", "理解您的心情，我帮您向主管申请特批，30分钟内回电。"],
               "rubric": {"criteria": [{"id": "e", "concept": "empathy", "kind": "required", "weight": 50, "competency": "emotion-management", "tip": "先共情"},
                                       {"id": "x", "concept": "escalation", "kind": "required", "weight": 50, "competency": "problem-solving", "tip": "申请特批"}]},
               "branches": [{"to": "end"}]},
              {"id": "end", "type": "terminal", "outcome": "resolved"}]})");
        if (!criteria.empty()) {
            auto scenario = nlohmann::json::parse(test::readFile(tmp.path() / "s.json"));
            scenario["nodes"][0]["rubric"]["criteria"] = nlohmann::json::parse(criteria);
            test::writeFile(tmp.path() / "s.json", scenario.dump());
        }
        load = loadPack(tmp.path(), test::bundledLexicons());
        REQUIRE(load.ok());
    }
};

} // namespace

TEST_CASE("a refusal after forbidden words cancels them, not after required ones", "[grader]") {
    CHECK(flags("zh-CN", "overpromise", "我保证给您全额退款"));
    CHECK_FALSE(flags("zh-CN", "overpromise", "全额退款我们这边做不到，可以帮您申请特批"));
    CHECK_FALSE(flags("zh-CN", "overpromise", "免单这个真的办不到"));
    // Empathy followed by "但不能" is still empathy.
    CHECK(flags("zh-CN", "empathy", "非常理解您的心情但是不能给您退款"));
    CHECK(flags("en", "overpromise", "I guarantee you a full refund today"));
    CHECK_FALSE(flags("en", "overpromise", "A full refund isn't something I can offer, but I can escalate it"));
}

TEST_CASE("a policy fact's ruled-out promise is a critical overpromise on any node", "[grader]") {
    RefundFixture f;
    KeywordGrader grader(lexicon("zh-CN"));
    const Scenario& s = f.load.pack.scenarios[0];
    auto slots = slotValuesFor(s, 1);
    ReplyGrade bad = gradeAtNode(s, s.nodes[0], slots, grader, "理解您的心情，我帮您申请主管特批，一定全額退款给您", 0);
    REQUIRE(bad.forbidden().size() == 1);
    CHECK(bad.forbidden()[0]->id == "policy:window");
    CHECK(bad.forbidden()[0]->critical);
    CHECK(bad.forbidden()[0]->tip == "签收7天内可无理由退货，超期不可退款。");
    CHECK(bad.criticalHit);
    CHECK(bad.score == 40);
    CHECK(bad.capped);
    ReplyGrade fine = gradeAtNode(s, s.nodes[0], slots, grader, "理解您的心情，全额退款我们做不到，我帮您申请主管特批", 0);
    CHECK(fine.forbidden().empty());
    CHECK(fine.score == 100);

    SECTION("certification mode fails the call, practice mode does not") {
        ScenarioRun practice(s, grader, 1, PlayMode::Practice);
        ScenarioRun exam(s, grader, 1, PlayMode::Certification);
        for (auto* run : {&practice, &exam}) run->submit("理解您的心情，我马上向主管申请特批，全额退款给您，30分钟内回电", 0);
        CHECK(practice.totalScore() == 40);
        CHECK(practice.criticalTurn() == 0);
        CHECK(exam.criticalTurn() == 0);
        CHECK_FALSE(practice.failedByCriticalTurn());
        CHECK(exam.failedByCriticalTurn());
        CHECK_FALSE(exam.passed());
    }
}

TEST_CASE("feedback names a criterion by its label, else by its concept's label", "[grader]") {
    RefundFixture f(
        R"([{"id": "e", "concept": "empathy", "kind": "required", "weight": 50, "competency": "emotion-management", "tip": "先共情"},
        {"id": "x", "concept": "escalation", "label": "申请主管特批", "kind": "required", "weight": 25, "competency": "problem-solving", "tip": "特批"},
        {"id": "window", "label": "说明退货期限", "phrases": ["7天"], "kind": "required", "weight": 25, "competency": "knowledge", "tip": "讲清期限"}])");
    KeywordGrader grader(lexicon("zh-CN"));
    const Scenario& s = f.load.pack.scenarios[0];
    ReplyGrade g = gradeAtNode(s, s.nodes[0], slotValuesFor(s, 1), grader, "非常理解您，超过7天了，我帮您向主管申请特批", 0);
    std::map<std::string, std::string> labels;
    for (const auto& c : g.criteria) labels[c.id] = c.label;
    CHECK(labels["e"] == lexicon("zh-CN").concept("empathy")->label); // no label: the concept's
    CHECK(labels["x"] == "申请主管特批");
    CHECK(labels["window"] == "说明退货期限");
}

TEST_CASE("the same input always gives the same grade", "[grader]") {
    RefundFixture f;
    KeywordGrader grader(lexicon("zh-CN"));
    const Scenario& s = f.load.pack.scenarios[0];
    auto a = gradeAtNode(s, s.nodes[0], slotValuesFor(s, 1), grader, "您好，理解您，帮您升级处理", 12.5).toJson();
    for (int i = 0; i < 5; ++i)
        CHECK(gradeAtNode(s, s.nodes[0], slotValuesFor(s, 1), grader, "您好，理解您，帮您升级处理", 12.5).toJson() == a);
    CHECK(a["grader_version"] == KeywordGrader::kVersion);
}

TEST_CASE("lateness costs a point per full second over the limit, at most 20", "[grader]") {
    CHECK(latePenalty(30.0, 30) == 0);
    CHECK(latePenalty(30.9, 30) == 0);
    CHECK(latePenalty(31.0, 30) == 1);
    CHECK(latePenalty(45.5, 30) == 15);
    CHECK(latePenalty(600, 30) == KeywordGrader::kMaxLatePenalty);
}

TEST_CASE("an inline rubric scales its weights to 100", "[grader]") {
    auto g = gradeInline(
        R"({"lang": "zh-CN", "criteria": [{"concept": "empathy", "weight": 30}, {"phrases": ["退货"], "weight": 10, "label": "policy"}],
                             "response": "非常理解您的心情"})");
    CHECK(g.rawScore == 75);
    CHECK(g.criteria[1].id == "policy");
    CHECK(g.criteria[0].competency == Competency::EmotionManagement);
}

TEST_CASE("without criteria the score is content similarity plus etiquette", "[grader]") {
    const char* model = R"("model_answers": ["非常抱歉给您带来不便，我马上为您登记故障，预计30分钟内恢复，您可以先用网页版下单。"])";
    auto copy =
        gradeInline(std::string(R"({"lang": "zh-CN", )") + model +
                    R"(, "response": "非常抱歉给您带来不便，我马上为您登记故障，预计30分钟内恢复，您可以先用网页版下单，请您稍等。"})");
    auto rude = gradeInline(std::string(R"({"lang": "zh-CN", )") + model + R"(, "forbidden": ["rude"], "response": "你自己不会看吗"})");
    auto vague = gradeInline(std::string(R"({"lang": "zh-CN", )") + model + R"(, "response": "请您耐心等待，谢谢。"})");
    CHECK(copy.score == 100);
    CHECK(copy.competencies[static_cast<size_t>(Competency::Etiquette)] == 100);
    CHECK(rude.forbiddenHit);
    CHECK(rude.score <= 40);
    CHECK(vague.score < 50);
    CHECK(vague.score > rude.score);
    CHECK(contentScore(0) == 0);
    CHECK(contentScore(KeywordGrader::kFullSimilarity) == 100);
    CHECK(contentScore(0.25) == 50);
}

TEST_CASE("bad inline rubrics name the field", "[grader]") {
    auto err = [](const std::string& line) {
        auto r = readInlineRubric(nlohmann::json::parse(line), test::bundledLexicons());
        REQUIRE_FALSE(r);
        return r.error().message;
    };
    CHECK(err(R"({"lang": "de", "model_answers": ["x"]})") == "'lang' must be \"zh-CN\" or \"en\", got \"de\"");
    CHECK(err(R"({"lang": "en", "criteria": [{"concept": "empathy"}]})") == "'criteria[0].weight' must be a whole number from 1 to 100");
    CHECK(err(R"({"lang": "en", "criteria": [{"concept": "hug", "weight": 5}]})") ==
          "'criteria[0].concept': no concept 'hug' in the en lexicon");
    CHECK(err(R"({"lang": "en", "criteria": [{"concept": "rude", "weight": 5}]})") ==
          "'criteria[0].concept': 'rude' is a forbidden concept, not allowed in 'criteria'");
    CHECK(err(R"({"lang": "en"})") == "a self-contained line needs 'model_answers' or 'criteria' to grade against");
}
