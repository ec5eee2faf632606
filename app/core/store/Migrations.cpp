#include "store/Migrations.h"

namespace frontline {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = {
        {1, "settings and pack registry",
         R"sql(
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE packs_seen (
  pack_id    TEXT NOT NULL,
  version    TEXT NOT NULL,
  hash       TEXT NOT NULL,
  path       TEXT NOT NULL,
  first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  PRIMARY KEY (pack_id, hash)
);
)sql"},
        // The training record. CHECKs repeat the store's input validation as a
        // second line of defence; "date(julianday(x)) IS x" accepts only real
        // calendar days. Logs an auditor relies on are append-only by trigger.
        {2, "training records",
         R"sql(
CREATE TABLE trainees (
  id         INTEGER PRIMARY KEY,
  empno      TEXT NOT NULL UNIQUE CHECK (length(trim(empno)) > 0),
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  team       TEXT NOT NULL DEFAULT '',
  hire_date  TEXT CHECK (hire_date IS NULL OR date(julianday(hire_date)) IS hire_date),
  role       TEXT NOT NULL DEFAULT 'trainee' CHECK (role IN ('trainee', 'agent', 'trainer')),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', julianday(created_at)) IS created_at)
);

CREATE TABLE scenario_attempts (
  id            INTEGER PRIMARY KEY,
  trainee_id    INTEGER NOT NULL REFERENCES trainees(id),
  pack_id       TEXT NOT NULL CHECK (length(pack_id) > 0),
  pack_version  TEXT NOT NULL,
  pack_hash     TEXT NOT NULL,
  scenario_id   TEXT NOT NULL CHECK (length(scenario_id) > 0),
  seed          INTEGER NOT NULL,
  mode          TEXT NOT NULL CHECK (mode IN ('practice', 'certification')),
  status        TEXT NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'completed', 'abandoned')),
  started_at    TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', julianday(started_at)) IS started_at),
  ended_at      TEXT CHECK (ended_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%SZ', julianday(ended_at)) IS ended_at),
  outcome       TEXT,
  total_score   INTEGER CHECK (total_score BETWEEN 0 AND 100), -- cache: mean of effective turn scores
  competencies  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(competencies)),
  pass_mark     INTEGER NOT NULL DEFAULT 70 CHECK (pass_mark BETWEEN 0 AND 100),
  critical_turn INTEGER NOT NULL DEFAULT -1 CHECK (critical_turn >= -1),
  CHECK ((status = 'in-progress') = (ended_at IS NULL))
);
-- One trainee's history; the weekly QA sample by end date; resume on start.
CREATE INDEX scenario_attempts_by_trainee ON scenario_attempts(trainee_id, started_at);
CREATE INDEX scenario_attempts_by_end ON scenario_attempts(ended_at) WHERE status = 'completed';
CREATE INDEX scenario_attempts_open ON scenario_attempts(trainee_id) WHERE status = 'in-progress';

CREATE TABLE attempt_turns (
  id             INTEGER PRIMARY KEY,
  attempt_id     INTEGER NOT NULL REFERENCES scenario_attempts(id),
  turn_index     INTEGER NOT NULL CHECK (turn_index >= 0),
  node_id        TEXT NOT NULL,
  customer_line  TEXT NOT NULL,
  reply          TEXT NOT NULL,
  latency        REAL NOT NULL CHECK (latency >= 0),
  score          INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
  grade          TEXT NOT NULL CHECK (json_valid(grade)),
  grader_version TEXT NOT NULL,
  recorded_at    TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', julianday(recorded_at)) IS recorded_at),
  UNIQUE (attempt_id, turn_index)
);
-- A graded turn is evidence: corrections go to grade_overrides, never here.
CREATE TRIGGER attempt_turns_no_update BEFORE UPDATE ON attempt_turns
BEGIN SELECT RAISE(ABORT, 'attempt_turns are written once; record a grade override instead'); END;

CREATE TABLE assessment_attempts (
  id             INTEGER PRIMARY KEY,
  trainee_id     INTEGER NOT NULL REFERENCES trainees(id),
  exam_id        TEXT NOT NULL CHECK (length(exam_id) > 0),
  seed           INTEGER NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('in-progress', 'completed', 'abandoned')),
  started_at     TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', julianday(started_at)) IS started_at),
  ended_at       TEXT CHECK (ended_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%SZ', julianday(ended_at)) IS ended_at),
  score          INTEGER CHECK (score BETWEEN 0 AND 100),
  passed         INTEGER NOT NULL DEFAULT 0 CHECK (passed IN (0, 1)),
  active_seconds INTEGER NOT NULL DEFAULT 0 CHECK (active_seconds >= 0),
  result         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(result))
);
CREATE INDEX assessment_attempts_by_trainee ON assessment_attempts(trainee_id, started_at);

CREATE TABLE training_entries (
  id         INTEGER PRIMARY KEY,
  trainee_id INTEGER NOT NULL REFERENCES trainees(id),
  trained_on TEXT NOT NULL CHECK (date(julianday(trained_on)) IS trained_on),
  minutes    INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
  kind       TEXT NOT NULL CHECK (kind IN ('onboarding', 'annual', 'advanced')),
  source     TEXT NOT NULL CHECK (source IN ('app', 'manual')),
  topic      TEXT NOT NULL DEFAULT '',
  entered_by TEXT NOT NULL CHECK (length(trim(entered_by)) > 0),
  attempt_id INTEGER REFERENCES scenario_attempts(id),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', julianday(created_at)) IS created_at)
);
-- The annual compliance report reads one year for everyone from this index alone.
CREATE INDEX training_entries_by_day ON training_entries(trained_on, trainee_id, kind, minutes);
CREATE INDEX training_entries_by_trainee ON training_entries(trainee_id, trained_on);

CREATE TABLE certification_events (
  id         INTEGER PRIMARY KEY,
  trainee_id INTEGER NOT NULL REFERENCES trainees(id),
  state      TEXT NOT NULL CHECK (state IN ('in-training', 'certified-for-duty', 'due', 'lapsed')),
  at         TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', julianday(at)) IS at),
  reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  details    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
  decided_by TEXT NOT NULL CHECK (length(trim(decided_by)) > 0)
);
CREATE INDEX certification_events_by_trainee ON certification_events(trainee_id, at);

CREATE TABLE grade_overrides (
  id            INTEGER PRIMARY KEY,
  attempt_id    INTEGER NOT NULL,
  turn_index    INTEGER NOT NULL,
  old_score     INTEGER NOT NULL CHECK (old_score BETWEEN 0 AND 100),
  new_score     INTEGER NOT NULL CHECK (new_score BETWEEN 0 AND 100),
  reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  overridden_by TEXT NOT NULL CHECK (length(trim(overridden_by)) > 0),
  at            TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', julianday(at)) IS at),
  FOREIGN KEY (attempt_id, turn_index) REFERENCES attempt_turns(attempt_id, turn_index)
);
-- The latest override of a turn is the last row of its (attempt, turn) range.
CREATE INDEX grade_overrides_by_turn ON grade_overrides(attempt_id, turn_index, id);

CREATE TABLE coaching_notes (
  id         INTEGER PRIMARY KEY,
  trainee_id INTEGER NOT NULL REFERENCES trainees(id),
  attempt_id INTEGER REFERENCES scenario_attempts(id),
  text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
  written_by TEXT NOT NULL CHECK (length(trim(written_by)) > 0),
  at         TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', julianday(at)) IS at)
);
CREATE INDEX coaching_notes_by_trainee ON coaching_notes(trainee_id, at);

CREATE TABLE audit_log (
  id      INTEGER PRIMARY KEY,
  at      TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', julianday(at)) IS at),
  actor   TEXT NOT NULL CHECK (length(trim(actor)) > 0),
  action  TEXT NOT NULL CHECK (length(action) > 0),
  subject TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
);
CREATE INDEX audit_log_by_subject ON audit_log(subject, id);

CREATE TRIGGER grade_overrides_no_update BEFORE UPDATE ON grade_overrides
BEGIN SELECT RAISE(ABORT, 'grade_overrides is append-only'); END;
CREATE TRIGGER grade_overrides_no_delete BEFORE DELETE ON grade_overrides
BEGIN SELECT RAISE(ABORT, 'grade_overrides is append-only'); END;
CREATE TRIGGER certification_events_no_update BEFORE UPDATE ON certification_events
BEGIN SELECT RAISE(ABORT, 'certification_events is append-only'); END;
CREATE TRIGGER certification_events_no_delete BEFORE DELETE ON certification_events
BEGIN SELECT RAISE(ABORT, 'certification_events is append-only'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)sql"},
        // Written exams log their time like played scenarios; and the two
        // per-trainee indexes cover what the certification rules read, so a
        // report over everyone scans indexes instead of visiting every row.
        {3, "exam time and covering indexes for the certification rules",
         R"sql(
ALTER TABLE training_entries ADD COLUMN assessment_id INTEGER REFERENCES assessment_attempts(id);
DROP INDEX scenario_attempts_by_trainee;
CREATE INDEX scenario_attempts_by_trainee ON scenario_attempts(trainee_id, started_at, id, status, mode, scenario_id, pack_id,
                                                               ended_at, total_score, pass_mark, critical_turn);
DROP INDEX training_entries_by_trainee;
CREATE INDEX training_entries_by_trainee ON training_entries(trainee_id, trained_on, id, minutes, kind, source, attempt_id, assessment_id);
)sql"},
        // Sign-in PINs: a libsodium Argon2id string (algorithm, limits, salt and
        // hash; never the PIN), the consecutive wrong tries and when the fifth
        // locked the account. One row per person who has a PIN.
        {4, "sign-in credentials",
         R"sql(
CREATE TABLE credentials (
  trainee_id   INTEGER PRIMARY KEY REFERENCES trainees(id),
  pin_hash     TEXT NOT NULL CHECK (pin_hash LIKE '$argon2id$%'),
  failed_tries INTEGER NOT NULL DEFAULT 0 CHECK (failed_tries >= 0),
  locked_at    TEXT CHECK (locked_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%SZ', julianday(locked_at)) IS locked_at),
  set_at       TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', julianday(set_at)) IS set_at)
);
)sql"},
        // A trainer's "reviewed" mark on a scenario attempt in the review
        // queue: who looked and when, with an optional note. Append-only, like
        // the overrides: a mark is evidence that the QA check was done.
        {5, "review marks",
         R"sql(
CREATE TABLE review_marks (
  id          INTEGER PRIMARY KEY,
  attempt_id  INTEGER NOT NULL REFERENCES scenario_attempts(id),
  reviewed_by TEXT NOT NULL CHECK (length(trim(reviewed_by)) > 0),
  at          TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', julianday(at)) IS at),
  note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX review_marks_by_attempt ON review_marks(attempt_id, id);
CREATE TRIGGER review_marks_no_update BEFORE UPDATE ON review_marks
BEGIN SELECT RAISE(ABORT, 'review_marks is append-only'); END;
CREATE TRIGGER review_marks_no_delete BEFORE DELETE ON review_marks
BEGIN SELECT RAISE(ABORT, 'review_marks is append-only'); END;
)sql"},
    };
    return list;
}

} // namespace frontline
