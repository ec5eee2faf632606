#include <catch2/catch.hpp>
#include <fstream>

#include "CommandRunner.h"
#include "TestData.h"

using namespace frontline::test;
namespace fs = std::filesystem;

TEST_CASE("the bundled packs validate clean", "[cli][validate]") {
    auto r = runCommand("FRONTLINE_CLI validate scenarios/*");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("scenarios/FORMAT.md: note: not a pack, skipped") != std::string::npos);
    CHECK(r.out.find("scenarios/core-zh: ok, 8 scenarios") != std::string::npos);
    CHECK(r.out.find("scenarios/core-en: ok, 8 scenarios") != std::string::npos);
    CHECK(r.out.find(": warning:") == std::string::npos);
}

TEST_CASE("broken packs fail with exactly the expected messages", "[cli][validate]") {
    std::vector<fs::path> cases;
    for (const auto& e : fs::directory_iterator(dataDir() / "broken")) cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 12);
    for (const auto& dir : cases) {
        std::string rel = "tests/data/broken/" + dir.filename().string();
        std::ifstream in(dir / "expected.txt");
        std::string expected(std::istreambuf_iterator<char>(in), {});
        auto r = runCommand("FRONTLINE_CLI validate " + rel);
        INFO(rel);
        CHECK(r.exitCode == 1);
        CHECK(r.out == expected);
    }
}

TEST_CASE("validate reports a missing path and keeps going over several packs", "[cli][validate]") {
    auto missing = runCommand("FRONTLINE_CLI validate no/such/pack");
    CHECK(missing.exitCode == 1);
    CHECK(missing.err == "frontline-cli validate: no such file or folder: 'no/such/pack'\n");
    auto several = runCommand("FRONTLINE_CLI validate tests/data/broken/weights-sum tests/data/packs/mini-zh");
    CHECK(several.exitCode == 1);
    CHECK(several.out.find("tests/data/packs/mini-zh: ok, 1 scenario") != std::string::npos);
    CHECK(several.out.find("total: 2 packs, 1 error, 0 warnings") != std::string::npos);
}
