#include "CommandRunner.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sys/wait.h>

#include "TestData.h"

namespace frontline::test {

std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

CommandResult runCommand(const std::string& command) {
    TempDir tmp;
    std::string line = command;
    const std::string token = "FRONTLINE_CLI";
    for (size_t pos = line.find(token); pos != std::string::npos; pos = line.find(token, pos)) {
        line.replace(pos, token.size(), shellQuote(FRONTLINE_CLI));
    }
    auto outFile = tmp.path() / "out", errFile = tmp.path() / "err";
    std::string full = "cd " + shellQuote(sourceDir().string()) + " && { " + line + " ; } >" + shellQuote(outFile.string()) + " 2>" +
                       shellQuote(errFile.string());
    int status = std::system(full.c_str());
    CommandResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = readFile(outFile);
    r.err = readFile(errFile);
    return r;
}

const CommandResult& requireSuccess(const CommandResult& r) {
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    return r;
}

nlohmann::json requireJson(const CommandResult& r) {
    INFO(r.out << r.err);
    nlohmann::json j;
    REQUIRE_NOTHROW(j = nlohmann::json::parse(r.out));
    return j;
}

} // namespace frontline::test
