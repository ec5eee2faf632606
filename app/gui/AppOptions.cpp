#include "AppOptions.h"

#include <algorithm>
#include <charconv>

namespace frontline::gui {

namespace {

std::string joined(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : sep) + item;
    return out;
}

bool contains(const std::vector<std::string>& items, const std::string& value) {
    return std::find(items.begin(), items.end(), value) != items.end();
}

// The whole of text as a number of type T, else nothing.
template <typename T> std::optional<T> wholeNumber(const std::string& text) {
    T value{};
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

int parseInt(const std::string& text) { return wholeNumber<int>(text).value_or(-1); }

} // namespace

std::optional<std::pair<int, int>> parseWindowSize(const std::string& text) {
    auto x = text.find('x');
    if (x == std::string::npos) return std::nullopt;
    int w = parseInt(text.substr(0, x));
    int h = parseInt(text.substr(x + 1));
    if (w < 320 || h < 240 || w > 8192 || h > 8192) return std::nullopt;
    return std::make_pair(w, h);
}

Result<AppOptions> parseAppOptions(const std::vector<std::string>& args, const std::vector<std::string>& viewNames,
                                   const std::vector<std::string>& languages) {
    AppOptions o;
    bool viewGiven = false;
    for (size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        std::optional<std::string> inlineValue; // --name=value
        if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            inlineValue = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
        }
        auto value = [&]() -> std::optional<std::string> {
            if (inlineValue) return inlineValue;
            if (i + 1 < args.size()) return args[++i];
            return std::nullopt;
        };
        auto needsValue = [&](const std::string& name) { return makeError("option " + name + " needs a value"); };

        if (inlineValue && (arg == "--help" || arg == "--version")) {
            return makeError("option " + arg + " takes no value");
        } else if (arg == "--help" || arg == "-h") {
            o.help = true;
        } else if (arg == "--version") {
            o.version = true;
        } else if (arg == "--db" || arg == "--packs" || arg == "--screenshot" || arg == "--screenshot-on-exit" || arg == "--trainee" ||
                   arg == "--pin-file" || arg == "--exam" || arg == "--answers" || arg == "--scenario" || arg == "--replies" ||
                   arg == "--edit") {
            auto v = value();
            if (!v || v->empty()) return needsValue(arg);
            if (arg == "--scenario") o.scenario = *v;
            if (arg == "--edit") o.edit = *v;
            if (arg == "--replies") o.replies = *v;
            if (arg == "--exam") o.exam = *v;
            if (arg == "--answers") o.answers = *v;
            if (arg == "--trainee") o.trainee = *v;
            if (arg == "--pin-file") o.pinFile = *v;
            if (arg == "--db") o.database = *v;
            if (arg == "--packs") o.packs = *v;
            if (arg == "--screenshot") o.screenshot = *v;
            if (arg == "--screenshot-on-exit") o.screenshotOnExit = *v;
        } else if (arg == "--lang") {
            auto v = value();
            if (!v) return needsValue(arg);
            if (!contains(languages, *v)) return makeError("unknown language '" + *v + "' (expected " + joined(languages, " or ") + ")");
            o.language = *v;
        } else if (arg == "--view") {
            auto v = value();
            if (!v) return needsValue(arg);
            if (!contains(viewNames, *v)) return makeError("unknown view '" + *v + "' (expected " + joined(viewNames, ", ") + ")");
            o.view = *v;
            viewGiven = true;
        } else if (arg == "--seed") {
            auto v = value();
            if (!v) return needsValue(arg);
            auto seed = wholeNumber<uint64_t>(*v);
            if (!seed) return makeError("bad seed '" + *v + "' (expected a whole number)");
            o.seed = *seed;
        } else if (arg == "--attempt") {
            auto v = value();
            if (!v) return needsValue(arg);
            auto id = wholeNumber<int64_t>(*v);
            if (!id || *id < 1) return makeError("bad attempt '" + *v + "' (expected an attempt number, e.g. 12)");
            o.attempt = *id;
        } else if (arg == "--mode") {
            auto v = value();
            if (!v) return needsValue(arg);
            if (*v != "practice" && *v != "certification")
                return makeError("unknown mode '" + *v + "' (expected practice or certification)");
            o.certification = *v == "certification";
        } else if (arg == "--bench-frames") {
            auto v = value();
            if (!v) return needsValue(arg);
            o.benchFrames = parseInt(*v);
            if (o.benchFrames < 1 || o.benchFrames > 100000) return makeError("bad frame count '" + *v + "' (expected 1 to 100000)");
        } else if (arg == "--size") {
            auto v = value();
            if (!v) return needsValue(arg);
            auto size = parseWindowSize(*v);
            if (!size) return makeError("bad size '" + *v + "' (expected WxH, e.g. 1280x800, from 320x240 to 8192x8192)");
            o.width = size->first;
            o.height = size->second;
            o.sizeGiven = true;
        } else {
            return makeError("unknown argument '" + args[i] + "' (try --help)");
        }
    }
    if (o.pinFile && !o.trainee) return makeError("--pin-file goes with --trainee");
    if (o.edit && !viewGiven) o.view = "editor";
    if (o.edit && o.view != "editor" && o.view != "graph") return makeError("--edit goes with --view editor or --view graph");
    if (o.screenshot && o.screenshotOnExit) return makeError("use either --screenshot or --screenshot-on-exit, not both");
    if (o.benchFrames > 0 && (o.screenshot || o.screenshotOnExit)) return makeError("use either --bench-frames or a screenshot, not both");
    if ((o.exam || o.seed || o.answers) && o.view != "exam") return makeError("--exam, --seed and --answers go with --view exam");
    if (o.attempt && o.view != "review") return makeError("--attempt goes with --view review");
    return o;
}

std::string usageText(const std::vector<std::string>& viewNames, const std::vector<std::string>& languages) {
    return "Usage: frontline [options]\n"
           "Frontline customer-service training simulator (desktop).\n\n"
           "Options:\n"
           "  --db PATH                 database file (default: $XDG_DATA_HOME/frontline/frontline.db)\n"
           "  --lang LANG               interface language: " +
           joined(languages, ", ") +
           " (default: from the locale)\n"
           "  --packs DIR               scenario packs folder (default: the bundled scenarios)\n"
           "  --size WxH                window size in pixels (default: the last size, else 1280x800)\n"
           "  --trainee EMPNO           start signed in as this trainee\n"
           "  --pin-file FILE           with --trainee: the PIN of a person who has one (every trainer),\n"
           "                            on the file's first line; wrong PINs count toward the lock-out\n"
           "  --view NAME               first view: " +
           joined(viewNames, ", ") +
           " (default: signin)\n"
           "  --exam ID                 with --view exam: sit this exam (default: the next one due); the\n"
           "                            paper starts at once, in the interface language\n"
           "  --seed N                  with --view exam: the paper's seed (as `frontline-cli exam paper --seed`)\n"
           "  --answers FILE            with --view exam: fill in this answers file (assessments/FORMAT.md;\n"
           "                            questions not on the paper are ignored) and submit, which records\n"
           "                            the attempt, so the results show\n"
           "  --attempt ID              with --view review: open this scenario attempt (as `frontline-cli\n"
           "                            trainee show` numbers them), the override form focused\n"
           "  --edit PACK/ID[/NODE[/FIELD]]  open the scenario editor (a trainer's screen) on this\n"
           "                            scenario, at a node, the focus in one of its fields, e.g.\n"
           "                            core-zh/order-status/opening/model_answers/1; --view graph: its graph\n"
           "  --scenario PACK/ID        the scenario the call views open, e.g. core-zh/order-status\n"
           "                            (default: the trainee's next recommended scenario)\n"
           "  --mode MODE               practice (default) or certification, for --scenario\n"
           "  --replies FILE            send these replies (one per line) before the first frame;\n"
           "                            they are recorded for the trainee like typed ones\n"
           "  --screenshot FILE.png     render the view, save it as PNG and exit\n"
           "  --bench-frames N          render N frames, print the CPU time per frame (mean, p99)\n"
           "                            and the time from process start to the first frame, then exit\n"
           "  --screenshot-on-exit FILE.png  save the last frame when the window closes\n"
           "  --version                 print the version and exit\n"
           "  -h, --help                print this help and exit\n\n"
           "Ctrl+Q closes the window. For headless use see `frontline-cli --help`.\n"
           "Settings are kept in $XDG_CONFIG_HOME/frontline/settings.json.\n"
           "Exit status: 0 ok, 1 data or database error, 2 bad arguments, 3 no display,\n"
           "4 the screenshot shows characters the font cannot draw (printed as 'glyph misses: N').\n";
}

} // namespace frontline::gui
