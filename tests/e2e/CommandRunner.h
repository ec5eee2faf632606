#pragma once
// Runs a real binary through the shell from the source tree and captures its
// output, so end-to-end tests see exactly what a user would.
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

} // namespace frontline::test
