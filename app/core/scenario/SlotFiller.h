#pragma once
// Slots make a retake different from the last attempt: a seeded attempt picks
// one value per slot and fills `{slot}` into the scenario's texts.
#include <map>
#include <string>
#include <vector>

#include "common/SeededRng.h"
#include "scenario/Pack.h"

namespace frontline {

using SlotValues = std::map<std::string, std::string>;

SlotValues pickSlotValues(const Scenario& scenario, SeededRng rng);

// Replaces {name} with its value; `{{` and `}}` are literal braces; an unknown
// {name} is left as written (the validator reports it).
std::string fillSlots(const std::string& text, const SlotValues& values);

// The {name} placeholders of text, in order, for validation.
std::vector<std::string> slotPlaceholders(const std::string& text);

} // namespace frontline
