// frontline-cli grade and grade-batch: the grader on its own, for trainers
// tuning a rubric and for scripts grading many replies.
#include <cmath>
#include <fstream>
#include <iostream>

#include "CliArgs.h"
#include "Commands.h"
#include "ExamPrinting.h"
#include "Workspace.h"
#include "common/Utf8.h"
#include "grading/GradeRequest.h"
#include "grading/KeywordGrader.h"

namespace frontline::cli {

namespace {

const char* kGradeHelp = R"(usage: frontline-cli grade --pack DIR --scenario ID --node NODE --response TEXT
                          [--latency-ms N] [--seed N] [--json]

Grades one reply at one customer node of a scenario, exactly as a call would
(slot values are those of a call started with --seed, default 1), and explains
the score: each criterion hit (with the words that matched) or missed (with
the coaching tip), forbidden behaviour, closeness to the model answers with
the key terms left out, lateness and the competency sub-scores.
See README "How grading works" for the rules. Exit status 0 when graded,
1 when the pack, scenario or node cannot be used, 2 on bad usage.
)";

const char* kBatchHelp = R"(usage: frontline-cli grade-batch [--in FILE] [--out FILE]

Grades JSON Lines: one request per input line (standard input by default), one
result per output line in the same order (standard output by default),
streamed so any number of lines runs in constant memory. A request is either
bound to a pack node:
  {"id": 1, "pack": "scenarios/core-zh", "scenario": "late-return", "node": "open",
   "response": "...", "latency_ms": 8000}
or carries its own rubric (weights are scaled to 100; criteria and forbidden
may be empty, then the score is similarity to the model answers plus etiquette):
  {"id": "a", "lang": "zh-CN", "model_answers": ["..."],
   "criteria": [{"concept": "empathy", "weight": 40}, {"phrases": ["退货"], "weight": 60, "label": "policy"}],
   "forbidden": ["blame_shift", "全额退款"], "response": "..."}
A result has id, score, criteria (id, hit, spans, ...), forbidden_hits,
similarity, competencies and grader_version. A bad line gives
{"id", "line", "error"} and the batch goes on. Blank lines are skipped.
Exit status 0 when every line was graded, 1 when some line had an error,
2 on bad usage or unreadable files.
)";

// The reply must be text a person could have typed: valid UTF-8, not empty.
Status checkReply(const std::string& text) {
    for (size_t i = 0; i < text.size();) {
        Utf8Char c = decodeUtf8(text, i);
        if (!c.valid) return makeError("--response is not valid UTF-8 (byte " + std::to_string(i + 1) + ")");
        i += c.length;
    }
    return Done{};
}

} // namespace

int runGrade(int argc, char** argv) {
    CliArgs args("grade", {"pack", "scenario", "node", "response", "latency-ms", "seed"}, {"json", "help"});
    if (auto stop = args.start(argc, argv, kGradeHelp, false)) return *stop;
    PackNodeRef ref;
    for (auto [key, field] : {std::pair{"pack", &ref.packDir}, std::pair{"scenario", &ref.scenarioId}, std::pair{"node", &ref.nodeId}}) {
        auto v = args.required(key);
        if (!v) return fail("grade", v.error(), kExitUsage);
        *field = *v;
    }
    auto reply = args.required("response");
    if (!reply) return fail("grade", reply.error(), kExitUsage);
    if (auto s = checkReply(*reply); !s) return fail("grade", s.error(), kExitUsage);
    auto latencyMs = args.unsignedValue("latency-ms", 0);
    if (!latencyMs) return fail("grade", latencyMs.error(), kExitUsage);
    auto seed = args.unsignedValue("seed", 1);
    if (!seed) return fail("grade", seed.error(), kExitUsage);
    ref.seed = *seed;

    auto ws = Workspace::open(argv[0]);
    if (!ws) return fail("grade", ws.error(), kExitFailed);
    GradeDesk desk(ws->lexicons());
    auto grade = desk.grade(ref, *reply, static_cast<double>(*latencyMs) / 1000.0);
    if (!grade) return fail("grade", grade.error(), kExitFailed);
    if (args.flag("json")) {
        std::cout << grade->toJson().dump(2) << "\n";
    } else {
        printReplyGrade(std::cout, *grade);
    }
    return kExitOk;
}

int runGradeBatch(int argc, char** argv) {
    CliArgs args("grade-batch", {"in", "out"}, {"help"});
    if (auto stop = args.start(argc, argv, kBatchHelp, false)) return *stop;
    std::ifstream inFile;
    std::ofstream outFile;
    if (auto in = args.value("in")) {
        inFile.open(*in, std::ios::binary);
        if (!inFile) return fail("grade-batch", makeError("cannot read '" + *in + "'"), kExitUsage);
    }
    if (auto out = args.value("out")) {
        outFile.open(*out, std::ios::binary | std::ios::trunc);
        if (!outFile) return fail("grade-batch", makeError("cannot write '" + *out + "'"), kExitUsage);
    }
    std::istream& in = inFile.is_open() ? inFile : std::cin;
    std::ostream& out = outFile.is_open() ? outFile : std::cout;
    auto ws = Workspace::open(argv[0]);
    if (!ws) return fail("grade-batch", ws.error(), kExitFailed);

    GradeDesk desk(ws->lexicons());
    std::string line;
    int number = 0, errors = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (number == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        nlohmann::json result = desk.gradeLine(line, number);
        if (result.contains("error")) ++errors;
        // Replace rather than throw on bad UTF-8 in the input line.
        out << result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    out.flush();
    if (!out) return fail("grade-batch", makeError("writing the results failed"), kExitFailed);
    if (errors) {
        std::cerr << "frontline-cli grade-batch: " << errors << (errors == 1 ? " line" : " lines") << " of " << number
                  << " had errors (see their \"error\" field)\n";
        return kExitFailed;
    }
    return kExitOk;
}

} // namespace frontline::cli
