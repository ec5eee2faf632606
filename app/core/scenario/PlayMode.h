#pragma once
// How a scenario is played. Practice shows feedback after every reply;
// certification shows it only in the debrief, and a critical forbidden hit
// (e.g. a refund promised outside policy) fails the scenario whatever the score.
namespace frontline {

enum class PlayMode { Practice, Certification };

} // namespace frontline
