#include <catch2/catch.hpp>

#include "TestData.h"
#include "authoring/StableJson.h"
#include "common/DataPaths.h"
#include "common/TextFile.h"

using namespace frontline;
using Json = nlohmann::ordered_json;

TEST_CASE("stable JSON keeps key order, writes UTF-8 and puts flat short containers on one line", "[stable-json]") {
    Json v = Json::parse(R"({"zeta": 1, "alpha": "退货，７天内！「繁體」", "list": ["a", "b"], "nested": {"k": [1, 2.5, true, null]},
                            "empty": [], "none": {}})");
    const std::string expected = "{\n"
                                 "  \"zeta\": 1,\n"
                                 "  \"alpha\": \"退货，７天内！「繁體」\",\n"
                                 "  \"list\": [\"a\", \"b\"],\n"
                                 "  \"nested\": {\n"
                                 "    \"k\": [1, 2.5, true, null]\n"
                                 "  },\n"
                                 "  \"empty\": [],\n"
                                 "  \"none\": {}\n"
                                 "}\n";
    CHECK(writeStableJson(v) == expected);
}

TEST_CASE("stable JSON breaks a flat container that does not fit in 120 columns", "[stable-json]") {
    // 40 Chinese characters count as 40 columns (characters, as diagnostics count them).
    std::string fortyChars;
    for (int i = 0; i < 40; ++i) fortyChars += "字";
    Json fits = Json::parse(R"({"a": [")" + fortyChars + R"(", ")" + fortyChars + R"("]})");
    CHECK(writeStableJson(fits) == "{\n  \"a\": [\"" + fortyChars + "\", \"" + fortyChars + "\"]\n}\n");
    Json tooLong = Json::parse(R"({"a": [")" + fortyChars + R"(", ")" + fortyChars + R"(", ")" + fortyChars + R"("]})");
    CHECK(writeStableJson(tooLong) ==
          "{\n  \"a\": [\n    \"" + fortyChars + "\",\n    \"" + fortyChars + "\",\n    \"" + fortyChars + "\"\n  ]\n}\n");
}

TEST_CASE("the one-line limit counts the indent, the key and the trailing comma", "[stable-json]") {
    // "  \"k\": " is 7 columns; "[", "]" and "," 3 more: 110 columns of items fit exactly, 111 do not.
    auto withItems = [](size_t width) {
        Json v;
        v["k"] = Json::array({std::string(width - 2, 'x')}); // the quotes are 2 columns
        v["z"] = 0;
        return v;
    };
    CHECK(writeStableJson(withItems(110)).find("[\"") != std::string::npos);
    CHECK(writeStableJson(withItems(111)).find("[\n") != std::string::npos);
}

TEST_CASE("stable JSON escapes only what JSON requires", "[stable-json]") {
    Json v = Json::parse(R"(["line\nbreak", "quote \" and \\ back", "tab\t", "\u00e9\u4e2d"])");
    const std::string out = writeStableJson(v);
    CHECK(out == "[\"line\\nbreak\", \"quote \\\" and \\\\ back\", \"tab\\t\", \"é中\"]\n");
    CHECK(Json::parse(out) == v);
}

TEST_CASE("every bundled pack file is in the stable style: parse(write(x)) == x and writing is idempotent", "[stable-json]") {
    size_t files = 0;
    for (const auto& pack : listPackDirs(bundledScenariosDir(test::sourceDir()))) {
        for (const auto& entry : std::filesystem::directory_iterator(pack)) {
            if (entry.path().extension() != ".json") continue;
            INFO(entry.path().string());
            auto text = readTextFile(entry.path());
            REQUIRE(text);
            auto parsed = parseOrderedJson(entry.path().string(), *text);
            REQUIRE(parsed);
            const std::string written = writeStableJson(*parsed);
            CHECK(Json::parse(written) == *parsed);
            CHECK(writeStableJson(Json::parse(written)) == written);
            // `frontline-cli format` has been run on the bundled packs: saving unchanged reproduces each byte.
            CHECK(written == *text);
            ++files;
        }
    }
    CHECK(files >= 18);
}

TEST_CASE("parseOrderedJson reports a syntax error with its line and column", "[stable-json]") {
    auto bad = parseOrderedJson("x.json", "{\n  \"a\": 1,\n  \"b\" 2\n}\n");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().where.file == "x.json");
    CHECK(bad.error().where.line == 3);
}
