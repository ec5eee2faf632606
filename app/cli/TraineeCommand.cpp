// frontline-cli trainee: add, list, show, edit, deactivate and reactivate the
// people who train, and set their sign-in PINs.
#include <algorithm>
#include <iostream>
#include <map>
#include <termios.h>
#include <unistd.h>

#include "CliArgs.h"
#include "Commands.h"
#include "RecordsContext.h"

namespace frontline::cli {

namespace {

const char* kUsage = R"(usage: frontline-cli trainee SUBCOMMAND [OPTIONS]

Keeps the list of people in the training records: new hires (trainee),
certified agents (agent) and the trainers who enter hours and overrides.

subcommands:
  add --empno E --name NAME [--team T] [--hire-date YYYY-MM-DD]
      [--role trainee|agent|trainer] [--by TRAINER]
  list [--team T] [--all] [--json]
  show --empno E [--json]
  edit --empno E [--name NAME] [--team T] [--hire-date YYYY-MM-DD]
       [--role trainee|agent|trainer] --by TRAINER
  deactivate --empno E --by TRAINER
  activate --empno E --by TRAINER
  set-pin --empno E [--by TRAINER]     (the PIN is read from standard input)

Every subcommand takes --db PATH (default: the user's frontline.db).
Run 'frontline-cli trainee SUBCOMMAND --help' for details.
)";

const char* kAddHelp = R"(usage: frontline-cli trainee add --empno E --name NAME [--team T]
           [--hire-date YYYY-MM-DD] [--role trainee|agent|trainer] [--by TRAINER] [--db PATH]

Adds a person to the training records. The employee number (1 to 32 letters,
digits, '.', '-' or '_') must be new; the name (at most 64 characters) may be
written in any script. The role defaults to trainee. --by names the trainer
who adds them (an active trainer; recorded in the audit log as "cli" when
omitted, e.g. for the first trainer).
Exit status: 0 when added, 1 when refused (nothing is written), 2 on bad usage.
)";

const char* kListHelp = R"(usage: frontline-cli trainee list [--team T] [--all] [--json] [--db PATH]

Lists the active people in the training records, by employee number; --all
includes deactivated ones, --team keeps one team.
)";

const char* kShowHelp = R"(usage: frontline-cli trainee show --empno E [--json] [--db PATH]

Shows one person's profile, whether they have a sign-in PIN and whether it is
locked, a summary of their scenario attempts with the latest ones, and their
training hours this calendar year.
)";

const char* kEditHelp = R"(usage: frontline-cli trainee edit --empno E [--name NAME] [--team T]
           [--hire-date YYYY-MM-DD] [--role trainee|agent|trainer] --by TRAINER [--db PATH]

Changes a person's name, team, hire date or role; give at least one. Values
are checked as 'trainee add' checks them. --by must be an active trainer; a
trainer cannot change their own role. The audit log keeps each changed
field's old and new value.
Exit status: 0 when saved or nothing changed, 1 when refused (nothing is
written), 2 on bad usage.
)";

const char* kActivateHelp = R"(usage: frontline-cli trainee activate --empno E --by TRAINER [--db PATH]

Makes a deactivated person active again (back from leave, rehired); they show
on the sign-in screen again. --by must be an active trainer.
Exit status: 0 when reactivated, 1 when refused, 2 on bad usage.
)";

const char* kSetPinHelp = R"(usage: frontline-cli trainee set-pin --empno E [--by TRAINER] [--db PATH]

Sets or resets a person's sign-in PIN, reading it from the first line of
standard input (never from the command line, where other users could see it
in the process list; at a terminal it is typed without echo):

  printf '%s\n' "$PIN" | frontline-cli trainee set-pin --empno T1

A PIN is 4 to 12 digits (full-width digits count). Trainers need one to sign
in to the app; trainees may have one. Setting a PIN clears wrong tries and
unlocks an account locked after 5 wrong PINs. --by names the trainer who sets
it (an active trainer; the audit log says "cli" when omitted). The audit log
records who set whose PIN, never the PIN.
Exit status: 0 when set, 1 when refused (nothing is written), 2 on bad usage.
)";

const char* kDeactivateHelp = R"(usage: frontline-cli trainee deactivate --empno E --by TRAINER [--db PATH]

Marks a person as no longer active (left the company, moved team). Their
records stay; 'trainee list --all' still shows them. --by must be an active
trainer other than the person deactivated.
)";

constexpr size_t kMaxNameChars = 64;

std::string pinText(const CredentialState& pin) {
    if (!pin.pinSet) return "none";
    if (pin.locked) return "set, locked since " + pin.lockedAt + " (a trainer resets it with 'trainee set-pin')";
    if (pin.failedTries > 0) return "set, " + std::to_string(pin.failedTries) + " wrong in a row";
    return "set";
}

// One line of standard input; at a terminal, typed without echo.
std::optional<std::string> readSecretLine() {
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        std::cerr << "PIN: " << std::flush;
    }
    std::string line;
    const bool got = static_cast<bool>(std::getline(std::cin, line));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::cerr << "\n";
    }
    if (!got) return std::nullopt;
    return line;
}

int runAdd(int argc, char** argv) {
    const std::string cmd = "trainee add";
    CliArgs args(cmd, {"empno", "name", "team", "hire-date", "role", "by", "db"}, {"help"});
    if (auto stop = args.start(argc, argv, kAddHelp, false)) return *stop;
    Trainee t;
    auto empno = empnoOption(args, "empno");
    if (!empno) return fail(cmd, empno.error(), kExitUsage);
    auto name = textOption(args, "name", kMaxNameChars);
    if (!name) return fail(cmd, name.error(), kExitUsage);
    auto team = optionalTextOption(args, "team", kMaxNameChars);
    if (!team) return fail(cmd, team.error(), kExitUsage);
    if (args.value("hire-date")) {
        auto hired = dateOption(args, "hire-date");
        if (!hired) return fail(cmd, hired.error(), kExitUsage);
        t.hireDate = hired->toString();
    }
    if (auto role = args.value("role")) {
        auto parsed = parseRole(*role);
        if (!parsed) return fail(cmd, makeError("option '--role' must be trainee, agent or trainer, got '" + *role + "'"), kExitUsage);
        t.role = *parsed;
    }
    std::string by = "cli";
    if (auto v = args.value("by")) {
        if (auto s = checkEmpno(*v, "by"); !s) return fail(cmd, s.error(), kExitUsage);
        by = *v;
    }
    t.empno = *empno;
    t.name = *name;
    t.team = *team;
    t.active = true;

    auto store = openRecords(args);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    if (args.value("by")) {
        if (auto trainer = findTrainer(**store, by); !trainer) return fail(cmd, trainer.error(), kExitFailed);
    }
    if (auto existing = (*store)->trainee(t.empno)) {
        return fail(cmd,
                    makeError("employee number '" + t.empno + "' is already taken by " + existing->name +
                              (existing->active ? "" : " (deactivated)")),
                    kExitFailed);
    }
    auto added = (*store)->addTrainee(t, by);
    if (!added) return fail(cmd, added.error(), kExitFailed);
    std::cout << "added " << roleId(added->role) << " " << added->empno << " " << added->name;
    if (!added->team.empty()) std::cout << ", team " << added->team;
    if (!added->hireDate.empty()) std::cout << ", hired " << added->hireDate;
    std::cout << "\n";
    return kExitOk;
}

int runList(int argc, char** argv) {
    const std::string cmd = "trainee list";
    CliArgs args(cmd, {"team", "db"}, {"all", "json", "help"});
    if (auto stop = args.start(argc, argv, kListHelp, false)) return *stop;
    TraineeFilter filter;
    filter.includeInactive = args.flag("all");
    if (args.value("team")) {
        auto team = textOption(args, "team", kMaxNameChars);
        if (!team) return fail(cmd, team.error(), kExitUsage);
        filter.team = *team;
    }
    auto store = openRecords(args);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto list = (*store)->trainees(filter);
    if (!list) return fail(cmd, list.error(), kExitFailed);
    if (args.flag("json")) {
        nlohmann::json out = {{"trainees", nlohmann::json::array()}};
        for (const auto& t : *list) out["trainees"].push_back(traineeJson(t));
        std::cout << dumpJson(out) << "\n";
        return kExitOk;
    }
    if (list->empty()) {
        std::cout << "no " << (filter.includeInactive ? "" : "active ") << "trainees" << (filter.team ? " in team " + *filter.team : "")
                  << "\n";
        return kExitOk;
    }
    for (const auto& t : *list) {
        std::cout << t.empno << "  " << t.name << "  " << roleId(t.role);
        if (!t.team.empty()) std::cout << ", team " << t.team;
        if (!t.hireDate.empty()) std::cout << ", hired " << t.hireDate;
        if (!t.active) std::cout << " (deactivated)";
        std::cout << "\n";
    }
    std::cout << list->size() << (list->size() == 1 ? " person\n" : " people\n");
    return kExitOk;
}

int runShow(int argc, char** argv) {
    const std::string cmd = "trainee show";
    CliArgs args(cmd, {"empno", "db"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kShowHelp, false)) return *stop;
    auto empno = empnoOption(args, "empno");
    if (!empno) return fail(cmd, empno.error(), kExitUsage);
    auto store = openRecords(args);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    if (auto t = findTrainee(**store, *empno); !t) return fail(cmd, t.error(), kExitFailed);
    auto history = (*store)->history(*empno);
    if (!history) return fail(cmd, history.error(), kExitFailed);
    const Trainee& t = history->trainee;

    auto pin = (*store)->credentialState(*empno);
    if (!pin) return fail(cmd, pin.error(), kExitFailed);

    std::map<std::string, int> byStatus;
    int passed = 0;
    std::optional<int> best;
    for (const auto& a : history->attempts) {
        ++byStatus[attemptStatusId(a.status)];
        if (attemptPassed(a)) ++passed;
        if (a.status == AttemptStatus::Completed) {
            auto total = attemptTotal(a);
            if (total && (!best || *total > *best)) best = total;
        }
    }
    const int year = localToday().year;
    const std::string yearPrefix = std::to_string(year) + "-";
    std::map<std::string, int> minutesByKind;
    int minutesThisYear = 0, advancedSessions = 0;
    for (const auto& e : history->training) {
        if (e.date.compare(0, yearPrefix.size(), yearPrefix) != 0) continue;
        minutesThisYear += e.minutes;
        minutesByKind[trainingKindId(e.kind)] += e.minutes;
        if (e.kind == TrainingKind::Advanced) ++advancedSessions;
    }
    // The latest attempts, newest first.
    std::vector<const ScenarioAttempt*> recent;
    for (const auto& a : history->attempts) recent.push_back(&a);
    std::sort(recent.begin(), recent.end(), [](const ScenarioAttempt* a, const ScenarioAttempt* b) { return a->id > b->id; });
    if (recent.size() > 10) recent.resize(10);

    if (args.flag("json")) {
        nlohmann::json out = traineeJson(t);
        out["pin"] = {{"set", pin->pinSet}, {"locked", pin->locked}, {"failed_tries", pin->failedTries}};
        if (pin->locked) out["pin"]["locked_at"] = pin->lockedAt;
        nlohmann::json attempts = {{"total", history->attempts.size()}, {"passed", passed}, {"best_score", nullptr}};
        for (const char* s : {"completed", "abandoned", "in-progress"}) attempts[s] = byStatus[s];
        if (best) attempts["best_score"] = *best;
        auto& list = attempts["recent"] = nlohmann::json::array();
        for (const auto* a : recent) {
            auto total = attemptTotal(*a);
            list.push_back({{"id", a->id},
                            {"scenario", a->scenarioId},
                            {"pack", a->packId},
                            {"mode", playModeId(a->mode)},
                            {"status", attemptStatusId(a->status)},
                            {"started_at", a->startedAt},
                            {"outcome", a->outcome},
                            {"total_score", total ? nlohmann::json(*total) : nlohmann::json(nullptr)},
                            {"passed", attemptPassed(*a)},
                            {"rescored", attemptRescored(*a)},
                            {"turns", a->turns.size()}});
        }
        out["attempts"] = attempts;
        nlohmann::json kinds = nlohmann::json::object();
        for (const auto& [kind, minutes] : minutesByKind) kinds[kind] = minutes;
        out["hours_this_year"] = {
            {"year", year}, {"minutes", minutesThisYear}, {"by_kind", kinds}, {"advanced_sessions", advancedSessions}};
        std::cout << dumpJson(out) << "\n";
        return kExitOk;
    }
    std::cout << t.empno << "  " << t.name << (t.active ? "" : " (deactivated)") << "\n";
    std::cout << "role: " << roleId(t.role) << "\n";
    if (!t.team.empty()) std::cout << "team: " << t.team << "\n";
    if (!t.hireDate.empty()) std::cout << "hired: " << t.hireDate << "\n";
    std::cout << "PIN: " << pinText(*pin) << "\n";
    std::cout << "\nscenario attempts: " << history->attempts.size();
    if (!history->attempts.empty()) {
        std::cout << " (" << byStatus["completed"] << " completed, " << passed << " passed, " << byStatus["abandoned"] << " abandoned";
        if (byStatus["in-progress"] > 0) std::cout << ", " << byStatus["in-progress"] << " in progress";
        std::cout << ")";
        if (best) std::cout << ", best score " << *best;
    }
    std::cout << "\n";
    for (const auto* a : recent) {
        auto total = attemptTotal(*a);
        std::cout << "  #" << a->id << "  " << a->startedAt << "  " << a->scenarioId << " (" << playModeId(a->mode) << ")  "
                  << attemptStatusId(a->status);
        if (!a->outcome.empty()) std::cout << ", " << a->outcome;
        if (total) std::cout << ", " << *total << "/100";
        if (attemptRescored(*a)) std::cout << " (re-scored by a trainer)";
        if (a->status == AttemptStatus::Completed) std::cout << (attemptPassed(*a) ? ", passed" : ", not passed");
        std::cout << "\n";
    }
    std::cout << "\ntraining hours " << year << ": " << durationText(minutesThisYear);
    if (!minutesByKind.empty()) {
        std::string sep = " (";
        for (const auto& [kind, minutes] : minutesByKind) {
            std::cout << sep << kind << " " << durationText(minutes);
            sep = ", ";
        }
        std::cout << ")";
    }
    std::cout << ", " << advancedSessions << " advanced session" << (advancedSessions == 1 ? "" : "s") << "\n";
    return kExitOk;
}

int runDeactivate(int argc, char** argv) {
    const std::string cmd = "trainee deactivate";
    CliArgs args(cmd, {"empno", "by", "db"}, {"help"});
    if (auto stop = args.start(argc, argv, kDeactivateHelp, false)) return *stop;
    auto empno = empnoOption(args, "empno");
    if (!empno) return fail(cmd, empno.error(), kExitUsage);
    auto by = empnoOption(args, "by");
    if (!by) return fail(cmd, by.error(), kExitUsage);
    if (*by == *empno) return fail(cmd, makeError("a trainer cannot deactivate themselves; ask another trainer"), kExitFailed);
    auto store = openRecordsForTrainer(args, *by);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto t = findTrainee(**store, *empno);
    if (!t) return fail(cmd, t.error(), kExitFailed);
    if (!t->active) return fail(cmd, makeError("'" + *empno + "' (" + t->name + ") is already deactivated"), kExitFailed);
    if (auto s = (*store)->setTraineeActive(*empno, false, *by); !s) return fail(cmd, s.error(), kExitFailed);
    std::cout << "deactivated " << t->empno << " " << t->name << " (by " << *by << ")\n";
    return kExitOk;
}

int runEdit(int argc, char** argv) {
    const std::string cmd = "trainee edit";
    CliArgs args(cmd, {"empno", "name", "team", "hire-date", "role", "by", "db"}, {"help"});
    if (auto stop = args.start(argc, argv, kEditHelp, false)) return *stop;
    auto empno = empnoOption(args, "empno");
    if (!empno) return fail(cmd, empno.error(), kExitUsage);
    auto by = empnoOption(args, "by");
    if (!by) return fail(cmd, by.error(), kExitUsage);
    if (!args.value("name") && !args.value("team") && !args.value("hire-date") && !args.value("role")) {
        return fail(cmd, makeError("nothing to change: give --name, --team, --hire-date or --role"), kExitUsage);
    }
    std::optional<std::string> name, team, hireDate;
    std::optional<Role> role;
    if (args.value("name")) {
        auto v = textOption(args, "name", kMaxNameChars);
        if (!v) return fail(cmd, v.error(), kExitUsage);
        name = *v;
    }
    if (args.value("team")) {
        auto v = textOption(args, "team", kMaxNameChars);
        if (!v) return fail(cmd, v.error(), kExitUsage);
        team = *v;
    }
    if (args.value("hire-date")) {
        auto v = dateOption(args, "hire-date");
        if (!v) return fail(cmd, v.error(), kExitUsage);
        hireDate = v->toString();
    }
    if (auto v = args.value("role")) {
        role = parseRole(*v);
        if (!role) return fail(cmd, makeError("option '--role' must be trainee, agent or trainer, got '" + *v + "'"), kExitUsage);
    }

    auto store = openRecordsForTrainer(args, *by);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto before = findTrainee(**store, *empno);
    if (!before) return fail(cmd, before.error(), kExitFailed);
    if (role && *by == *empno && *role != before->role) {
        return fail(cmd, makeError("a trainer cannot change their own role; ask another trainer"), kExitFailed);
    }
    Trainee t = *before;
    t.name = name.value_or(t.name);
    t.team = team.value_or(t.team);
    t.hireDate = hireDate.value_or(t.hireDate);
    t.role = role.value_or(t.role);
    auto after = (*store)->updateTrainee(t, *by);
    if (!after) return fail(cmd, after.error(), kExitFailed);

    std::vector<std::string> changes;
    auto note = [&](const char* field, const std::string& was, const std::string& now) {
        if (was != now) changes.push_back(std::string(field) + " " + (was.empty() ? "(none)" : was) + " -> " + now);
    };
    note("name", before->name, after->name);
    note("team", before->team, after->team);
    note("hire date", before->hireDate, after->hireDate);
    note("role", roleId(before->role), roleId(after->role));
    if (changes.empty()) {
        std::cout << "no change for " << after->empno << " " << after->name << "\n";
        return kExitOk;
    }
    std::cout << "edited " << after->empno << " (by " << *by << "): ";
    for (size_t i = 0; i < changes.size(); ++i) std::cout << (i ? ", " : "") << changes[i];
    std::cout << "\n";
    return kExitOk;
}

int runActivate(int argc, char** argv) {
    const std::string cmd = "trainee activate";
    CliArgs args(cmd, {"empno", "by", "db"}, {"help"});
    if (auto stop = args.start(argc, argv, kActivateHelp, false)) return *stop;
    auto empno = empnoOption(args, "empno");
    if (!empno) return fail(cmd, empno.error(), kExitUsage);
    auto by = empnoOption(args, "by");
    if (!by) return fail(cmd, by.error(), kExitUsage);
    auto store = openRecordsForTrainer(args, *by);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto t = findTrainee(**store, *empno);
    if (!t) return fail(cmd, t.error(), kExitFailed);
    if (t->active) return fail(cmd, makeError("'" + *empno + "' (" + t->name + ") is already active"), kExitFailed);
    if (auto s = (*store)->setTraineeActive(*empno, true, *by); !s) return fail(cmd, s.error(), kExitFailed);
    std::cout << "reactivated " << t->empno << " " << t->name << " (by " << *by << ")\n";
    return kExitOk;
}

int runSetPin(int argc, char** argv) {
    const std::string cmd = "trainee set-pin";
    CliArgs args(cmd, {"empno", "by", "db"}, {"help"});
    if (auto stop = args.start(argc, argv, kSetPinHelp, false)) return *stop;
    auto empno = empnoOption(args, "empno");
    if (!empno) return fail(cmd, empno.error(), kExitUsage);
    std::string by = "cli";
    if (args.value("by")) {
        auto v = empnoOption(args, "by");
        if (!v) return fail(cmd, v.error(), kExitUsage);
        by = *v;
    }
    auto store = openRecords(args);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    if (args.value("by")) {
        if (auto trainer = findTrainer(**store, by); !trainer) return fail(cmd, trainer.error(), kExitFailed);
    }
    auto t = findTrainee(**store, *empno);
    if (!t) return fail(cmd, t.error(), kExitFailed);
    auto before = (*store)->credentialState(*empno);
    if (!before) return fail(cmd, before.error(), kExitFailed);
    auto pin = readSecretLine();
    if (!pin) return fail(cmd, makeError("no PIN on standard input (see 'frontline-cli trainee set-pin --help')"), kExitFailed);
    if (auto s = (*store)->setPin(*empno, *pin, by); !s) return fail(cmd, s.error(), kExitFailed);
    std::cout << (before->pinSet ? "reset the PIN of " : "set the PIN of ") << t->empno << " " << t->name << " (by " << by << ")"
              << (before->locked ? "; the account is unlocked" : "") << "\n";
    return kExitOk;
}

} // namespace

int runTrainee(int argc, char** argv) {
    return runSubcommand("trainee", kUsage,
                         {{"add", runAdd},
                          {"list", runList},
                          {"show", runShow},
                          {"edit", runEdit},
                          {"deactivate", runDeactivate},
                          {"activate", runActivate},
                          {"set-pin", runSetPin}},
                         argc, argv);
}

} // namespace frontline::cli
