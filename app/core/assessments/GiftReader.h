#pragma once
// Internal to the GIFT importer, not part of the public API (GiftImporter.h
// is): the reader that walks a GIFT file block by block. Its question-level
// half is in GiftImporter.cpp and its answer-block half in GiftAnswers.cpp;
// both need the one class and its per-question state, so it is declared here.
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "assessments/GiftImporter.h"
#include "assessments/QuestionBank.h"
#include "common/Diagnostic.h"

namespace frontline::gift {

// One input line kept in a block: where its trimmed text sits in the block
// and in the file, so a position in the block maps back to line:column.
struct Segment {
    size_t blockOffset = 0;
    size_t fileOffset = 0;
    size_t lineStart = 0; // file offset of the line's first byte
    int line = 0;
};

struct Piece {
    char marker = 0; // '~' or '=' that started it; 0 for text before the first marker
    std::string_view body;
};

// Receives each imported question; none reads only the categories.
using QuestionSink = std::function<void(Question&&)>;

class GiftReader {
public:
    GiftReader(std::string_view source, const std::string& fileName, GiftImport& out, QuestionSink sink)
        : source_(source), fileName_(fileName), out_(out), bank_(out.bank), sink_(std::move(sink)) {}

    // Returns whether the text is UTF-8 with Chinese characters in it.
    bool run(const std::string& defaultCategory);

private:
    // --- blocks (questions are separated by blank lines): GiftImporter.cpp
    void addLine(std::string_view line, size_t lineStart, int number);
    void flushBlock();
    SourceLocation locate(const char* at) const;
    SourceLocation locateFile(size_t offset) const;

    // --- one block, up to its answer block: GiftImporter.cpp
    void readCategory(std::string_view raw);
    void readQuestion(std::string_view text);
    bool readBody(Question& q, std::string_view text);
    void readComments(Question& q);
    void commit(Question& q, std::string baseId, bool explicitId);

    // --- the answer block between '{' and '}': GiftAnswers.cpp
    bool readAnswers(Question& q, std::string_view answers);
    bool readChoice(Question& q, std::string_view answers);
    void shareFullCredit(Question& q, size_t full);
    bool readTrueFalse(Question& q, std::string_view answers);
    bool readShortAnswer(Question& q, std::string_view answers);
    bool readNumeric(Question& q, std::string_view answers);
    bool readNumericAnswer(Question& q, std::string_view body, std::optional<double> weight);
    bool readMatching(Question& q, std::string_view answers);
    bool takeWeight(std::string_view& body, std::optional<double>& weight, double min, double max);
    bool dropLeadingText(std::vector<Piece>& pieces, const char* what);

    // --- diagnostics; fail() reports why the question is skipped and returns false
    bool fail(const char* at, const std::string& message);
    void warn(const char* at, const std::string& message);

    std::string_view source_;
    const std::string& fileName_;
    GiftImport& out_;
    QuestionBank& bank_;
    QuestionSink sink_;

    std::string block_; // the current block: trimmed lines without comments, joined by '\n'
    std::vector<Segment> segments_;
    std::string comments_; // its comment lines, for [id:...] and [tag:...]
    size_t bomLength_ = 0;

    std::string category_;
    std::map<std::string, std::string> categoryNames_; // every category path made -> the name it came from
    std::unordered_set<std::string> usedIds_;
    int position_ = 0;   // questions seen, skipped ones included, so sequential ids survive a fix
    std::string label_;  // the question as messages name it
    const char* open_{}; // its '{'
    std::vector<Piece> pieces_;
    std::vector<bool> weighted_;
};

} // namespace frontline::gift
