#include "access/PinHash.h"

#include <sodium.h>

#include "grading/TextNormalizer.h"

namespace frontline {

namespace {

Status initSodium() {
    // Thread-safe and idempotent: 0 the first time, 1 after; -1 is a failure.
    static const int status = sodium_init();
    if (status < 0) return makeError("the cryptography library (libsodium) could not start");
    return Done{};
}

} // namespace

Result<std::string> normalizePin(const std::string& typed) {
    std::u32string chars = toU32(typed); // invalid bytes become U+FFFD, refused below
    // Spaces around a PIN (ASCII or the ideographic space) are slips of the hand.
    auto space = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == U'\u3000'; };
    while (!chars.empty() && space(chars.back())) chars.pop_back();
    size_t first = 0;
    while (first < chars.size() && space(chars[first])) ++first;
    std::string digits;
    for (size_t i = first; i < chars.size(); ++i) {
        const char32_t c = chars[i];
        if (c >= U'0' && c <= U'9')
            digits += static_cast<char>(c);
        else if (c >= U'\uFF10' && c <= U'\uFF19') // full-width ０-９
            digits += static_cast<char>('0' + (c - U'\uFF10'));
        else
            return makeError("a PIN may contain digits only");
    }
    if (digits.size() < kMinPinDigits || digits.size() > kMaxPinDigits) {
        return makeError("a PIN has " + std::to_string(kMinPinDigits) + " to " + std::to_string(kMaxPinDigits) + " digits, not " +
                         std::to_string(digits.size()));
    }
    return digits;
}

Result<std::string> hashPin(const std::string& pin) {
    if (auto policy = normalizePin(pin); !policy || *policy != pin) return makeError("only a normalized PIN is hashed");
    if (auto s = initSodium(); !s) return s.error();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return makeError("not enough memory to hash the PIN");
    }
    return std::string(out);
}

bool verifyPin(const std::string& hash, const std::string& pin) {
    if (!initSodium() || hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

} // namespace frontline
