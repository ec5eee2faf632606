// frontline-cli sample: the weekly QA spot check of scenario attempts.
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <map>

#include "CliArgs.h"
#include "Commands.h"
#include "RecordsContext.h"
#include "review/WeekSample.h"

namespace frontline::cli {

namespace {

const char* kHelp = R"(usage: frontline-cli sample --week YYYY-Www [--rate 0.10] [--seed N] [--json] [--db PATH]

Picks a random sample of the scenario attempts completed in one ISO week
(Monday to Sunday, by the UTC day they ended) for a quality check. --rate is
the share to pick, more than 0 and at most 1 (default 0.10: the standards'
10% weekly check); the count is rounded up and is at least 1 when the week
has any attempt. The pick is reproducible: the seed defaults to a hash of
the week's name, so the same week always gives the same sample; --seed N
draws another one.
)";

Result<double> rateOption(const CliArgs& args) {
    auto v = args.value("rate");
    if (!v) return kDefaultQaRate;
    char* end = nullptr;
    double rate = std::strtod(v->c_str(), &end);
    if (v->empty() || *end != '\0' || !std::isfinite(rate) || rate <= 0 || rate > 1) {
        return makeError("option '--rate' needs a share more than 0 and at most 1, e.g. 0.10, got '" + *v + "'");
    }
    return rate;
}

} // namespace

int runSample(int argc, char** argv) {
    const std::string cmd = "sample";
    CliArgs args(cmd, {"week", "rate", "seed", "db"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kHelp, false)) return *stop;
    auto weekText = args.required("week");
    if (!weekText) return fail(cmd, weekText.error(), kExitUsage);
    auto week = parseIsoWeek(*weekText);
    if (!week) return fail(cmd, makeError("option '--week': " + week.error().message), kExitUsage);
    auto rate = rateOption(args);
    if (!rate) return fail(cmd, rate.error(), kExitUsage);
    auto seed = args.unsignedValue("seed", qaSeedFor(week->id()));
    if (!seed) return fail(cmd, seed.error(), kExitUsage);

    auto store = openRecords(args);
    if (!store) return fail(cmd, store.error(), kExitFailed);
    auto sample = drawWeekSample(**store, *week, *rate, *seed);
    if (!sample) return fail(cmd, sample.error(), kExitFailed);
    const std::vector<ScenarioAttempt>& all = sample->ended;
    std::vector<const ScenarioAttempt*> picked;
    for (size_t i : sample->picked) picked.push_back(&all[i]);

    std::map<int64_t, Trainee> people;
    for (const auto* a : picked) {
        if (people.count(a->traineeId)) continue;
        auto t = (*store)->traineeById(a->traineeId);
        if (!t) return fail(cmd, t.error(), kExitFailed);
        people[a->traineeId] = *t;
    }

    const std::string from = week->monday.toString(), lastDay = week->nextMonday().plusDays(-1).toString();
    if (args.flag("json")) {
        nlohmann::json out = {{"week", week->id()},
                              {"from", from},
                              {"to", lastDay},
                              {"rate", *rate},
                              {"seed", *seed},
                              {"attempts", all.size()},
                              {"sample_size", picked.size()},
                              {"sample", nlohmann::json::array()}};
        for (const auto* a : picked) {
            const Trainee& t = people[a->traineeId];
            auto total = attemptTotal(*a);
            out["sample"].push_back({{"attempt", a->id},
                                     {"trainee", t.empno},
                                     {"name", t.name},
                                     {"team", t.team},
                                     {"pack", a->packId},
                                     {"scenario", a->scenarioId},
                                     {"mode", playModeId(a->mode)},
                                     {"ended_at", a->endedAt},
                                     {"outcome", a->outcome},
                                     {"total_score", total ? nlohmann::json(*total) : nlohmann::json(nullptr)},
                                     {"passed", attemptPassed(*a)}});
        }
        std::cout << dumpJson(out) << "\n";
        return kExitOk;
    }
    std::cout << "QA sample for " << week->id() << " (" << from << " to " << lastDay << "): " << picked.size() << " of " << all.size()
              << " completed attempt" << (all.size() == 1 ? "" : "s") << ", rate " << *rate << ", seed " << *seed << "\n";
    for (const auto* a : picked) {
        const Trainee& t = people[a->traineeId];
        auto total = attemptTotal(*a);
        std::cout << "  attempt " << a->id << "  " << a->endedAt << "  " << t.empno << " " << t.name << "  " << a->scenarioId << " ("
                  << playModeId(a->mode) << ")  " << a->outcome << ", " << (total ? std::to_string(*total) : "-") << "/100\n";
    }
    return kExitOk;
}

} // namespace frontline::cli
