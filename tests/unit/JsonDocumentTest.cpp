#include <catch2/catch.hpp>

#include "common/JsonDocument.h"
#include "common/JsonFields.h"

using namespace frontline;

TEST_CASE("locations count lines and Unicode characters", "[json]") {
    Diagnostics diags;
    std::string text = "{\n  \"标题\": \"愤怒的客户\",\n  \"nodes\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\"}\n  ]\n}\n";
    auto doc = JsonDocument::parse("x.json", text, diags);
    REQUIRE(doc);
    CHECK(diags.empty());
    auto loc = doc->locate("/标题");
    CHECK(loc.line == 2);
    CHECK(loc.column == 9); // two Chinese characters count as two columns
    CHECK(doc->locate("/nodes/1/id").line == 5);
    CHECK(doc->locate("/nodes/1/id").column == 12);
    // A missing member falls back to its nearest existing ancestor.
    CHECK(doc->locate("/nodes/1/missing").line == 5);
    CHECK(doc->locate("/nodes/1/missing").column == 5);
    CHECK(doc->locate("/nodes/9").line == 3);
}

TEST_CASE("malformed JSON is reported with its location", "[json]") {
    Diagnostics diags;
    auto doc = JsonDocument::parse("bad.json", "{\n  \"a\": 1,\n  \"b\": tru\n}", diags);
    CHECK_FALSE(doc);
    REQUIRE(diags.items().size() == 1);
    const auto& d = diags.items()[0];
    CHECK(d.where.line == 3);
    CHECK(d.message.rfind("malformed JSON: syntax error while parsing value", 0) == 0);
}

TEST_CASE("empty and truncated input do not throw", "[json]") {
    for (std::string text : {"", "{", "[1,", "\"abc", "{\"a\":", "\xff\xfe", "{\"a\": \"\xe4\xb8\"}"}) {
        Diagnostics diags;
        CHECK_NOTHROW(JsonDocument::parse("t.json", text, diags));
        CHECK(diags.hasErrors());
    }
}

TEST_CASE("duplicate keys are errors nlohmann would hide", "[json]") {
    Diagnostics diags;
    auto doc = JsonDocument::parse("d.json", "{\"id\": \"a\",\n \"x\": {\"k\": 1, \"k\": 2},\n \"id\": \"b\"}", diags);
    REQUIRE(doc);
    REQUIRE(diags.errorCount() == 2);
    diags.sort();
    CHECK(diags.items()[0].format() == "d.json:2:16: error: duplicate key 'k' (the earlier value would be ignored) (at /x/k)");
    CHECK(diags.items()[1].format() == "d.json:3:2: error: duplicate key 'id' (the earlier value would be ignored) (at /id)");
}

TEST_CASE("field reader reports type, range and unknown-key problems", "[json]") {
    Diagnostics diags;
    auto doc = JsonDocument::parse("f.json", R"({"id": "Bad Id", "n": 7, "t": "  ", "list": [1, "ok"], "typo": true})", diags);
    REQUIRE(doc);
    JsonFields f(*doc, doc->root(), "", diags);
    CHECK_FALSE(f.id("id", Need::Required));
    CHECK_FALSE(f.integer("n", Need::Required, 1, 5));
    CHECK_FALSE(f.text("t", Need::Required));
    CHECK_FALSE(f.text("missing", Need::Required));
    CHECK(f.textList("list", Need::Required, 1)->size() == 1);
    f.warnUnknown({"id", "n", "t", "list"});
    std::vector<std::string> messages;
    for (const auto& d : diags.items()) messages.push_back(d.message);
    CHECK(messages == std::vector<std::string>{
                          "'id' is not a valid id: 'Bad Id' (use a-z, 0-9, '-' and '_', at most 64 characters)",
                          "'n' must be an integer from 1 to 5, got 7",
                          "'t' must not be empty",
                          "missing required field 'missing'",
                          "expected a string, got integer",
                          "unknown key 'typo' is ignored",
                      });
    CHECK(diags.warningCount() == 1);
}
