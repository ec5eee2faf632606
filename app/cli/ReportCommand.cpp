// frontline-cli report onboarding|annual|cohort: the trainers' tables as CSV
// (RFC 4180, optional BOM for Excel), JSON or Markdown.
#include <fstream>
#include <iostream>

#include "CertificationContext.h"
#include "CliArgs.h"
#include "Commands.h"
#include "RecordsContext.h"
#include "reports/TrainerReport.h"

namespace frontline::cli {

namespace {

const char* kHelp = R"(usage: frontline-cli report onboarding|annual|cohort --format csv|json|md
           [--team T] [--year Y] [--bom] [--out FILE] [--date YYYY-MM-DD] [--db PATH]

  onboarding  one row per active trainee: state, each day's items done,
              certification component and final scores, date certified
  annual      one row per active trainee for the year (default: this year):
              minutes done and left, advanced sessions, due date, overdue,
              the year's score, grade band and improvement-plan flag
  cohort      one row per team: how many are in each state, mean final
              score, annual completion and overdue counts for the year

CSV follows RFC 4180 (fields with commas, quotes or line breaks are quoted;
rows end with CRLF) in UTF-8; --bom prefixes a byte-order mark so Excel reads
Chinese text correctly. --out writes to FILE instead of standard output.
--date evaluates as of the end of that day instead of now.
Exit status: 0 on success, 1 when the database cannot be read or FILE
written, 2 on bad usage.
)";

} // namespace

int runReport(int argc, char** argv) {
    const std::string cmd = "report";
    CliArgs args(cmd, {"format", "team", "year", "out", "date", "db"}, {"bom", "help"});
    if (auto stop = args.start(argc, argv, kHelp, true)) return *stop;
    const auto& kinds = args.positional();
    if (kinds.size() != 1) {
        return fail(cmd, makeError(kinds.empty() ? "name a report: onboarding, annual or cohort" : "give one report, not several"),
                    kExitUsage);
    }
    auto kind = parseReportKind(kinds[0]);
    if (!kind) return fail(cmd, makeError("unknown report '" + kinds[0] + "': use onboarding, annual or cohort"), kExitUsage);
    auto format = args.required("format");
    if (!format) return fail(cmd, format.error(), kExitUsage);
    if (*format != "csv" && *format != "json" && *format != "md")
        return fail(cmd, makeError("option '--format' must be csv, json or md, got '" + *format + "'"), kExitUsage);
    if (args.flag("bom") && *format != "csv") return fail(cmd, makeError("--bom applies to --format csv only"), kExitUsage);
    auto clock = evaluationClock(args);
    if (!clock) return fail(cmd, clock.error(), kExitUsage);
    int year = clock->today.year;
    if (args.value("year")) {
        auto y = integerOption(args, "year", 1900, 9999);
        if (!y) return fail(cmd, y.error(), kExitUsage);
        if (*y > clock->today.year)
            return fail(cmd,
                        makeError("option '--year': " + std::to_string(*y) + " has not started (today is " + clock->today.toString() + ")"),
                        kExitUsage);
        year = static_cast<int>(*y);
    }
    std::optional<std::string> team;
    if (args.value("team")) {
        auto t = textOption(args, "team", 64);
        if (!t) return fail(cmd, t.error(), kExitUsage);
        team = *t;
    }

    auto programs = loadBundledPrograms(argv[0]);
    if (!programs) return fail(cmd, programs.error(), kExitFailed);
    auto store = openRecords(args);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto histories = (*store)->histories(reportFilter(team));
    if (!histories) return fail(cmd, histories.error(), kExitFailed);

    const ReportTable table = trainerReport(*kind, *programs, *histories, year, clock->today, clock->nowSeconds, team);
    std::string text = *format == "csv" ? toCsv(table, args.flag("bom")) : *format == "json" ? toJsonText(table) : toMarkdown(table);

    if (auto out = args.value("out")) {
        std::ofstream file(*out, std::ios::binary | std::ios::trunc);
        if (!file) return fail(cmd, makeError("cannot write " + *out), kExitFailed);
        file << text;
        file.close();
        if (!file) return fail(cmd, makeError("cannot write " + *out), kExitFailed);
        std::cout << "wrote " << table.rows.size() << (table.rows.size() == 1 ? " row" : " rows") << " to " << *out << "\n";
        return kExitOk;
    }
    std::cout << text;
    return kExitOk;
}

} // namespace frontline::cli
