#include "authoring/PackVersion.h"

#include <vector>

namespace frontline {

namespace {

// The same digits rule as the manifest check: 1 to 6 digits per part.
bool isVersionPart(const std::string& part) {
    return !part.empty() && part.size() <= 6 && part.find_first_not_of("0123456789") == std::string::npos;
}

} // namespace

Result<std::string> bumpPatchVersion(const std::string& version) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (;;) {
        size_t dot = version.find('.', start);
        parts.push_back(version.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    bool ok = parts.size() == 3;
    for (const auto& p : parts) ok = ok && isVersionPart(p);
    if (!ok)
        return makeError("the pack version '" + version +
                         "' is not MAJOR.MINOR.PATCH (such as 1.0.0), so it cannot be bumped; fix it in pack.json");
    const std::string patch = std::to_string(std::stol(parts[2]) + 1);
    if (!isVersionPart(patch))
        return makeError("the pack version '" + version + "' has no patch number left to bump; raise MINOR in pack.json");
    return parts[0] + "." + parts[1] + "." + patch;
}

} // namespace frontline
