#pragma once
// A pack import as a trainer's action: the CLI and the app both import
// through this, so every import lands in the audit log with who and when.
#include <filesystem>
#include <string>

#include "packs/PackImport.h"
#include "records/RecordStore.h"

namespace frontline {

// Checks that actor is an active trainer, imports source (importPack), then
// appends "pack.import" (subject: the pack id; details: the archive or folder
// name, title, version and hash). When the entry cannot be written the
// import is undone, so no pack arrives off the record.
Result<InstalledPack> importPackAs(const std::string& actor, const std::filesystem::path& source, const PackDirs& dirs,
                                   const LexiconSet& lexicons, RecordStore& store);

constexpr const char* kPackImportAction = "pack.import";

} // namespace frontline
