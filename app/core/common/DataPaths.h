#pragma once
// Where Frontline finds its bundled data and keeps the user's database.
#include <filesystem>
#include <string>
#include <vector>

namespace frontline {

// The repository (or install) root holding assets/, scenarios/ and assessments/:
// $FRONTLINE_HOME, else found upwards from the executable, else the source tree.
std::filesystem::path dataRoot(const char* argv0);

inline std::filesystem::path assetsDir(const std::filesystem::path& root) { return root / "assets"; }
inline std::filesystem::path bundledScenariosDir(const std::filesystem::path& root) { return root / "scenarios"; }
inline std::filesystem::path assessmentsDir(const std::filesystem::path& root) { return root / "assessments"; }
inline std::filesystem::path programsDir(const std::filesystem::path& root) { return assessmentsDir(root) / "programs"; }

// ${XDG_DATA_HOME:-$HOME/.local/share}/frontline
std::filesystem::path userDataDir();
// userDataDir()/frontline.db
std::filesystem::path defaultDatabasePath();
// userDataDir()/packs: packs a trainer imported or duplicated.
std::filesystem::path userPacksDir();

// Pack folders directly under dir (those holding a pack.json), sorted by name.
// Hidden folders are skipped: an import stages its pack in one.
std::vector<std::filesystem::path> listPackDirs(const std::filesystem::path& dir);

} // namespace frontline
