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
    };
    return list;
}

} // namespace frontline
