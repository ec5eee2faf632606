#include "session/Settings.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

#include "AppOptions.h"
#include "common/TextFile.h"

namespace frontline::gui {

namespace {

template <typename T> void readField(const nlohmann::json& j, const char* key, T& out, std::vector<std::string>& warnings) {
    if (!j.contains(key)) return;
    try {
        out = j.at(key).get<T>();
    } catch (const nlohmann::json::exception&) {
        warnings.push_back(std::string("settings: '") + key + "' has the wrong type; using the default");
    }
}

} // namespace

bool operator==(const Settings& a, const Settings& b) {
    return a.language == b.language && a.fontPx == b.fontPx && a.uiScale == b.uiScale && a.windowWidth == b.windowWidth &&
           a.windowHeight == b.windowHeight && a.lastTrainee == b.lastTrainee;
}

std::filesystem::path settingsPath() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    std::filesystem::path base;
    if (xdg && *xdg) {
        base = xdg;
    } else {
        const char* home = std::getenv("HOME");
        base = std::filesystem::path(home && *home ? home : ".") / ".config";
    }
    return base / "frontline" / "settings.json";
}

SettingsLoad loadSettings(const std::filesystem::path& file, const Settings& defaults, const std::vector<std::string>& languages) {
    SettingsLoad load{defaults, {}};
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return load;
    auto text = readTextFile(file);
    if (!text) {
        load.warnings.push_back("settings: " + text.error().format() + "; using the defaults");
        return load;
    }
    nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        load.warnings.push_back("settings: " + file.string() + " is not a JSON object; using the defaults");
        return load;
    }
    Settings s = defaults;
    readField(j, "language", s.language, load.warnings);
    readField(j, "font_px", s.fontPx, load.warnings);
    readField(j, "ui_scale", s.uiScale, load.warnings);
    readField(j, "window_width", s.windowWidth, load.warnings);
    readField(j, "window_height", s.windowHeight, load.warnings);
    readField(j, "last_trainee", s.lastTrainee, load.warnings);
    if (std::find(languages.begin(), languages.end(), s.language) == languages.end()) {
        load.warnings.push_back("settings: unknown language '" + s.language + "'; using " + defaults.language);
        s.language = defaults.language;
    }
    s.fontPx = std::clamp(s.fontPx, kMinFontPx, kMaxFontPx);
    s.uiScale = std::clamp(s.uiScale, kMinUiScale, kMaxUiScale);
    if (!parseWindowSize(std::to_string(s.windowWidth) + "x" + std::to_string(s.windowHeight))) {
        s.windowWidth = defaults.windowWidth;
        s.windowHeight = defaults.windowHeight;
    }
    load.settings = s;
    return load;
}

Status saveSettings(const std::filesystem::path& file, const Settings& s) {
    const nlohmann::json j = {{"language", s.language},          {"font_px", s.fontPx},
                              {"ui_scale", s.uiScale},           {"window_width", s.windowWidth},
                              {"window_height", s.windowHeight}, {"last_trainee", s.lastTrainee}};
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) return makeError("cannot create " + file.parent_path().string() + ": " + ec.message());
    const std::filesystem::path temp = file.string() + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << j.dump(2) << "\n";
        out.flush();
        if (!out) return makeError("cannot write " + temp.string());
    }
    std::filesystem::rename(temp, file, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        return makeError("cannot replace " + file.string());
    }
    return Done{};
}

} // namespace frontline::gui
