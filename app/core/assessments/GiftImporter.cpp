// The question-level half of the GIFT import: the file's lines and blocks,
// $CATEGORY paths, ::titles::, question text and ids, and the public entry
// points. The answer block is read in GiftAnswers.cpp, text rules are in
// GiftText.cpp, and GiftReader.h declares the reader both halves share.
#include "assessments/GiftImporter.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "assessments/BankReader.h"
#include "assessments/BankWriter.h"
#include "assessments/GiftReader.h"
#include "assessments/GiftText.h"
#include "common/Utf8.h"
#include "scenario/Pack.h"

namespace frontline::gift {

namespace {

// ---------------------------------------------------------------- ids

bool hasNonAscii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

// Lowercase ASCII letters and digits; every other run of characters becomes one '-'.
std::string slugify(std::string_view text, size_t maxLength) {
    std::string slug;
    for (char c : text) {
        if (slug.size() >= maxLength) break;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            slug += c;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug;
}

std::string hashHex(std::string_view text) {
    uint32_t h = 2166136261u; // FNV-1a: stable across runs and platforms
    for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    static const char* digits = "0123456789abcdef";
    std::string out(8, '0');
    for (int i = 7; i >= 0; --i, h >>= 4) out[static_cast<size_t>(i)] = digits[h & 0xF];
    return out;
}

// An id from a name: its ASCII slug, with a hash of the whole name when the
// name has other characters (Chinese), so "问候" and "道歉" get distinct ids
// that do not change when questions are added or reordered.
std::string idFromName(std::string_view name, const char* fallback) {
    std::string slug = slugify(name, 40);
    if (!hasNonAscii(name) && !slug.empty()) return slug;
    return (slug.empty() ? std::string(fallback) : slug) + "-" + hashHex(name);
}

std::string sequentialId(int position) {
    std::string digits = std::to_string(position);
    return "q" + std::string(digits.size() < 4 ? 4 - digits.size() : 0, '0') + digits;
}

// The value of "[name:value]" in Moodle's comment lines ("// [id:greet-1] [tag:etiquette]").
std::vector<std::string> bracketValues(std::string_view comments, std::string_view name) {
    std::vector<std::string> values;
    std::string open = "[" + std::string(name) + ":";
    for (size_t at = comments.find(open); at != npos; at = comments.find(open, at + 1)) {
        std::string value;
        size_t i = at + open.size();
        for (; i < comments.size() && comments[i] != ']' && comments[i] != '\n'; ++i) {
            if (comments[i] == '\\' && i + 1 < comments.size() && comments[i + 1] == ']') ++i;
            value += comments[i];
        }
        if (i < comments.size() && comments[i] == ']') values.emplace_back(trim(value));
    }
    return values;
}

bool isDifficulty(const std::string& tag) {
    const auto& ids = difficultyIds();
    return std::find(ids.begin(), ids.end(), tag) != ids.end();
}

// ---------------------------------------------------------------- the file

// Calls f(line, lineStart, number) for every line; "\r\n", "\n" and a lone "\r" end lines.
template <typename F> void forEachLine(std::string_view text, size_t pos, F&& f) {
    int number = 1;
    while (pos < text.size()) {
        size_t end = pos;
        while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
        f(text.substr(pos, end - pos), pos, number++);
        if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
        pos = end + 1;
    }
}

bool isCjk(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF); }

struct Utf8Scan {
    size_t firstInvalid = npos;
    bool hasCjk = false;
};

Utf8Scan scanUtf8(std::string_view s, size_t pos) {
    Utf8Scan scan;
    while (pos < s.size()) {
        if (static_cast<unsigned char>(s[pos]) < 0x80) {
            ++pos;
            continue;
        }
        Utf8Char c = decodeUtf8(s, pos);
        // Overlong forms and surrogates are not UTF-8 either (JSON writers replace them).
        bool shortest = c.codePoint >= (c.length == 2 ? 0x80u : c.length == 3 ? 0x800u : 0x10000u);
        if (!c.valid || !shortest || (c.codePoint >= 0xD800 && c.codePoint <= 0xDFFF) || c.codePoint > 0x10FFFF) {
            scan.firstInvalid = pos;
            return scan;
        }
        scan.hasCjk = scan.hasCjk || isCjk(c.codePoint);
        pos += c.length;
    }
    return scan;
}

// Columns count characters, so they match an editor on Chinese text.
int columnOf(std::string_view source, size_t lineStart, size_t offset) {
    int column = 1;
    for (size_t i = lineStart; i < offset && i < source.size(); ++i)
        if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80) ++column;
    return column;
}

std::string stemOf(const std::string& fileName) {
    size_t slash = fileName.find_last_of("/\\");
    std::string base = slash == std::string::npos ? fileName : fileName.substr(slash + 1);
    size_t dot = base.rfind('.');
    return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

} // namespace

bool GiftReader::run(const std::string& defaultCategory) {
    category_ = defaultCategory;
    if (startsWith(source_, "\xEF\xBB\xBF")) bomLength_ = 3;
    Utf8Scan scan = scanUtf8(source_, bomLength_);
    if (scan.firstInvalid != npos) {
        out_.diagnostics.add({Severity::Error,
                              locateFile(scan.firstInvalid),
                              "the file is not UTF-8 text; save it as UTF-8 (a GBK file converts with 'iconv -f GBK -t UTF-8') and "
                              "import it again (nothing imported)",
                              {}});
        return false;
    }
    forEachLine(source_, bomLength_, [&](std::string_view line, size_t start, int number) { addLine(line, start, number); });
    flushBlock();
    return scan.hasCjk;
}

void GiftReader::addLine(std::string_view line, size_t lineStart, int number) {
    std::string_view text = trim(line);
    if (text.empty()) {
        flushBlock();
    } else if (startsWith(text, "//")) {
        // Moodle drops comment lines; they may carry [id:...] and [tag:...].
        if (text.find('[') != npos) comments_.append(text).append("\n");
    } else {
        if (!block_.empty()) block_ += '\n';
        segments_.push_back({block_.size(), static_cast<size_t>(text.data() - source_.data()), lineStart, number});
        block_.append(text);
    }
}

SourceLocation GiftReader::locate(const char* at) const {
    size_t offset = static_cast<size_t>(at - block_.data());
    const Segment* seg = &segments_.front();
    for (const auto& s : segments_) {
        if (s.blockOffset > offset) break;
        seg = &s;
    }
    size_t fileOffset = seg->fileOffset + (offset - seg->blockOffset);
    return SourceLocation(fileName_, seg->line, columnOf(source_, seg->lineStart, fileOffset));
}

SourceLocation GiftReader::locateFile(size_t offset) const {
    int line = 1;
    size_t lineStart = bomLength_;
    forEachLine(source_, bomLength_, [&](std::string_view text, size_t start, int number) {
        if (start <= offset && offset <= start + text.size()) {
            line = number;
            lineStart = start;
        }
    });
    return SourceLocation(fileName_, line, columnOf(source_, lineStart, offset));
}

void GiftReader::flushBlock() {
    if (!block_.empty()) {
        std::string_view text = block_;
        if (startsWith(text, "$CATEGORY:")) {
            // Moodle reads the whole block as the category; a question right
            // under the line (no blank line between) is read as a question here.
            size_t end = text.find('\n');
            readCategory(text.substr(10, end == npos ? npos : end - 10));
            text = end == npos ? std::string_view() : trim(text.substr(end + 1));
        }
        if (!text.empty()) readQuestion(text);
    }
    block_.clear();
    segments_.clear();
    comments_.clear();
}

bool GiftReader::fail(const char* at, const std::string& message) {
    out_.diagnostics.add({Severity::Error, locate(at), message + " (question '" + label_ + "' skipped)", {}});
    return false;
}

void GiftReader::warn(const char* at, const std::string& message) {
    out_.diagnostics.add({Severity::Warning, locate(at), message + " (question '" + label_ + "')", {}});
}

// ---------------------------------------------------------------- categories

// Moodle's paths: "$course$/top/Sales/After-sales" with "//" for a '/' inside
// a name. Each name becomes an id segment; the names go to categoryTitles.
void GiftReader::readCategory(std::string_view raw) {
    std::string path = cleanText(raw);
    std::string_view p = path;
    if (startsWith(p, "$")) {
        size_t close = p.find('$', 1);
        if (close != npos) p.remove_prefix(close + 1);
    }
    std::vector<std::string> names(1);
    for (size_t i = 0; i < p.size(); ++i) {
        if (p[i] == '/' && i + 1 < p.size() && p[i + 1] == '/')
            names.back() += p[i++];
        else if (p[i] == '/')
            names.emplace_back();
        else
            names.back() += p[i];
    }
    std::string id;
    bool first = true;
    for (const auto& n : names) {
        std::string name(trim(n));
        if (name.empty() || (first && name == "top")) continue; // Moodle's root of every context
        first = false;
        std::string segment = idFromName(name, "c");
        std::string candidate = id.empty() ? segment : id + "/" + segment;
        for (int k = 2; categoryNames_.count(candidate) && categoryNames_[candidate] != name; ++k)
            candidate = (id.empty() ? segment : id + "/" + segment) + "-" + std::to_string(k);
        categoryNames_[candidate] = name;
        if (name != candidate.substr(candidate.rfind('/') + 1)) bank_.categoryTitles[candidate] = name;
        id = candidate;
    }
    if (id.empty()) {
        out_.diagnostics.add(
            {Severity::Warning, locate(raw.data()), "$CATEGORY names no category; the questions after it go to '" + category_ + "'", {}});
        return;
    }
    category_ = id;
}

// ---------------------------------------------------------------- questions

void GiftReader::readQuestion(std::string_view text) {
    if (!sink_) return;
    ++position_;
    Question q;
    q.where = locate(text.data());
    q.category = category_;

    // ::title::
    if (startsWith(text, "::")) {
        size_t end = findUnescaped(text, "::", 2);
        if (end == npos) {
            label_ = sequentialId(position_);
            warn(text.data(), "the title has no closing '::'; read as question text, as Moodle does");
            text = trim(text.substr(2));
        } else {
            q.title = cleanText(text.substr(2, end - 2));
            text = trim(text.substr(end + 2));
        }
    }
    std::vector<std::string> explicitIds = comments_.empty() ? std::vector<std::string>() : bracketValues(comments_, "id");
    bool explicitId = !explicitIds.empty() && isValidQuestionId(explicitIds.front());
    std::string baseId = explicitId ? explicitIds.front() : !q.title.empty() ? idFromName(q.title, "q") : sequentialId(position_);
    label_ = q.title.empty() ? baseId : q.title;
    if (!explicitIds.empty() && !explicitId)
        warn(text.data(),
             "[id:" + explicitIds.front() + "] is not a valid question id (letters, digits, '-', '_' and '.'); using '" + baseId + "'");

    if (!readBody(q, text)) {
        ++out_.skipped;
        return;
    }
    readComments(q);
    commit(q, std::move(baseId), explicitId);
}

// Splits the text around the answer block, as Moodle: the first '{' and the
// first '}'; answers inside a sentence leave a "___" blank in it.
bool GiftReader::readBody(Question& q, std::string_view text) {
    size_t open = findUnescaped(text, '{');
    size_t close = findUnescaped(text, '}');
    open_ = open == npos ? text.data() : text.data() + open;
    if (open == npos && close != npos) return fail(text.data() + close, "'}' without an opening '{' (write \\} for a literal brace)");
    if (open != npos && close == npos)
        return fail(text.data() + open, "'{' is never closed: expected '}' before the blank line that ends the question");
    if (open != npos && close < open) return fail(text.data() + close, "'}' before the answer block's '{' (write \\} for a literal brace)");
    if (open != npos) {
        size_t inner = findUnescaped(text.substr(0, close), '{', open + 1);
        if (inner != npos) return fail(text.data() + inner, "'{' inside the answer block (write \\{ for a literal brace)");
        size_t again = findUnescaped(text, '{', close + 1);
        if (again == npos) again = findUnescaped(text, '}', close + 1);
        if (again != npos)
            return fail(text.data() + again, "a second answer block: a question has one '{...}' (write \\{ and \\} for literal braces)");
    }

    std::string raw(text.substr(0, open));
    if (open != npos && close + 1 < text.size()) raw.append("___").append(text.substr(close + 1));
    std::string_view body = trim(raw);
    q.format = takeFormat(body).value_or(TextFormat::Plain);
    q.text = cleanText(body);
    if (q.text.empty()) return fail(text.data(), "the question has no text");

    if (open == npos) {
        q.type = QuestionType::Description;
        q.points = 0;
        if (q.text.find("\xEF\xBD\x9B") != npos && q.text.find("\xEF\xBD\x9D") != npos)
            warn(text.data(), "no answer block, so this is a description; '｛...｝' are full-width braces, answers need ASCII '{...}'");
        return true;
    }
    std::string_view answers = trim(text.substr(open + 1, close - open - 1));
    size_t general = findLastUnescaped(answers, "####");
    if (general != npos) {
        q.generalFeedback = partText(answers.substr(general + 4));
        answers = trim(answers.substr(0, general));
    }
    return readAnswers(q, answers);
}

// Moodle keeps [tag:...] of the comment lines as question tags; the bank's
// tags are competencies, and a difficulty tag sets the difficulty.
void GiftReader::readComments(Question& q) {
    if (comments_.empty()) return;
    for (auto& tag : bracketValues(comments_, "tag")) {
        if (isDifficulty(tag))
            q.difficulty = tag;
        else if (parseCompetency(tag))
            q.tags.push_back(tag);
        else
            out_.diagnostics.add({Severity::Warning,
                                  q.where,
                                  "[tag:" + tag +
                                      "] dropped: tags name a competency (communication, problem-solving, emotion-management, "
                                      "knowledge, etiquette) or a difficulty (easy, medium, hard) (question '" +
                                      label_ + "')",
                                  {}});
    }
}

void GiftReader::commit(Question& q, std::string baseId, bool explicitId) {
    if (explicitId && usedIds_.count(baseId)) {
        out_.diagnostics.add({Severity::Error,
                              q.where,
                              "[id:" + baseId + "] is already the id of an earlier question (question '" + label_ + "' skipped)",
                              {}});
        ++out_.skipped;
        return;
    }
    std::string id = baseId;
    for (int k = 2; usedIds_.count(id); ++k) id = baseId + "-" + std::to_string(k);
    usedIds_.insert(id);
    q.id = std::move(id);
    ++out_.imported;
    sink_(std::move(q));
}

namespace {

// Questions are blocks between blank lines: an upper bound for reserve().
size_t countBlocks(std::string_view text) {
    size_t blocks = 0;
    bool blank = true;
    forEachLine(text, 0, [&](std::string_view line, size_t, int) {
        bool now = trim(line).empty();
        if (blank && !now) ++blocks;
        blank = now;
    });
    return blocks;
}

// Reads text into result; the bank's own fields come from the options, else the file.
void readGift(std::string_view text, const std::string& fileName, const GiftOptions& options, GiftImport& result, QuestionSink sink) {
    QuestionBank& bank = result.bank;
    bank.file = fileName;
    std::string stem = stemOf(fileName);
    std::string stemId = slugify(stem, 64);
    bank.id = !options.bankId.empty() ? options.bankId : isValidBankId(stemId) ? stemId : "imported";
    bank.version = options.version;
    bank.title = !options.title.empty() ? options.title : !stem.empty() ? stem : bank.id;
    bool chinese = GiftReader(text, fileName, result, std::move(sink)).run(options.defaultCategory);
    bank.language = !options.language.empty() ? options.language : chinese ? "zh-CN" : "en";
}

} // namespace

} // namespace frontline::gift

namespace frontline {

Status checkGiftOptions(const GiftOptions& options) {
    if (!options.bankId.empty() && !isValidBankId(options.bankId))
        return makeError("bank id must be " + std::string(kBankIdRule) + " (at most 64), got '" + options.bankId + "'");
    if (!options.language.empty() && options.language != "zh-CN" && options.language != "en")
        return makeError("language must be zh-CN or en, got '" + options.language + "'");
    if (!isSemanticVersion(options.version))
        return makeError("version must be " + std::string(kVersionRule) + ", got '" + options.version + "'");
    if (!isValidCategoryPath(options.defaultCategory))
        return makeError("category must be " + std::string(kCategoryRule) + ", got '" + options.defaultCategory + "'");
    return Done{};
}

GiftImport importGift(std::string_view text, const std::string& fileName, const GiftOptions& options) {
    GiftImport result;
    auto& questions = result.bank.questions;
    questions.reserve(gift::countBlocks(text)); // one allocation: a large bank is mostly Question structs
    gift::readGift(text, fileName, options, result, [&](Question&& q) { questions.push_back(std::move(q)); });
    return result;
}

GiftImport importGiftToJson(std::string_view text, const std::string& fileName, const GiftOptions& options, std::ostream& out) {
    // The categories come before the questions in the file, so a first pass
    // reads only them; the second streams each question out as it is read.
    GiftImport head;
    gift::readGift(text, fileName, options, head, nullptr);
    GiftImport result;
    result.bank = std::move(head.bank);
    BankJsonWriter writer(out, result.bank);
    gift::readGift(text, fileName, options, result, [&](Question&& q) { writer.add(q); });
    writer.finish();
    return result;
}

} // namespace frontline
