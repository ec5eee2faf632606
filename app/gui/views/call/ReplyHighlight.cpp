#include "views/call/ReplyHighlight.h"

#include <algorithm>

#include "common/Utf8.h"

namespace frontline::gui {

std::vector<ReplySegment> highlightReply(const std::string& reply, const ReplyGrade& grade) {
    // Byte offset where each character starts, plus the end.
    std::vector<size_t> starts;
    for (size_t i = 0; i < reply.size(); i += decodeUtf8(reply, i).length) starts.push_back(i);
    starts.push_back(reply.size());
    const int chars = static_cast<int>(starts.size()) - 1;

    std::vector<HighlightKind> kinds(static_cast<size_t>(chars), HighlightKind::Plain);
    auto mark = [&](const CriterionResult& c, HighlightKind kind) {
        for (const auto& s : c.spans) {
            for (int k = std::max(0, s.begin); k < std::min(chars, s.end); ++k) {
                auto& slot = kinds[static_cast<size_t>(k)];
                if (slot != HighlightKind::Forbidden) slot = kind;
            }
        }
    };
    for (const auto& c : grade.criteria) {
        if (c.hit && c.kind == CriterionKind::Required) mark(c, HighlightKind::Hit);
    }
    for (const auto& c : grade.criteria) {
        if (c.hit && c.kind == CriterionKind::Forbidden) mark(c, HighlightKind::Forbidden);
    }

    std::vector<ReplySegment> out;
    for (int k = 0; k < chars; ++k) {
        auto kind = kinds[static_cast<size_t>(k)];
        std::string piece =
            reply.substr(starts[static_cast<size_t>(k)], starts[static_cast<size_t>(k) + 1] - starts[static_cast<size_t>(k)]);
        if (out.empty() || out.back().kind != kind)
            out.push_back({std::move(piece), kind});
        else
            out.back().text += piece;
    }
    return out;
}

} // namespace frontline::gui
