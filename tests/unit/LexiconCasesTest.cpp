// The bundled lexicons against real-looking agent replies: each concept must
// find its positive sentences and none of its negative ones (negations,
// near-misses, vague times), in Simplified, Traditional and full-width text.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "TestData.h"
#include "grading/ConceptMatcher.h"

using namespace frontline;

namespace {

void checkCases(const std::string& language) {
    const Lexicon* lexicon = test::bundledLexicons().forLanguage(language);
    REQUIRE(lexicon);
    std::ifstream in(test::dataDir() / "lexicon" / (language + ".cases.json"));
    auto cases = nlohmann::json::parse(in);
    ConceptMatcher matcher(*lexicon);
    for (const auto& id : requiredConceptIds()) CHECK(cases.contains(id));
    for (const auto& id : forbiddenConceptIds()) CHECK(cases.contains(id));
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        REQUIRE(lexicon->concept(it.key()));
        CHECK(it.value()["positive"].size() >= 5);
        CHECK(it.value()["negative"].size() >= 5);
        for (const auto& s : it.value()["positive"]) {
            INFO(language << " " << it.key() << " should match: " << s.get<std::string>());
            CHECK(matcher.match(normalizeText(s.get<std::string>()), it.key(), {}).hit());
        }
        for (const auto& s : it.value()["negative"]) {
            auto m = matcher.match(normalizeText(s.get<std::string>()), it.key(), {});
            INFO(language << " " << it.key() << " should not match: " << s.get<std::string>() << " (matched by '"
                          << (m.patterns.empty() ? "" : m.patterns[0]) << "')");
            CHECK_FALSE(m.hit());
        }
    }
}

} // namespace

TEST_CASE("the zh-CN lexicon recognises its concepts in real replies", "[lexicon]") { checkCases("zh-CN"); }
TEST_CASE("the en lexicon recognises its concepts in real replies", "[lexicon]") { checkCases("en"); }

TEST_CASE("every concept has enough patterns in both languages", "[lexicon]") {
    for (const auto& [language, minimum] : {std::pair<std::string, size_t>{"zh-CN", 15}, {"en", 10}}) {
        const Lexicon* lexicon = test::bundledLexicons().forLanguage(language);
        REQUIRE(lexicon);
        for (const auto& [id, concept] : lexicon->concepts()) {
            INFO(language << " " << id);
            CHECK(concept.patterns.size() >= minimum);
        }
    }
}
