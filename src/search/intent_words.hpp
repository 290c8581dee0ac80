// The phrase shapes read as filters (internal to intent.cpp and intent_phrases.cpp): a query's
// words, and one recogniser that says whether a filter phrase starts at a word.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parse/education.hpp"

namespace careerkb::search::intent_detail {

struct Word {
  std::string text;  // lowercase, trailing punctuation dropped; "" for a chunk never read
  size_t chunk = 0;  // the space-separated chunk of the query it comes from
};

// What one recognised phrase sets.
struct Effect {
  std::optional<double> min_salary, max_salary, min_growth;
  std::optional<parse::EducationLevel> min_education, max_education;
  std::string meaning;  // e.g. "--min-salary 60000"
};

struct Match {
  size_t length = 0;  // in words
  Effect effect;
};

// A salary, education or growth phrase starting at words[i] (see intent.hpp for the shapes), or
// nullopt.
std::optional<Match> read_phrase(const std::vector<Word>& words, size_t i);

}  // namespace careerkb::search::intent_detail
