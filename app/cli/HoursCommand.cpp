// frontline-cli hours: training time entered by trainers, and the list of a
// person's training time (from the app and from trainers).
#include <algorithm>
#include <iostream>

#include "CertificationContext.h"
#include "CliArgs.h"
#include "Commands.h"
#include "RecordsContext.h"
#include "review/ManualTraining.h"

namespace frontline::cli {

namespace {

const char* kUsage = R"(usage: frontline-cli hours SUBCOMMAND [OPTIONS]

Training time counts toward onboarding and the annual 8 hours. Played
scenarios add their active time by themselves; classroom and external
training is entered by a trainer.

subcommands:
  add --trainee EMPNO --minutes N --kind annual|advanced|onboarding
      --topic TEXT --date YYYY-MM-DD --by TRAINER
  list --trainee EMPNO [--year Y] [--json]

Every subcommand takes --db PATH (default: the user's frontline.db).
Run 'frontline-cli hours SUBCOMMAND --help' for details.
)";

const char* kAddHelp = R"(usage: frontline-cli hours add --trainee EMPNO --minutes N --kind annual|advanced|onboarding
           --topic TEXT --date YYYY-MM-DD --by TRAINER [--db PATH]

Records training a person did outside the app (classroom, workshop,
external course). --minutes is 1 to 1440 (one entry is one day's training),
--date the day it happened (not in the future), --topic what it covered (at
most 200 characters). --by must be an active trainer; the entry and the
audit log name them.
Exit status: 0 when recorded, 1 when refused (nothing is written), 2 on bad usage.
)";

const char* kListHelp = R"(usage: frontline-cli hours list --trainee EMPNO [--year Y] [--json] [--db PATH]

Lists a person's training time entries by date (from the app and entered by
trainers), with the total; --year keeps one calendar year.
)";

nlohmann::json entryJson(const TrainingEntry& e) {
    return {{"id", e.id},
            {"date", e.date},
            {"minutes", e.minutes},
            {"kind", trainingKindId(e.kind)},
            {"source", trainingSourceId(e.source)},
            {"topic", e.topic},
            {"entered_by", e.enteredBy},
            {"attempt", e.attemptId ? nlohmann::json(*e.attemptId) : nlohmann::json(nullptr)},
            {"created_at", e.createdAt}};
}

int runAdd(int argc, char** argv) {
    const std::string cmd = "hours add";
    CliArgs args(cmd, {"trainee", "minutes", "kind", "topic", "date", "by", "db"}, {"help"});
    if (auto stop = args.start(argc, argv, kAddHelp, false)) return *stop;
    auto empno = empnoOption(args, "trainee");
    if (!empno) return fail(cmd, empno.error(), kExitUsage);
    auto minutes = integerOption(args, "minutes", 1, 24 * 60);
    if (!minutes) return fail(cmd, minutes.error(), kExitUsage);
    auto kindText = args.required("kind");
    if (!kindText) return fail(cmd, kindText.error(), kExitUsage);
    auto kind = parseTrainingKind(*kindText);
    if (!kind) return fail(cmd, makeError("option '--kind' must be annual, advanced or onboarding, got '" + *kindText + "'"), kExitUsage);
    auto topic = textOption(args, "topic", 200);
    if (!topic) return fail(cmd, topic.error(), kExitUsage);
    auto date = dateOption(args, "date");
    if (!date) return fail(cmd, date.error(), kExitUsage);
    auto by = empnoOption(args, "by");
    if (!by) return fail(cmd, by.error(), kExitUsage);

    auto store = openRecordsForTrainer(args, *by);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto trainee = findTrainee(**store, *empno);
    if (!trainee) return fail(cmd, trainee.error(), kExitFailed);
    // Checked here first so the refusal names the option; addManualTraining checks it again against the same day.
    const CalendarDate today = localToday();
    if (auto s = checkTrainingDate(*trainee, *date, today); !s)
        return fail(cmd, makeError("option '--date': " + s.error().message), kExitFailed);
    auto id = addManualTraining(**store, *trainee, *date, static_cast<int>(*minutes), *kind, *topic, *by, today);
    if (!id) return fail(cmd, id.error(), kExitFailed);
    std::cout << "recorded " << durationText(*minutes) << " of " << trainingKindId(*kind) << " training for " << trainee->empno << " "
              << trainee->name << " on " << date->toString() << ": " << *topic << " (entry " << *id << ", by " << *by << ")\n";
    if (auto note = refreshAfterWrite(**store, argv[0], trainee->empno); !note.empty()) std::cout << note << "\n";
    return kExitOk;
}

int runList(int argc, char** argv) {
    const std::string cmd = "hours list";
    CliArgs args(cmd, {"trainee", "year", "db"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kListHelp, false)) return *stop;
    auto empno = empnoOption(args, "trainee");
    if (!empno) return fail(cmd, empno.error(), kExitUsage);
    std::optional<int64_t> year;
    if (args.value("year")) {
        auto y = integerOption(args, "year", 1900, 9999);
        if (!y) return fail(cmd, y.error(), kExitUsage);
        year = *y;
    }
    auto store = openRecords(args);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    if (auto t = findTrainee(**store, *empno); !t) return fail(cmd, t.error(), kExitFailed);
    auto history = (*store)->history(*empno);
    if (!history) return fail(cmd, history.error(), kExitFailed);

    std::vector<TrainingEntry> entries;
    for (const auto& e : history->training) {
        if (!year || e.date.compare(0, 5, std::to_string(*year) + "-") == 0) entries.push_back(e);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TrainingEntry& a, const TrainingEntry& b) { return a.date != b.date ? a.date < b.date : a.id < b.id; });
    int64_t total = 0;
    for (const auto& e : entries) total += e.minutes;

    const Trainee& t = history->trainee;
    if (args.flag("json")) {
        nlohmann::json out = {{"trainee", t.empno},
                              {"name", t.name},
                              {"year", year ? nlohmann::json(*year) : nlohmann::json(nullptr)},
                              {"entries", nlohmann::json::array()},
                              {"total_minutes", total}};
        for (const auto& e : entries) out["entries"].push_back(entryJson(e));
        std::cout << dumpJson(out) << "\n";
        return kExitOk;
    }
    std::cout << "training time of " << t.empno << " " << t.name << (year ? " in " + std::to_string(*year) : "") << "\n";
    for (const auto& e : entries) {
        std::cout << "  " << e.date << "  " << e.minutes << " min  " << trainingKindId(e.kind) << ", " << trainingSourceId(e.source) << ": "
                  << e.topic;
        if (e.source == TrainingSource::Manual) std::cout << " (by " << e.enteredBy << ")";
        if (e.attemptId) std::cout << " (attempt " << *e.attemptId << ")";
        std::cout << "\n";
    }
    std::cout << "total: " << durationText(total) << " in " << entries.size() << (entries.size() == 1 ? " entry\n" : " entries\n");
    return kExitOk;
}

} // namespace

int runHours(int argc, char** argv) { return runSubcommand("hours", kUsage, {{"add", runAdd}, {"list", runList}}, argc, argv); }

} // namespace frontline::cli
