// Feeds truncated and mutated packs to the loader and the path explorer:
// whatever the bytes, they must report problems, never crash or throw.
#include <catch2/catch.hpp>
#include <fstream>

#include "TestData.h"
#include "common/SeededRng.h"
#include "scenario/PackLoader.h"
#include "scenario/PathExplorer.h"

using namespace frontline;
namespace fs = std::filesystem;

namespace {

void loadAndWalk(const fs::path& dir, const LexiconSet& lexicons) {
    PackLoad load = loadPack(dir, lexicons);
    for (size_t i = 0; i < load.pack.scenarios.size(); ++i) {
        if (load.scenarioPlayable(i)) explorePaths(load.pack.scenarios[i], 200);
    }
}

// Byte-level and structure-level damage, chosen by the seeded generator.
std::string mutate(std::string text, SeededRng& rng) {
    static const std::vector<std::string> tokens = {
        "{",        "}",    "[",  "]",  "\"",        ",", ":", "null", "-1", "1e999", "\"\"", "true", "\"to\": \"nowhere\"",
        "\xe4\xb8", "\xff", "{}", "[]", "\"{slot}\""};
    int edits = 1 + static_cast<int>(rng.below(4));
    for (int e = 0; e < edits && !text.empty(); ++e) {
        size_t pos = rng.below(text.size());
        switch (rng.below(4)) {
        case 0: text.erase(pos, 1 + rng.below(20)); break;
        case 1: text.insert(pos, tokens[rng.below(tokens.size())]); break;
        case 2: text[pos] = static_cast<char>(rng.below(256)); break;
        default: {
            size_t from = rng.below(text.size());
            text.insert(pos, text.substr(from, 1 + rng.below(40)));
        }
        }
    }
    return text;
}

void fuzzPack(const fs::path& src, const LexiconSet& lexicons, int rounds) {
    test::TempDir tmp;
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(src)) files.push_back(e.path().filename().string());
    std::sort(files.begin(), files.end());
    auto reset = [&] {
        for (const auto& f : files) test::writeFile(tmp.path() / f, test::readFile(src / f));
    };
    SeededRng rng(20261124);
    for (const auto& f : files) {
        std::string original = test::readFile(src / f);
        // Every truncation point on a coarse grid, plus the first bytes.
        size_t step = std::max<size_t>(1, original.size() / 60);
        for (size_t cut = 0; cut < original.size(); cut += (cut < 16 ? 1 : step)) {
            reset();
            test::writeFile(tmp.path() / f, original.substr(0, cut));
            REQUIRE_NOTHROW(loadAndWalk(tmp.path(), lexicons));
        }
        for (int i = 0; i < rounds; ++i) {
            reset();
            test::writeFile(tmp.path() / f, mutate(original, rng));
            REQUIRE_NOTHROW(loadAndWalk(tmp.path(), lexicons));
        }
    }
}

} // namespace

TEST_CASE("truncated and mutated packs never crash the loader", "[fuzz]") {
    fuzzPack(test::dataDir() / "packs" / "mini-zh", test::miniLexicons(), 400);
}

TEST_CASE("mutated bundled packs never crash the loader", "[fuzz]") {
    for (const char* pack : {"core-zh", "core-en"}) {
        fs::path dir = test::sourceDir() / "scenarios" / pack;
        if (fs::exists(dir)) fuzzPack(dir, test::bundledLexicons(), 25);
    }
}

TEST_CASE("odd pack folders are reported, not crashed on", "[fuzz]") {
    test::TempDir tmp;
    fs::path src = test::dataDir() / "packs" / "mini-zh";
    test::writeFile(tmp.path() / "pack.json", test::readFile(src / "pack.json"));
    fs::create_directories(tmp.path() / "loop-inquiry.json"); // a folder where a file should be
    PackLoad load = loadPack(tmp.path(), test::miniLexicons());
    CHECK(load.diagnostics.hasErrors());
    test::writeFile(tmp.path() / "pack.json", "[]");
    CHECK(loadPack(tmp.path(), test::miniLexicons()).diagnostics.hasErrors());
    test::writeFile(tmp.path() / "pack.json", "\"scenarios\"");
    CHECK(loadPack(tmp.path(), test::miniLexicons()).diagnostics.hasErrors());
}
