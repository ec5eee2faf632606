#pragma once
// Trainer PINs: the policy a new PIN must meet, and its salted slow hash
// (libsodium's crypto_pwhash_str, Argon2id at the interactive limits, so a
// stolen database file does not give the PINs away cheaply). Hashing takes a
// noticeable fraction of a second by design: callers keep it out of database
// transactions.
#include <string>

#include "common/Result.h"

namespace frontline {

constexpr size_t kMinPinDigits = 4;
constexpr size_t kMaxPinDigits = 12;

// The PIN as typed, with full-width digits (０-９, what a Chinese input method
// types in full-width mode) folded to ASCII and surrounding spaces removed.
// An error unless the result is 4 to 12 ASCII digits; the message never
// repeats the text typed.
Result<std::string> normalizePin(const std::string& typed);

// A "$argon2id$..." string holding the algorithm, limits, a random salt and the
// hash; two hashes of the same PIN differ. pin must satisfy normalizePin.
Result<std::string> hashPin(const std::string& pin);

// True when pin matches a hash from hashPin; false for any other text,
// including a malformed hash.
bool verifyPin(const std::string& hash, const std::string& pin);

} // namespace frontline
