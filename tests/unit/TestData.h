#pragma once
// Paths and fixtures shared by the unit tests.
#include <filesystem>
#include <string>

#include "grading/Lexicon.h"

namespace frontline::test {

inline std::filesystem::path dataDir() { return FRONTLINE_TEST_DATA; }
inline std::filesystem::path sourceDir() { return FRONTLINE_SOURCE_DIR; }

// The fixed mini lexicon of tests/data/lexicon-mini (stable patterns for matcher tests).
const LexiconSet& miniLexicons();
// The real lexicons of assets/lexicon.
const LexiconSet& bundledLexicons();

// A fresh empty folder under the system temp dir, removed at exit of the test.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

void writeFile(const std::filesystem::path& path, const std::string& content);
std::string readFile(const std::filesystem::path& path);

} // namespace frontline::test
