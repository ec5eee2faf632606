#include "assessments/GiftImporter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <unordered_set>
#include <vector>

#include "assessments/BankReader.h"
#include "assessments/BankWriter.h"
#include "common/Utf8.h"
#include "scenario/Pack.h"

namespace frontline {

namespace {

constexpr size_t npos = std::string_view::npos;
constexpr double kLargestNumber = 1e9; // as BankReader bounds numeric answers

// ---------------------------------------------------------------- text helpers

bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '\0'; }

// U+3000, the full-width space Chinese text is indented with: as blank as a space.
constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string_view trim(std::string_view s) {
    while (!s.empty()) {
        if (isAsciiSpace(s.front()))
            s.remove_prefix(1);
        else if (startsWith(s, kIdeographicSpace))
            s.remove_prefix(kIdeographicSpace.size());
        else
            break;
    }
    while (!s.empty()) {
        if (isAsciiSpace(s.back()))
            s.remove_suffix(1);
        else if (s.size() >= 3 && s.substr(s.size() - 3) == kIdeographicSpace)
            s.remove_suffix(kIdeographicSpace.size());
        else
            break;
    }
    return s;
}

// GIFT's escapes: \: \# \= \{ \} \~ stand for the character, \n for a line
// break and \\ for one backslash; any other backslash is literal (as Moodle).
bool isEscapable(char c) { return c == ':' || c == '#' || c == '=' || c == '{' || c == '}' || c == '~' || c == 'n' || c == '\\'; }
bool isEscapeAt(std::string_view s, size_t i) { return s[i] == '\\' && i + 1 < s.size() && isEscapable(s[i + 1]); }

// First position of c (or of token) at or after from that is not escaped.
size_t findUnescaped(std::string_view s, char c, size_t from = 0) {
    for (size_t i = from; i < s.size(); ++i) {
        if (isEscapeAt(s, i))
            ++i;
        else if (s[i] == c)
            return i;
    }
    return npos;
}

size_t findUnescaped(std::string_view s, std::string_view token, size_t from = 0) {
    for (size_t i = from; i < s.size(); ++i) {
        if (isEscapeAt(s, i))
            ++i;
        else if (s.compare(i, token.size(), token) == 0)
            return i;
    }
    return npos;
}

// Moodle takes general feedback from the last "####" of the answer block.
size_t findLastUnescaped(std::string_view s, std::string_view token) {
    size_t last = npos;
    for (size_t i = findUnescaped(s, token); i != npos; i = findUnescaped(s, token, i + 1)) last = i;
    return last;
}

// Unescaped, trimmed text (Moodle trims after replacing the escapes).
std::string cleanText(std::string_view raw) {
    raw = trim(raw);
    if (raw.find('\\') == npos) return std::string(raw);
    std::string out;
    out.reserve(raw.size());
    size_t start = 0;
    for (size_t i = 0; i < raw.size(); ++i) {
        if (!isEscapeAt(raw, i)) continue;
        out.append(raw.substr(start, i - start));
        out += raw[i + 1] == 'n' ? '\n' : raw[i + 1];
        start = ++i + 1;
    }
    out.append(raw.substr(start));
    std::string_view trimmed = trim(out);
    return trimmed.size() == out.size() ? out : std::string(trimmed);
}

// A leading [html], [markdown], [plain] or [moodle] says how the text is
// written; Moodle's own format is shown as plain text.
std::optional<TextFormat> takeFormat(std::string_view& raw) {
    if (!startsWith(raw, "[")) return std::nullopt;
    size_t end = raw.find(']');
    if (end == npos) return std::nullopt;
    std::string_view name = raw.substr(1, end - 1);
    std::optional<TextFormat> format;
    if (name == "html")
        format = TextFormat::Html;
    else if (name == "markdown")
        format = TextFormat::Markdown;
    else if (name == "plain" || name == "moodle")
        format = TextFormat::Plain;
    if (format) raw.remove_prefix(end + 1);
    return format;
}

// Answer and feedback text: the bank keeps one format per question, so an
// answer's own [format] is dropped as Moodle's parse_text_with_format does.
std::string partText(std::string_view raw) {
    raw = trim(raw);
    takeFormat(raw);
    return cleanText(raw);
}

// "%50%" weights: a number between the signs. Text such as "%off" stays text, as in Moodle.
bool looksLikeWeight(std::string_view s, size_t& close) {
    if (!startsWith(s, "%")) return false;
    close = s.find('%', 1);
    if (close == npos || close == 1) return false;
    char c = s[1];
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
}

std::optional<double> parseNumber(std::string_view s) {
    s = trim(s);
    if (startsWith(s, "+")) s.remove_prefix(1);
    if (s.empty()) return std::nullopt;
    double value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, std::chars_format::general);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

// For messages: 6 significant digits, so 33.3 * 3 reads 99.9.
std::string formatNumber(double value) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, 6);
    return ec == std::errc() ? std::string(buf, end) : std::string("?");
}

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

// One input line kept in a block: where its trimmed text sits in the block
// and in the file, so a position in the block maps back to line:column.
struct Segment {
    size_t blockOffset = 0;
    size_t fileOffset = 0;
    size_t lineStart = 0; // file offset of the line's first byte
    int line = 0;
};

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

struct Piece {
    char marker = 0; // '~' or '=' that started it; 0 for text before the first marker
    std::string_view body;
};

// Moodle's explode on unescaped markers: "~a =b" gives {'~', "a "}, {'=', "b"}.
void splitPieces(std::string_view s, std::string_view markers, std::vector<Piece>& out) {
    out.clear();
    size_t start = 0;
    char marker = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (isEscapeAt(s, i)) {
            ++i;
        } else if (markers.find(s[i]) != npos) {
            out.push_back({marker, s.substr(start, i - start)});
            marker = s[i];
            start = i + 1;
        }
    }
    out.push_back({marker, s.substr(start)});
}

std::pair<std::string_view, std::string_view> splitFeedback(std::string_view body) {
    size_t hash = findUnescaped(body, '#');
    if (hash == npos) return {body, {}};
    return {body.substr(0, hash), body.substr(hash + 1)};
}

std::string plural(size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

// ---------------------------------------------------------------- the reader

// Receives each imported question; none reads only the categories.
using QuestionSink = std::function<void(Question&&)>;

class GiftReader {
public:
    GiftReader(std::string_view source, const std::string& fileName, GiftImport& out, QuestionSink sink)
        : source_(source), fileName_(fileName), out_(out), bank_(out.bank), sink_(std::move(sink)) {}

    // Returns whether the text is UTF-8 with Chinese characters in it.
    bool run(const std::string& defaultCategory);

private:
    // --- blocks (questions are separated by blank lines)
    void addLine(std::string_view line, size_t lineStart, int number);
    void flushBlock();
    SourceLocation locate(const char* at) const;
    SourceLocation locateFile(size_t offset) const;

    // --- one block
    void readCategory(std::string_view raw);
    void readQuestion(std::string_view text);
    bool readBody(Question& q, std::string_view text);
    bool readAnswers(Question& q, std::string_view answers);
    bool readChoice(Question& q, std::string_view answers);
    void shareFullCredit(Question& q, size_t full);
    bool readTrueFalse(Question& q, std::string_view answers);
    bool readShortAnswer(Question& q, std::string_view answers);
    bool readNumeric(Question& q, std::string_view answers);
    bool readNumericAnswer(Question& q, std::string_view body, std::optional<double> weight);
    bool readMatching(Question& q, std::string_view answers);
    void readComments(Question& q);
    void commit(Question& q, std::string baseId, bool explicitId);

    // --- diagnostics; fail() reports why the question is skipped and returns false
    bool fail(const char* at, const std::string& message);
    void warn(const char* at, const std::string& message);
    bool takeWeight(std::string_view& body, std::optional<double>& weight, double min, double max);
    bool dropLeadingText(std::vector<Piece>& pieces, const char* what);

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

// Moodle's type rules, in its order.
bool GiftReader::readAnswers(Question& q, std::string_view answers) {
    if (answers.empty()) {
        q.type = QuestionType::CaseAnalysis; // an essay: a trainer grades it until model answers are written
        q.caseRubric.needsModelAnswers = true;
        return true;
    }
    size_t digits = 0;
    while (digits < answers.size() && answers[digits] >= '0' && answers[digits] <= '9') ++digits;
    if (digits > 0 && digits < answers.size() && answers[digits] == ':' && answers.find(':', digits + 1) != npos &&
        answers[digits + 1] >= 'A' && answers[digits + 1] <= 'Z')
        return fail(answers.data(), "embedded answers ('{1:MULTICHOICE:...}', Moodle's Cloze) are not GIFT; the bank cannot hold them");
    if (answers[0] == '#') return readNumeric(q, answers.substr(1));
    if (findUnescaped(answers, '~') != npos) return readChoice(q, answers);
    if (findUnescaped(answers, '=') != npos && answers.find("->") != npos) return readMatching(q, answers);
    std::string_view check = trim(answers.substr(0, findUnescaped(answers, '#')));
    if (check == "T" || check == "TRUE" || check == "F" || check == "FALSE") return readTrueFalse(q, answers);
    return readShortAnswer(q, answers);
}

bool GiftReader::takeWeight(std::string_view& body, std::optional<double>& weight, double min, double max) {
    size_t close = 0;
    if (!looksLikeWeight(body, close)) return true;
    std::string_view number = body.substr(1, close - 1);
    auto value = parseNumber(number);
    if (!value) return fail(body.data(), "weight '%" + std::string(number) + "%' is not a number (expected a percentage such as %50%)");
    if (*value < min || *value > max)
        return fail(body.data(), "weight '%" + std::string(number) + "%' is out of range: must be from " + formatNumber(min) + " to " +
                                     formatNumber(max));
    weight = *value;
    body = trim(body.substr(close + 1));
    return true;
}

// Moodle turns text before the first '=' or '~' into an answer; it is almost
// always a missing marker, so it is an error here.
bool GiftReader::dropLeadingText(std::vector<Piece>& pieces, const char* what) {
    std::string_view lead = trim(pieces.front().body);
    if (!lead.empty()) return fail(lead.data(), "'" + std::string(lead) + "' before the first " + what);
    pieces.erase(pieces.begin());
    return true;
}

bool GiftReader::readChoice(Question& q, std::string_view answers) {
    splitPieces(answers, "~=", pieces_);
    if (!dropLeadingText(pieces_, "answer: each answer starts with '=' (right) or '~' (wrong)")) return false;
    if (pieces_.size() < 2)
        return fail(open_, "a multiple choice question needs at least 2 answers, found " + std::to_string(pieces_.size()));
    weighted_.assign(pieces_.size(), false);
    int marked = 0; // answers marked right with '='
    for (size_t i = 0; i < pieces_.size(); ++i) {
        std::string_view body = trim(pieces_[i].body);
        std::optional<double> weight;
        size_t close = 0;
        if (pieces_[i].marker == '=') {
            if (looksLikeWeight(body, close))
                return fail(body.data(),
                            "'=' marks a right answer (100%); write '~" + std::string(body.substr(0, close + 1)) + "' for partial credit");
            weight = 100;
            ++marked;
        } else if (!takeWeight(body, weight, -100, 100)) {
            return false;
        }
        weighted_[i] = weight.has_value();
        auto [answer, feedback] = splitFeedback(body);
        ChoiceOption& o = q.options.emplace_back();
        o.id = defaultOptionId(i);
        o.text = partText(answer);
        o.feedback = partText(feedback);
        o.credit = weight.value_or(0);
        if (o.text.empty()) return fail(pieces_[i].body.data() - 1, "answer " + std::to_string(i + 1) + " has no text");
    }
    size_t full = std::count_if(q.options.begin(), q.options.end(), [](const ChoiceOption& o) { return o.credit == 100; });
    if (marked > 0 && full == 1) {
        q.type = QuestionType::SingleChoice;
        return true;
    }
    // Moodle: without '=' the trainee may pick several answers, scored by their weights.
    q.type = QuestionType::MultipleChoice;
    if (marked > 0) shareFullCredit(q, full);
    double positive = 0;
    for (const auto& o : q.options) positive += o.credit > 0 ? o.credit : 0;
    if (positive == 0)
        return fail(open_, "the multiple choice question has no right answer: mark it with '=', or give the right answers weights such "
                           "as '~%50%'");
    if (std::fabs(positive - 100) > 0.01)
        return fail(open_, "the right answers' weights sum to " + formatNumber(positive) +
                               "%; in a question where several answers may be picked they must sum to 100%");
    if (marked > 0)
        warn(open_, plural(full, "answer") + " are fully right ('=' or '~%100%'): imported as multiple_choice, where the trainee picks all "
                                             "of them (in Moodle any one of them scores full marks)");
    return true;
}

// Moodle accepts any one of several '=' answers; the bank's single choice has
// one right option, so they share the credit as "correct" options of a
// multiple choice do, and unweighted wrong answers cost that share.
void GiftReader::shareFullCredit(Question& q, size_t full) {
    double share = 100.0 / static_cast<double>(full);
    for (size_t i = 0; i < q.options.size(); ++i) {
        auto& o = q.options[i];
        if (o.credit == 100)
            o.credit = share;
        else if (!weighted_[i])
            o.credit = -share;
    }
}

// {T#wrong#right}: Moodle's first feedback is shown for the wrong pick, the second for the right one.
bool GiftReader::readTrueFalse(Question& q, std::string_view answers) {
    q.type = QuestionType::TrueFalse;
    size_t first = findUnescaped(answers, '#');
    size_t second = first == npos ? npos : findUnescaped(answers, '#', first + 1);
    std::string_view value = trim(answers.substr(0, first));
    std::string wrong = first == npos ? std::string() : partText(answers.substr(first + 1, second == npos ? npos : second - first - 1));
    std::string right = second == npos ? std::string() : partText(answers.substr(second + 1));
    q.truth = value == "T" || value == "TRUE";
    q.feedbackTrue = q.truth ? right : wrong;
    q.feedbackFalse = q.truth ? wrong : right;
    return true;
}

bool GiftReader::readShortAnswer(Question& q, std::string_view answers) {
    q.type = QuestionType::ShortAnswer;
    std::string_view check = trim(answers.substr(0, findUnescaped(answers, '#')));
    if (check.size() <= 5) {
        std::string upper(check);
        for (char& c : upper) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        if (upper == "T" || upper == "TRUE" || upper == "F" || upper == "FALSE")
            warn(open_, "{" + std::string(check) + "} is a short answer, as in Moodle; write {" + upper + "} for a true/false question");
    }
    if (answers.find("\xEF\xBC\x9D") != npos || answers.find("\xEF\xBD\x9E") != npos)
        warn(open_, "the answers use full-width '＝' or '～', which GIFT reads as text; write ASCII '=' and '~'");
    splitPieces(answers, "=", pieces_);
    if (trim(pieces_.front().body).empty()) pieces_.erase(pieces_.begin()); // "{answer}" without '=' is an answer too
    if (pieces_.empty()) return fail(open_, "the short answer question has no answer");
    bool full = false;
    for (size_t i = 0; i < pieces_.size(); ++i) {
        std::string_view body = trim(pieces_[i].body);
        std::optional<double> weight;
        if (!takeWeight(body, weight, 0, 100)) return false;
        auto [answer, feedback] = splitFeedback(body);
        AcceptedAnswer& a = q.accepted.emplace_back();
        a.text = partText(answer);
        a.credit = weight.value_or(100);
        a.feedback = partText(feedback);
        full = full || a.credit == 100;
        if (a.text.empty())
            return fail(pieces_[i].body.data() - (pieces_[i].marker ? 1 : 0), "answer " + std::to_string(i + 1) + " has no text");
    }
    if (!full) return fail(open_, "no answer gives full marks: one answer needs 100% (an answer without %n% weight is 100%)");
    return true;
}

// {#3.14:0.01}, {#1..5}, {#=1822:0 =%50%1822:2 ~#feedback for anything else}
bool GiftReader::readNumeric(Question& q, std::string_view answers) {
    q.type = QuestionType::Numeric;
    size_t other = findUnescaped(answers, '~');
    if (other != npos) {
        if (!trim(splitFeedback(answers.substr(other + 1)).second).empty())
            warn(answers.data() + other, "the feedback for any other number ('~#...') is not kept: numeric answers in the bank have no "
                                         "catch-all");
        answers = answers.substr(0, other);
    }
    splitPieces(answers, "=", pieces_);
    if (trim(pieces_.front().body).empty()) pieces_.erase(pieces_.begin());
    if (pieces_.empty()) return fail(open_, "the numeric question has no answer: write {#3.14:0.01}, {#1..5} or {#=1:0 =%50%2:0}");
    for (const auto& piece : pieces_) {
        std::string_view body = trim(piece.body);
        std::optional<double> weight;
        if (!takeWeight(body, weight, 0, 100)) return false;
        if (!readNumericAnswer(q, body, weight)) return false;
    }
    if (q.numeric.empty()) return fail(open_, "the numeric question has no answer besides '*'");
    bool full = false;
    for (const auto& a : q.numeric) full = full || a.credit == 100;
    if (!full) return fail(open_, "no answer gives full marks: one answer needs 100% (an answer without %n% weight is 100%)");
    return true;
}

bool GiftReader::readNumericAnswer(Question& q, std::string_view body, std::optional<double> weight) {
    auto [answerRaw, feedback] = splitFeedback(body);
    std::string answer = partText(answerRaw);
    const char* at = trim(answerRaw).data();
    if (answer == "*") {
        warn(at, "'*' (any number) is not kept: numeric answers in the bank have no catch-all");
        return true;
    }
    auto number = [&](std::string_view text, double& into) {
        auto v = parseNumber(text);
        if (!v) return fail(at, "'" + std::string(trim(text)) + "' is not a number (expected e.g. 3.14, -2 or 1e3)");
        if (std::fabs(*v) > kLargestNumber)
            return fail(at, "'" + std::string(trim(text)) + "' is too large: the bank holds numbers from -1e9 to 1e9");
        into = *v;
        return true;
    };
    NumericAnswer a;
    a.credit = weight.value_or(100);
    a.feedback = partText(feedback);
    std::string_view text = answer;
    size_t dots = text.find("..");
    size_t colon = text.find(':');
    if (dots != npos && dots > 0) {
        double lo = 0, hi = 0;
        if (!number(text.substr(0, dots), lo) || !number(text.substr(dots + 2), hi)) return false;
        if (lo > hi) return fail(at, "range '" + answer + "' runs backwards: the minimum " + formatNumber(lo) + " is above the maximum");
        a.min = lo;
        a.max = hi;
    } else if (colon != npos && colon > 0) {
        if (!number(text.substr(0, colon), a.value) || !number(text.substr(colon + 1), a.tolerance)) return false;
        if (a.tolerance < 0)
            return fail(at, "tolerance " + formatNumber(a.tolerance) + " is negative; write the margin as a positive number");
    } else if (!number(text, a.value)) {
        return false;
    }
    q.numeric.push_back(std::move(a));
    return true;
}

// {=猫 -> 猫粮 =狗 -> 狗粮 = -> 鱼}: a pair without a prompt is an extra wrong answer.
bool GiftReader::readMatching(Question& q, std::string_view answers) {
    q.type = QuestionType::Matching;
    splitPieces(answers, "=", pieces_);
    if (!dropLeadingText(pieces_, "pair: each pair starts with '='")) return false;
    for (size_t i = 0; i < pieces_.size(); ++i) {
        std::string_view body = trim(pieces_[i].body);
        const char* at = pieces_[i].body.data() - 1;
        size_t arrow = body.find("->");
        if (arrow == npos) return fail(at, "pair " + std::to_string(i + 1) + " has no '->': write '=prompt -> answer'");
        std::string_view answer = body.substr(arrow + 2);
        size_t hash = findUnescaped(answer, '#');
        if (hash != npos) {
            warn(answer.data() + hash, "matching pairs take no feedback; '#" + std::string(trim(answer.substr(hash + 1))) + "' dropped");
            answer = answer.substr(0, hash);
        }
        std::string prompt = partText(body.substr(0, arrow));
        std::string text = cleanText(answer);
        if (text.empty()) return fail(at, "pair " + std::to_string(i + 1) + " has no answer after '->'");
        bool repeated = std::any_of(q.pairs.begin(), q.pairs.end(), [&](const MatchPair& p) { return p.prompt == prompt; });
        if (!prompt.empty() && repeated)
            return fail(at, "prompt '" + prompt + "' appears twice; each prompt of a matching question must be different");
        if (prompt.empty()) {
            q.distractors.push_back(std::move(text));
        } else {
            q.pairs.push_back({std::to_string(q.pairs.size() + 1), std::move(prompt), std::move(text)});
        }
    }
    if (q.pairs.size() < 2) return fail(open_, "a matching question needs at least 2 pairs, found " + std::to_string(q.pairs.size()));
    return true;
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

} // namespace

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

GiftImport importGift(std::string_view text, const std::string& fileName, const GiftOptions& options) {
    GiftImport result;
    auto& questions = result.bank.questions;
    questions.reserve(countBlocks(text)); // one allocation: a large bank is mostly Question structs
    readGift(text, fileName, options, result, [&](Question&& q) { questions.push_back(std::move(q)); });
    return result;
}

GiftImport importGiftToJson(std::string_view text, const std::string& fileName, const GiftOptions& options, std::ostream& out) {
    // The categories come before the questions in the file, so a first pass
    // reads only them; the second streams each question out as it is read.
    GiftImport head;
    readGift(text, fileName, options, head, nullptr);
    GiftImport result;
    result.bank = std::move(head.bank);
    BankJsonWriter writer(out, result.bank);
    readGift(text, fileName, options, result, [&](Question&& q) { writer.add(q); });
    writer.finish();
    return result;
}

} // namespace frontline
