#include "store/Database.h"

#include <sqlite3.h>

#include "store/Migrations.h"

namespace frontline {

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }

Statement::~Statement() {
    if (stmt_) sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, const std::string& value) {
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(stmt_, index, value);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

Result<bool> Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return makeError(std::string("database error: ") + sqlite3_errmsg(db_));
}

Status Statement::run() {
    for (;;) {
        auto r = step();
        if (!r) return r.error();
        if (!r.value()) return Done{};
    }
}

int64_t Statement::columnInt(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::columnDouble(int col) const { return sqlite3_column_double(stmt_, col); }
bool Statement::columnIsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

std::string Statement::columnText(int col) const {
    const auto* p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}

Database::Database(Database&& other) noexcept : db_(other.db_), path_(std::move(other.path_)), version_(other.version_) {
    other.db_ = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        if (db_) sqlite3_close(db_);
        db_ = other.db_;
        path_ = std::move(other.path_);
        version_ = other.version_;
        other.db_ = nullptr;
    }
    return *this;
}

Database::~Database() {
    if (db_) sqlite3_close(db_);
}

int Database::currentSchemaVersion() { return migrations().back().version; }

Error Database::lastError(const std::string& what) const {
    return makeError(what + ": " + (db_ ? sqlite3_errmsg(db_) : "out of memory"), {path_.string()});
}

Result<Database> Database::open(const std::filesystem::path& path) {
    Database db;
    db.path_ = path;
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    // NOMUTEX: a Database is used by one thread at a time, so SQLite's own
    // per-call locking is pure cost (a few percent of a whole-cohort read).
    if (sqlite3_open_v2(path.string().c_str(), &db.db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        return db.lastError("cannot open database");
    }
    sqlite3_busy_timeout(db.db_, 5000);
    // A file that is not a database fails on the first read; say so plainly.
    if (auto s = db.exec("PRAGMA foreign_keys = ON"); !s) return s.error();
    {
        auto mode = db.prepare("PRAGMA journal_mode = WAL");
        if (!mode) return makeError("not a Frontline database (or it is damaged): " + mode.error().message, {path.string()});
        if (auto r = mode->step(); !r)
            return makeError("not a Frontline database (or it is damaged): " + r.error().message, {path.string()});
    } // finalised here: an open statement would block the migrations' COMMIT
    // A cohort report reads a few hundred MB of pages: a 64 MB cache keeps the
    // ones it revisits, and mapping the file spares a copy per page read.
    if (auto s = db.exec("PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824"); !s) return s.error();
    if (auto s = db.migrate(); !s) return s.error();
    return db;
}

Result<Statement> Database::prepare(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) return lastError("database error");
    return Statement(db_, stmt);
}

Status Database::exec(const std::string& sql) {
    char* msg = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
        std::string text = msg ? msg : "unknown error";
        sqlite3_free(msg);
        return makeError("database error: " + text, {path_.string()});
    }
    return Done{};
}

Status Database::migrate() {
    {
        auto q = prepare("PRAGMA user_version");
        if (!q) return q.error();
        auto row = q->step();
        if (!row) return makeError("not a Frontline database (or it is damaged): " + row.error().message, {path_.string()});
        version_ = static_cast<int>(q->columnInt(0));
    }
    if (version_ > currentSchemaVersion()) {
        return makeError("database schema version " + std::to_string(version_) + " is newer than this Frontline supports (" +
                             std::to_string(currentSchemaVersion()) + "); upgrade Frontline",
                         {path_.string()});
    }
    for (const auto& m : migrations()) {
        if (m.version <= version_) continue;
        auto s = transaction([&]() -> Status {
            if (auto r = exec(m.sql); !r) return r;
            return exec("PRAGMA user_version = " + std::to_string(m.version));
        });
        if (!s) return makeError("migration to schema " + std::to_string(m.version) + " failed: " + s.error().message, {path_.string()});
        version_ = m.version;
    }
    return Done{};
}

} // namespace frontline
