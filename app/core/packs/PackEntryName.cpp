#include "packs/PackEntryName.h"

#include <vector>

#include "common/Utf8.h"

namespace frontline {

namespace {

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool strictUtf8(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
        Utf8Char c = decodeUtf8(s, i);
        if (!c.valid) return false;
        const char32_t cp = c.codePoint;
        const size_t shortest = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (c.length != shortest || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return false;
        i += c.length;
    }
    return true;
}

std::vector<std::string> components(const std::string& path) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', start)) {
        parts.push_back(path.substr(start, slash - start));
        start = slash + 1;
    }
    parts.push_back(path.substr(start));
    return parts;
}

} // namespace

std::string unsafeEntryReason(const std::string& name) {
    if (name.empty()) return "has an empty name";
    if (!strictUtf8(name)) return "has a name that is not valid UTF-8";
    for (unsigned char c : name) {
        if (c < 0x20 || c == 0x7F) return "has control characters in its name";
    }
    const bool drive = name.size() >= 2 && name[1] == ':' && ((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z'));
    if (name[0] == '/' || name[0] == '\\' || drive) return "is an absolute path";
    if (name.find('\\') != std::string::npos) return "uses backslashes in its path (zip paths use '/')";
    // A folder entry ends in '/': its last component is empty by design.
    const std::string path = name.back() == '/' ? name.substr(0, name.size() - 1) : name;
    bool plain = true;
    for (const auto& part : components(path)) {
        if (part == "..") return "leaves the pack folder";
        if (part.empty() || part == ".") plain = false;
    }
    if (!plain) return "is not a plain path (empty or '.' parts)";
    return "";
}

std::string printableName(const std::string& name) {
    // Bytes of another encoding (GBK) can form a valid UTF-8 character by
    // chance: when the name is not UTF-8 as a whole, every non-ASCII byte is '?'.
    if (!strictUtf8(name)) {
        std::string out = name;
        for (char& c : out) {
            const auto b = static_cast<unsigned char>(c);
            if (b >= 0x80 || b < 0x20 || b == 0x7F) c = '?';
        }
        return out;
    }
    std::string out;
    for (size_t i = 0; i < name.size();) {
        Utf8Char c = decodeUtf8(name, i);
        if (c.codePoint < 0x20 || c.codePoint == 0x7F)
            out += '?';
        else
            out.append(name, i, c.length);
        i += c.length;
    }
    return out;
}

std::string entryProblem(const std::string& name, const std::string& reason) { return "entry '" + printableName(name) + "' " + reason; }

std::string byteSizeText(uint64_t bytes) {
    constexpr uint64_t kMiB = uint64_t{1} << 20;
    if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
    return std::to_string(bytes) + " bytes";
}

} // namespace frontline
