// Benchmark: Moodle GIFT import at scale. Generates a GIFT file of N questions
// (default 20,000, about 2.5 MB: Chinese text, every question type, categories,
// feedback), then imports it as frontline-cli import-gift does (read the file,
// import it streaming the bank's JSON to a file: importGiftToJson) several
// times in this process, once holding the whole bank (importGift +
// writeBankJson) for comparison, and once more through the real command in a
// child process, whose peak resident set (wait4's ru_maxrss) is the honest
// memory figure. Prints MB/s and peak memory against the file size (targets:
// >= 20 MB/s, < 10x the file); asserts only that the generated file imports
// without a problem, so the smoke run at 200 questions keeps the generator honest.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <random>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

#include "assessments/BankWriter.h"
#include "assessments/GiftImporter.h"
#include "common/TextFile.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace frontline;

namespace {

constexpr double kMB = 1024.0 * 1024.0;

// Phrases of the service standards, so the text looks like a real bank.
const std::vector<const char*> kSituations = {"客户来电询问物流进度", "客户要求超期退货", "客户情绪激动地投诉", "客户反映配送延迟",
                                              "客户咨询开具发票",     "客户要求找主管",   "客户第三次来电",     "客户对价格不满"};
const std::vector<const char*> kAsks = {"第一步应该做什么", "应当如何回应", "哪种说法最合适", "首先要确认什么"};
const std::vector<const char*> kRight = {"先安抚情绪", "核实订单信息", "说明处理时限", "复述客户问题", "给出两个方案", "按流程升级"};
const std::vector<const char*> kWrong = {"直接拒绝", "让客户等着", "说这是规定", "挂断电话", "推给别的部门", "打断客户"};
const std::vector<const char*> kFeedback = {"正确", "不礼貌", "没有共情", "缺少时限", "推诿责任", "先处理情绪"};
const std::vector<const char*> kStatements = {"通话中应称呼客户为“您”", "可以承诺政策外的全额退款", "回电时间要说具体几点",
                                              "客户骂人时可以直接挂断", "结束前要询问是否还有其他问题"};
const std::vector<const char*> kCategories = {"服务礼仪/问候语", "服务礼仪/结束语", "服务流程/投诉处理",  "服务流程/升级",
                                              "政策/退换货",     "政策/物流",       "Knowledge/Invoices", "情绪管理"};

class Generator {
public:
    explicit Generator(unsigned seed) : rng_(seed) {}

    std::string file(int count) {
        std::string out = "// 生成的基准题库：" + std::to_string(count) + " 题\n\n";
        for (int i = 0; i < count; ++i) {
            if (i % 250 == 0) out += std::string("$CATEGORY: $course$/top/") + pick(kCategories) + "\n\n";
            question(out, i);
            out += "\n\n";
        }
        return out;
    }

private:
    const char* pick(const std::vector<const char*>& pool) { return pool[rng_() % pool.size()]; }

    void title(std::string& out, int i) {
        if (i % 2 == 0) out += "::" + std::string(pick(kRight)) + "-" + std::to_string(i) + "::";
    }

    void question(std::string& out, int i) {
        title(out, i);
        auto kind = rng_() % 100;
        if (kind < 35) {
            out += std::string(pick(kSituations)) + "，" + pick(kAsks) + "？{\n=" + pick(kRight) + "#" + pick(kFeedback) + "\n~" +
                   pick(kWrong) + "#" + pick(kFeedback) + "\n~" + pick(kWrong) + "\n~%-50%" + pick(kWrong) + "\n}";
        } else if (kind < 45) {
            out += std::string(pick(kSituations)) + "，哪些做法正确？{~%50%" + pick(kRight) + " ~%50%" + pick(kRight) + " ~%-100%" +
                   pick(kWrong) + " ~%-100%" + pick(kWrong) + "}";
        } else if (kind < 60) {
            out += std::string(pick(kStatements)) + "。{" + (rng_() % 2 ? "T" : "FALSE#" + std::string(pick(kFeedback))) + "}";
        } else if (kind < 72) {
            out += "承诺回电要说具体时间，如“{=30分钟 =半小时 =%50%尽快#不够具体}内回电”。";
        } else if (kind < 80) {
            out += rng_() % 2 ? "等待超过多少秒要致歉？{#30:5}" : "无理由退货期限几天？{#=7 =%50%15#换货期}";
        } else if (kind < 88) {
            out += "对应情绪：{=“打了三次电话！” -> 着急 =“你们骗人！” -> 愤怒 =“怎么操作？” -> 困惑}";
        } else if (kind < 95) {
            out += std::string(pick(kSituations)) + "，写出你的应对。{####先共情，再说明政策。}";
        } else {
            out += "以下题目考查" + std::string(pick(kCategories)) + "。";
        }
    }

    std::mt19937 rng_;
};

long maxRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double mbOf(long kb) { return static_cast<double>(kb) / 1024.0; }

// CPU time, so other work on a busy machine does not inflate the figures.
double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double seconds(const timeval& tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6; }

struct Run {
    double cpu = 0, wall = 0;
    int imported = 0;
    bool clean = false;
};

// Read the file, import it, write the bank: what import-gift does (without its
// fsync) when streaming, or the whole bank in memory first when not.
Run importOnce(const fs::path& gift, const fs::path& out, bool streaming) {
    auto start = Clock::now();
    double cpuStart = cpuSeconds();
    auto text = readTextFile(gift);
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    GiftImport result;
    if (streaming) {
        result = importGiftToJson(text ? *text : std::string(), gift.string(), GiftOptions{}, file);
    } else {
        result = importGift(text ? *text : std::string(), gift.string(), GiftOptions{});
        writeBankJson(result.bank, file);
    }
    file.close();
    for (const auto& d : result.diagnostics.items()) std::cerr << d.format() << "\n";
    return {cpuSeconds() - cpuStart, std::chrono::duration<double>(Clock::now() - start).count(), result.imported,
            result.diagnostics.empty() && file.good()};
}

// "frontline-bench-gift --peak-rss COMMAND ARGS...": runs the command (its
// output discarded) and prints its exit code, peak resident set in KB and CPU
// seconds. A child's peak (wait4's ru_maxrss) starts from its parent's when it
// is spawned, so the benchmark measures through this fresh, small process
// rather than spawning the command itself after importing 20,000 questions.
int reportChild(char** command) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    int status = 0;
    rusage usage{};
    bool ran = posix_spawn(&pid, command[0], &actions, nullptr, command, environ) == 0 && wait4(pid, &status, 0, &usage) == pid;
    posix_spawn_file_actions_destroy(&actions);
    if (!ran) return 1;
    std::cout << (WIFEXITED(status) ? WEXITSTATUS(status) : -1) << " " << usage.ru_maxrss << " "
              << seconds(usage.ru_utime) + seconds(usage.ru_stime) << "\n";
    return 0;
}

struct Child {
    int exitCode = -1;
    long maxRssKb = 0;
    double cpu = 0, wall = 0;
};

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

Child measure(const std::string& self, const std::vector<std::string>& command) {
    std::string line = "exec " + quoted(self) + " --peak-rss";
    for (const auto& a : command) line += " " + quoted(a);
    Child child;
    auto start = Clock::now();
    if (FILE* pipe = popen(line.c_str(), "r")) {
        if (std::fscanf(pipe, "%d %ld %lf", &child.exitCode, &child.maxRssKb, &child.cpu) != 3) child.exitCode = -1;
        pclose(pipe);
    }
    child.wall = std::chrono::duration<double>(Clock::now() - start).count();
    return child;
}

} // namespace

int main(int argc, char** argv) {
    if (argc > 2 && std::string(argv[1]) == "--peak-rss") return reportChild(argv + 2);
    int count = argc > 1 ? std::atoi(argv[1]) : 20000;
    if (count <= 0) {
        std::cerr << "usage: frontline-bench-gift [QUESTIONS]\n";
        return 2;
    }
    fs::path dir = fs::temp_directory_path() / ("frontline-bench-gift-" + std::to_string(getpid()));
    fs::create_directories(dir);
    fs::path gift = dir / "bench.gift", out = dir / "bench.json";
    {
        std::ofstream file(gift, std::ios::binary);
        file << Generator(20260301).file(count);
    }
    double mb = static_cast<double>(fs::file_size(gift)) / kMB;
    std::cout << std::fixed << std::setprecision(2) << "GIFT file: " << count << " questions, " << mb << " MB (" << std::setprecision(0)
              << static_cast<double>(fs::file_size(gift)) / count << " bytes per question)\n";

    long rssBefore = maxRssKb();
    std::vector<Run> runs;
    for (int i = 0; i < 5; ++i) runs.push_back(importOnce(gift, out, true));
    long rssStreamed = maxRssKb();
    Run whole = importOnce(gift, out, false);
    long rssWhole = maxRssKb();
    for (const Run& r : runs) {
        if (!r.clean || r.imported != count || !whole.clean || whole.imported != count) {
            std::cerr << "frontline-bench-gift: the generated file imported " << r.imported << " of " << count << " questions\n";
            fs::remove_all(dir);
            return 1;
        }
    }
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.cpu < b.cpu; });
    const Run& median = runs[runs.size() / 2];
    std::cout << std::setprecision(1) << "in process, streamed as import-gift does (read + importGiftToJson, "
              << static_cast<double>(fs::file_size(out)) / kMB << " MB of JSON), median of 5: " << std::setprecision(3) << median.cpu
              << " s CPU = " << std::setprecision(1) << mb / median.cpu << " MB/s (target >= 20; wall clock " << mb / median.wall
              << " MB/s); resident set grew " << mbOf(rssStreamed - rssBefore) << " MB = " << mbOf(rssStreamed - rssBefore) / mb
              << "x the file\n"
              << "in process, holding the whole bank (importGift + writeBankJson): " << std::setprecision(3) << whole.cpu
              << " s CPU = " << std::setprecision(1) << mb / whole.cpu << " MB/s; resident set grew " << mbOf(rssWhole - rssBefore)
              << " MB = " << mbOf(rssWhole - rssBefore) / mb << "x the file\n";

    fs::path cli = fs::path(argv[0]).parent_path() / "frontline-cli";
    if (!fs::exists(cli)) {
        std::cout << "frontline-cli not found beside this program (" << cli.string() << "): child-process figures skipped\n";
    } else {
        Child baseline = measure(argv[0], {cli.string(), "import-gift", "--help"});
        Child child = measure(argv[0], {cli.string(), "import-gift", gift.string(), "--out", out.string(), "--force"});
        if (child.exitCode != 0) {
            std::cerr << "frontline-bench-gift: frontline-cli import-gift exited with " << child.exitCode << "\n";
            fs::remove_all(dir);
            return 1;
        }
        double peak = mbOf(child.maxRssKb), base = mbOf(baseline.maxRssKb);
        std::cout << "frontline-cli import-gift (child process, start-up and fsync included): " << std::setprecision(3) << child.cpu
                  << " s CPU = " << std::setprecision(1) << mb / child.cpu << " MB/s (wall clock " << mb / child.wall << " MB/s); peak RSS "
                  << peak << " MB = " << peak / mb << "x the file (target < 10x), of which " << base
                  << " MB is the program itself (import-gift --help)\n";
    }
    fs::remove_all(dir);
    return 0;
}
