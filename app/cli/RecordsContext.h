#pragma once
// What the record-keeping commands (trainee, hours, override, note, sample,
// play --trainee) share: opening the records database from --db or the
// default path, checking option values before anything is written, and
// looking up the people named on the command line. Every failure is an Error
// the command prints as one line.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "CliArgs.h"
#include "certification/AttemptScore.h" // attemptTotal, attemptPassed
#include "common/CalendarDate.h"
#include "common/LocalDate.h"
#include "common/Result.h"
#include "records/RecordStore.h"

namespace frontline::cli {

// --db PATH, else defaultDatabasePath().
std::filesystem::path databasePath(const CliArgs& args);

// Opens (creating and migrating when needed) the database of databasePath().
// The default path's folder is created when missing; an explicit --db must
// name a file in an existing folder. A file that is not an SQLite database,
// or one from a newer Frontline, is refused with a one-line reason.
Result<std::unique_ptr<RecordStore>> openRecords(const CliArgs& args);

// Free text from an option: valid UTF-8, no control characters (newlines only
// when allowNewlines), not blank, at most maxChars characters; trimmed.
Result<std::string> textOption(const CliArgs& args, const std::string& name, size_t maxChars, bool allowNewlines = false);
// The same for an optional option: empty when absent.
Result<std::string> optionalTextOption(const CliArgs& args, const std::string& name, size_t maxChars);
// An employee number: 1-32 letters, digits, '.', '-' or '_'.
Status checkEmpno(const std::string& empno, const std::string& option);
Result<std::string> empnoOption(const CliArgs& args, const std::string& name);
// A whole number in [min, max] (no sign tricks, no trailing text).
Result<int64_t> integerOption(const CliArgs& args, const std::string& name, int64_t min, int64_t max);
// A real calendar date written YYYY-MM-DD (years 1900-9999); the error says
// what is wrong with it ("February 2026 has 28 days").
Result<CalendarDate> dateOption(const CliArgs& args, const std::string& name);

// The trainee with that employee number (active or not).
Result<Trainee> findTrainee(const RecordStore& store, const std::string& empno);
// The trainee named by --by, who must be an active trainer.
Result<Trainee> findTrainer(const RecordStore& store, const std::string& empno);
// openRecords(), then findTrainer(by): how a command a trainer acts with (--by) starts.
Result<std::unique_ptr<RecordStore>> openRecordsForTrainer(const CliArgs& args, const std::string& by);

// For commands with subcommands ("trainee add ..."): runs the one named by
// argv[2] with argv shifted by one, so its CliArgs("trainee add", ...) parse
// from argv[3]. Without a subcommand or with --help, prints usage.
struct Subcommand {
    const char* name;
    int (*run)(int argc, char** argv);
};
int runSubcommand(const std::string& command, const char* usage, const std::vector<Subcommand>& subs, int argc, char** argv);

// Minutes as people read them: "45 min", "2 h", "1 h 30 min".
std::string durationText(int64_t minutes);

// JSON that never throws on text the database returned.
std::string dumpJson(const nlohmann::json& j);
nlohmann::json traineeJson(const Trainee& t);

} // namespace frontline::cli
