// The search core: keyword search over the six FTS5 indexes (one row per fact, or careers ranked
// by their facts), career listings and one career's profile, each filtered by pay, education,
// growth, certification and tier. Every printer and the CLI are fed from here, so what a user
// sees in a table, JSON or CSV comes from the same rows.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "db/profile.hpp"
#include "parse/education.hpp"
#include "search/filter_values.hpp"
#include "search/ranking_params.hpp"

namespace careerkb::search {

// A search that cannot run or a career that cannot be found. what() is one line for the user
// and never holds SQL or a raw FTS5 message.
class SearchError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// How `search` presents its matches: one row per matching fact, or careers ranked by their best
// matching facts.
enum class GroupBy { item, career };

// Every filter compares the career (all its guides), never a single fact, and runs in SQL. A
// career whose value is unknown never passes a filter on that value.
struct Filters {
  // Compared with the career's typical education (career_summary.typical_education_rank).
  std::optional<parse::EducationLevel> min_education, max_education;
  // Compared with the career's median pay (career_summary.median_salary_annual_usd), annual USD.
  std::optional<double> min_salary, max_salary;
  // Compared with the career's projected growth (career_summary.growth_pct), in percent.
  std::optional<double> min_growth;
  // The career has a certification whose name or issuing body contains this text
  // (case-insensitive); empty means no filter.
  std::string certification;
  // The career has a tier whose name contains this text, e.g. "senior", "entry"
  // (case-insensitive); empty means no filter.
  std::string tier;
  // The kinds of fact searched (searchable_kinds); empty means all.
  std::vector<Scope> kinds;
  int limit = 20;  // search: at least 1 (rows or careers); list_careers: 0 means no limit
  // search: a query still running after this many milliseconds is stopped with a one-line
  // SearchError, so a pathological query cannot hang the caller; 0 means no limit.
  int time_budget_ms = 3000;
  GroupBy group_by = GroupBy::item;
  // Search only the words as typed: no spelling corrections (suggestions are still noted), and
  // no words read as filters.
  bool exact = false;
  // Also count the matches by education, salary band and kind (SearchResult::facets).
  bool facets = false;
};

// Snippets mark each matched phrase with these bytes instead of brackets, so brackets the guide
// itself wrote stay unambiguous; printers turn them into colour, `[`/`]` or nothing.
inline constexpr char match_open = '\x02';
inline constexpr char match_close = '\x03';

struct Hit {
  std::string career;
  FactKind kind = FactKind::duty;
  std::string text;     // the fact; a section's heading; a FAQ's question
  std::string snippet;  // matched context, phrases between match_open and match_close
  std::string file;     // basename of the source document
  int line = 0;         // 1-based line of the fact in that file
  double score = 0;     // higher is better; comparable across kinds (see rank.cpp)
  std::optional<double> median_salary_annual_usd;  // the career's, from career_summary
  std::string typical_education;                   // level name, '' when unknown
};

// A guide a career result rests on, cited by one line of it (the rule: guide_sources.cpp).
struct GuideSource {
  std::string file;  // basename of the source document, as Hit::file
  int line = 0;      // 1-based, never 0: the figure a filter compared, else the best match, else
                     // the guide's first line
};

// One career of a `--by career` search, or of a search with filters but no words.
struct CareerHit {
  std::string career;
  // Its best match's score plus a damped sum of the next ones (see group.cpp); 0 when the search
  // had no words.
  double score = 0;
  std::optional<double> median_salary_annual_usd;
  std::optional<double> growth_pct;
  std::string typical_education;    // level name, '' when unknown
  int match_count = 0;              // its facts among the matches considered (a bounded top list)
  std::vector<Hit> matches;         // its best matches, best first, at most 3
  std::vector<GuideSource> guides;  // every guide about the career, by file name
};

// Counts over every match passing the filters, not only the rows printed: matching facts in
// `--by item`, matching careers in `--by career` and in a search without words.
struct FacetCount {
  std::string value;
  long long count = 0;
};
struct Facets {
  std::vector<FacetCount> education;    // each level name lowest first, then "unknown"
  std::vector<FacetCount> salary_band;  // salary_bands below, then "unknown"
  std::vector<FacetCount> kind;  // duty, technical_skill, ... (a career counts once per kind)
};

// The career median bands of the salary facet, annual USD: [from, to).
struct SalaryBand {
  const char* name;
  double from, to;
};
inline constexpr SalaryBand salary_bands[] = {{"<30k", 0, 30000},
                                              {"30-50k", 30000, 50000},
                                              {"50-75k", 50000, 75000},
                                              {"75-100k", 75000, 100000},
                                              {"100k+", 100000, 1e300}};

struct SearchResult {
  GroupBy shown = GroupBy::item;   // career for --by career and for a search without words
  std::vector<Hit> hits;           // GroupBy::item: best first, at most Filters::limit
  std::vector<CareerHit> careers;  // GroupBy::career: best first, at most Filters::limit
  std::optional<Facets> facets;    // with Filters::facets, unless the time budget ran out
  std::string fts_query;           // the MATCH expression, scopes ignored; "" without words
  // Printed on stderr: what the query parser repaired or dropped, and how words were read as
  // filters (`understood "over 50k" as --min-salary 50000`), one line each.
  std::vector<std::string> notes;
  // Printed with --explain: the rewritten query, the filters and where each came from, the
  // synonyms, career names and phrase boost used.
  std::vector<std::string> explain;
};

// Runs a user query (which may be empty, or hold only filter words: then the careers passing
// the filters are listed). Throws QueryError (from query.hpp) for words with nothing
// searchable, std::invalid_argument for bad filters and SearchError if SQLite refuses to run it.
// `ranking` is how matches are scored; default-constructed, careerkb's own ranking.
SearchResult search(SQLite::Database& db, std::string_view user_query, const Filters& filters,
                    const RankingParams& ranking = {});

struct CareerRow {
  std::string career;
  std::optional<double> median, min, max;  // annual USD
  std::optional<double> growth_pct;
  std::string typical_education;    // level name, '' when unknown
  int sources = 0;                  // number of guides about the career
  std::vector<GuideSource> guides;  // those guides, by file name (see GuideSource)
};

// Every career passing the filters (kinds are ignored), ordered by name.
std::vector<CareerRow> list_careers(SQLite::Database& db, const Filters& filters);

// One career by name: an exact case-insensitive match on its name, else the one career whose
// name starts with or contains the text. Throws SearchError naming up to 5 candidates when the
// text is ambiguous, or none matches. Returns its figures and every guide's profile.
db::CareerProfile career_profile(SQLite::Database& db, std::string_view career);

}  // namespace careerkb::search
