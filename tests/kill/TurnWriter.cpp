// The child of the kill test: records turns into the database named on the
// command line as fast as it can, printing "committed ATTEMPT TURN" (flushed)
// after each commit, until it is killed. On start it abandons whatever attempt
// the last, killed, run left in progress, as the app does on its next start.
#include <cstdio>
#include <string>

#include "records/RecordStore.h"

using namespace frontline;

namespace {

int fail(const Error& e) {
    std::fprintf(stderr, "frontline-test-turn-writer: %s\n", e.message.c_str());
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: frontline-test-turn-writer DB\n");
        return 2;
    }
    auto store = openSqliteRecordStore(argv[1]);
    if (!store) return fail(store.error());
    RecordStore& records = **store;

    auto trainee = records.trainee("K001");
    if (!trainee) {
        Trainee t;
        t.empno = "K001";
        t.name = "断电测试 ⚡";
        trainee = records.addTrainee(t, "T001");
        if (!trainee) return fail(trainee.error());
    }
    auto open = records.attemptsInProgress(trainee->id);
    if (!open) return fail(open.error());
    for (const auto& a : *open) {
        if (auto s = records.abandonAttempt(a.id); !s) return fail(s.error());
    }

    // Attempts of 12 turns, finished and begun again, so kills land in every kind of write.
    for (int round = 0; round < 10000; ++round) {
        ScenarioAttempt a;
        a.traineeId = trainee->id;
        a.packId = "core-zh";
        a.scenarioId = "angry-appliance";
        a.seed = static_cast<uint64_t>(round);
        auto id = records.beginAttempt(a);
        if (!id) return fail(id.error());
        for (int i = 0; i < 12; ++i) {
            AttemptTurn t;
            t.index = i;
            t.nodeId = "node-" + std::to_string(i);
            t.customerLine = "我已经打了第三次电话了！";
            t.reply = "您好，非常理解您的心情，我马上为您核实订单。";
            t.latencySeconds = 8.5;
            t.score = (round * 7 + i * 13) % 101;
            t.gradeJson = R"({"score":)" + std::to_string(t.score) + "}";
            t.graderVersion = "keyword-1.0";
            if (auto s = records.recordTurn(*id, t); !s) return fail(s.error());
            std::printf("committed %lld %d\n", static_cast<long long>(*id), i);
            std::fflush(stdout);
        }
        a.id = *id;
        a.status = AttemptStatus::Completed;
        a.outcome = "resolved";
        if (auto s = records.finishAttempt(a); !s) return fail(s.error());
    }
    return 0;
}
