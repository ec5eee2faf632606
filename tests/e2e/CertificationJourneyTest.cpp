// A new hire's whole way to "certified for duty" with the bundled content and
// nothing else: the three onboarding days (scenarios played from their good
// scripts, each day's quiz), then the certification (three scenarios in
// certification mode and the written test). The quizzes and the written test
// are sat with the answer key of their paper, so this checks that exams feed
// the certification rule exactly as programmes/onboarding.json says.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "CommandRunner.h"
#include "TestData.h"

using namespace frontline::test;
using nlohmann::json;

namespace {

class Journey {
public:
    Journey(std::string pack, std::string lang) : pack_(std::move(pack)), lang_(std::move(lang)) {
        db_ = shellQuote((dir_.path() / "records.db").string());
    }
    CommandResult run(const std::string& args) const { return runCommand("FRONTLINE_CLI " + args + " --db " + db_); }
    std::string must(const std::string& args) const {
        INFO(args);
        return requireSuccess(run(args)).out;
    }
    void play(const std::string& scenario, const std::string& mode = "practice") const {
        must("play --pack scenarios/" + pack_ + " --scenario " + scenario + " --responses tests/data/scripts/" + pack_ + "/" + scenario +
             ".good.txt --trainee N001 --mode " + mode);
    }
    // Sits an exam with the full-marks key of its seed-1 paper; returns the recorded score.
    int exam(const std::string& id) const {
        auto key = dir_.path() / (id + ".key.json");
        auto k = runCommand("FRONTLINE_CLI exam paper --exam " + id + " --seed 1 --lang " + lang_ + " --answer-key > " +
                            shellQuote(key.string()));
        REQUIRE(k.exitCode == 0);
        json out = json::parse(
            must("exam take --exam " + id + " --trainee N001 --seed 1 --lang " + lang_ + " --json --answers " + shellQuote(key.string())));
        return out.at("percent").get<int>();
    }
    json status() const { return json::parse(must("status --trainee N001 --json")); }

private:
    TempDir dir_;
    std::string db_, pack_, lang_;
};

void walk(const Journey& j) {
    j.must("trainee add --empno N001 --name '新員工 林曉雨' --team 客服一组");
    for (const char* s : {"order-status", "delivery-delay"}) j.play(s);
    CHECK(j.exam("onboarding-day1-quiz") == 100);
    for (const char* s : {"elderly-remote-assist", "payment-outage", "complaint-escalation"}) j.play(s);
    CHECK(j.exam("onboarding-day2-quiz") == 100);
    for (const char* s : {"angry-appliance", "late-return", "special-request"}) j.play(s);
    CHECK(j.exam("onboarding-day3-quiz") == 100);

    json before = j.status();
    INFO(before.dump(2));
    CHECK(before.at("state") == "in-training");

    for (const char* s : {"angry-appliance", "payment-outage", "late-return"}) j.play(s, "certification");
    CHECK(j.exam("onboarding-certification") == 100);
    json after = j.status();
    INFO(after.dump(2));
    CHECK(after.at("state") == "certified-for-duty");
}

} // namespace

TEST_CASE("a new hire is certified for duty through the bundled days, quizzes and written test (zh-CN)", "[cli][exam][journey]") {
    walk(Journey("core-zh", "zh-CN"));
}

TEST_CASE("a new hire is certified for duty through the bundled days, quizzes and written test (en)", "[cli][exam][journey]") {
    walk(Journey("core-en", "en"));
}
