#pragma once
// Runs a real binary through the shell from the source tree and captures its
// output, so end-to-end tests see exactly what a user would.
#include <nlohmann/json.hpp>
#include <string>

namespace frontline::test {

struct CommandResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// command is a shell command line; FRONTLINE_CLI in it is replaced by the built binary.
CommandResult runCommand(const std::string& command);
std::string shellQuote(const std::string& s);

// A command that must succeed (exit 0); on failure the test stops, showing
// what the command printed.
const CommandResult& requireSuccess(const CommandResult& r);
// Its standard output, which must be one JSON document.
nlohmann::json requireJson(const CommandResult& r);

} // namespace frontline::test
