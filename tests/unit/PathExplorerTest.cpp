#include <catch2/catch.hpp>

#include "TestData.h"
#include "scenario/PackLoader.h"
#include "scenario/PathExplorer.h"

using namespace frontline;

TEST_CASE("paths cover each ending, follow the loop once and bound the score", "[paths]") {
    PackLoad load = loadPack(test::dataDir() / "packs" / "mini-zh", test::miniLexicons());
    REQUIRE(load.ok());
    PathReport r = explorePaths(load.pack.scenarios[0]);
    CHECK_FALSE(r.truncated);
    std::vector<std::string> got;
    for (const auto& p : r.paths) {
        std::string line;
        for (const auto& n : p.nodes) line += n + " ";
        line += std::string(outcomeId(p.outcome)) + " " + std::to_string(p.minScore) + "-" + std::to_string(p.maxScore);
        got.push_back(line);
    }
    // From mood 50, open's loss branch (mood <= 15) needs a forbidden hit, so a score of 40 at most.
    // Looping back means the mood stayed above 15 and the score below 50; from mood 30 a low
    // score alone then loses the customer. Each total is the mean of the turn bounds.
    CHECK(got == std::vector<std::string>{
                     "open lost customer-lost 0-40",
                     "open answer done resolved 55-100",
                     "open answer lost customer-lost 25-80",
                     "open open lost customer-lost 0-45",
                     "open open answer done resolved 37-83",
                     "open open answer lost customer-lost 17-69",
                 });
}
