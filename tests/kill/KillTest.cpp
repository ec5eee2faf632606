// Crash safety, as the issue asks: a child recording turns is SIGKILLed in the
// middle of its writes, again and again on the same database; afterwards the
// database must be intact and hold every turn the child reported committed.
#include <catch2/catch.hpp>
#include <csignal>
#include <cstdio>
#include <random>
#include <set>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>

#include "TestData.h"
#include "records/RecordStore.h"
#include "store/Database.h"

using namespace frontline;

namespace {

// Starts the writer on db, reads `lines` committed lines, SIGKILLs it; returns what it reported.
std::vector<std::pair<int64_t, int>> runAndKill(const std::string& db, int lines) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::close(fds[0]);
        ::close(fds[1]);
        ::execl(FRONTLINE_TURN_WRITER, FRONTLINE_TURN_WRITER, db.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    FILE* out = ::fdopen(fds[0], "r");
    REQUIRE(out);
    std::vector<std::pair<int64_t, int>> committed;
    char line[128];
    while (static_cast<int>(committed.size()) < lines && std::fgets(line, sizeof line, out)) {
        long long attempt = 0;
        int turn = 0;
        REQUIRE(std::sscanf(line, "committed %lld %d", &attempt, &turn) == 2);
        committed.emplace_back(attempt, turn);
    }
    ::kill(pid, SIGKILL); // while it is busy with the next write
    int status = 0;
    ::waitpid(pid, &status, 0);
    std::fclose(out);
    CHECK(WIFSIGNALED(status));
    REQUIRE(static_cast<int>(committed.size()) == lines); // the writer did not die by itself
    return committed;
}

std::string single(Database& db, const std::string& sql) {
    auto q = db.prepare(sql);
    REQUIRE(q);
    REQUIRE(q->step().value());
    return q->columnText(0);
}

} // namespace

TEST_CASE("SIGKILL in the middle of writes loses no committed turn and never corrupts", "[records][kill]") {
    test::TempDir tmp;
    std::string path = (tmp.path() / "kill.db").string();
    std::random_device rd;
    unsigned seed = rd();
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> lines(1, 40);

    std::set<std::pair<int64_t, int>> committed;
    // The writer runs ahead of what we read, so a kill lands anywhere: most
    // often mid-attempt, sometimes between two. Whatever a kill left open,
    // the next start must abandon, so count what is open before each start.
    int leftOpen = 0;
    for (int run = 0; run < 20; ++run) {
        if (run > 0) {
            auto before = Database::open(path);
            REQUIRE(before);
            leftOpen += std::stoi(single(*before, "SELECT COUNT(*) FROM scenario_attempts WHERE status = 'in-progress'"));
        }
        for (const auto& c : runAndKill(path, lines(rng))) committed.insert(c);
    }

    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(single(*db, "PRAGMA integrity_check") == "ok");
    auto fk = db->prepare("PRAGMA foreign_key_check");
    REQUIRE(fk);
    CHECK_FALSE(fk->step().value());
    size_t found = 0;
    for (const auto& [attempt, turn] : committed) {
        auto q = db->prepare("SELECT COUNT(*) FROM attempt_turns WHERE attempt_id = ?1 AND turn_index = ?2");
        REQUIRE(q);
        q->bind(1, attempt).bind(2, static_cast<int64_t>(turn));
        REQUIRE(q->step().value());
        if (q->columnInt(0) == 1)
            ++found;
        else
            UNSCOPED_INFO("missing committed turn " << turn << " of attempt " << attempt);
    }
    CHECK(found == committed.size());

    // Each start abandoned the attempt the last kill interrupted: at most one is open now.
    auto store = openSqliteRecordStore(path);
    REQUIRE(store);
    auto k = (*store)->trainee("K001");
    REQUIRE(k);
    CHECK((*store)->attemptsInProgress(k->id)->size() <= 1);
    CHECK(std::stoi(single(*db, "SELECT COUNT(*) FROM scenario_attempts WHERE status = 'abandoned'")) == leftOpen);
}
