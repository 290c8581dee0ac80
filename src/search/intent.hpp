// Filters typed as words in the query box: "pays more than $60k", "under 40k", "without a college
// degree", "two-year degree", "fast growing", "EMT pay". They are cut out of the query and come
// back as filter values, so the full-text index only sees the words that describe the work.
// Pure code, no SQLite; search.cpp merges the result with the filters given as options.
//
// What the words mean (documented in `careerkb search --help`):
//   over|above|more than|at least|pays more than|earning over X     --min-salary X
//   under|below|less than|at most|pays less than|up to X             --max-salary X
//   between X and Y                                                  both
//     X is money: $60k, 60k, $60,000, $20/hour, $20 an hour, 20 dollars per hour, 60k+ (a
//     bare number counts only after a pay word: "pays over 60000"); under $500 means hourly.
//   without a (college) degree | no degree | without college         --max-education some_college
//   without a four-year degree | without a bachelor's                 --max-education associate
//   without a high school diploma                                    --max-education none
//   (with) a two-year | associate('s) degree                         --max-education associate
//   (with) a four-year degree | bachelor's (degree)                  --max-education bachelor
//   (with) a high school diploma | GED                               --max-education high_school
//   (with) a master's degree                                         --max-education master
//   requiring | requires | needs | at least + a degree above          --min-education instead
//   growing quickly | fast(-)growing | in(-)demand | high demand     --min-growth 5
//   growth over|of at least N%                                       --min-growth N
//   pay | salary | wages | earnings | income                         salary sections first
//   duties | tasks | responsibilities                                duties first
// A degree named as what you have or will get is a ceiling ("jobs with a two-year degree");
// "requiring" makes it a floor. Quoted phrases, -excluded words and field:scoped words are never
// read as filters; a topic word stays a search word when it is the only word. Once anything was
// recognised, filler words (jobs, careers, that, with, a, ...) are dropped too, so "jobs that
// pay over 50k" is a filter-only search.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/education.hpp"

#include "search/kinds.hpp"

namespace careerkb::search {

// What a topic word asks to see first.
enum class Topic { none, salary, duties };

struct Understood {
  std::string phrase;               // as typed, e.g. `pays more than $60k`
  std::string meaning;              // e.g. `--min-salary 60000`
  std::vector<FilterField> fields;  // the filters it sets, e.g. {min_salary}; none for a
                                    // topic word
};

struct Intents {
  std::string remaining;  // the query with the recognised words cut out (other bytes untouched)
  std::optional<double> min_salary, max_salary;  // annual USD
  std::optional<parse::EducationLevel> min_education, max_education;
  std::optional<double> min_growth;  // percent
  Topic topic = Topic::none;
  std::vector<Understood> understood;  // one per recognised phrase, in query order
  std::vector<std::string> dropped;    // filler words removed because an intent was found
};

// Reads the intents in a raw query. Never throws; text it does not recognise stays in
// `remaining` as typed.
Intents read_intents(std::string_view query);

// The projected growth, in percent, that words such as "fast growing" stand for: the BLS calls
// 5 % and more "faster than the average" of all occupations.
inline constexpr double fast_growth_pct = 5;

}  // namespace careerkb::search
