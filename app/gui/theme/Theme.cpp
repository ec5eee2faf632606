#include "theme/Theme.h"

#include "common/JsonDocument.h"
#include "common/TextFile.h"

namespace frontline::gui {

namespace {

using nlohmann::json;

std::optional<float> number(const json& v) {
    if (!v.is_number()) return std::nullopt;
    return v.get<float>();
}

// Reads an object of name -> T, reporting members that do not convert.
template <typename T, typename Convert>
void readMap(const json& obj, const std::string& section, std::map<std::string, T>& out, std::vector<std::string>& warnings,
             Convert convert) {
    if (!obj.is_object()) {
        warnings.push_back("'" + section + "' must be an object");
        return;
    }
    for (const auto& [key, value] : obj.items()) {
        if (auto converted = convert(value)) {
            out[key] = *converted;
        } else {
            warnings.push_back("'" + section + "." + key + "' has a bad value");
        }
    }
}

} // namespace

Rgba Theme::color(const std::string& colorName, Rgba fallback) const {
    auto it = palette.find(colorName);
    return it == palette.end() ? fallback : it->second;
}

std::optional<Rgba> parseHexColor(const std::string& text) {
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#') return std::nullopt;
    float channels[4] = {0, 0, 0, 1};
    for (size_t i = 1, c = 0; i < text.size(); i += 2, ++c) {
        unsigned value = 0;
        for (size_t j = i; j < i + 2; ++j) {
            char ch = text[j];
            int digit = ch >= '0' && ch <= '9'   ? ch - '0'
                        : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                        : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                                 : -1;
            if (digit < 0) return std::nullopt;
            value = value * 16 + static_cast<unsigned>(digit);
        }
        channels[c] = static_cast<float>(value) / 255.0f;
    }
    return Rgba{channels[0], channels[1], channels[2], channels[3]};
}

Result<Theme> loadTheme(const std::filesystem::path& file) {
    auto text = readTextFile(file, 1u << 20);
    if (!text) return text.error();
    return parseTheme(file.string(), std::move(text.value()));
}

Result<Theme> parseTheme(const std::string& file, std::string text) {
    Diagnostics diags;
    auto doc = JsonDocument::parse(file, std::move(text), diags);
    if (!doc || diags.hasErrors()) return Error{diags.items().front().message, diags.items().front().where};
    const json& root = doc->root();
    if (!root.is_object()) return makeError("a theme must be a JSON object", doc->locate(""));
    if (root.value("format", "") != "frontline-theme/1")
        return makeError("\"format\" must be \"frontline-theme/1\"", doc->locate("/format"));

    Theme t;
    auto hex = [](const json& v) { return v.is_string() ? parseHexColor(v.get<std::string>()) : std::nullopt; };
    auto pair = [](const json& v) -> std::optional<std::array<float, 2>> {
        if (v.is_number()) return std::array<float, 2>{v.get<float>(), v.get<float>()};
        if (v.is_array() && v.size() == 2 && v[0].is_number() && v[1].is_number())
            return std::array<float, 2>{v[0].get<float>(), v[1].get<float>()};
        return std::nullopt;
    };
    for (const auto& [key, value] : root.items()) {
        if (key == "format") continue;
        if (key == "name" && value.is_string())
            t.name = value.get<std::string>();
        else if (key == "base" && value.is_string())
            t.base = value.get<std::string>();
        else if (key == "font_size_px" && number(value))
            t.fontSizePx = *number(value);
        else if (key == "heading_scale" && number(value))
            t.headingScale = *number(value);
        else if (key == "ui_scale" && number(value))
            t.uiScale = *number(value);
        else if (key == "rounding_em")
            readMap(value, key, t.roundingEm, t.warnings, number);
        else if (key == "spacing_em")
            readMap(value, key, t.spacingEm, t.warnings, pair);
        else if (key == "length_em")
            readMap(value, key, t.lengthEm, t.warnings, number);
        else if (key == "borders_px")
            readMap(value, key, t.borders, t.warnings, number);
        else if (key == "colors")
            readMap(value, key, t.colors, t.warnings, hex);
        else if (key == "palette")
            readMap(value, key, t.palette, t.warnings, hex);
        else if (key != "comment")
            t.warnings.push_back("unknown or malformed key '" + key + "'");
    }
    if (t.fontSizePx < 8 || t.fontSizePx > 64) return makeError("\"font_size_px\" must be 8-64", doc->locate("/font_size_px"));
    if (t.uiScale < 0.5f || t.uiScale > 4.0f) return makeError("\"ui_scale\" must be 0.5-4", doc->locate("/ui_scale"));
    if (t.headingScale < 1.0f || t.headingScale > 3.0f) return makeError("\"heading_scale\" must be 1-3", doc->locate("/heading_scale"));
    return t;
}

} // namespace frontline::gui
