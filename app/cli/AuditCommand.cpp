// frontline-cli audit: the trainers' actions on record (overrides, hours,
// certification decisions, edits of people, PINs set and locked, sign-ins),
// oldest first, for an auditor or a trainer looking back.
#include <iostream>

#include "CliArgs.h"
#include "Commands.h"
#include "RecordsContext.h"

namespace frontline::cli {

namespace {

const char* kAuditHelp = R"(usage: frontline-cli audit [--empno E] [--json] [--db PATH]

Lists the audit log, oldest first: when (UTC), who (a trainer's employee
number, "cli" or "system"), the action, whom it concerns and its details
(JSON). --empno keeps the entries about one person. The log is append-only;
it never holds a PIN.
)";

// Details are JSON objects written by the store; shown as they are when one is not.
nlohmann::json detailsJson(const std::string& text) {
    auto parsed = nlohmann::json::parse(text, nullptr, false);
    return parsed.is_discarded() ? nlohmann::json(text) : parsed;
}

} // namespace

int runAudit(int argc, char** argv) {
    const std::string cmd = "audit";
    CliArgs args(cmd, {"empno", "db"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kAuditHelp, false)) return *stop;
    std::optional<std::string> subject;
    if (args.value("empno")) {
        auto empno = empnoOption(args, "empno");
        if (!empno) return fail(cmd, empno.error(), kExitUsage);
        subject = *empno;
    }
    auto store = openRecords(args);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto log = (*store)->audit(subject);
    if (!log) return fail(cmd, log.error(), kExitFailed);

    if (args.flag("json")) {
        nlohmann::json out = {{"entries", nlohmann::json::array()}};
        for (const auto& e : *log) {
            out["entries"].push_back({{"id", e.id},
                                      {"at", e.at},
                                      {"actor", e.actor},
                                      {"action", e.action},
                                      {"subject", e.subject},
                                      {"details", detailsJson(e.detailsJson)}});
        }
        std::cout << dumpJson(out) << "\n";
        return kExitOk;
    }
    if (log->empty()) {
        std::cout << "no audit entries" << (subject ? " about " + *subject : "") << "\n";
        return kExitOk;
    }
    for (const auto& e : *log) {
        std::cout << e.at << "  " << e.actor << "  " << e.action << "  " << e.subject;
        if (e.detailsJson != "{}") std::cout << "  " << e.detailsJson;
        std::cout << "\n";
    }
    std::cout << log->size() << (log->size() == 1 ? " entry\n" : " entries\n");
    return kExitOk;
}

} // namespace frontline::cli
