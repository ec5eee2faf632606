#include "TestData.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <random>

namespace frontline::test {

namespace {
LexiconSet loadOrFail(const std::filesystem::path& dir) {
    Diagnostics diags;
    LexiconSet set = LexiconSet::loadDir(dir, diags);
    for (const auto& d : diags.items()) UNSCOPED_INFO(d.format());
    REQUIRE_FALSE(diags.hasErrors());
    return set;
}
} // namespace

const LexiconSet& miniLexicons() {
    static LexiconSet set = loadOrFail(dataDir() / "lexicon-mini");
    return set;
}

const LexiconSet& bundledLexicons() {
    static LexiconSet set = loadOrFail(sourceDir() / "assets" / "lexicon");
    return set;
}

TempDir::TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("frontline-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

void writeFile(const std::filesystem::path& path, const std::string& content) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace frontline::test
