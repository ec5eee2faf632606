#include "common/CanonicalHash.h"

#include "common/Sha256.h"

namespace frontline {

namespace {

class CanonicalWriter {
public:
    explicit CanonicalWriter(Sha256& hash) : hash_(hash) {}

    void write(const nlohmann::json& v) {
        switch (v.type()) {
        case nlohmann::json::value_t::object: {
            put('{');
            bool first = true;
            for (auto it = v.begin(); it != v.end(); ++it) { // std::map: already sorted
                if (!first) put(',');
                first = false;
                string(it.key());
                put(':');
                write(it.value());
            }
            put('}');
            break;
        }
        case nlohmann::json::value_t::array: {
            put('[');
            for (size_t i = 0; i < v.size(); ++i) {
                if (i) put(',');
                write(v[i]);
            }
            put(']');
            break;
        }
        case nlohmann::json::value_t::string: string(v.get_ref<const std::string&>()); break;
        default: flush(); hash_.update(v.dump()); // numbers, booleans, null: rare and short
        }
    }

    void flush() {
        hash_.update(std::string_view(buffer_, used_));
        used_ = 0;
    }

private:
    void put(char c) {
        if (used_ == sizeof(buffer_)) flush();
        buffer_[used_++] = c;
    }

    // Escapes as nlohmann does with ensure_ascii off: quotes, backslash and control characters only.
    void string(const std::string& s) {
        static const char* hex = "0123456789abcdef";
        put('"');
        for (char ch : s) {
            auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '"':
                put('\\');
                put('"');
                break;
            case '\\':
                put('\\');
                put('\\');
                break;
            case '\b':
                put('\\');
                put('b');
                break;
            case '\f':
                put('\\');
                put('f');
                break;
            case '\n':
                put('\\');
                put('n');
                break;
            case '\r':
                put('\\');
                put('r');
                break;
            case '\t':
                put('\\');
                put('t');
                break;
            default:
                if (c < 0x20) {
                    for (char e : {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]}) put(e);
                } else {
                    put(ch);
                }
            }
        }
        put('"');
    }

    Sha256& hash_;
    char buffer_[4096];
    size_t used_ = 0;
};

} // namespace

std::string canonicalJsonHash(const nlohmann::json& value) {
    Sha256 hash;
    CanonicalWriter writer(hash);
    writer.write(value);
    writer.flush();
    return hash.hexDigest();
}

} // namespace frontline
