#include "App.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <vector>

#include "AppData.h"
#include "assessments/EssayGrading.h"
#include "common/DataPaths.h"
#include "common/TextFile.h"
#include "platform/CjkFont.h"
#include "platform/GlfwWindow.h"
#include "platform/GlyphAudit.h"
#include "platform/Screenshot.h"
#include "programs/ProgramReader.h"
#include "session/AppSession.h"
#include "text/TypedGlyphs.h"
#include "theme/ApplyTheme.h"
#include "views/AppFrame.h"
#include "views/ViewRegistry.h"
#include "views/call/CallLaunch.h"
#include "views/editor/EditorModel.h"

namespace frontline::gui {

namespace {

// Taken during static initialisation, before main(): the start of the first-frame time.
const auto g_processStart = std::chrono::steady_clock::now();

double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// --bench-frames: CPU time per frame (mean and 99th percentile) and the first frame's time.
void printBench(std::vector<double> frameSeconds, double firstFrameSeconds) {
    std::sort(frameSeconds.begin(), frameSeconds.end());
    double sum = 0;
    for (double f : frameSeconds) sum += f;
    const size_t n = frameSeconds.size();
    const size_t p99 = std::min(n - 1, static_cast<size_t>(static_cast<double>(n) * 0.99));
    std::printf("frames: %zu\nframe cpu mean: %.3f ms\nframe cpu p99: %.3f ms\nfirst frame: %.3f s\n", n,
                sum / static_cast<double>(n) * 1e3, frameSeconds[p99] * 1e3, firstFrameSeconds);
}

// Frames rendered before a --screenshot capture, so fonts and layout (which
// ImGui settles over a couple of frames, and cards measure in one) are final.
constexpr int kScreenshotFrames = 4;

void fail(const std::string& message) { std::fprintf(stderr, "frontline: %s\n", message.c_str()); }

Result<std::unique_ptr<RecordStore>> openStore(const std::filesystem::path& path) {
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) return makeError("cannot create the folder for the database: " + ec.message(), {path.parent_path().string()});
    return openSqliteRecordStore(path.string());
}

Result<Programs> loadBundledPrograms(const std::filesystem::path& root) {
    const auto dir = programsDir(root);
    auto load = loadPrograms(dir, nullptr);
    for (const auto& d : load.diagnostics.items()) {
        if (d.severity == Severity::Error)
            return makeError("the training programmes have errors: " + d.format() + " (run 'frontline-cli validate " + dir.string() + "')");
    }
    return load.programs;
}

// The first line of a --pin-file; the PIN itself is checked by the store on sign-in.
Result<std::string> readPinFile(const std::filesystem::path& file) {
    auto text = readTextFile(file, 1024);
    if (!text) return makeError("cannot read the PIN file " + file.string() + ": " + text.error().message);
    return text->substr(0, text->find('\n'));
}

Status capture(const GlfwWindow& window, const std::filesystem::path& file) {
    int w = 0, h = 0;
    window.framebufferSize(w, h);
    return saveBackBufferPng(file, w, h);
}

// The settings before any file is read: the system language, the theme's sizes.
Settings defaultSettings(const std::vector<std::string>& languages) {
    Settings s;
    const std::string system = detectLanguage();
    s.language = std::find(languages.begin(), languages.end(), system) != languages.end() ? system : "en";
    return s;
}

// The atlas holds the bundled text plus the names in the record, so people and teams show.
std::string atlasText(const AppData& data, const RecordStore& store) {
    std::string text = data.displayText();
    TraineeFilter everyone;
    everyone.includeInactive = true;
    if (auto people = store.trainees(everyone)) {
        for (const auto& p : *people) text += p.name + "\n" + p.team + "\n" + p.empno + "\n";
    }
    // The review screen shows the essays waiting for a trainer: questions from any bank, answers as typed.
    if (auto exams = pendingExams(store)) {
        for (const auto& e : *exams)
            for (const auto& q : e.questions) text += q.text + "\n" + q.answer + "\n";
    }
    return text;
}

// Fonts and style for the current settings; the theme's sizes give way to the user's.
void loadLook(AppData& data, const Settings& settings, FontSet& fonts, const std::optional<FontFile>& fontFile, const std::string& text) {
    data.theme.fontSizePx = settings.fontPx;
    data.theme.uiScale = settings.uiScale;
    fonts.load(ImGui::GetIO(), fontFile, data.theme.bodyPx(), data.theme.headingPx(), text);
    for (const auto& w : applyTheme(data.theme, ImGui::GetStyle())) fail("theme: " + w);
}

} // namespace

int runApp(const AppOptions& options, const char* argv0) {
    const std::filesystem::path root = dataRoot(argv0);
    const std::filesystem::path packsDir = options.packs.value_or(bundledScenariosDir(root));

    if (!GlfwWindow::displayConfigured()) {
        fail("no display (DISPLAY and WAYLAND_DISPLAY are unset); for headless use see `frontline-cli --help`");
        return kExitNoDisplay;
    }
    const auto languages = availableLanguages(assetsDir(root) / "i18n");
    const std::filesystem::path settingsFile = settingsPath();
    SettingsLoad saved = loadSettings(settingsFile, defaultSettings(languages), languages);
    for (const auto& w : saved.warnings) fail(w);
    Settings settings = saved.settings;
    if (options.language) settings.language = *options.language;
    // Screenshots are for looking at and testing: they neither read a saved window size nor write settings.
    const bool persist = !options.screenshot && options.benchFrames == 0;

    auto data = loadAppData(root, settings.language, packsDir);
    if (!data) {
        fail("cannot load the interface text: " + data.error().format());
        return kExitDataError;
    }
    for (const auto& w : data->warnings) fail(w);
    auto programs = loadBundledPrograms(root);
    if (!programs) {
        fail(programs.error().message);
        return kExitDataError;
    }
    auto store = openStore(options.database.value_or(defaultDatabasePath()));
    if (!store) {
        fail("cannot open the database: " + store.error().format());
        return kExitDataError;
    }
    std::string glyphText = atlasText(*data, **store); // rebuilt when the packs change
    std::string typedText;                             // characters typed into text fields the atlas lacked; kept for the run

    AppSession session(std::move(store.value()), std::move(programs.value()), settings, kSigninScreen, screenAudiences(), kSigninScreen);
    if (options.trainee) {
        std::optional<std::string> pin;
        if (options.pinFile) {
            auto line = readPinFile(*options.pinFile);
            if (!line) {
                fail(line.error().message);
                return kExitUsage;
            }
            pin = std::move(*line);
        } else if (auto c = session.store().credentialState(*options.trainee); c && c->pinSet) {
            fail("'" + *options.trainee + "' signs in with a PIN: give it with --pin-file FILE (the PIN on the first line)");
            return kExitUsage;
        }
        if (auto s = session.signIn(*options.trainee, pin); !s) {
            fail("cannot sign in as '" + *options.trainee + "': " + s.error().message);
            return kExitDataError;
        }
    }
    // From the command line the exam starts at once (the next one due unless --exam names one).
    if (options.view == kExamScreen && session.trainee())
        session.openExam(ExamRequest{options.exam.value_or(""), true, options.seed, options.answers});
    if (options.attempt) session.openReview(*options.attempt);
    if (options.edit) {
        auto request = editRequestFor(*options.edit, data->packs);
        if (!request) {
            fail(request.error().message);
            return kExitUsage;
        }
        request->graph = options.view == "graph";
        session.openEditor(std::move(request.value()));
    }
    if (options.scenario || options.replies || options.certification) {
        CallRequest call = options.scenario ? parseScenarioRef(*options.scenario) : CallRequest{};
        call.mode = options.certification ? PlayMode::Certification : PlayMode::Practice;
        if (options.replies) {
            auto lines = readReplyLines(*options.replies);
            if (!lines) {
                fail(lines.error().format());
                return kExitDataError;
            }
            call.replies = std::move(lines.value());
        }
        session.requestCall(std::move(call));
    }
    session.navigate(options.view);
    session.applyNavigation();
    session.takeSettingsChange(); // the start-up sign-in is not a change to save

    GlfwWindow window;
    std::string message;
    const bool savedSize = persist && !options.sizeGiven;
    WindowSpec spec{data->strings.text("app.window_title"), savedSize ? settings.windowWidth : options.width,
                    savedSize ? settings.windowHeight : options.height, !options.screenshot && options.benchFrames == 0};
    switch (window.open(spec, message)) {
    case WindowStatus::Ok: break;
    case WindowStatus::NoDisplay:
        fail("no display could be opened (" + message + "); for headless use see `frontline-cli --help`");
        return kExitNoDisplay;
    case WindowStatus::Failed: fail(message); return kExitDataError;
    }

    const auto fontFile = findCjkFont();
    if (!fontFile) fail("no font with Simplified Chinese found (install fonts-noto-cjk); Chinese text will not display");
    FontSet fonts;
    loadLook(*data, session.settings(), fonts, fontFile, glyphText);

    auto makeCurrentView = [&] { return makeView(session.screen(), ViewInputs{*data, session}); };
    std::unique_ptr<View> view = makeCurrentView();
    std::string viewScreen = session.screen();
    // Views left while holding unsaved work, by screen, and whose they are.
    std::map<std::string, std::unique_ptr<View>> parked;
    std::string parkedFor;
    auto switchView = [&] {
        const std::string who = session.trainee() ? session.trainee()->empno : std::string();
        if (who != parkedFor) parked.clear(); // another trainee never sees them
        parkedFor = who;
        if (view && view->holdsUnsavedWork()) {
            if (session.screen() == viewScreen) return; // same screen (a new language): keep it as it is
            parked[viewScreen] = std::move(view);
        }
        auto kept = parked.find(session.screen());
        if (kept != parked.end()) {
            view = std::move(kept->second);
            parked.erase(kept);
        } else {
            view = makeCurrentView();
        }
        viewScreen = session.screen();
    };
    const Rgba background = data->theme.colors.count("WindowBg") ? data->theme.colors.at("WindowBg") : Rgba{0.96f, 0.96f, 0.97f, 1};

    std::vector<double> benchFrames;
    double firstFrameSeconds = 0;
    for (int frame = 0;; ++frame) {
        if (options.screenshot || options.benchFrames > 0)
            window.pollEvents();
        else
            window.waitEvents(0.25);
        const bool closing = window.shouldClose();

        // Requests made while drawing the last frame take effect here, between frames.
        // A sign-out asks the view holding unsaved edits first; one parked on
        // another screen is shown again to ask.
        if (session.takeSignOutRequest() && !view->interceptSignOut()) {
            auto asking = std::find_if(parked.begin(), parked.end(), [](auto& p) { return p.second->interceptSignOut(); });
            if (asking != parked.end())
                session.navigate(asking->first);
            else
                session.signOut();
        }
        bool rebuildView = session.applyNavigation().has_value();
        // The font atlas is built once between frames, whatever asked for it.
        bool rebuildAtlas = false;
        if (session.takeSettingsChange()) {
            const Settings& now = session.settings();
            if (now.language != data->strings.language()) {
                if (auto s = switchLanguage(*data, now.language); !s) fail("cannot switch the language: " + s.error().format());
                rebuildView = true;
            }
            if (now.fontPx != data->theme.fontSizePx || now.uiScale != data->theme.uiScale) rebuildAtlas = true;
            if (persist) {
                if (auto s = saveSettings(settingsFile, now); !s) fail("cannot save the settings: " + s.error().format());
            }
        }
        // An import or a duplicate on the pack library, or a save in the editor:
        // read the packs again and give the font atlas their characters. The view
        // asking keeps its own list (the editor reads its pack from disk), and is
        // kept; no other view is alive to point into the old packs (parked views
        // are exams and the editor).
        if (session.takePacksChange()) {
            reloadPacks(*data);
            glyphText = atlasText(*data, session.store());
            rebuildAtlas = true;
        }
        // Characters just typed that the atlas cannot draw (a Traditional name):
        // added from the next frame on. Nothing happens while nothing is missing.
        if (typedGlyphs().pending()) {
            typedText += typedGlyphs().take();
            rebuildAtlas = true;
        }
        if (rebuildAtlas) {
            loadLook(*data, session.settings(), fonts, fontFile, glyphText + typedText);
            window.rebuildFontTexture();
        }
        if (rebuildView) switchView();

        const ViewContext ctx{data->strings, data->theme, fonts.heading, session};
        const double cpuStart = threadCpuSeconds();
        window.beginFrame();
        drawAppFrame(ctx, *view);
        window.render(background.r, background.g, background.b);
        if (options.benchFrames > 0 && frame > 0) benchFrames.push_back(threadCpuSeconds() - cpuStart);

        const std::filesystem::path* shot = nullptr;
        if (options.screenshot && frame + 1 >= kScreenshotFrames) shot = &*options.screenshot;
        if (options.screenshotOnExit && closing) shot = &*options.screenshotOnExit;
        if (shot) {
            if (auto s = capture(window, *shot); !s) {
                fail("cannot save the screenshot: " + s.error().format());
                return kExitDataError;
            }
            // Both kinds of capture report the boxes in the frame; only --screenshot fails on them.
            const int misses = countFallbackGlyphs(ImGui::GetDrawData(), {fonts.body, fonts.heading});
            std::fprintf(stderr, "glyph misses: %d\n", misses);
            if (!typedText.empty()) std::fprintf(stderr, "glyphs added for typed text: %s\n", typedText.c_str());
            if (options.screenshot) return misses > 0 ? kExitGlyphMisses : kExitOk;
        }
        window.present();
        if (frame == 0) firstFrameSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - g_processStart).count();
        if (options.benchFrames > 0 && static_cast<int>(benchFrames.size()) >= options.benchFrames) {
            printBench(benchFrames, firstFrameSeconds);
            return kExitOk;
        }
        if (closing) {
            if (persist) {
                Settings last = session.settings();
                window.windowSize(last.windowWidth, last.windowHeight);
                if (auto s = saveSettings(settingsFile, last); !s) fail("cannot save the settings: " + s.error().format());
            }
            return kExitOk;
        }
    }
}

} // namespace frontline::gui
