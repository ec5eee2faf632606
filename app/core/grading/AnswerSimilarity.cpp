#include "grading/AnswerSimilarity.h"

#include <algorithm>
#include <memory>
#include <set>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "common/MemoCache.h"
#include "grading/TextNormalizer.h"

namespace frontline {

namespace {

const std::set<std::u32string>& englishStopWords() {
    static const std::set<std::u32string> words = {
        U"a",     U"an",   U"the",  U"and",   U"or",   U"but",  U"if",    U"to",    U"of",     U"in",     U"on",     U"at",   U"for",
        U"with",  U"is",   U"are",  U"was",   U"were", U"be",   U"been",  U"am",    U"i",      U"you",    U"we",     U"it",   U"this",
        U"that",  U"your", U"our",  U"my",    U"me",   U"us",   U"will",  U"can",   U"do",     U"does",   U"have",   U"has",  U"so",
        U"as",    U"by",   U"from", U"there", U"here", U"what", U"which", U"would", U"could",  U"should", U"please", U"just", U"very",
        U"about", U"into", U"all",  U"any",   U"let",  U"i'll", U"i'm",   U"we'll", U"you're", U"it's",   U"they"};
    return words;
}

// Words a Chinese answer always has that say nothing about its content.
const std::set<std::u32string>& chineseStopWords() {
    static const std::set<std::u32string> words = {U"我们", U"您的", U"这个", U"那个", U"一下", U"已经", U"可以", U"的话", U"就是",
                                                   U"我会", U"您好", U"请问", U"非常", U"这边", U"一个", U"如果", U"还是", U"现在"};
    return words;
}

std::u32string stem(std::u32string w) {
    for (const std::u32string suffix : {U"ing", U"ed", U"es", U"s"}) {
        if (w.size() > suffix.size() + 3 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0) {
            return w.substr(0, w.size() - suffix.size());
        }
    }
    return w;
}

std::vector<std::u32string> englishWords(const std::u32string& text) {
    std::vector<std::u32string> out;
    std::u32string cur;
    for (char32_t c : text + U" ") {
        if (isWordChar(c)) {
            cur += c;
        } else if (!cur.empty()) {
            if (!englishStopWords().count(cur)) out.push_back(stem(cur));
            cur.clear();
        }
    }
    return out;
}

std::set<std::u32string> features(const std::u32string& text, bool wordBased) {
    std::set<std::u32string> out;
    if (wordBased) {
        for (auto& w : englishWords(text)) out.insert(w);
        return out;
    }
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        if (isHan(text[i]) && isHan(text[i + 1])) out.insert(text.substr(i, 2));
    }
    return out;
}

std::vector<std::u32string> chineseWords(const std::u32string& text) {
    std::vector<std::u32string> out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getSimplifiedChinese(), status));
    if (U_FAILURE(status)) return out;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(toUtf8(text));
    it->setText(u);
    for (int32_t start = it->first(), end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        icu::UnicodeString word = u.tempSubStringBetween(start, end);
        std::string utf8;
        word.toUTF8String(utf8);
        std::u32string w = toU32(utf8);
        if (w.size() >= 2 && std::all_of(w.begin(), w.end(), isHan) && !chineseStopWords().count(w)) out.push_back(w);
    }
    return out;
}

} // namespace

std::vector<std::u32string> keyTerms(const std::u32string& text, bool wordBased) {
    std::vector<std::u32string> terms = wordBased ? englishWords(text) : chineseWords(text);
    std::vector<std::u32string> unique;
    for (auto& t : terms) {
        if (wordBased && t.size() < 4) continue;
        if (std::find(unique.begin(), unique.end(), t) == unique.end()) unique.push_back(t);
    }
    return unique;
}

namespace {

// A node's model answers are compared with every reply to it: their features
// and key terms are worked out once.
struct ModelProfile {
    std::set<std::u32string> features;
    std::vector<std::u32string> keyTerms;
};

std::shared_ptr<const ModelProfile> profile(const std::u32string& model, bool wordBased) {
    static MemoCache<std::shared_ptr<const ModelProfile>> cache;
    return cache.get(toUtf8(model) + (wordBased ? "\x01w" : "\x01c"), [&](const std::string&) {
        return std::make_shared<const ModelProfile>(ModelProfile{features(model, wordBased), keyTerms(model, wordBased)});
    });
}

} // namespace

SimilarityResult compareToModels(const std::u32string& reply, const std::vector<std::u32string>& models, bool wordBased,
                                 size_t maxMissing) {
    SimilarityResult r;
    auto mine = features(reply, wordBased);
    std::shared_ptr<const ModelProfile> closest;
    for (size_t i = 0; i < models.size(); ++i) {
        auto model = profile(models[i], wordBased);
        const auto& theirs = model->features;
        size_t common = 0;
        for (const auto& f : mine) common += theirs.count(f);
        double dice = (mine.size() + theirs.size()) == 0 ? 0.0 : 2.0 * double(common) / double(mine.size() + theirs.size());
        if (r.closest < 0 || dice > r.score) {
            r.score = dice;
            r.closest = static_cast<int>(i);
            closest = model;
        }
    }
    if (r.closest < 0) return r;
    std::set<std::u32string> replyWords;
    if (wordBased) {
        for (auto& w : englishWords(reply)) replyWords.insert(w);
    }
    for (const auto& term : closest->keyTerms) {
        bool present = wordBased ? replyWords.count(term) > 0 : reply.find(term) != std::u32string::npos;
        if (!present) r.missingTerms.push_back(toUtf8(term));
        if (r.missingTerms.size() >= maxMissing) break;
    }
    return r;
}

} // namespace frontline
