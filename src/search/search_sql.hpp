// SQL pieces the search files share (internal to src/search): the six searchable tables, the
// career filters as one SQL condition, the time budget and the rule that SQLite's own error text
// never reaches the user.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "search/kinds.hpp"
#include "search/query.hpp"
#include "search/ranking_params.hpp"
#include "search/search.hpp"

namespace careerkb::search::detail {

// The SQL of one searchable kind (searchable_kinds, kinds.hpp: same order).
struct Table {
  Scope scope;
  const char* name;          // its content table, the kind's name for --in
  const char* fts;           // its external-content FTS5 index
  const char* text_sql;      // Hit::text
  const char* kind_sql;      // Hit::kind, a fact_kind_names name
  const char* subkind_sql;   // sections.kind (overview, salary, duties...), else NULL
  const char* snippet_text;  // what a row found without MATCH shows as its snippet
  double RankingParams::KindWeights::*weight;  // its weight in ranking
};

constexpr Table table_sql(Scope scope, const char* text_sql, const char* kind_sql,
                          const char* subkind_sql, const char* snippet_text,
                          double RankingParams::KindWeights::*weight) {
  const SearchableKind& k = searchable_kind(scope);
  return {scope, k.plural, k.fts, text_sql, kind_sql, subkind_sql, snippet_text, weight};
}

using Weights = RankingParams::KindWeights;
inline constexpr std::array<Table, searchable_kinds.size()> tables{{
    table_sql(Scope::duties, "t.text", "'duty'", "NULL", "t.text", &Weights::duties),
    table_sql(Scope::skills, "t.text",
              "CASE t.kind WHEN 'soft' THEN 'soft_skill' ELSE 'technical_skill' END", "NULL",
              "t.text", &Weights::skills),
    table_sql(Scope::tools, "t.name", "'tool'", "NULL", "t.name", &Weights::tools),
    table_sql(Scope::certifications, "t.name", "'certification'", "NULL", "t.name",
              &Weights::certifications),
    table_sql(Scope::sections, "t.heading", "'section'", "t.kind",
              "t.heading || ': ' || substr(replace(t.text, char(10), ' '), 1, 160)",
              &Weights::sections),
    table_sql(Scope::faqs, "t.question", "'faq'", "NULL", "t.question", &Weights::faqs),
}};
static_assert([] {
  for (size_t i = 0; i < tables.size(); ++i) {
    if (tables[i].scope != searchable_kinds[i].scope) return false;
  }
  return true;
}());

// Where the career-level figures come from: career_summary's columns (alias `cs`), or the same
// aggregates over `guides g GROUP BY g.career_id` (the view computes exactly these).
struct CareerColumns {
  const char* median;
  const char* education_rank;
  const char* growth;
  const char* career_id;
};
inline constexpr CareerColumns summary_columns{
    "cs.median_salary_annual_usd", "cs.typical_education_rank", "cs.growth_pct", "cs.career_id"};
inline constexpr CareerColumns guide_aggregates{"avg(g.median_salary_annual_usd)",
                                                "min(g.typical_education_rank)",
                                                "avg(g.growth_pct)", "g.career_id"};

// " AND ..." keeping only careers passing every filter; "" for none. Certification and tier
// become `career_id IN (subquery)`, which SQLite runs once per statement, not once per row.
std::string filter_sql(const Filters& f, const CareerColumns& columns = summary_columns);

// Whether any filter on the career is set (kinds are not one).
bool has_career_filters(const Filters& f);

// A set of careers.id: the careers a query names, or those its filters let through.
class CareerSet {
 public:
  explicit CareerSet(std::vector<std::int64_t> careers);
  bool has(std::int64_t career) const;
  bool empty() const { return careers_.empty(); }
  const std::vector<std::int64_t>& ids() const { return careers_; }  // sorted
  const std::string& json() const { return json_; }  // for IN (SELECT value FROM json_each(?))

 private:
  std::vector<std::int64_t> careers_;
  std::string json_;
};

// The careers passing the filters, or nullopt when no filter is set. Computed once per search.
std::optional<CareerSet> allowed_careers(SQLite::Database& db, const Filters& f);

// A career's headline figures, as career_summary has them.
struct CareerFigures {
  std::optional<double> median, growth_pct;
  std::string typical_education;  // '' when unknown
};

// The figures of the given careers, by careers.id. Looked up with literal IN lists, which SQLite
// pushes into the view's grouping: only those careers' guides are read.
std::map<std::int64_t, CareerFigures> career_figures(SQLite::Database& db,
                                                     const std::vector<std::int64_t>& ids);

// Binds the values filter_sql's placeholders stand for, from `index` on; advances `index`.
void bind_filters(SQLite::Statement& st, int& index, const Filters& f);

// " AND <column> IN (?,?...)" for `count` ids, or "" when count is 0.
std::string in_list_sql(std::string_view column, size_t count);
void bind_ids(SQLite::Statement& st, int& index, const std::vector<std::int64_t>& ids);

std::optional<double> optional_double(const SQLite::Column& c);

// SQLite refused a statement. Its text may name FTS5 internals, which mean nothing to a user
// (and the parser should have made them impossible), so those are replaced by a plain sentence.
[[noreturn]] void rethrow_sqlite(const SQLite::Exception& e);

// Stops SQLite once a search has used up its time budget (sqlite3_progress_handler): a query
// that matches most of a large corpus ends with a clear message instead of hanging.
class TimeBudget {
 public:
  TimeBudget(SQLite::Database& db, int budget_ms);
  ~TimeBudget();
  TimeBudget(const TimeBudget&) = delete;
  TimeBudget& operator=(const TimeBudget&) = delete;

  bool expired() const { return expired_; }
  int budget_ms() const { return budget_ms_; }
  // The one-line error for a search stopped by the budget.
  SearchError error() const;

 private:
  static int over(void* self);
  SQLite::Database& db_;
  int budget_ms_;
  std::chrono::steady_clock::time_point deadline_;
  bool expired_ = false;
};

std::string lower_ascii(std::string_view s);

}  // namespace careerkb::search::detail
