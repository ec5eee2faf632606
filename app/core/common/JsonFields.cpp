#include "common/JsonFields.h"

#include <algorithm>
#include <cmath>

namespace frontline {

bool isValidId(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    auto ok = [](char c, bool first) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (!first && (c == '-' || c == '_')); };
    for (size_t i = 0; i < id.size(); ++i) {
        if (!ok(id[i], i == 0)) return false;
    }
    return true;
}

bool isBlankText(const std::string& text) {
    size_t i = 0;
    while (i < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else if (text.compare(i, 3, "\xE3\x80\x80") == 0) { // ideographic space
            i += 3;
        } else {
            return false;
        }
    }
    return true;
}

JsonFields::JsonFields(const JsonDocument& doc, const nlohmann::json& object, std::string pointer, Diagnostics& diags)
    : doc_(doc), object_(object.is_object() ? &object : nullptr), pointer_(std::move(pointer)), diags_(diags) {
    if (!object_) doc_.error(diags_, pointer_, std::string("expected an object, got ") + jsonTypeName(object));
}

bool JsonFields::has(const std::string& key) const { return object_ && object_->contains(key); }

void JsonFields::error(const std::string& key, std::string message) { doc_.error(diags_, pointerOf(key), std::move(message)); }

const nlohmann::json* JsonFields::get(const std::string& key, Need need) {
    if (!object_) return nullptr;
    auto it = object_->find(key);
    if (it == object_->end()) {
        // The pointer names the missing field; its location falls back to the enclosing object.
        if (need == Need::Required) doc_.error(diags_, pointerOf(key), "missing required field '" + key + "'");
        return nullptr;
    }
    return &*it;
}

void JsonFields::typeError(const std::string& key, const char* expected, const nlohmann::json& got) {
    error(key, "'" + key + "' must be " + expected + ", got " + jsonTypeName(got));
}

const std::string* JsonFields::string(const std::string& key, Need need) {
    const auto* v = get(key, need);
    if (!v) return nullptr;
    if (!v->is_string()) {
        typeError(key, "a string", *v);
        return nullptr;
    }
    return &v->get_ref<const std::string&>();
}

std::optional<std::string> JsonFields::text(const std::string& key, Need need) {
    const auto* s = string(key, need);
    if (!s) return std::nullopt;
    if (isBlankText(*s)) {
        error(key, "'" + key + "' must not be empty");
        return std::nullopt;
    }
    return *s;
}

std::optional<std::string> JsonFields::id(const std::string& key, Need need) {
    const auto* s = string(key, need);
    if (!s) return std::nullopt;
    if (!isValidId(*s)) {
        error(key, "'" + key + "' is not a valid id: '" + *s + "' (use a-z, 0-9, '-' and '_', at most 64 characters)");
        return std::nullopt;
    }
    return *s;
}

std::optional<std::string> JsonFields::oneOf(const std::string& key, Need need, const std::vector<std::string>& allowed) {
    const auto* s = string(key, need);
    if (!s) return std::nullopt;
    if (std::find(allowed.begin(), allowed.end(), *s) == allowed.end()) {
        std::string list;
        for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
        error(key, "'" + key + "' must be one of " + list + ", got '" + *s + "'");
        return std::nullopt;
    }
    return *s;
}

std::optional<int> JsonFields::integer(const std::string& key, Need need, int min, int max) {
    const auto* v = get(key, need);
    if (!v) return std::nullopt;
    std::string range = "an integer from " + std::to_string(min) + " to " + std::to_string(max);
    if (!v->is_number_integer()) {
        typeError(key, range.c_str(), *v);
        return std::nullopt;
    }
    long long n = v->is_number_unsigned() ? static_cast<long long>(std::min<unsigned long long>(v->get<unsigned long long>(), 1ull << 62))
                                          : v->get<long long>();
    if (n < min || n > max) {
        error(key, "'" + key + "' must be " + range + ", got " + std::to_string(n));
        return std::nullopt;
    }
    return static_cast<int>(n);
}

std::optional<double> JsonFields::number(const std::string& key, Need need, double min, double max) {
    const auto* v = get(key, need);
    if (!v) return std::nullopt;
    auto fmt = [](double d) {
        std::string s = std::to_string(d);
        while (s.size() > 1 && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
        return s;
    };
    std::string range = "a number from " + fmt(min) + " to " + fmt(max);
    if (!v->is_number()) {
        typeError(key, range.c_str(), *v);
        return std::nullopt;
    }
    double d = v->get<double>();
    if (!std::isfinite(d) || d < min || d > max) {
        error(key, "'" + key + "' must be " + range + ", got " + fmt(d));
        return std::nullopt;
    }
    return d;
}

std::optional<bool> JsonFields::boolean(const std::string& key, Need need) {
    const auto* v = get(key, need);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) {
        typeError(key, "true or false", *v);
        return std::nullopt;
    }
    return v->get<bool>();
}

const nlohmann::json* JsonFields::array(const std::string& key, Need need) {
    const auto* v = get(key, need);
    if (v && !v->is_array()) {
        typeError(key, "an array", *v);
        return nullptr;
    }
    return v;
}

const nlohmann::json* JsonFields::object(const std::string& key, Need need) {
    const auto* v = get(key, need);
    if (v && !v->is_object()) {
        typeError(key, "an object", *v);
        return nullptr;
    }
    return v;
}

std::optional<std::vector<std::string>> JsonFields::textList(const std::string& key, Need need, size_t minItems) {
    const auto* arr = array(key, need);
    if (!arr) return std::nullopt;
    std::vector<std::string> out;
    for (size_t i = 0; i < arr->size(); ++i) {
        const auto& item = (*arr)[i];
        std::string at = childPointer(pointerOf(key), i);
        if (!item.is_string()) {
            doc_.error(diags_, at, std::string("expected a string, got ") + jsonTypeName(item));
        } else if (isBlankText(item.get_ref<const std::string&>())) {
            doc_.error(diags_, at, "text must not be empty");
        } else {
            out.push_back(item.get<std::string>());
        }
    }
    if (arr->size() < minItems) {
        error(key, "'" + key + "' needs at least " + std::to_string(minItems) + (minItems == 1 ? " item" : " items") + ", has " +
                       std::to_string(arr->size()));
    }
    return out;
}

void JsonFields::warnUnknown(std::initializer_list<const char*> known) {
    if (!object_) return;
    for (auto it = object_->begin(); it != object_->end(); ++it) {
        bool ok = std::any_of(known.begin(), known.end(), [&](const char* k) { return it.key() == k; });
        if (!ok) doc_.warning(diags_, pointerOf(it.key()), "unknown key '" + it.key() + "' is ignored");
    }
}

} // namespace frontline
