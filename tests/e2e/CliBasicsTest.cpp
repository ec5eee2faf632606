#include <catch2/catch.hpp>

#include "CommandRunner.h"
#include "common/Version.h"

using frontline::test::runCommand;

TEST_CASE("frontline-cli answers --help and --version", "[cli]") {
    auto help = runCommand("FRONTLINE_CLI --help");
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("usage: frontline-cli COMMAND") != std::string::npos);
    auto version = runCommand("FRONTLINE_CLI --version");
    CHECK(version.exitCode == 0);
    CHECK(version.out == std::string("frontline-cli ") + frontline::kVersion + "\n");
    for (const char* cmd : {"validate", "paths", "play"}) {
        auto r = runCommand(std::string("FRONTLINE_CLI ") + cmd + " --help");
        CHECK(r.exitCode == 0);
        CHECK(r.out.find(std::string("usage: frontline-cli ") + cmd) != std::string::npos);
    }
}

TEST_CASE("bad command lines get one clear line and exit 2", "[cli]") {
    struct Case {
        const char* args;
        const char* message;
    };
    const Case cases[] = {
        {"", "usage: frontline-cli COMMAND"},
        {"frobnicate", "frontline-cli: unknown command 'frobnicate' (see 'frontline-cli --help')\n"},
        {"validate", "frontline-cli validate: no pack given (usage: frontline-cli validate PATH...)\n"},
        {"play --pack", "frontline-cli play: option '--pack' needs a value (see 'frontline-cli play --help')\n"},
        {"play --pakc x", "frontline-cli play: unknown option '--pakc' (see 'frontline-cli play --help')\n"},
        {"play --pack scenarios/core-zh --scenario late-return",
         "frontline-cli play: missing required option '--responses' (see 'frontline-cli play --help')\n"},
        {"play --pack scenarios/core-zh --scenario x --responses f --seed -3",
         "frontline-cli play: option '--seed' needs a whole number from 0 to 18446744073709551615, got '-3'\n"},
        {"paths --pack scenarios/core-zh",
         "frontline-cli paths: missing required option '--scenario' (see 'frontline-cli paths --help')\n"},
    };
    for (const auto& c : cases) {
        INFO(c.args);
        auto r = runCommand(std::string("FRONTLINE_CLI ") + c.args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.find(c.message) != std::string::npos);
    }
}
