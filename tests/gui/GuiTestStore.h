#pragma once
// A fresh SQLite training record in a temporary folder, filled through
// RecordStore as the app and the CLI fill it, for the GUI's model tests.
#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <string>

#include "../unit/TestData.h"
#include "programs/ProgramReader.h"
#include "records/RecordStore.h"
#include "session/ActivityTitles.h"

namespace frontline::testing {

struct GuiTestStore {
    test::TempDir dir; // removed with the store
    std::unique_ptr<RecordStore> store;

    GuiTestStore() {
        auto s = openSqliteRecordStore((dir.path() / "frontline.db").string());
        REQUIRE(s);
        store = std::move(s.value());
        add("T1", "王老师", "", Role::Trainer);
    }

    Trainee add(const std::string& empno, const std::string& name, const std::string& team = "客服一组", Role role = Role::Trainee) {
        Trainee t;
        t.empno = empno;
        t.name = name;
        t.team = team;
        t.role = role;
        t.hireDate = "2026-01-05";
        auto r = store->addTrainee(t, "T1");
        REQUIRE(r);
        return r.value();
    }

    // A completed practice attempt with one turn per score, started at startedAt.
    int64_t play(int64_t traineeId, const std::string& scenario, std::initializer_list<int> scores, const std::string& startedAt,
                 PlayMode mode = PlayMode::Practice) {
        ScenarioAttempt a;
        a.traineeId = traineeId;
        a.packId = "core-zh";
        a.packVersion = "1.0.0";
        a.packHash = "abc";
        a.scenarioId = scenario;
        a.mode = mode;
        a.startedAt = startedAt;
        a.passMark = 70;
        auto id = store->beginAttempt(a);
        REQUIRE(id);
        int index = 0;
        for (int score : scores) {
            AttemptTurn t;
            t.index = index++;
            t.nodeId = "n" + std::to_string(index);
            t.reply = "您好，非常理解您的心情";
            t.score = score;
            t.gradeJson = "{}";
            t.graderVersion = "rubric-2.0";
            REQUIRE(store->recordTurn(*id, t));
        }
        ScenarioAttempt end;
        end.id = *id;
        end.status = AttemptStatus::Completed;
        end.outcome = "resolved";
        end.endedAt = startedAt.substr(0, 11) + "10:00:00Z";
        REQUIRE(store->finishAttempt(end));
        return *id;
    }

    void hours(int64_t traineeId, int minutes, TrainingKind kind, const std::string& date, const std::string& topic) {
        TrainingEntry e;
        e.traineeId = traineeId;
        e.minutes = minutes;
        e.kind = kind;
        e.date = date;
        e.topic = topic;
        e.enteredBy = "T1";
        REQUIRE(store->addTraining(e));
    }
};

inline Programs bundledPrograms() {
    auto load = loadPrograms(std::filesystem::path(FRONTLINE_SOURCE_DIR) / "assessments" / "programs", nullptr);
    REQUIRE(load.ok());
    return load.programs;
}

// A trainer's screen model (Model) on a fresh store with the bundled
// programmes, in zh-CN, signed in as T1.
template <typename Model> struct TrainerModelFixture {
    GuiTestStore db;
    Programs programs = bundledPrograms();
    gui::ActivityTitles titles;
    Model model{*db.store, programs, titles, "zh-CN", "T1"};
};

} // namespace frontline::testing
