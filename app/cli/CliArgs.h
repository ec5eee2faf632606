#pragma once
// Command-line options for one subcommand: declared up front so unknown
// options and missing values get a clear one-line error.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/Result.h"

namespace frontline::cli {

class CliArgs {
public:
    CliArgs(std::string command, std::set<std::string> valueOptions, std::set<std::string> flags)
        : command_(std::move(command)), valueOptions_(std::move(valueOptions)), flags_(std::move(flags)) {}

    // A value option that may be given more than once (read with values()); the others may not.
    CliArgs& repeatable(const std::string& name) {
        repeatable_.insert(name);
        return *this;
    }
    Status parse(int argc, char** argv, int first);
    // Parses argv after the command word, answers --help and rejects bad usage.
    // Returns the exit code when the command should stop here.
    std::optional<int> start(int argc, char** argv, const char* help, bool allowPositional);

    bool flag(const std::string& name) const { return setFlags_.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const; // every value given, in order
    Result<std::string> required(const std::string& name) const;
    Result<uint64_t> unsignedValue(const std::string& name, uint64_t fallback) const;
    const std::vector<std::string>& positional() const { return positional_; }
    const std::string& command() const { return command_; }

private:
    std::string command_;
    std::set<std::string> valueOptions_;
    std::set<std::string> flags_;
    std::set<std::string> repeatable_;
    std::map<std::string, std::string> values_;
    std::map<std::string, std::vector<std::string>> allValues_;
    std::set<std::string> setFlags_;
    std::vector<std::string> positional_;
};

// Exit codes shared by all commands.
constexpr int kExitOk = 0;
constexpr int kExitFailed = 1; // the input has problems
constexpr int kExitUsage = 2;  // the command line is wrong

// Prints "frontline-cli COMMAND: message" and returns code.
int fail(const std::string& command, const Error& error, int code);

} // namespace frontline::cli
