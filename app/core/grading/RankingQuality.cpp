#include "grading/RankingQuality.h"

#include <algorithm>
#include <map>

#include "common/Utf8.h"
#include "grading/TextNormalizer.h"

namespace frontline {

const char* qualityLabelName(QualityLabel label) {
    switch (label) {
    case QualityLabel::Good: return "good";
    case QualityLabel::Acceptable: return "acceptable";
    case QualityLabel::Poor: return "poor";
    }
    return "?";
}

bool parseQualityLabel(std::string_view text, QualityLabel& out) {
    for (auto l : {QualityLabel::Good, QualityLabel::Acceptable, QualityLabel::Poor}) {
        if (text == qualityLabelName(l)) {
            out = l;
            return true;
        }
    }
    return false;
}

namespace {

template <typename Visit> void forEachPair(const std::vector<ScoredReply>& items, const PairFilter& filter, Visit visit) {
    for (const auto& good : items) {
        if (good.label != QualityLabel::Good) continue;
        for (const auto& poor : items) {
            if (poor.label != QualityLabel::Poor) continue;
            if (filter && !filter(good, poor)) continue;
            visit(good, poor);
        }
    }
}

} // namespace

AucResult rankingAuc(const std::vector<ScoredReply>& items, const PairFilter& filter) {
    AucResult r;
    forEachPair(items, filter, [&](const ScoredReply& good, const ScoredReply& poor) {
        ++r.pairs;
        if (good.score > poor.score)
            r.wins += 1.0;
        else if (good.score == poor.score)
            r.wins += 0.5;
    });
    if (r.pairs > 0) r.auc = r.wins / static_cast<double>(r.pairs);
    return r;
}

bool sameLanguagePair(const ScoredReply& good, const ScoredReply& poor) { return good.language == poor.language; }

bool lengthControlledPair(const ScoredReply& good, const ScoredReply& poor) {
    return sameLanguagePair(good, poor) && poor.length >= good.length;
}

std::vector<RankedPair> misrankedPairs(const std::vector<ScoredReply>& items, const PairFilter& filter, size_t limit) {
    std::vector<RankedPair> out;
    forEachPair(items, filter, [&](const ScoredReply& good, const ScoredReply& poor) {
        if (poor.score >= good.score) out.push_back({&good, &poor});
    });
    std::sort(out.begin(), out.end(), [](const RankedPair& a, const RankedPair& b) {
        if (a.margin() != b.margin()) return a.margin() > b.margin();
        if (a.good->id != b.good->id) return a.good->id < b.good->id;
        return a.poor->id < b.poor->id;
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

FlagReport checkFlags(const std::vector<FlagCase>& cases) {
    FlagReport r;
    for (const auto& c : cases) {
        if (c.expected) {
            ++r.expected;
            if (c.flagged)
                ++r.caught;
            else
                r.missed.push_back(c.id);
        }
        if (c.label == QualityLabel::Good) {
            ++r.goodReplies;
            if (c.flagged) r.falseFlagsOnGood.push_back(c.id);
        } else if (c.flagged && !c.expected) {
            r.otherFalseFlags.push_back(c.id);
        }
    }
    return r;
}

namespace {

std::map<std::u32string, int> bigrams(std::string_view text) {
    std::u32string folded = foldText(text);
    std::map<std::u32string, int> out;
    for (size_t i = 0; i + 1 < folded.size(); ++i) {
        if (isWordChar(folded[i]) && isWordChar(folded[i + 1])) ++out[folded.substr(i, 2)];
    }
    return out;
}

int total(const std::map<std::u32string, int>& m) {
    int n = 0;
    for (const auto& kv : m) n += kv.second;
    return n;
}

} // namespace

double bigramDice(std::string_view a, std::string_view b) {
    auto ba = bigrams(a);
    auto bb = bigrams(b);
    int size = total(ba) + total(bb);
    if (size == 0) return 0;
    int common = 0;
    for (const auto& kv : ba) {
        auto it = bb.find(kv.first);
        if (it != bb.end()) common += std::min(kv.second, it->second);
    }
    return 2.0 * common / size;
}

double bigramBaselineScore(std::string_view reply, const std::vector<std::string>& modelAnswers) {
    double best = 0;
    for (const auto& m : modelAnswers) best = std::max(best, bigramDice(reply, m));
    return best * 100.0;
}

int countCharacters(std::string_view utf8) {
    int n = 0;
    for (size_t i = 0; i < utf8.size(); ++n) i += decodeUtf8(utf8, i).length;
    return n;
}

} // namespace frontline
