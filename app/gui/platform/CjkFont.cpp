#include "platform/CjkFont.h"

#include <fontconfig/fontconfig.h>
#include <fstream>

namespace frontline::gui {

namespace {

// Matches pattern text and returns the result if it covers Simplified Chinese.
std::optional<FontFile> matchCovering(FcConfig* config, const char* patternText) {
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(patternText));
    if (!pattern) return std::nullopt;
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(config, pattern, &result);
    FcPatternDestroy(pattern);
    if (!match) return std::nullopt;

    std::optional<FontFile> found;
    FcChar8* file = nullptr;
    FcLangSet* langs = nullptr;
    if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && FcPatternGetLangSet(match, FC_LANG, 0, &langs) == FcResultMatch &&
        FcLangSetHasLang(langs, reinterpret_cast<const FcChar8*>("zh-cn")) == FcLangEqual) {
        FontFile f;
        f.path = reinterpret_cast<const char*>(file);
        int index = 0;
        if (FcPatternGetInteger(match, FC_INDEX, 0, &index) == FcResultMatch) f.index = index;
        FcChar8* family = nullptr;
        if (FcPatternGetString(match, FC_FAMILY, 0, &family) == FcResultMatch) f.family = reinterpret_cast<const char*>(family);
        found = f;
    }
    FcPatternDestroy(match);
    return found;
}

bool readFile(const std::string& path, std::vector<char>& out) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return false;
    auto size = in.tellg();
    if (size <= 0 || size > (256 << 20)) return false;
    out.resize(static_cast<size_t>(size));
    in.seekg(0);
    return static_cast<bool>(in.read(out.data(), size));
}

} // namespace

std::optional<FontFile> findCjkFont() {
    if (!FcInit()) return std::nullopt;
    FcConfig* config = FcConfigGetCurrent();
    if (auto f = matchCovering(config, "Noto Sans CJK SC:style=Regular")) return f;
    return matchCovering(config, "sans-serif:lang=zh-cn");
}

bool FontSet::load(ImGuiIO& io, const std::optional<FontFile>& file, float bodyPx, float headingPx, const std::string& text) {
    io.Fonts->Clear();
    if (!file || !readFile(file->path, data_)) {
        ImFontConfig cfg;
        cfg.SizePixels = bodyPx;
        body = io.Fonts->AddFontDefault(&cfg);
        cfg.SizePixels = headingPx;
        heading = io.Fonts->AddFontDefault(&cfg);
        return false;
    }
    // … – — • ● and the box drawn for missing characters.
    static const ImWchar extra[] = {0x2026, 0x2026, 0x2013, 0x2014, 0x2022, 0x2022, 0x25CF, 0x25CF, kMissingGlyph, kMissingGlyph, 0};
    // BuildRanges appends: ranges left from an earlier load would end the list early.
    headingRanges_.clear();
    bodyRanges_.clear();
    ImFontGlyphRangesBuilder headingBuilder;
    headingBuilder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    headingBuilder.AddRanges(extra);
    headingBuilder.AddText(text.c_str(), text.c_str() + text.size());
    headingBuilder.BuildRanges(&headingRanges_);

    ImFontGlyphRangesBuilder bodyBuilder = headingBuilder;
    bodyBuilder.AddRanges(io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
    bodyBuilder.BuildRanges(&bodyRanges_);

    ImFontConfig cfg;
    cfg.FontNo = file->index;
    cfg.FontDataOwnedByAtlas = false; // data_ is shared by both fonts
    cfg.OversampleH = 2;              // CJK glyphs are many; 2 keeps the atlas small at no visible cost
    cfg.OversampleV = 1;
    io.Fonts->TexDesiredWidth = 4096;
    const int size = static_cast<int>(data_.size());
    body = io.Fonts->AddFontFromMemoryTTF(data_.data(), size, bodyPx, &cfg, bodyRanges_.Data);
    heading = io.Fonts->AddFontFromMemoryTTF(data_.data(), size, headingPx, &cfg, headingRanges_.Data);
    if (!body || !heading) return false;
    // CJK fonts have no U+FFFD, so ImGui would draw a missing character as '?',
    // indistinguishable from a real one; a box both shows and counts it.
    body->FallbackChar = kMissingGlyph;
    heading->FallbackChar = kMissingGlyph;
    return true;
}

} // namespace frontline::gui
