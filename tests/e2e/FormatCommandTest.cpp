#include <catch2/catch.hpp>

#include "CommandRunner.h"
#include "TestData.h"

using namespace frontline::test;
namespace fs = std::filesystem;

namespace {

// The pack summary line of `validate`, which holds its content hash.
std::string validateLine(const fs::path& pack) {
    auto r = runCommand("FRONTLINE_CLI validate " + shellQuote(pack.string()));
    REQUIRE(r.exitCode == 0);
    return r.out.substr(r.out.find(": ok, "));
}

} // namespace

TEST_CASE("the bundled packs are in the stable style", "[cli][format]") {
    auto r = runCommand("FRONTLINE_CLI format --check scenarios");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out == "18 files, 0 not in the stable style\n");
}

TEST_CASE("format rewrites white space only: the pack hash stays and --check then passes", "[cli][format]") {
    TempDir temp;
    const fs::path pack = temp.path() / "core-zh";
    fs::copy(sourceDir() / "scenarios" / "core-zh", pack, fs::copy_options::recursive);
    const std::string before = validateLine(pack);
    // Compact JSON, as another tool might write it: same content, other white space.
    const fs::path file = pack / "late-return.json";
    writeFile(file, nlohmann::ordered_json::parse(readFile(file)).dump());
    std::string manifest = readFile(pack / "pack.json");
    manifest.replace(0, manifest.find("  \"id\""), "{\"format\":\"frontline-pack/1\",\n");
    writeFile(pack / "pack.json", manifest);

    auto check = runCommand("FRONTLINE_CLI format --check " + shellQuote(pack.string()));
    INFO(check.out << check.err);
    CHECK(check.exitCode == 1);
    CHECK(check.out.find(file.string() + ": not in the stable style") != std::string::npos);
    CHECK(check.out.find("9 files, 2 not in the stable style") != std::string::npos);

    auto format = runCommand("FRONTLINE_CLI format " + shellQuote(pack.string()));
    CHECK(format.exitCode == 0);
    CHECK(format.out.find("9 files, 2 reformatted") != std::string::npos);
    CHECK(readFile(file) == readFile(sourceDir() / "scenarios" / "core-zh" / "late-return.json"));
    CHECK(readFile(pack / "pack.json") == readFile(sourceDir() / "scenarios" / "core-zh" / "pack.json"));
    CHECK(validateLine(pack) == before);
    CHECK(runCommand("FRONTLINE_CLI format --check " + shellQuote(pack.string())).exitCode == 0);
}

TEST_CASE("format reports malformed JSON with its location and bad usage", "[cli][format]") {
    TempDir temp;
    const fs::path pack = temp.path() / "p";
    fs::create_directories(pack);
    writeFile(pack / "pack.json", "{\n  \"id\": \"p\",\n  \"title\" \"x\"\n}\n");
    auto r = runCommand("FRONTLINE_CLI format " + shellQuote(pack.string()));
    CHECK(r.exitCode == 1);
    CHECK(r.out.find((pack / "pack.json").string() + ":3:") != std::string::npos);
    CHECK(runCommand("FRONTLINE_CLI format").exitCode == 2);
    CHECK(runCommand("FRONTLINE_CLI format " + shellQuote(temp.path().string() + "/none")).exitCode == 1);
}
