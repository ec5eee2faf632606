// Benchmark: validate a generated pack of 1,000 scenarios (about 20 MB), the
// issue's target being under 1 s. Prints its figures; asserts nothing (timing
// belongs in README, not in tests).
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include "common/DataPaths.h"
#include "grading/Lexicon.h"
#include "scenario/PackLoader.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Writes `count` scenarios cycled from the bundled zh pack, each with its own id; returns total bytes.
size_t generatePack(const fs::path& root, const fs::path& out, int count) {
    fs::path src = frontline::bundledScenariosDir(root) / "core-zh";
    std::ifstream in(src / "pack.json");
    auto manifest = nlohmann::json::parse(in);
    std::vector<nlohmann::json> templates;
    for (const auto& f : manifest["scenarios"]) {
        std::ifstream s(src / f.get<std::string>());
        templates.push_back(nlohmann::json::parse(s));
    }
    fs::create_directories(out);
    manifest["id"] = "bench-zh";
    manifest["scenarios"] = nlohmann::json::array();
    size_t bytes = 0;
    for (int i = 0; i < count; ++i) {
        nlohmann::json s = templates[static_cast<size_t>(i) % templates.size()];
        std::string id = s["id"].get<std::string>() + "-" + std::to_string(i);
        s["id"] = id;
        s["title"] = s["title"].get<std::string>() + " #" + std::to_string(i);
        std::string text = s.dump();
        std::ofstream(out / (id + ".json")) << text;
        bytes += text.size();
        manifest["scenarios"].push_back(id + ".json");
    }
    std::string m = manifest.dump(2);
    std::ofstream(out / "pack.json") << m;
    return bytes + m.size();
}

} // namespace

int main(int argc, char** argv) {
    int count = argc > 1 ? std::atoi(argv[1]) : 1000;
    if (count <= 0) {
        std::cerr << "usage: frontline-bench-validate [SCENARIOS]\n";
        return 2;
    }
    fs::path root = frontline::dataRoot(argv[0]);
    fs::path dir = fs::temp_directory_path() / ("frontline-bench-" + std::to_string(::getpid()));
    size_t bytes = generatePack(root, dir, count);
    frontline::Diagnostics diags;
    auto lexicons = frontline::LexiconSet::loadDir(frontline::assetsDir(root) / "lexicon", diags);

    std::vector<double> runs;
    size_t problems = 0;
    for (int i = 0; i < 5; ++i) {
        auto t0 = Clock::now();
        frontline::PackLoad load = frontline::loadPack(dir, lexicons);
        runs.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
        problems = load.diagnostics.items().size();
    }
    std::sort(runs.begin(), runs.end());
    double mb = double(bytes) / 1e6;
    std::cout.setf(std::ios::fixed);
    std::cout.precision(3);
    std::cout << "generated pack: " << count << " scenarios, " << mb << " MB\n";
    std::cout << "load + validate (in process, 5 runs): best " << runs.front() << " s, median " << runs[2] << " s, " << mb / runs[2]
              << " MB/s, " << problems << " problems reported\n";

    fs::path cli = fs::path(argv[0]).parent_path() / "frontline-cli";
    std::string cmd = "'" + cli.string() + "' validate '" + dir.string() + "' > /dev/null";
    auto t0 = Clock::now();
    int rc = std::system(cmd.c_str());
    double whole = std::chrono::duration<double>(Clock::now() - t0).count();
    std::cout << "frontline-cli validate (whole process): " << whole << " s, exit " << WEXITSTATUS(rc) << "\n";
    std::cout << "target: under 1 s -> " << (runs[2] < 1.0 && whole < 1.0 ? "met" : "NOT met") << "\n";
    fs::remove_all(dir);
    return 0;
}
