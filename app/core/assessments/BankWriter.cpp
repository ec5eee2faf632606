#include "assessments/BankWriter.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <ostream>
#include <sstream>
#include <vector>

#include "common/Utf8.h"

namespace frontline {

namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& j, int indent) { return j.dump(indent, ' ', false, Json::error_handler_t::replace); }

// The fields are told once, in FORMAT.md's order, to a sink: TreeSink builds
// the nlohmann tree of bankToJson, TextSink writes the same document as text
// straight away (several times faster than building the tree and dumping it,
// which matters for import-gift on large files). A sink takes
// beginObject/beginArray ... end, key before each member, and values.

// Builds a tree; containers on the stack stay put while their children are added.
class TreeSink {
public:
    explicit TreeSink(Json& root) : root_(root) {}

    void beginObject() { stack_.push_back(&(place() = Json::object())); }
    void beginArray() { stack_.push_back(&(place() = Json::array())); }
    void end() { stack_.pop_back(); }
    void key(std::string_view k) { key_ = k; }
    void string(std::string_view s) { place() = std::string(s); }
    void integer(int64_t n) { place() = n; }
    void number(double d) { place() = d; }
    void boolean(bool b) { place() = b; }
    void json(const Json& j) { place() = j; }

private:
    Json& place() {
        if (stack_.empty()) return root_;
        Json& top = *stack_.back();
        if (top.is_array()) return top.emplace_back();
        return top[std::string(key_)];
    }

    Json& root_;
    std::vector<Json*> stack_;
    std::string_view key_;
};

// Writes what dump(2) writes for the tree, starting at a given depth.
class TextSink {
public:
    TextSink(std::string& out, int baseDepth) : out_(out), base_(baseDepth) {}

    void beginObject() { open('{', '}'); }
    void beginArray() { open('[', ']'); }
    void end() {
        Level level = levels_.back();
        levels_.pop_back();
        if (!level.empty) newline();
        out_ += level.closer;
    }
    void key(std::string_view k) {
        element();
        quoted(k);
        out_ += ": ";
        afterKey_ = true;
    }
    void string(std::string_view s) {
        element();
        quoted(s);
    }
    void integer(int64_t n) {
        element();
        char buf[24];
        auto result = std::to_chars(buf, buf + sizeof buf, n);
        out_.append(buf, result.ptr);
    }
    void number(double d) {
        element();
        out_ += dump(Json(d), -1); // nlohmann's own float format
    }
    void boolean(bool b) {
        element();
        out_ += b ? "true" : "false";
    }
    void json(const Json& j) {
        element();
        std::string text = dump(j, 2);
        size_t start = 0;
        for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
            out_.append(text, start, nl + 1 - start);
            indent(depth());
            start = nl + 1;
        }
        out_.append(text, start, std::string::npos);
    }

private:
    struct Level {
        char closer;
        bool empty;
    };

    int depth() const { return base_ + static_cast<int>(levels_.size()); }
    void indent(int depth) { out_.append(static_cast<size_t>(2 * depth), ' '); }
    void newline() {
        out_ += '\n';
        indent(depth());
    }
    void open(char opener, char closer) {
        element();
        out_ += opener;
        levels_.push_back({closer, true});
    }
    // Before a member or an array element: a comma after the previous one, a new line.
    void element() {
        if (afterKey_) {
            afterKey_ = false;
        } else if (!levels_.empty()) {
            if (!levels_.back().empty) out_ += ',';
            levels_.back().empty = false;
            newline();
        }
    }
    // Text needing no escape goes as it is; anything else (quotes, control
    // characters, bytes that are not UTF-8) as nlohmann escapes or replaces it.
    void quoted(std::string_view s) {
        if (!needsEscape(s)) {
            out_ += '"';
            out_.append(s);
            out_ += '"';
        } else {
            out_ += dump(Json(std::string(s)), -1);
        }
    }
    static bool needsEscape(std::string_view s) {
        for (size_t i = 0; i < s.size();) {
            auto c = static_cast<unsigned char>(s[i]);
            if (c < 0x80) {
                if (c < 0x20 || c == '"' || c == '\\') return true;
                ++i;
                continue;
            }
            Utf8Char u = decodeUtf8(s, i);
            bool shortest = u.codePoint >= (u.length == 2 ? 0x80u : u.length == 3 ? 0x800u : 0x10000u);
            if (!u.valid || !shortest || (u.codePoint >= 0xD800 && u.codePoint <= 0xDFFF) || u.codePoint > 0x10FFFF) return true;
            i += u.length;
        }
        return false;
    }

    std::string& out_;
    int base_;
    std::vector<Level> levels_;
    bool afterKey_ = false;
};

// 100 rather than 100.0, so written banks look like hand-written ones.
template <typename Sink> void number(Sink& s, double value) {
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9e15)
        s.integer(static_cast<int64_t>(value));
    else
        s.number(value);
}

template <typename Sink> void text(Sink& s, const char* key, const std::string& value) {
    s.key(key);
    s.string(value);
}

template <typename Sink> void optionalText(Sink& s, const char* key, const std::string& value) {
    if (!value.empty()) text(s, key, value);
}

template <typename Sink> void numberUnless(Sink& s, const char* key, double value, double fallback) {
    if (value == fallback) return;
    s.key(key);
    number(s, value);
}

template <typename Sink> void texts(Sink& s, const char* key, const std::vector<std::string>& values) {
    s.key(key);
    s.beginArray();
    for (const auto& v : values) s.string(v);
    s.end();
}

template <typename Sink> void options(Sink& s, const std::vector<ChoiceOption>& options) {
    s.key("options");
    s.beginArray();
    for (size_t i = 0; i < options.size(); ++i) {
        const auto& o = options[i];
        s.beginObject();
        if (i >= 26 || o.id != defaultOptionId(i)) text(s, "id", o.id);
        text(s, "text", o.text);
        numberUnless(s, "credit", o.credit, 0);
        optionalText(s, "feedback", o.feedback);
        s.end();
    }
    s.end();
}

template <typename Sink> void trueFalse(Sink& s, const Question& q) {
    s.key("answer");
    s.boolean(q.truth);
    if (q.feedbackTrue.empty() && q.feedbackFalse.empty()) return;
    s.key("feedback");
    s.beginObject();
    optionalText(s, "true", q.feedbackTrue);
    optionalText(s, "false", q.feedbackFalse);
    s.end();
}

template <typename Sink> void shortAnswers(Sink& s, const Question& q) {
    s.key("answers");
    s.beginArray();
    for (const auto& a : q.accepted) {
        s.beginObject();
        text(s, "text", a.text);
        numberUnless(s, "credit", a.credit, 100);
        optionalText(s, "feedback", a.feedback);
        s.end();
    }
    s.end();
    if (q.caseSensitive) {
        s.key("case_sensitive");
        s.boolean(true);
    }
}

template <typename Sink> void numericAnswers(Sink& s, const std::vector<NumericAnswer>& answers) {
    s.key("answers");
    s.beginArray();
    for (const auto& a : answers) {
        s.beginObject();
        if (a.min && a.max) {
            s.key("min");
            number(s, *a.min);
            s.key("max");
            number(s, *a.max);
        } else {
            s.key("value");
            number(s, a.value);
            numberUnless(s, "tolerance", a.tolerance, 0);
        }
        numberUnless(s, "credit", a.credit, 100);
        optionalText(s, "feedback", a.feedback);
        s.end();
    }
    s.end();
}

template <typename Sink> void matching(Sink& s, const Question& q) {
    s.key("pairs");
    s.beginArray();
    for (size_t i = 0; i < q.pairs.size(); ++i) {
        s.beginObject();
        if (q.pairs[i].id != std::to_string(i + 1)) text(s, "id", q.pairs[i].id);
        text(s, "prompt", q.pairs[i].prompt);
        text(s, "answer", q.pairs[i].answer);
        s.end();
    }
    s.end();
    if (!q.distractors.empty()) texts(s, "distractors", q.distractors);
}

// The rubric is kept as written; its criteria and forbidden lists sit in the question itself.
template <typename Sink> void caseAnalysis(Sink& s, const CaseRubric& rubric) {
    if (!rubric.modelAnswers.empty()) texts(s, "model_answers", rubric.modelAnswers);
    if (!rubric.rubricJson.empty()) {
        Json parsed = Json::parse(rubric.rubricJson, nullptr, false);
        for (const char* key : {"criteria", "forbidden"}) {
            if (!parsed.is_object() || !parsed.contains(key)) continue;
            s.key(key);
            s.json(parsed[key]);
        }
    }
    if (rubric.needsModelAnswers) {
        s.key("needs_model_answers");
        s.boolean(true);
    }
}

template <typename Sink> void typeFields(Sink& s, const Question& q) {
    switch (q.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice: options(s, q.options); break;
    case QuestionType::TrueFalse: trueFalse(s, q); break;
    case QuestionType::ShortAnswer: shortAnswers(s, q); break;
    case QuestionType::Numeric: numericAnswers(s, q.numeric); break;
    case QuestionType::Matching: matching(s, q); break;
    case QuestionType::CaseAnalysis: caseAnalysis(s, q.caseRubric); break;
    case QuestionType::Description: break;
    }
}

template <typename Sink> void question(Sink& s, const Question& q) {
    s.beginObject();
    text(s, "id", q.id);
    text(s, "type", questionTypeId(q.type));
    text(s, "category", q.category);
    optionalText(s, "title", q.title);
    text(s, "text", q.text);
    if (q.format != TextFormat::Plain) text(s, "format", textFormatId(q.format));
    if (q.difficulty != "medium") text(s, "difficulty", q.difficulty);
    numberUnless(s, "points", q.points, q.type == QuestionType::Description ? 0 : 1);
    if (!q.tags.empty()) texts(s, "tags", q.tags);
    optionalText(s, "general_feedback", q.generalFeedback);
    if (!q.shuffle) {
        s.key("shuffle");
        s.boolean(false);
    }
    typeFields(s, q);
    s.end();
}

// Everything before the questions; leaves the bank object open.
template <typename Sink> void bankHead(Sink& s, const QuestionBank& bank) {
    s.beginObject();
    text(s, "format", bank.format);
    text(s, "id", bank.id);
    text(s, "language", bank.language);
    text(s, "version", bank.version);
    text(s, "title", bank.title);
    if (bank.categoryTitles.empty()) return;
    s.key("categories");
    s.beginObject();
    for (const auto& [path, title] : bank.categoryTitles) text(s, path.c_str(), title);
    s.end();
}

} // namespace

std::string defaultOptionId(size_t index) {
    std::string id;
    for (size_t n = index + 1; n > 0; n = (n - 1) / 26) id.insert(id.begin(), static_cast<char>('a' + (n - 1) % 26));
    return id;
}

Json questionToJson(const Question& q) {
    Json j;
    TreeSink sink(j);
    question(sink, q);
    return j;
}

Json bankToJson(const QuestionBank& bank) {
    Json j;
    TreeSink sink(j);
    bankHead(sink, bank);
    sink.key("questions");
    sink.beginArray();
    for (const auto& q : bank.questions) question(sink, q);
    sink.end();
    sink.end();
    return j;
}

std::string writeBankJson(const QuestionBank& bank) {
    std::ostringstream out;
    writeBankJson(bank, out);
    return out.str();
}

void writeBankJson(const QuestionBank& bank, std::ostream& out) {
    BankJsonWriter writer(out, bank);
    for (const auto& q : bank.questions) writer.add(q);
    writer.finish();
}

// The bank object and its questions array stay open between the calls; each
// question is written at depth 2, where dump(2) puts it.
BankJsonWriter::BankJsonWriter(std::ostream& out, const QuestionBank& head) : out_(out) {
    TextSink sink(text_, 0);
    bankHead(sink, head);
    sink.key("questions");
    text_ += '[';
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
}

void BankJsonWriter::add(const Question& q) {
    text_.assign(count_++ == 0 ? "\n    " : ",\n    ");
    TextSink sink(text_, 2);
    question(sink, q);
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
}

void BankJsonWriter::finish() { out_ << (count_ == 0 ? "]\n}\n" : "\n  ]\n}\n"); }

} // namespace frontline
