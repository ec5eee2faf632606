#include "App.h"

#include <cstdio>
#include <memory>

#include "AppData.h"
#include "common/DataPaths.h"
#include "platform/CjkFont.h"
#include "platform/GlfwWindow.h"
#include "platform/Screenshot.h"
#include "store/Database.h"
#include "theme/ApplyTheme.h"
#include "views/AppFrame.h"
#include "views/ViewRegistry.h"

namespace frontline::gui {

namespace {

// Frames rendered before a --screenshot capture, so fonts and layout (which
// ImGui settles over a couple of frames) are final.
constexpr int kScreenshotFrames = 4;

void fail(const std::string& message) { std::fprintf(stderr, "frontline: %s\n", message.c_str()); }

Result<Database> openDatabase(const std::filesystem::path& path) {
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) return makeError("cannot create the folder for the database: " + ec.message(), {path.parent_path().string()});
    return Database::open(path);
}

Status capture(const GlfwWindow& window, const std::filesystem::path& file) {
    int w = 0, h = 0;
    window.framebufferSize(w, h);
    return saveBackBufferPng(file, w, h);
}

} // namespace

int runApp(const AppOptions& options, const char* argv0) {
    const std::filesystem::path root = dataRoot(argv0);
    const std::string language = options.language.value_or(detectLanguage());
    const std::filesystem::path packsDir = options.packs.value_or(bundledScenariosDir(root));

    if (!GlfwWindow::displayConfigured()) {
        fail("no display (DISPLAY and WAYLAND_DISPLAY are unset); for headless use see `frontline-cli --help`");
        return kExitNoDisplay;
    }
    auto data = loadAppData(root, language, packsDir);
    if (!data) {
        fail("cannot load the interface text: " + data.error().format());
        return kExitDataError;
    }
    for (const auto& w : data->warnings) fail(w);

    auto db = openDatabase(options.database.value_or(defaultDatabasePath()));
    if (!db) {
        fail("cannot open the database: " + db.error().format());
        return kExitDataError;
    }

    GlfwWindow window;
    std::string message;
    WindowSpec spec{data->strings.text("app.window_title"), options.width, options.height, !options.screenshot};
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
    fonts.load(ImGui::GetIO(), fontFile, data->theme.bodyPx(), data->theme.headingPx(), data->displayText());
    for (const auto& w : applyTheme(data->theme, ImGui::GetStyle())) fail("theme: " + w);

    std::unique_ptr<View> view = makeView(options.view, *data);
    if (!view) {
        fail("unknown view '" + options.view + "'");
        return kExitUsage;
    }
    const ViewContext ctx{data->strings, data->theme, fonts.heading};
    const Rgba background = data->theme.colors.count("WindowBg") ? data->theme.colors.at("WindowBg") : Rgba{0.96f, 0.96f, 0.97f, 1};

    for (int frame = 0;; ++frame) {
        if (options.screenshot)
            window.pollEvents();
        else
            window.waitEvents(0.25);
        const bool closing = window.shouldClose();
        window.beginFrame();
        drawAppFrame(ctx, *view);
        window.render(background.r, background.g, background.b);

        const std::filesystem::path* shot = nullptr;
        if (options.screenshot && frame + 1 >= kScreenshotFrames) shot = &*options.screenshot;
        if (options.screenshotOnExit && closing) shot = &*options.screenshotOnExit;
        if (shot) {
            if (auto s = capture(window, *shot); !s) {
                fail("cannot save the screenshot: " + s.error().format());
                return kExitDataError;
            }
            if (options.screenshot) return kExitOk;
        }
        window.present();
        if (closing) return kExitOk;
    }
}

} // namespace frontline::gui
