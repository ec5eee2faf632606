// CertificationRefresh on a real SQLite store: a change of state is recorded
// once, with its reason and evidence; no change records nothing.
#include <catch2/catch.hpp>

#include "TestData.h"
#include "certification/CertificationRefresh.h"
#include "programs/ProgramReader.h"

using namespace frontline;
using namespace frontline::test;

namespace {

int64_t at(const std::string& timestamp) { return parseTimestamp(timestamp).value(); }
CalendarDate day(const std::string& date) { return CalendarDate::parse(date).value(); }

const Programs& bundledPrograms() {
    static Programs programs = [] {
        auto load = loadPrograms(sourceDir() / "assessments" / "programs", nullptr);
        REQUIRE(load.ok());
        return load.programs;
    }();
    return programs;
}

} // namespace

TEST_CASE("refresh records each change of state once, with reason and evidence", "[certification][refresh]") {
    TempDir dir;
    auto opened = openSqliteRecordStore((dir.path() / "records.db").string());
    REQUIRE(opened);
    RecordStore& store = **opened;
    Trainee t;
    t.empno = "E2001";
    t.name = "林晓";
    t.team = "二组";
    auto added = store.addTrainee(t, "T001");
    REQUIRE(added);

    auto first = refreshCertification(store, bundledPrograms(), "E2001", day("2026-03-01"), at("2026-03-01T09:00:00Z"));
    REQUIRE(first);
    REQUIRE(first->recorded);
    CHECK(first->recorded->state == CertificationState::InTraining);
    CHECK(first->recorded->by == "system");
    CHECK(first->recorded->at == "2026-03-01T09:00:00Z");
    CHECK(first->recorded->reason == "onboarding is not complete (0 of 3 days done) and the certification is not passed");
    auto details = nlohmann::json::parse(first->recorded->detailsJson);
    CHECK(details["certification"]["rule"]["weights"]["scenarios"] == 70);
    CHECK(details["certification"]["rule"]["weights"]["written"] == 30);
    CHECK(details["programs"]["onboarding"] == "onboarding@1.0.0");

    auto again = refreshCertification(store, bundledPrograms(), "E2001", day("2026-03-02"), at("2026-03-02T09:00:00Z"));
    REQUIRE(again);
    CHECK_FALSE(again->recorded);

    // A trainer certifies (for example an agent hired already trained): no new system event for the same state.
    CertificationEvent grant;
    grant.traineeId = added->id;
    grant.state = CertificationState::CertifiedForDuty;
    grant.at = "2026-03-05T09:00:00Z";
    grant.reason = "certified by the training lead after the classroom assessment";
    grant.by = "T001";
    REQUIRE(store.recordCertification(grant));
    auto granted = refreshCertification(store, bundledPrograms(), "E2001", day("2026-03-06"), at("2026-03-06T09:00:00Z"));
    REQUIRE(granted);
    CHECK_FALSE(granted->recorded);
    CHECK(granted->evaluation.state == CertificationState::CertifiedForDuty);

    // 2027 is owed; by Jan 2028 it ended short: lapsed.
    auto lapsed = refreshCertification(store, bundledPrograms(), "E2001", day("2028-01-02"), at("2028-01-02T09:00:00Z"));
    REQUIRE(lapsed);
    REQUIRE(lapsed->recorded);
    CHECK(lapsed->recorded->state == CertificationState::Lapsed);
    CHECK(lapsed->recorded->reason ==
          "2027 ended short of the annual training; 480 minutes and 2 advanced sessions still to log before taking calls again");

    for (auto kind : {TrainingKind::Advanced, TrainingKind::Advanced, TrainingKind::Annual}) {
        TrainingEntry e;
        e.traineeId = added->id;
        e.date = "2028-01-03";
        e.minutes = 160;
        e.kind = kind;
        e.topic = "高级沟通专题";
        e.enteredBy = "T001";
        REQUIRE(store.addTraining(e));
    }
    auto recovered = refreshCertification(store, bundledPrograms(), "E2001", day("2028-01-03"), at("2028-01-03T18:00:00Z"));
    REQUIRE(recovered);
    REQUIRE(recovered->recorded);
    CHECK(recovered->recorded->state == CertificationState::CertifiedForDuty);
    auto history = store.history("E2001");
    REQUIRE(history);
    REQUIRE(history->certifications.size() == 4);
    CHECK(history->certifications[3].reason.find("the earlier shortfall was made up on 2028-01-03") != std::string::npos);

    auto unknown = refreshCertification(store, bundledPrograms(), "E9999", day("2028-01-03"), at("2028-01-03T18:00:00Z"));
    CHECK_FALSE(unknown);
}
