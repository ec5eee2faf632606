#pragma once
// Duplicating a pack into the user packs folder under a new id, so a trainer
// can edit the copy: same files, a new id and title, version back to 1.0.0.
// The copy is staged and validated like an import.
#include <string>

#include "packs/PackImport.h"

namespace frontline {

struct DuplicateRequest {
    std::string sourceId;
    std::string newId;
    std::string title;      // empty: the source's title followed by copySuffix
    std::string copySuffix; // " (copy)", in the caller's language; the core has no UI text
};

Result<InstalledPack> duplicatePack(const DuplicateRequest& request, const PackDirs& dirs, const LexiconSet& lexicons);

// The version a duplicate starts at.
constexpr const char* kDuplicateVersion = "1.0.0";
// The longest title a duplicate may be given, in characters.
constexpr size_t kMaxPackTitleChars = 120;

} // namespace frontline
