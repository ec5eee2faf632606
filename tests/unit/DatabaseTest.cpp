#include <catch2/catch.hpp>

#include "TestData.h"
#include "store/Database.h"

using namespace frontline;

TEST_CASE("a new database is created and migrated, reopening keeps data", "[store]") {
    test::TempDir tmp;
    auto path = tmp.path() / "sub" / "frontline.db";
    {
        auto db = Database::open(path);
        REQUIRE(db);
        CHECK(db->schemaVersion() == Database::currentSchemaVersion());
        auto ins = db->prepare("INSERT INTO settings(key, value) VALUES (?, ?)");
        REQUIRE(ins);
        ins->bind(1, std::string("language")).bind(2, std::string("zh-CN"));
        REQUIRE(ins->run());
    }
    auto again = Database::open(path);
    REQUIRE(again);
    auto q = again->prepare("SELECT value FROM settings WHERE key = ?");
    REQUIRE(q);
    q->bind(1, std::string("language"));
    REQUIRE(q->step().value());
    CHECK(q->columnText(0) == "zh-CN");
}

TEST_CASE("a failed transaction leaves nothing behind", "[store]") {
    test::TempDir tmp;
    auto db = Database::open(tmp.path() / "t.db");
    REQUIRE(db);
    auto s = db->transaction([&]() -> Status {
        auto ins = db->prepare("INSERT INTO settings(key, value) VALUES ('a', '1')");
        if (!ins) return ins.error();
        if (auto r = ins->run(); !r) return r;
        return makeError("simulated failure after the first write");
    });
    CHECK_FALSE(s);
    auto q = db->prepare("SELECT COUNT(*) FROM settings");
    REQUIRE(q->step().value());
    CHECK(q->columnInt(0) == 0);
}

TEST_CASE("a database from a newer Frontline or a non-database file is refused", "[store]") {
    test::TempDir tmp;
    auto path = tmp.path() / "new.db";
    {
        auto db = Database::open(path);
        REQUIRE(db);
        REQUIRE(db->exec("PRAGMA user_version = 999"));
    }
    auto newer = Database::open(path);
    REQUIRE_FALSE(newer);
    CHECK(newer.error().message.find("newer than this Frontline supports") != std::string::npos);

    auto junk = tmp.path() / "junk.db";
    test::writeFile(junk, std::string(4096, 'x'));
    auto bad = Database::open(junk);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.find("not a Frontline database") != std::string::npos);
}
