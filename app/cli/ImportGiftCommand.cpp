// frontline-cli import-gift: a Moodle GIFT question file to a question bank
// (assessments/FORMAT.md), written atomically so a bank is never half there.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

#include "CliArgs.h"
#include "Commands.h"
#include "assessments/GiftImporter.h"
#include "common/TextFile.h"

namespace frontline::cli {

namespace fs = std::filesystem;

namespace {

const char* kHelp = R"(usage: frontline-cli import-gift FILE.gift --out BANK.json [--id ID] [--lang zh-CN|en]
                              [--title TEXT] [--version X.Y.Z] [--force]

Converts a Moodle GIFT file (UTF-8, blank lines between questions) to a
question bank as assessments/FORMAT.md describes it, reading the file as
Moodle's importer does:
  {=right ~wrong}              single_choice (one '='; '~%50%' partial credit,
                               '~%-50%' a penalty)
  {~%50%a ~%50%b ~%-100%c}     multiple_choice (no '='; right weights sum to 100)
  {=a =b ~c}                   multiple_choice where a and b must both be picked
                               (a warning: Moodle takes either as fully right)
  {T} {FALSE#wrong#right}      true_false
  {=a =b} {answer}             short_answer
  {#3.14:0.01} {#1..5}         numeric ({#=1:0 =%50%2:0} for several)
  {=prompt -> answer ...}      matching (at least 2 pairs)
  {}                           case_analysis waiting for model answers (essay)
  no answer block              description
with ::title::, #feedback, ####general feedback, $CATEGORY: a/b lines,
[html] [markdown] [plain] [moodle] text formats, // comments (their
[id:ID] sets the question id, [tag:etiquette] a competency or difficulty) and
\~ \= \# \{ \} \: \n escapes. Answers inside a sentence leave a ___ blank.

Question ids come from [id:...], else the title (Chinese titles get a short
hash, e.g. q-3fa2b9c1), else the position (q0001). Category names become
ids the same way; their names are kept as the bank's category titles.
--id defaults to the file name, --lang to zh-CN when the file has Chinese
text (else en), --title to the file name, --version to 1.0.0.

Problems are printed to standard error as file:line:column: error|warning:
message. A question with an error is skipped and the rest imported; a
warning means it was imported, though not exactly as Moodle would take it
(the warning says what differs). BANK.json is
written only when at least one question was imported, through a temporary
file renamed into place; an existing BANK.json is replaced only with --force.
Exit status: 0 when at least one question was imported (even if others were
skipped), 1 when none was, FILE cannot be read or BANK.json not written,
2 on bad usage.
)";

std::string count(int n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

Result<GiftOptions> optionsFrom(const CliArgs& args) {
    GiftOptions options;
    if (auto v = args.value("id")) options.bankId = *v;
    if (auto v = args.value("lang")) options.language = *v;
    if (auto v = args.value("title")) options.title = *v;
    if (auto v = args.value("version")) options.version = *v;
    if (args.value("title") && options.title.find_first_not_of(" \t") == std::string::npos) return makeError("--title must not be empty");
    if (auto s = checkGiftOptions(options); !s) return s.error();
    return options;
}

// The bank is written to a temporary file beside out and renamed over out
// once complete and on disk: readers see the old bank or the new one, never
// part of one, and a failed import leaves nothing behind.
Result<std::string> createTempBeside(const std::string& out) {
    std::string temp = out + ".XXXXXX";
    int fd = mkstemp(temp.data());
    if (fd < 0) return makeError("cannot write " + out + ": " + std::strerror(errno));
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask); // mkstemp makes the file private; a bank is an ordinary file
    close(fd);
    return temp;
}

// fsync before the rename, so out never names a bank that is only in the page cache.
Status moveIntoPlace(const std::string& temp, const std::string& out) {
    auto failed = [&](int error) {
        std::remove(temp.c_str());
        return makeError("cannot write " + out + ": " + std::strerror(error));
    };
    int fd = open(temp.c_str(), O_RDONLY);
    if (fd < 0) return failed(errno);
    int synced = fsync(fd), error = errno;
    close(fd);
    if (synced != 0) return failed(error);
    if (std::rename(temp.c_str(), out.c_str()) != 0) return failed(errno);
    return Done{};
}

} // namespace

int runImportGift(int argc, char** argv) {
    const std::string cmd = "import-gift";
    CliArgs args(cmd, {"out", "id", "lang", "title", "version"}, {"force", "help"});
    if (auto stop = args.start(argc, argv, kHelp, true)) return *stop;
    if (args.positional().size() != 1)
        return fail(cmd, makeError(args.positional().empty() ? "name the GIFT file to import" : "give one GIFT file, not several"),
                    kExitUsage);
    const std::string input = args.positional()[0];
    auto out = args.required("out");
    if (!out) return fail(cmd, out.error(), kExitUsage);
    auto options = optionsFrom(args);
    if (!options) return fail(cmd, options.error(), kExitUsage);
    std::error_code ec;
    if (fs::is_directory(*out, ec)) return fail(cmd, makeError("--out " + *out + " is a folder, expected a file name"), kExitUsage);
    if (fs::exists(*out, ec) && !args.flag("force")) return fail(cmd, makeError(*out + " exists; add --force to replace it"), kExitFailed);

    auto text = readTextFile(input);
    if (!text) return fail(cmd, text.error(), kExitFailed);
    auto temp = createTempBeside(*out);
    if (!temp) return fail(cmd, temp.error(), kExitFailed);
    GiftImport result;
    bool written = false;
    {
        std::ofstream file(*temp, std::ios::binary | std::ios::trunc);
        result = importGiftToJson(*text, input, *options, file);
        file.close();
        written = !file.fail();
    }
    for (const auto& d : result.diagnostics.items()) std::cerr << d.format() << "\n";
    std::cout << "imported " << count(result.imported, "question") << ", skipped " << result.skipped << "\n";
    if (result.imported == 0 || !written) {
        std::remove(temp->c_str());
        return fail(cmd,
                    makeError(result.imported == 0 ? "no question imported from " + input + "; " + *out + " not written"
                                                   : "cannot write " + *out + ": writing failed (disk full?)"),
                    kExitFailed);
    }
    if (auto s = moveIntoPlace(*temp, *out); !s) return fail(cmd, s.error(), kExitFailed);
    std::cout << "wrote " << *out << " (bank '" << result.bank.id << "', " << result.bank.language << ", version " << result.bank.version
              << ")\n";
    return kExitOk;
}

} // namespace frontline::cli
