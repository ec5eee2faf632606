#pragma once
// Remembers the results of a pure function of a string (a compiled phrase, a
// folded model answer), so grading the thousandth reply to a node does not
// redo the work of the first. Thread-safe; bounded: cleared when it grows
// past its limit, so memory stays flat whatever the input.
#include <mutex>
#include <string>
#include <unordered_map>

namespace frontline {

template <typename Value> class MemoCache {
public:
    explicit MemoCache(size_t limit = 4096) : limit_(limit) {}

    // The cached value for key, computing it with make(key) the first time.
    // Values are copied out so a later clear() cannot invalidate them.
    template <typename Make> Value get(const std::string& key, Make&& make) const {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = map_.find(key);
        if (it != map_.end()) return it->second;
        if (map_.size() >= limit_) map_.clear();
        return map_.emplace(key, make(key)).first->second;
    }

private:
    size_t limit_;
    mutable std::mutex mutex_;
    mutable std::unordered_map<std::string, Value> map_;
};

} // namespace frontline
