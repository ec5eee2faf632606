#pragma once
// Moodle GIFT (docs.moodle.org/en/GIFT_format) to a question bank. Blocks are
// read as Moodle's own importer (question/format/gift/format.php) reads them,
// so a file that imports into Moodle imports here with the same types, answers
// and weights; what the bank cannot hold is reported at file:line:column and
// the question skipped (error) or imported without it (warning).
#include <iosfwd>
#include <string>
#include <string_view>

#include "assessments/QuestionBank.h"
#include "common/Result.h"

namespace frontline {

struct GiftOptions {
    std::string bankId;                       // empty: from the file name ("quiz-1.gift" -> "quiz-1"), else "imported"
    std::string language;                     // "zh-CN" or "en"; empty: zh-CN when the file has Chinese characters
    std::string version = "1.0.0";            // semver
    std::string title;                        // empty: the file name without its extension
    std::string defaultCategory = "imported"; // for questions before the first $CATEGORY
};

struct GiftImport {
    QuestionBank bank;
    Diagnostics diagnostics; // file:line:column, in file order
    int imported = 0;        // bank items written (descriptions included)
    int skipped = 0;         // questions left out because of an error
};

// The options a user typed must follow FORMAT.md (bank id, language, version, category path).
Status checkGiftOptions(const GiftOptions& options);

// Never throws; any input gives a bank (possibly empty) and diagnostics.
GiftImport importGift(std::string_view text, const std::string& fileName, const GiftOptions& options);

// What import-gift runs: the same import, written to out as
// writeBankJson(importGift(...).bank) would write it, but each question is
// written as soon as it is read and never kept, so memory stays flat however
// large the file. The returned bank has no questions; the rest is as importGift's.
GiftImport importGiftToJson(std::string_view text, const std::string& fileName, const GiftOptions& options, std::ostream& out);

} // namespace frontline
