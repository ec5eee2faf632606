#pragma once
// Sign-in credentials as plain data: what a PIN check answered, and what the
// trainees screen and `trainee show` display about a person's PIN. The PIN
// itself and its hash never leave the store.
#include <string>

namespace frontline {

// Consecutive wrong PINs that lock an account until a trainer resets the PIN.
constexpr int kMaxPinTries = 5;

struct PinCheck {
    enum class Outcome {
        Accepted, // the PIN is right; the failure count starts again
        Wrong,    // triesLeft more wrong PINs are allowed before the lock
        Locked,   // locked (now or before): only a PIN reset opens it
        NoPin,    // this person has no PIN
    };
    Outcome outcome = Outcome::NoPin;
    int triesLeft = 0; // for Wrong
};

struct CredentialState {
    bool pinSet = false;
    bool locked = false;
    int failedTries = 0;  // consecutive wrong PINs since the last right one or reset
    std::string lockedAt; // UTC time, empty unless locked
};

} // namespace frontline
