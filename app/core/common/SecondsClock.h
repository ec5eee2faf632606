#pragma once
// The current time in seconds since the epoch, injected wherever a timer runs
// (the call countdown, the exam timer) so tests can move time by hand.
#include <chrono>
#include <functional>

namespace frontline {

using SecondsClock = std::function<double()>;

inline SecondsClock systemClock() {
    return [] { return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count(); };
}

} // namespace frontline
