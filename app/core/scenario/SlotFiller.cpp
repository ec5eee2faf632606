#include "scenario/SlotFiller.h"

#include <string_view>

#include "common/JsonFields.h"

namespace frontline {

namespace {

// Calls onText for literal runs and onSlot for each {name}; cheap when there are no braces.
template <typename OnText, typename OnSlot> void scanTemplate(const std::string& text, OnText onText, OnSlot onSlot) {
    size_t runStart = 0;
    size_t i = text.find_first_of("{}");
    while (i != std::string::npos) {
        bool doubled = i + 1 < text.size() && text[i + 1] == text[i];
        size_t close = text[i] == '{' && !doubled ? text.find('}', i + 1) : std::string::npos;
        std::string name = close == std::string::npos ? std::string() : text.substr(i + 1, close - i - 1);
        if (doubled) { // "{{" or "}}" is one literal brace
            onText(std::string_view(text).substr(runStart, i + 1 - runStart));
            runStart = i + 2;
            i = text.find_first_of("{}", runStart);
        } else if (!name.empty() && isValidId(name)) {
            onText(std::string_view(text).substr(runStart, i - runStart));
            onSlot(name, std::string_view(text).substr(i, close - i + 1));
            runStart = close + 1;
            i = text.find_first_of("{}", runStart);
        } else {
            i = text.find_first_of("{}", i + 1);
        }
    }
    onText(std::string_view(text).substr(runStart));
}

} // namespace

SlotValues pickSlotValues(const Scenario& scenario, SeededRng rng) {
    SlotValues values;
    for (const auto& slot : scenario.slots) {
        if (slot.values.empty()) continue;
        SeededRng r = rng.fork("slot:" + slot.name);
        values[slot.name] = slot.values[r.below(slot.values.size())];
    }
    return values;
}

std::string fillSlots(const std::string& text, const SlotValues& values) {
    std::string out;
    out.reserve(text.size());
    scanTemplate(
        text, [&](std::string_view s) { out += s; },
        [&](const std::string& name, std::string_view raw) {
            auto it = values.find(name);
            out += it == values.end() ? raw : it->second;
        });
    return out;
}

std::vector<std::string> slotPlaceholders(const std::string& text) {
    std::vector<std::string> names;
    scanTemplate(
        text, [](std::string_view) {}, [&](const std::string& name, std::string_view) { names.push_back(name); });
    return names;
}

} // namespace frontline
