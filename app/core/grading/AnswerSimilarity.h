#pragma once
// How close a reply is to a model answer in content, and which key terms of
// the answer it left out. Chinese: character bigrams and ICU dictionary words;
// English: content words, lightly stemmed.
#include <string>
#include <vector>

namespace frontline {

struct SimilarityResult {
    double score = 0; // Dice coefficient, 0-1
    int closest = -1;
    std::vector<std::string> missingTerms; // key terms of the closest answer, in its order
};

SimilarityResult compareToModels(const std::u32string& reply, const std::vector<std::u32string>& models, bool wordBased,
                                 size_t maxMissing = 8);

// Key terms of a folded text (for tests and the editor's "try a reply").
std::vector<std::u32string> keyTerms(const std::u32string& text, bool wordBased);

} // namespace frontline
