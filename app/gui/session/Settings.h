#pragma once
// The user's preferences, kept in ${XDG_CONFIG_HOME:-~/.config}/frontline/settings.json:
// interface language, font size, UI scale, window size and the last trainee.
// A missing, unreadable or malformed file never stops the app: the defaults
// are used and the problem is reported as a warning.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/Result.h"

namespace frontline::gui {

// Accessibility ranges offered by the settings screen; saved values outside them are clamped.
constexpr float kMinFontPx = 14.0f;
constexpr float kMaxFontPx = 30.0f;
constexpr float kMinUiScale = 0.8f;
constexpr float kMaxUiScale = 2.0f;

struct Settings {
    std::string language = "en";
    float fontPx = 18.0f;
    float uiScale = 1.0f;
    int windowWidth = 1280;
    int windowHeight = 800;
    std::string lastTrainee; // employee number; empty when none
};

bool operator==(const Settings& a, const Settings& b);
inline bool operator!=(const Settings& a, const Settings& b) { return !(a == b); }

// ${XDG_CONFIG_HOME:-$HOME/.config}/frontline/settings.json
std::filesystem::path settingsPath();

struct SettingsLoad {
    Settings settings;
    std::vector<std::string> warnings; // one line each, for stderr
};

// Reads file over defaults. A missing file is not a problem; a broken one, a
// field of the wrong type or a language not in languages gives a warning and
// leaves that field (or everything, if unreadable) at its default.
SettingsLoad loadSettings(const std::filesystem::path& file, const Settings& defaults, const std::vector<std::string>& languages);

// Writes to a temporary file beside it and renames it over, so a crash never
// leaves half a file. Creates the folder when needed.
Status saveSettings(const std::filesystem::path& file, const Settings& settings);

} // namespace frontline::gui
