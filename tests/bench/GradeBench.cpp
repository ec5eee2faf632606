// Benchmark: how fast the rubric grader explains one reply, for a typical
// 8-criterion rubric (6 required concepts, 2 forbidden) with three model
// answers, on the real replies of tests/data/scripts. Prints replies per
// second on one core and the p50/p99 latency per reply; asserts nothing.
// Times are the thread's CPU time, so other work on a busy machine does not
// inflate them; the wall-clock rate is printed beside for comparison.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <regex>
#include <time.h>

#include "common/DataPaths.h"
#include "grading/GradeRequest.h"
#include "grading/KeywordGrader.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace frontline;

namespace {

double cpuMicros() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

const char* kZhRubric = R"({"lang": "zh-CN",
  "model_answers": ["您好，非常理解您的心情，您是说订单三天了还没发货对吗？我马上帮您催促仓库，今天下午5点前给您回电，您看可以吗？",
                    "非常抱歉让您久等了，我已经帮您登记加急，24小时内安排发出，到时候短信通知您，还有其他可以帮您的吗？",
                    "理解您着急的心情，我这边为您提供两个方案：一是加急发货，二是取消订单全额退款，您看哪种更合适？"],
  "criteria": [{"concept": "greeting", "weight": 10}, {"concept": "empathy", "weight": 20}, {"concept": "restate", "weight": 15},
               {"concept": "solution", "weight": 25}, {"concept": "time_commitment", "weight": 20}, {"concept": "satisfaction_check", "weight": 10}],
  "forbidden": ["blame_shift", "overpromise"]})";

const char* kEnRubric = R"({"lang": "en",
  "model_answers": ["Hello, I completely understand how frustrating this is. So your order has not shipped after three days, is that right? I'll chase the warehouse and call you back by 5 pm today. Does that work for you?",
                    "I'm sorry for the wait. I've flagged it as urgent and it will ship within 24 hours; you'll get a text. Is there anything else I can help with?",
                    "I understand the rush. I can offer two options: express shipping, or cancelling for a full refund. Which would you prefer?"],
  "criteria": [{"concept": "greeting", "weight": 10}, {"concept": "empathy", "weight": 20}, {"concept": "restate", "weight": 15},
               {"concept": "solution", "weight": 25}, {"concept": "time_commitment", "weight": 20}, {"concept": "satisfaction_check", "weight": 10}],
  "forbidden": ["blame_shift", "overpromise"]})";

// Every reply of the good and poor scripts, without their "[12.5s]" latency prefix.
std::vector<std::string> replies(const fs::path& dir) {
    std::vector<std::string> out;
    static const std::regex latency(R"(^\[[0-9.]+s\]\s*)");
    for (const auto& entry : fs::directory_iterator(dir)) {
        std::ifstream in(entry.path());
        std::string line;
        while (std::getline(in, line)) {
            line = std::regex_replace(line, latency, "");
            if (!line.empty()) out.push_back(line);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

void run(const char* name, const char* rubricJson, const std::vector<std::string>& texts, const LexiconSet& lexicons, int total) {
    auto rubric = readInlineRubric(nlohmann::json::parse(rubricJson), lexicons);
    if (!rubric || texts.empty()) {
        std::cerr << "frontline-bench-grade: cannot set up the " << name << " rubric\n";
        std::exit(1);
    }
    KeywordGrader grader(*lexicons.forLanguage(rubric->language));
    std::vector<double> micros;
    micros.reserve(static_cast<size_t>(total));
    long checksum = 0; // keeps the optimiser honest
    auto start = Clock::now();
    double cpuStart = cpuMicros();
    for (int i = 0; i < total; ++i) {
        const std::string& reply = texts[static_cast<size_t>(i) % texts.size()];
        double t0 = cpuMicros();
        ReplyGrade g = grader.grade(ReplyInput{rubric->node, rubric->modelAnswers, {}, reply, 5.0});
        micros.push_back(cpuMicros() - t0);
        checksum += g.score;
    }
    double seconds = (cpuMicros() - cpuStart) / 1e6;
    double wall = std::chrono::duration<double>(Clock::now() - start).count();
    std::sort(micros.begin(), micros.end());
    auto pct = [&](double p) { return micros[std::min(micros.size() - 1, static_cast<size_t>(p * static_cast<double>(micros.size())))]; };
    double avgChars = 0;
    for (const auto& t : texts) avgChars += static_cast<double>(t.size());
    std::cout << std::fixed << std::setprecision(0) << name << ": " << total << " replies (" << texts.size() << " distinct, "
              << std::setprecision(0) << avgChars / static_cast<double>(texts.size()) << " bytes on average), "
              << static_cast<double>(total) / seconds << " replies/s on one core, p50 " << std::setprecision(3) << pct(0.50) / 1000.0
              << " ms, p99 " << pct(0.99) / 1000.0 << " ms, max " << micros.back() / 1000.0 << " ms; wall clock " << std::setprecision(0)
              << static_cast<double>(total) / wall << " replies/s (checksum " << checksum << ")\n";
}

} // namespace

int main(int argc, char** argv) {
    int total = argc > 1 ? std::atoi(argv[1]) : 50000;
    if (total <= 0) {
        std::cerr << "usage: frontline-bench-grade [REPLIES]\n";
        return 2;
    }
    fs::path root = dataRoot(argv[0]);
    Diagnostics diags;
    LexiconSet lexicons = LexiconSet::loadDir(assetsDir(root) / "lexicon", diags);
    if (diags.hasErrors()) {
        std::cerr << "frontline-bench-grade: the lexicons under " << (assetsDir(root) / "lexicon") << " have errors\n";
        return 1;
    }
    fs::path scripts = root / "tests" / "data" / "scripts";
    std::cout << "rubric: 8 criteria (6 required concepts, 2 forbidden), 3 model answers\n";
    run("zh-CN", kZhRubric, replies(scripts / "core-zh"), lexicons, total);
    run("en", kEnRubric, replies(scripts / "core-en"), lexicons, total);
    return 0;
}
