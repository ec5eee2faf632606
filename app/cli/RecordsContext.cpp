#include "RecordsContext.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "common/DataPaths.h"
#include "common/Utf8.h"

namespace frontline::cli {

namespace fs = std::filesystem;

fs::path databasePath(const CliArgs& args) {
    if (auto db = args.value("db")) return fs::path(*db);
    return defaultDatabasePath();
}

namespace {

// The first 16 bytes of every SQLite 3 database file.
bool hasSqliteHeader(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    return in.gcount() == 16 && std::string(header, 16) == std::string("SQLite format 3\0", 16);
}

} // namespace

Result<std::unique_ptr<RecordStore>> openRecords(const CliArgs& args) {
    fs::path path = databasePath(args);
    std::error_code ec;
    if (path.empty()) return makeError("--db needs a file path");
    if (fs::is_directory(path, ec)) return makeError("the database " + path.string() + " is a folder, not a file");
    fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (!args.value("db")) {
        fs::create_directories(folder, ec);
        if (ec) return makeError("cannot create the folder " + folder.string() + " for the database: " + ec.message());
    } else if (!fs::is_directory(folder, ec)) {
        return makeError("the folder of the database " + path.string() + " does not exist");
    }
    if (fs::exists(path, ec) && fs::file_size(path, ec) > 0 && !hasSqliteHeader(path)) {
        return makeError(path.string() + " is not a Frontline database (it is not an SQLite file)");
    }
    auto store = openSqliteRecordStore(path.string());
    if (!store) {
        // One line naming the file, whether or not the store put it in the location.
        return makeError("cannot use the database " + path.string() + ": " + store.error().message);
    }
    return std::move(*store);
}

namespace {

// Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF), so
// whatever is stored can be printed as JSON later. Returns the character count.
Result<size_t> checkUtf8Text(const std::string& text, const std::string& option, bool allowNewlines) {
    size_t chars = 0;
    for (size_t i = 0; i < text.size(); ++chars) {
        Utf8Char c = decodeUtf8(text, i);
        bool overlong =
            (c.length == 2 && c.codePoint < 0x80) || (c.length == 3 && c.codePoint < 0x800) || (c.length == 4 && c.codePoint < 0x10000);
        if (!c.valid || overlong || (c.codePoint >= 0xD800 && c.codePoint <= 0xDFFF) || c.codePoint > 0x10FFFF) {
            return makeError("option '--" + option + "' is not valid UTF-8 text");
        }
        bool control = c.codePoint < 0x20 || c.codePoint == 0x7F || (c.codePoint >= 0x80 && c.codePoint < 0xA0);
        if (control && !(allowNewlines && (c.codePoint == '\n' || c.codePoint == '\t'))) {
            return makeError("option '--" + option + "' contains a control character" + (allowNewlines ? "" : " (such as a line break)"));
        }
        i += c.length;
    }
    return chars;
}

std::string trimmed(const std::string& s) {
    const char* space = " \t\n";
    size_t b = s.find_first_not_of(space);
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(space) - b + 1);
}

} // namespace

Result<std::string> textOption(const CliArgs& args, const std::string& name, size_t maxChars, bool allowNewlines) {
    auto raw = args.required(name);
    if (!raw) return raw.error();
    auto chars = checkUtf8Text(*raw, name, allowNewlines);
    if (!chars) return chars.error();
    std::string text = trimmed(*raw);
    if (text.empty()) return makeError("option '--" + name + "' must not be blank");
    if (*chars > maxChars) {
        return makeError("option '--" + name + "' is too long (" + std::to_string(*chars) + " characters; at most " +
                         std::to_string(maxChars) + ")");
    }
    return text;
}

Result<std::string> optionalTextOption(const CliArgs& args, const std::string& name, size_t maxChars) {
    if (!args.value(name)) return std::string();
    return textOption(args, name, maxChars);
}

Status checkEmpno(const std::string& empno, const std::string& option) {
    bool ok = !empno.empty() && empno.size() <= 32;
    for (char c : empno) {
        ok = ok && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '-' || c == '_');
    }
    if (!ok) {
        return makeError("option '--" + option + "': '" + empno + "' is not an employee number (1 to 32 letters, digits, '.', '-' or '_')");
    }
    return Done{};
}

Result<std::string> empnoOption(const CliArgs& args, const std::string& name) {
    auto v = args.required(name);
    if (!v) return v.error();
    if (auto s = checkEmpno(*v, name); !s) return s.error();
    return *v;
}

Result<int64_t> integerOption(const CliArgs& args, const std::string& name, int64_t min, int64_t max) {
    auto v = args.required(name);
    if (!v) return v.error();
    std::string range = " from " + std::to_string(min) + " to " + std::to_string(max);
    const std::string& s = *v;
    bool digits = !s.empty() && s.size() <= 18;
    for (size_t i = 0; i < s.size(); ++i) digits = digits && ((s[i] >= '0' && s[i] <= '9') || (i == 0 && s[i] == '-' && s.size() > 1));
    if (!digits) return makeError("option '--" + name + "' needs a whole number" + range + ", got '" + s + "'");
    long long n = std::strtoll(s.c_str(), nullptr, 10);
    if (n < min || n > max) return makeError("option '--" + name + "' must be" + range + ", got " + s);
    return static_cast<int64_t>(n);
}

Result<CalendarDate> dateOption(const CliArgs& args, const std::string& name) {
    auto v = args.required(name);
    if (!v) return v.error();
    if (auto d = CalendarDate::parse(*v)) return *d;
    static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    const std::string& s = *v;
    std::string why = "write it as YYYY-MM-DD, e.g. 2026-03-15";
    bool shape = s.size() == 10 && s[4] == '-' && s[7] == '-';
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) shape = shape && i < s.size() && s[i] >= '0' && s[i] <= '9';
    if (shape) {
        int year = std::stoi(s.substr(0, 4)), month = std::stoi(s.substr(5, 2));
        if (year < 1900)
            why = "the year must be 1900 or later";
        else if (month < 1 || month > 12)
            why = "the month must be 01 to 12";
        else
            why =
                std::string(kMonths[month - 1]) + " " + std::to_string(year) + " has " + std::to_string(daysInMonth(year, month)) + " days";
    }
    return makeError("option '--" + name + "': '" + s + "' is not a date; " + why);
}

Result<Trainee> findTrainee(const RecordStore& store, const std::string& empno) {
    auto t = store.trainee(empno);
    if (t) return t;
    // Tell "no such person" from a database failure.
    TraineeFilter everyone;
    everyone.includeInactive = true;
    auto all = store.trainees(everyone);
    if (!all) return all.error();
    return makeError("no trainee with employee number '" + empno + "' (see 'frontline-cli trainee list --all')");
}

Result<Trainee> findTrainer(const RecordStore& store, const std::string& empno) {
    auto t = findTrainee(store, empno);
    if (!t) return makeError("--by: " + t.error().message);
    std::string who = "'" + empno + "' (" + t->name + ")";
    if (t->role != Role::Trainer)
        return makeError("--by: " + who + " is " + (t->role == Role::Agent ? "an agent" : "a trainee") + ", not a trainer");
    if (!t->active) return makeError("--by: trainer " + who + " is deactivated");
    return t;
}

Result<std::unique_ptr<RecordStore>> openRecordsForTrainer(const CliArgs& args, const std::string& by) {
    auto store = openRecords(args);
    if (!store) return store.error();
    if (auto trainer = findTrainer(**store, by); !trainer) return trainer.error();
    return store;
}

int runSubcommand(const std::string& command, const char* usage, const std::vector<Subcommand>& subs, int argc, char** argv) {
    if (argc < 3) {
        std::cerr << usage;
        return kExitUsage;
    }
    std::string sub = argv[2];
    if (sub == "--help" || sub == "-h" || sub == "help") {
        std::cout << usage;
        return kExitOk;
    }
    for (const auto& s : subs) {
        if (sub == s.name) return s.run(argc - 1, argv + 1);
    }
    return fail(command, makeError("unknown subcommand '" + sub + "' (see 'frontline-cli " + command + " --help')"), kExitUsage);
}

std::string durationText(int64_t minutes) {
    if (minutes < 60) return std::to_string(minutes) + " min";
    std::string h = std::to_string(minutes / 60) + " h";
    return minutes % 60 == 0 ? h : h + " " + std::to_string(minutes % 60) + " min";
}

std::string dumpJson(const nlohmann::json& j) { return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace); }

nlohmann::json traineeJson(const Trainee& t) {
    return {{"empno", t.empno},         {"name", t.name},
            {"team", t.team},           {"hire_date", t.hireDate.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.hireDate)},
            {"role", roleId(t.role)},   {"active", t.active},
            {"created_at", t.createdAt}};
}

} // namespace frontline::cli
