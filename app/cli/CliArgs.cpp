#include "CliArgs.h"

#include <cerrno>
#include <cstdlib>
#include <iostream>

namespace frontline::cli {

Status CliArgs::parse(int argc, char** argv, int first) {
    std::string hint = " (see 'frontline-cli " + command_ + " --help')";
    for (int i = first; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
            std::string name = arg.substr(2);
            std::string inlineValue;
            bool hasInline = false;
            if (auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
                hasInline = true;
            }
            if (valueOptions_.count(name)) {
                if (!hasInline && i + 1 >= argc) return makeError("option '--" + name + "' needs a value" + hint);
                std::string v = hasInline ? inlineValue : argv[++i];
                if (values_.count(name) && !repeatable_.count(name)) return makeError("option '--" + name + "' given twice" + hint);
                values_.emplace(name, v);
                allValues_[name].push_back(v);
            } else if (flags_.count(name) && !hasInline) {
                setFlags_.insert(name);
            } else {
                return makeError("unknown option '" + arg + "'" + hint);
            }
        } else {
            positional_.push_back(arg);
        }
    }
    return Done{};
}

int fail(const std::string& command, const Error& error, int code) {
    std::cerr << "frontline-cli " << command << ": " << (error.where.file.empty() ? error.message : error.format()) << "\n";
    return code;
}

std::optional<int> CliArgs::start(int argc, char** argv, const char* help, bool allowPositional) {
    if (auto s = parse(argc, argv, 2); !s) return fail(command_, s.error(), kExitUsage);
    if (flag("help")) {
        std::cout << help;
        return kExitOk;
    }
    if (!allowPositional && !positional_.empty()) {
        return fail(command_, makeError("unexpected argument '" + positional_[0] + "'"), kExitUsage);
    }
    return std::nullopt;
}

std::vector<std::string> CliArgs::values(const std::string& name) const {
    auto it = allValues_.find(name);
    return it == allValues_.end() ? std::vector<std::string>{} : it->second;
}

std::optional<std::string> CliArgs::value(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

Result<std::string> CliArgs::required(const std::string& name) const {
    if (auto v = value(name)) return *v;
    return makeError("missing required option '--" + name + "' (see 'frontline-cli " + command_ + " --help')");
}

Result<uint64_t> CliArgs::unsignedValue(const std::string& name, uint64_t fallback) const {
    auto v = value(name);
    if (!v) return fallback;
    errno = 0;
    char* end = nullptr;
    unsigned long long n = std::strtoull(v->c_str(), &end, 10);
    if (v->empty() || *end != '\0' || errno == ERANGE || (*v)[0] == '-') {
        return makeError("option '--" + name + "' needs a whole number from 0 to 18446744073709551615, got '" + *v + "'");
    }
    return static_cast<uint64_t>(n);
}

} // namespace frontline::cli
