#pragma once
// Writes a question bank as the JSON of assessments/FORMAT.md: keys in the
// order FORMAT.md lists them, fields equal to their defaults left out (a
// hand-edited bank stays short), two-space indent, UTF-8 as is (Chinese stays
// Chinese). readBank reads back exactly the bank that was written.
#include <cstddef>
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>

#include "assessments/QuestionBank.h"

namespace frontline {

nlohmann::ordered_json questionToJson(const Question& question);
nlohmann::ordered_json bankToJson(const QuestionBank& bank);

// bankToJson(bank) with a two-space indent and a final newline.
std::string writeBankJson(const QuestionBank& bank);
// The same bytes, written one question at a time, so a large bank is never
// held twice in memory (as a tree and as text).
void writeBankJson(const QuestionBank& bank, std::ostream& out);

// writeBankJson for questions that arrive one by one: the head (everything
// but the questions) is written at once, each question as it is added.
class BankJsonWriter {
public:
    BankJsonWriter(std::ostream& out, const QuestionBank& head);
    void add(const Question& question);
    void finish(); // closes the document; call once, after the last question

private:
    std::ostream& out_;
    size_t count_ = 0;
    std::string text_; // reused between questions
};

// Choice option ids by position: a, b, ... z as FORMAT.md defaults them,
// then aa, ab, ... (always written out, as FORMAT.md stops at z).
std::string defaultOptionId(size_t index);

} // namespace frontline
