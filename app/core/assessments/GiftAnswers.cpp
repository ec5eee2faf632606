// The answer block of a GIFT question, '{' to '}': which question type it is
// (Moodle's rules, in Moodle's order) and its answers, weights and feedback.
// The question around it is read in GiftImporter.cpp.
#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "assessments/BankWriter.h"
#include "assessments/GiftReader.h"
#include "assessments/GiftText.h"

namespace frontline::gift {

namespace {

constexpr double kLargestNumber = 1e9; // as BankReader bounds numeric answers

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

} // namespace

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

} // namespace frontline::gift
