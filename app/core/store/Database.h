#pragma once
// A thin RAII wrapper over the SQLite C API: WAL, foreign keys, prepared
// statements only, and versioned migrations applied on open. A database from a
// newer Frontline is refused rather than guessed at.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "common/Result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace frontline {

class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    Statement& bind(int index, const std::string& value);
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, double value);
    Statement& bindNull(int index);
    // Steps once: true when a row is ready, false when done. Errors become an Error.
    Result<bool> step();
    Status run(); // steps to completion
    int64_t columnInt(int col) const;
    double columnDouble(int col) const;
    std::string columnText(int col) const;
    bool columnIsNull(int col) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_;
};

class Database {
public:
    // Opens (creating when missing) and migrates to the current schema version.
    static Result<Database> open(const std::filesystem::path& path);
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    Result<Statement> prepare(const std::string& sql);
    Status exec(const std::string& sql); // fixed SQL without parameters only
    int schemaVersion() const { return version_; }
    const std::filesystem::path& path() const { return path_; }

    // Runs fn inside BEGIN IMMEDIATE / COMMIT; rolls back when fn fails.
    template <typename Fn> Status transaction(Fn&& fn) {
        if (auto s = exec("BEGIN IMMEDIATE"); !s) return s;
        Status r = fn();
        if (!r) {
            exec("ROLLBACK");
            return r;
        }
        return exec("COMMIT");
    }

    static int currentSchemaVersion();

private:
    Database() = default;
    Status migrate();
    Error lastError(const std::string& what) const;

    sqlite3* db_ = nullptr;
    std::filesystem::path path_;
    int version_ = 0;
};

} // namespace frontline
