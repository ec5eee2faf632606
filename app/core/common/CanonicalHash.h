#pragma once
// SHA-256 of a JSON value's canonical form (keys sorted, no insignificant
// white space: exactly nlohmann's dump()), streamed into the hash without
// building the text. Content hashes of packs and scenarios use it.
#include <nlohmann/json.hpp>
#include <string>

namespace frontline {

std::string canonicalJsonHash(const nlohmann::json& value);

} // namespace frontline
