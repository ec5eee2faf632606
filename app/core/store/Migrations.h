#pragma once
// The schema as an ordered list of migrations; version N is the N-th entry.
// Append only: a shipped migration is never edited, so every older database
// upgrades in place along the same steps.
#include <vector>

namespace frontline {

struct Migration {
    int version;
    const char* description;
    const char* sql;
};

const std::vector<Migration>& migrations();

} // namespace frontline
