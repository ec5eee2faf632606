#pragma once
// How well a grader ranks hand-labelled replies (tests/data/grading/): the
// AUC of good against poor replies (Mann-Whitney: the share of good/poor
// pairs where the good reply scores higher, ties counting 1/2), the same over
// pairs where the poor reply is at least as long as the good one (so length or
// word overlap alone cannot pass), forbidden-behaviour recall, and a plain
// character-bigram baseline to compare against. Pure functions.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

enum class QualityLabel { Good, Acceptable, Poor };

const char* qualityLabelName(QualityLabel label);
// "good", "acceptable" or "poor"; false for anything else.
bool parseQualityLabel(std::string_view text, QualityLabel& out);

struct ScoredReply {
    std::string id;
    std::string language; // pairs are only formed within one language where a filter asks for it
    QualityLabel label = QualityLabel::Acceptable;
    double score = 0;
    int length = 0; // Unicode characters of the reply as typed
};

struct AucResult {
    double auc = 0;  // meaningless when pairs == 0
    long pairs = 0;  // good/poor pairs counted
    double wins = 0; // good above poor: 1 each, ties 1/2 each
    bool defined() const { return pairs > 0; }
};

// Which good/poor pairs count.
using PairFilter = std::function<bool(const ScoredReply& good, const ScoredReply& poor)>;

// Mann-Whitney AUC over every good/poor pair the filter accepts (all when empty).
AucResult rankingAuc(const std::vector<ScoredReply>& items, const PairFilter& filter = {});
// Pairs of one language where the poor reply has at least as many characters as the good one.
bool lengthControlledPair(const ScoredReply& good, const ScoredReply& poor);
// Pairs of one language.
bool sameLanguagePair(const ScoredReply& good, const ScoredReply& poor);

struct RankedPair {
    const ScoredReply* good = nullptr;
    const ScoredReply* poor = nullptr;
    double margin() const { return poor->score - good->score; } // > 0: ranked the wrong way round
};

// Pairs the filter accepts where the poor reply scores at least as high as the
// good one, worst first (largest margin, then ids), at most limit.
std::vector<RankedPair> misrankedPairs(const std::vector<ScoredReply>& items, const PairFilter& filter, size_t limit);

// Forbidden behaviour: every reply labelled forbidden must be flagged, and no good reply may be.
struct FlagCase {
    std::string id;
    QualityLabel label = QualityLabel::Acceptable;
    bool expected = false; // labelled forbidden
    bool flagged = false;  // the grader found forbidden behaviour
};

struct FlagReport {
    int expected = 0;
    int caught = 0;
    std::vector<std::string> missed; // labelled forbidden, not flagged
    int goodReplies = 0;
    std::vector<std::string> falseFlagsOnGood;
    std::vector<std::string> otherFalseFlags; // acceptable/poor replies flagged but not labelled forbidden
    double recall() const { return expected > 0 ? static_cast<double>(caught) / expected : 1.0; }
};

FlagReport checkFlags(const std::vector<FlagCase>& cases);

// Baseline scorer: Dice coefficient (0-1) of the character-bigram multisets
// of two texts folded with foldText (NFKC, case folding, Traditional to
// Simplified); bigrams are taken within runs of word characters.
double bigramDice(std::string_view a, std::string_view b);
// The best bigramDice of the reply against any model answer, times 100.
double bigramBaselineScore(std::string_view reply, const std::vector<std::string>& modelAnswers);

// Unicode characters of UTF-8 text (invalid bytes count one each).
int countCharacters(std::string_view utf8);

} // namespace frontline
