#pragma once
// Checks on the names of the files an import brings in (zip entries and
// folder entries alike), so that nothing lands outside the pack folder.
#include <cstdint>
#include <string>

namespace frontline {

// Why an entry name (as stored: '/'-separated, a folder ends in '/') cannot
// be part of a pack: "is an absolute path", "leaves the pack folder", ...;
// empty when it is safe.
std::string unsafeEntryReason(const std::string& name);

// The name as it may be shown in a message: invalid UTF-8 bytes and control
// characters become '?'.
std::string printableName(const std::string& name);

// "entry 'NAME' REASON"
std::string entryProblem(const std::string& name, const std::string& reason);

// "2 MiB" for whole mebibytes (the limits), else "2097153 bytes"
std::string byteSizeText(uint64_t bytes);

} // namespace frontline
