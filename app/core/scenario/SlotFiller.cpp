#include "scenario/SlotFiller.h"

#include "common/JsonFields.h"

namespace frontline {

namespace {

// Calls onText for literal runs and onSlot for each {name}.
template <typename OnText, typename OnSlot>
void scanTemplate(const std::string& text, OnText onText, OnSlot onSlot) {
    size_t i = 0;
    while (i < text.size()) {
        if (text.compare(i, 2, "{{") == 0 || text.compare(i, 2, "}}") == 0) {
            onText(std::string(1, text[i]));
            i += 2;
            continue;
        }
        if (text[i] == '{') {
            size_t close = text.find('}', i + 1);
            if (close != std::string::npos) {
                std::string name = text.substr(i + 1, close - i - 1);
                if (isValidId(name)) {
                    onSlot(name, text.substr(i, close - i + 1));
                    i = close + 1;
                    continue;
                }
            }
        }
        onText(std::string(1, text[i]));
        ++i;
    }
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
        text, [&](const std::string& s) { out += s; },
        [&](const std::string& name, const std::string& raw) {
            auto it = values.find(name);
            out += it == values.end() ? raw : it->second;
        });
    return out;
}

std::vector<std::string> slotPlaceholders(const std::string& text) {
    std::vector<std::string> names;
    scanTemplate(
        text, [](const std::string&) {}, [&](const std::string& name, const std::string&) { names.push_back(name); });
    return names;
}

} // namespace frontline
