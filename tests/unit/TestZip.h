#pragma once
// Zip archives written entry by entry with libzip, hostile ones included
// (links, '..' names, raw non-UTF-8 names), for the pack import tests.
#include <cstdint>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace frontline::test {

struct ZipEntry {
    std::string name; // stored as given (raw bytes)
    std::string content;
    uint32_t unixMode = S_IFREG | 0644u;
    bool folder = false;
};

// Writes the entries in order; encrypt sets AES-256 on every file entry.
void writeZip(const std::filesystem::path& path, const std::vector<ZipEntry>& entries, bool encrypt = false);

} // namespace frontline::test
