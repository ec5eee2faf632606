// Benchmark: the training records at the issue's scale, 5,000 trainees with 5
// years of history (about 2 million turns). Generates the database, then times
// the operations the issue names. Prints its figures; asserts nothing (timing
// belongs in README, not in tests). Each measured step is a small lambda given
// to measure(), so more steps (status, the annual report) slot in beside these.
//
//   frontline-bench-records [TRAINEES] [--keep DB | --reuse DB]
//
// --reuse measures a database kept by an earlier --keep run instead of
// generating one (its trainee count must match TRAINEES).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <random>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include <vector>

#include "certification/CertificationLifecycle.h"
#include "common/CalendarDate.h"
#include "common/DataPaths.h"
#include "programs/ProgramReader.h"
#include "records/SqliteRecordStore.h"
#include "reports/CertificationReports.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace frontline;

namespace {

[[noreturn]] void die(const std::string& what) {
    std::cerr << "frontline-bench-records: " << what << "\n";
    std::exit(1);
}

// ---- Generation: raw SQLite, statements prepared once and reused, one transaction per batch.

class Insert {
public:
    Insert(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) die(sqlite3_errmsg(db));
    }
    ~Insert() { sqlite3_finalize(stmt_); }
    Insert(const Insert&) = delete;
    Insert& operator=(const Insert&) = delete;

    Insert& text(int i, const std::string& v) {
        sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Insert& integer(int i, int64_t v) {
        sqlite3_bind_int64(stmt_, i, v);
        return *this;
    }
    Insert& real(int i, double v) {
        sqlite3_bind_double(stmt_, i, v);
        return *this;
    }
    Insert& null(int i) {
        sqlite3_bind_null(stmt_, i);
        return *this;
    }
    int64_t run() {
        if (sqlite3_step(stmt_) != SQLITE_DONE) die(sqlite3_errmsg(db_));
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
        return sqlite3_last_insert_rowid(db_);
    }

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

void exec(sqlite3* db, const char* sql) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) die(sqlite3_errmsg(db));
}

const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴",   "周",
                                 "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "欧阳", "司马"};
const char* const kGiven[] = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊",   "军",
                              "洋", "勇", "艳", "杰",   "娟", "涛", "明", "超", "秀兰", "霞"};
const char* const kEnglish[] = {"Alice Chen", "Brian O'Neil", "Chloé Martin", "Daniel \"Dan\" Wu", "Eva Müller"};
const char* const kScenarios[] = {"angry-appliance", "payment-outage", "late-return", "order-status", "delivery-delay", "elderly-caller"};
const char* const kOutcomes[] = {"resolved", "escalated-correctly", "customer-lost", "resolved", "resolved"};
const char* const kReplies[] = {
    "您好，欢迎致电服务中心，我是小李，请问有什么可以帮您？",
    "我非常理解您的心情，给您带来不便真的很抱歉，我马上为您查询订单状态。",
    "我复述一下：您的冰箱买了两个月就不制冷了，已经是第三次来电，希望尽快上门维修，对吗？",
    "目前支付系统正在紧急修复，预计30分钟内恢复，您可以先用货到付款下单，恢复后我会主动联系您。",
    "超过退货期限确实无法直接退货，不过我可以为您申请换货或者延长保修，您看哪种更合适？",
    "请问还有其他可以帮您的吗？感谢您的耐心，祝您生活愉快。",
};
const char* const kLines[] = {"我的冰箱又坏了，这已经是第三次打电话了！", "付款一直失败，页面转圈，你们到底怎么回事？",
                              "我想退货，虽然过了七天，但东西根本没用过。", "我的快递三天没动了，到底什么时候能到？"};
const char* const kTopics[] = {"高级沟通技巧", "突发事件处理", "产品知识更新", "服务礼仪复训", "Complaint handling workshop"};

std::string gradeJson(int score, std::mt19937& rng) {
    // A compact stand-in for ReplyGrade::toJson: criteria, competencies, similarity, missing terms.
    std::string j = "{\"score\":" + std::to_string(score) + ",\"raw\":" + std::to_string(score) + ",\"criteria\":[";
    const char* ids[] = {"greeting", "empathy", "restate", "solution", "closing"};
    for (int i = 0; i < 5; ++i) {
        bool hit = rng() % 3 != 0;
        j += std::string(i ? "," : "") + "{\"id\":\"" + ids[i] + "\",\"hit\":" + (hit ? "true" : "false") +
             ",\"weight\":20,\"earned\":" + (hit ? "20" : "0") + "}";
    }
    j += "],\"competencies\":{\"communication\":" + std::to_string(score) +
         ",\"emotion-management\":" + std::to_string(std::min(100, score + 5)) + "},\"similarity\":0." + std::to_string(rng() % 90 + 10) +
         ",\"missing_terms\":[\"退款\",\"跟进\"],\"grader\":\"keyword-1.0\"}";
    return j;
}

struct Generated {
    int64_t turns = 0, attempts = 0, training = 0;
};

Generated generate(const std::string& path, int trainees) {
    sqlite3* db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) die("cannot open " + path);
    exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON");
    Insert trainee(db, "INSERT INTO trainees(empno, name, team, hire_date, role, active, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Insert attempt(db, "INSERT INTO scenario_attempts(trainee_id, pack_id, pack_version, pack_hash, scenario_id, seed, mode, status, "
                       "started_at, ended_at, outcome, total_score, competencies, pass_mark, critical_turn) "
                       "VALUES (?1, 'core-zh', '1.2.0', 'sha256:5f2c', ?2, ?3, ?4, 'completed', ?5, ?6, ?7, ?8, ?9, 70, -1)");
    Insert turn(db,
                "INSERT INTO attempt_turns(attempt_id, turn_index, node_id, customer_line, reply, latency, score, grade, grader_version, "
                "recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'keyword-1.0', ?9)");
    Insert training(
        db, "INSERT INTO training_entries(trainee_id, trained_on, minutes, kind, source, topic, entered_by, attempt_id, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    Insert cert(
        db, "INSERT INTO certification_events(trainee_id, state, at, reason, details, decided_by) VALUES (?1, ?2, ?3, ?4, ?5, 'system')");
    Insert exam(db,
                "INSERT INTO assessment_attempts(trainee_id, exam_id, seed, status, started_at, ended_at, score, passed, active_seconds, "
                "result) VALUES (?1, 'onboarding-final', ?2, 'completed', ?3, ?4, ?5, ?6, ?7, '{}')");
    Insert override_(db, "INSERT INTO grade_overrides(attempt_id, turn_index, old_score, new_score, reason, overridden_by, at) "
                         "VALUES (?1, 0, ?2, ?3, '同义表达未被识别', 'T0001', ?4)");
    Insert audit(db, "INSERT INTO audit_log(at, actor, action, subject, details) VALUES (?1, 'T0001', ?2, ?3, '{}')");

    std::mt19937 rng(20261124);
    const int64_t end = CalendarDate{2026, 11, 20}.dayNumber();
    const int64_t windowStart = end - 5 * 365;
    Generated g;
    exec(db, "BEGIN");
    for (int i = 0; i < trainees; ++i) {
        char empno[16];
        std::snprintf(empno, sizeof empno, "E%05d", i);
        std::string name = i % 50 == 7 ? kEnglish[(i / 50) % 5]
                                       : std::string(kSurnames[rng() % 20]) + kGiven[rng() % 20] + (rng() % 2 ? kGiven[rng() % 20] : "");
        if (i == 3) name += " 🎧";
        int64_t hire = windowStart - 700 + static_cast<int64_t>(rng() % (5 * 365 + 600));
        int64_t from = std::max(hire, windowStart);
        const char* role = i % 50 == 0 ? "trainer" : hire > end - 30 ? "trainee" : "agent";
        std::string created = formatTimestamp(hire * 86400 + 3600);
        int64_t tid = trainee.text(1, empno)
                          .text(2, name)
                          .text(3, "客服" + std::to_string(i % 40 + 1) + "组")
                          .text(4, CalendarDate::fromDayNumber(hire).toString())
                          .text(5, role)
                          .integer(6, i % 20 == 19 ? 0 : 1)
                          .text(7, created)
                          .run();
        audit.text(1, created).text(2, "trainee.add").text(3, empno).run();
        cert.integer(1, tid).text(2, "in-training").text(3, formatTimestamp(from * 86400 + 7200)).text(4, "hired").text(5, "{}").run();
        cert.integer(1, tid)
            .text(2, "certified-for-duty")
            .text(3, formatTimestamp((from + 3) * 86400 + 36000))
            .text(4, "passed the certification rule")
            .text(5, R"({"scenario":84,"written":88,"final":85,"weights":{"scenario":0.7,"written":0.3}})")
            .run();
        exam.integer(1, tid)
            .integer(2, i)
            .text(3, formatTimestamp((from + 3) * 86400 + 32400))
            .text(4, formatTimestamp((from + 3) * 86400 + 34200))
            .integer(5, 70 + rng() % 31)
            .integer(6, 1)
            .integer(7, 1500)
            .run();

        // 50 attempts of 6-10 turns spread over the trainee's time in the window, oldest first.
        std::vector<int64_t> starts;
        for (int k = 0; k < 50; ++k)
            starts.push_back((from + static_cast<int64_t>(rng() % static_cast<uint64_t>(end - from + 1))) * 86400 + 28800 + rng() % 36000);
        std::sort(starts.begin(), starts.end());
        for (size_t k = 0; k < starts.size(); ++k) {
            int n = 6 + static_cast<int>(rng() % 5);
            std::vector<int> scores;
            for (int t = 0; t < n; ++t) scores.push_back(30 + static_cast<int>(rng() % 71));
            bool overridden = k == 25 && i % 2 == 0;
            int first = scores[0];
            if (overridden) scores[0] = std::min(100, first + 20);
            double sum = 0;
            for (int s : scores) sum += s;
            int64_t t0 = starts[k];
            int64_t aid = attempt.integer(1, tid)
                              .text(2, kScenarios[rng() % 6])
                              .integer(3, static_cast<int64_t>(rng()))
                              .text(4, k % 10 == 9 ? "certification" : "practice")
                              .text(5, formatTimestamp(t0))
                              .text(6, formatTimestamp(t0 + n * 40 + 30))
                              .text(7, kOutcomes[rng() % 5])
                              .integer(8, std::lround(sum / n))
                              .text(9, R"({"communication":78,"problem-solving":71,"emotion-management":85,"knowledge":66,"etiquette":90})")
                              .run();
            for (int t = 0; t < n; ++t) {
                int grader = t == 0 ? first : scores[static_cast<size_t>(t)];
                turn.integer(1, aid)
                    .integer(2, t)
                    .text(3, "node-" + std::to_string(t))
                    .text(4, kLines[rng() % 4])
                    .text(5, kReplies[rng() % 6])
                    .real(6, 3.0 + static_cast<double>(rng() % 300) / 10.0)
                    .integer(7, grader)
                    .text(8, gradeJson(grader, rng))
                    .text(9, formatTimestamp(t0 + t * 40 + 40))
                    .run();
            }
            if (overridden) {
                override_.integer(1, aid).integer(2, first).integer(3, scores[0]).text(4, formatTimestamp(t0 + 86400)).run();
                audit.text(1, formatTimestamp(t0 + 86400)).text(2, "override").text(3, empno).run();
            }
            std::string day = CalendarDate::fromDayNumber(t0 / 86400).toString();
            training.integer(1, tid).text(2, day).integer(3, n * 40 / 60 + 1).text(4, "annual").text(5, "app").text(6, "").text(7, "app");
            training.integer(8, aid).text(9, formatTimestamp(t0 + n * 40 + 31)).run();
            g.turns += n;
            ++g.attempts;
            ++g.training;
        }
        // Classroom hours each year: 3 annual sessions and 2 advanced topics.
        for (int64_t day = from + 20; day < end; day += 73) {
            bool advanced = (day / 73) % 5 < 2;
            std::string date = CalendarDate::fromDayNumber(day).toString();
            training.integer(1, tid)
                .text(2, date)
                .integer(3, advanced ? 120 : 90)
                .text(4, advanced ? "advanced" : "annual")
                .text(5, "manual")
                .text(6, kTopics[rng() % 5])
                .text(7, "T0001")
                .null(8)
                .text(9, formatTimestamp(day * 86400 + 61200))
                .run();
            audit.text(1, formatTimestamp(day * 86400 + 61200)).text(2, "hours.add").text(3, empno).run();
            ++g.training;
        }
        if (i % 100 == 99) exec(db, "COMMIT; BEGIN");
    }
    exec(db, "COMMIT");
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    exec(db, "ANALYZE");
    sqlite3_close(db);
    return g;
}

// ---- Measuring

struct Figures {
    std::vector<double> ms;
    // Nearest rank: the smallest sample with at least p% of the samples at or below it.
    double percentile(double p) const {
        if (ms.empty()) return 0;
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        auto rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
        return v[std::min(v.size(), std::max<size_t>(rank, 1)) - 1];
    }
    double total() const {
        double t = 0;
        for (double m : ms) t += m;
        return t;
    }
};

// Runs step `times` times, timing each call; step returns false to stop with an error.
Figures measure(int times, const std::function<bool(int)>& step) {
    Figures f;
    for (int i = 0; i < times; ++i) {
        auto t0 = Clock::now();
        if (!step(i)) die("a measured step failed");
        f.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    return f;
}

void print(const std::string& what, const Figures& f) {
    std::printf("  %-58s n=%-5zu p50 %8.3f ms  p99 %8.3f ms  max %8.3f ms\n", what.c_str(), f.ms.size(), f.percentile(50), f.percentile(99),
                f.percentile(100));
}

double fileMb(const fs::path& p) {
    std::error_code ec;
    auto n = fs::file_size(p, ec);
    return ec ? 0 : static_cast<double>(n) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    int trainees = 5000;
    std::string keep;
    bool reuse = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if ((a == "--keep" || a == "--reuse") && i + 1 < argc) {
            reuse = a == "--reuse";
            keep = argv[++i];
        } else if (std::atoi(a.c_str()) > 0)
            trainees = std::atoi(a.c_str());
        else {
            std::cerr << "usage: frontline-bench-records [TRAINEES] [--keep DB | --reuse DB]\n";
            return 2;
        }
    }
    fs::path dir = fs::temp_directory_path() / ("frontline-bench-records-" + std::to_string(::getpid()));
    if (keep.empty()) fs::create_directories(dir);
    fs::path path = keep.empty() ? dir / "records.db" : fs::path(keep);
    if (reuse) {
        if (!fs::exists(path)) die("--reuse: no database at " + path.string());
        std::printf("reusing %s (%.1f MB)\n", path.c_str(), fileMb(path));
    } else {
        fs::remove(path);
        { // the schema, exactly as the app creates it
            auto store = SqliteRecordStore::open(path.string());
            if (!store) die(store.error().message);
        }
        auto t0 = Clock::now();
        Generated g = generate(path.string(), trainees);
        double genSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
        ::sync(); // the generated gigabytes must not still be in writeback when the fsync timings start
        std::printf("generated: %d trainees, %lld attempts, %lld turns, %lld training entries in %.1f s; database %.1f MB\n", trainees,
                    static_cast<long long>(g.attempts), static_cast<long long>(g.turns), static_cast<long long>(g.training), genSeconds,
                    fileMb(path));
    }

    auto opened = SqliteRecordStore::open(path.string());
    if (!opened) die(opened.error().message);
    SqliteRecordStore& store = **opened;
    std::mt19937 rng(7);
    auto empno = [&](int i) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "E%05d", i);
        return std::string(buf);
    };

    std::printf("measured (Release, synchronous=FULL, WAL):\n");
    // Record one turn: real attempts of active trainees, 10 turns each, one commit (and fsync) per turn.
    const int attempts = std::min(200, trainees);
    std::vector<int64_t> ids;
    for (int i = 0; i < attempts; ++i) {
        auto t = store.trainee(empno((i * 37 + 1) % trainees));
        if (!t) die(t.error().message);
        if (!t->active && !store.setTraineeActive(t->empno, true, "T0001")) die("reactivate");
        ScenarioAttempt a;
        a.traineeId = t->id;
        a.packId = "core-zh";
        a.scenarioId = "angry-appliance";
        auto id = store.beginAttempt(a);
        if (!id) die(id.error().message);
        ids.push_back(*id);
    }
    AttemptTurn turn;
    turn.customerLine = kLines[0];
    turn.reply = kReplies[1];
    turn.latencySeconds = 9.5;
    turn.graderVersion = "keyword-1.0";
    print("record one turn (commit + fsync)", measure(attempts * 10, [&](int i) {
              turn.index = i / attempts;
              turn.nodeId = "node-" + std::to_string(turn.index);
              turn.score = 40 + i % 61;
              turn.gradeJson = gradeJson(turn.score, rng);
              return static_cast<bool>(store.recordTurn(ids[static_cast<size_t>(i % attempts)], turn));
          }));

    print("history() of one trainee, all 5 years with turns", measure(std::min(500, trainees), [&](int) {
              auto h = store.history(empno(static_cast<int>(rng() % static_cast<unsigned>(trainees))));
              return h && !h->attempts.empty();
          }));

    TraineeFilter year;
    year.includeInactive = true;
    year.withTurns = false;
    year.since = "2026-01-01";
    year.until = "2027-01-01";
    print("histories() of everyone, one year, with attempts, no turns", measure(3, [&](int) {
              auto all = store.histories(year);
              return all && static_cast<int>(all->size()) == trainees;
          }));
    year.withAttempts = false; // what the annual compliance report reads: hours and certifications
    print("histories() of everyone, one year, hours only (compliance)", measure(3, [&](int) {
              auto all = store.histories(year);
              return all && static_cast<int>(all->size()) == trainees;
          }));
    TraineeFilter everything;
    everything.includeInactive = true;
    everything.withTurns = false;
    print("histories() of everyone, 5 years, no turns", measure(3, [&](int) { return static_cast<bool>(store.histories(everything)); }));

    // What the commands do: `status` (one trainee's history and the rules) and
    // `report annual` (everyone's histories, the rules, CSV).
    auto programs = loadPrograms(programsDir(dataRoot(argv[0])), nullptr);
    if (programs.diagnostics.hasErrors()) die("the bundled programmes have errors");
    CalendarDate today = CalendarDate::parse("2026-11-24").value();
    const int64_t now = today.dayNumber() * 86400 + 43200;
    print("status for one trainee (history + certification rules)", measure(std::min(500, trainees), [&](int) {
              auto h = store.history(empno(static_cast<int>(rng() % static_cast<unsigned>(trainees))));
              if (!h) return false;
              LifecycleEvaluation e = evaluateLifecycle(programs.programs, *h, today, now);
              return !e.reason.empty();
          }));
    print("report annual for everyone (as the command: histories, rules, CSV)", measure(3, [&](int) {
              TraineeFilter cohort;
              cohort.withTurns = false; // as the command reads it
              cohort.rulesOnly = true;
              auto all = store.histories(cohort);
              if (!all) return false;
              std::string csv = toCsv(annualReport(programs.programs, *all, 2026, today, now), false);
              return csv.size() > static_cast<size_t>(trainees);
          }));

    if (keep.empty())
        fs::remove_all(dir);
    else
        std::printf("database kept at %s\n", path.c_str());
    return 0;
}
