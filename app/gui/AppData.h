#pragma once
// Everything the app reads from disk before the window opens: UI strings,
// theme and scenario packs (the bundled ones and the user's own).
#include <filesystem>
#include <string>
#include <vector>

#include "common/Result.h"
#include "grading/Lexicon.h"
#include "i18n/StringTable.h"
#include "packs/PackLibrary.h"
#include "scenario/PackLoader.h"
#include "session/ActivityTitles.h"
#include "theme/Theme.h"

namespace frontline::gui {

struct AppData {
    std::filesystem::path root; // holds assets/ and scenarios/
    StringTable strings;
    Theme theme;
    std::filesystem::path packsDir;     // the bundled packs (or --packs)
    std::filesystem::path userPacksDir; // imported and duplicated packs: userPacksDir()
    std::vector<PackLoad> packs;        // bundled first, then the user's
    // Where packs[i] came from; its folder is packs[i].pack.dir (where the editor saves).
    std::vector<PackOrigin> packOrigins;
    LexiconSet lexicons;               // the grading lexicons, for the call screen's grader
    ActivityTitles titles;             // scenario and exam titles by id
    std::string otherText;             // the other languages' UI strings and the assessments' text, for the atlas
    std::vector<std::string> warnings; // for stderr: a broken theme, lexicon problems

    // Every string the UI may show in any language (UI strings, packs,
    // programmes, question banks and exams), for building the font atlas.
    std::string displayText() const;
};

// Switches the UI strings to another language; the rest stays loaded.
Status switchLanguage(AppData& data, const std::string& language);

// Fails only when the string table cannot be read; other problems become warnings.
Result<AppData> loadAppData(const std::filesystem::path& root, const std::string& language, const std::filesystem::path& packsDir);

// Reads every pack again (after an import or a duplicate), and the titles
// that name their scenarios.
void reloadPacks(AppData& data);

// Appends the user-visible text of a pack (titles, persona, lines, answers...).
void appendPackText(const Pack& pack, std::string& out);

} // namespace frontline::gui
