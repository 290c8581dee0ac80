// The search core: keyword search over the six FTS5 indexes, career listings and one career's
// profile, each filtered by salary and education. Every printer and the CLI are fed from here,
// so what a user sees in a table, JSON or CSV comes from the same rows.
#pragma once

#include <SQLiteCpp/Database.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "parse/education.hpp"

namespace careerkb::search {

// A search that cannot run or a career that cannot be found. what() is one line for the user
// and never holds SQL or a raw FTS5 message.
class SearchError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The kinds of fact that can be searched, in the order that breaks ties between equal scores; also
// the names `--in` accepts (the singular is accepted too).
inline constexpr const char* kind_names[] = {"duties",         "skills",   "tools",
                                             "certifications", "sections", "faqs"};

struct Filters {
  // Compared with the career's typical education (career_summary.typical_education_rank).
  std::optional<parse::EducationLevel> min_education, max_education;
  // Compared with the career's median pay (career_summary.median_salary_annual_usd), annual USD.
  std::optional<double> min_salary, max_salary;
  // A subset of kind_names; empty means all. A career whose value is unknown never passes a
  // filter on that value.
  std::vector<std::string> kinds;
  int limit = 20;  // search: at least 1; list_careers: 0 means no limit
  // search: a query still running after this many milliseconds is stopped with a one-line
  // SearchError, so a pathological query cannot hang the caller; 0 means no limit.
  int time_budget_ms = 3000;
};

// '45000', '45k', '45K', '$45,000', '$45.5k' -> annual USD amount. Throws std::invalid_argument
// with a one-line message naming the text for anything else (negative, empty, other currency).
double parse_salary_amount(std::string_view text);

// 'associate', 'Associate', 'high-school', 'high school' -> the level. Throws
// std::invalid_argument with a message listing the valid names.
parse::EducationLevel parse_education_level(std::string_view text);

// 'duties,skill, faqs' -> {"duties", "skills", "faqs"} (plural, no repeats). Throws
// std::invalid_argument naming the unknown kind and listing the valid ones.
std::vector<std::string> parse_kinds(std::string_view comma_list);

// Snippets mark each matched phrase with these bytes instead of brackets, so brackets the guide
// itself wrote stay unambiguous; printers turn them into colour, `[`/`]` or nothing.
inline constexpr char match_open = '\x02';
inline constexpr char match_close = '\x03';

struct Hit {
  std::string career;
  std::string kind;     // duty, technical_skill, soft_skill, tool, certification, section, faq
  std::string text;     // the fact; a section's heading; a FAQ's question
  std::string snippet;  // matched context, phrases between match_open and match_close
  std::string file;     // basename of the source document
  int line = 0;         // 1-based line of the fact in that file
  double score = 0;     // higher is better; comparable across kinds (see search.cpp)
  std::optional<double> median_salary_annual_usd;  // the career's, from career_summary
  std::string typical_education;                   // level name, '' when unknown
};

struct SearchResult {
  std::vector<Hit> hits;           // best first, at most Filters::limit
  std::string fts_query;           // the MATCH expression, scopes ignored (for --explain)
  std::vector<std::string> notes;  // what the query parser repaired or dropped, one line each
};

// Runs a user query. Throws QueryError (from query.hpp) for a query with nothing searchable,
// std::invalid_argument for bad filters and SearchError if SQLite refuses to run it.
SearchResult search(SQLite::Database& db, std::string_view user_query, const Filters& filters);

struct CareerRow {
  std::string career;
  std::optional<double> median, min, max;  // annual USD
  std::optional<double> growth_pct;
  std::string typical_education;  // level name, '' when unknown
  int sources = 0;                // number of guides about the career
};

// Every career passing the filters (kinds are ignored), ordered by name.
std::vector<CareerRow> list_careers(SQLite::Database& db, const Filters& filters);

// One career by name: an exact case-insensitive match on its name, else the one career whose
// name starts with or contains the text. Throws SearchError naming up to 5 candidates when the
// text is ambiguous, or none matches. Returns {career, figures..., guides: [guide_profile...]}.
nlohmann::json career_profile(SQLite::Database& db, std::string_view career);

}  // namespace careerkb::search
