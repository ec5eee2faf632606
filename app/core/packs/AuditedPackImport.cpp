#include "packs/AuditedPackImport.h"

#include <nlohmann/json.hpp>

namespace frontline {

Result<InstalledPack> importPackAs(const std::string& actor, const std::filesystem::path& source, const PackDirs& dirs,
                                   const LexiconSet& lexicons, RecordStore& store) {
    auto who = store.trainee(actor);
    if (!who) return who.error();
    if (who->role != Role::Trainer || !who->active)
        return makeError("'" + actor + "' is not an active trainer; only trainers import packs");

    auto installed = importPack(source, dirs, lexicons);
    if (!installed) return installed.error();
    // "core-zh/" names the folder core-zh, not "".
    const std::filesystem::path name = source.filename().empty() ? source.parent_path().filename() : source.filename();
    const nlohmann::json details = {
        {"archive", name.string()}, {"title", installed->title}, {"version", installed->version}, {"hash", installed->hash}};
    auto logged =
        store.appendAudit(actor, kPackImportAction, installed->id, details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    if (!logged) {
        std::error_code ec;
        std::filesystem::remove_all(installed->dir, ec);
        return makeError("the import could not be recorded in the audit log, so it was undone: " + logged.error().message);
    }
    return installed;
}

} // namespace frontline
