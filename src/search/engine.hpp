// The stages of one search (internal to src/search): search.cpp reads the query into a Plan,
// rank.cpp runs it into scored candidate facts, group.cpp ranks careers from them, facets.cpp
// counts every match, careers.cpp lists careers when there are no words. Each stage is a plain
// function over these structs so it can be read, and tested, on its own.
#pragma once

#include <SQLiteCpp/Database.h>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "parse/kinds.hpp"
#include "search/intent.hpp"
#include "search/ranking_params.hpp"
#include "search/score.hpp"
#include "search/search.hpp"
#include "search/search_sql.hpp"

namespace careerkb::search::detail {

// What to run against one table; empty strings mean "not this pass".
struct TablePlan {
  std::string match;          // every word (scopes applied)
  std::string phrase;         // the words as one phrase: checked on `match` rows only
  std::string near;           // the words close together: checked on `match` rows only
  std::string named_match;    // the words but the career's name, over the named careers' facts
  bool browse_named = false;  // only a name and a topic: the named careers' topic facts
  // The fallback when the passes above find too little: one expression per positive clause
  // (bit i of Candidate::clauses), so a fact holding more of the words scores more and a career
  // is credited for the words its facts cover; `partial_any` is their OR, for facets.
  std::vector<std::string> partial;
  std::string partial_any;
};

struct Plan {
  RankingParams ranking;
  std::array<TablePlan, detail::tables.size()> tables;
  std::vector<std::int64_t> named_careers;  // careers.id named by the query's words
  std::optional<CareerSet> allowed;         // allowed_careers(): set when a filter is
  Topic topic = Topic::none;
  int per_table_limit = 20;          // rows fetched per table and pass (RankingParams)
  int positive_clauses = 0;          // the words (clauses) a fact or career can cover
  bool partial_used = false;         // set by collect_candidates when the OR fallback ran
  std::vector<std::string> skipped;  // tables whose facts could not reach the list shown
};

struct Candidate {
  Hit hit;
  size_t table = 0;
  std::int64_t rowid = 0;
  std::int64_t career_id = 0;
  std::optional<parse::SectionKind> section_kind;  // sections.kind, for the topic boost
  const std::string* match = nullptr;  // expression for the snippet; nullptr: found by browsing
  bool partial = false;                // found by the OR fallback only
  std::uint64_t clauses = ~std::uint64_t{0};  // the positive clauses it holds (partial: some)
  ScoreInputs scored_from;                    // what hit.score was computed from (rank.cpp)
};

// The condition (on alias `t`) that keeps a table's facts on the topic, "" for all of them, or
// nullopt when the table holds none: salary -> sections of kind salary; duties -> every duty and
// the duties and day-in-the-life sections.
std::optional<std::string> topic_condition(Topic topic, size_t table);

// Careers the query names, by their normalized name: one clause ("phlebotomist", "emt" through
// its synonym "emergency medical technician") or consecutive one-word clauses ("dental
// hygienist"), singular or plural, "tech" read as technician or technologist.
struct NamedCareers {
  std::vector<std::int64_t> ids;
  std::vector<std::string> names;  // display names, for --explain
  std::vector<size_t> clauses;     // indexes into Query::clauses that name them
};
NamedCareers find_named_careers(SQLite::Database& db, const Query& query);

// Runs the plan's passes; best first (full matches before partial ones). `wanted` is how many
// results the caller will show (facts, or careers with `by_career`): the OR fallback runs only
// when the full matches give fewer. Adds a note when the fallback was used.
std::vector<Candidate> collect_candidates(SQLite::Database& db, Plan& plan, size_t wanted,
                                          bool by_career, std::vector<std::string>& notes);

// Fills hit.snippet for the given candidates only (snippet() re-reads and re-tokenizes a row).
void add_snippets(SQLite::Database& db, std::vector<Candidate>& kept);

// Careers ranked by their candidates, at most `limit`, each with its best 3 distinct matches
// (snippets and figures not yet there: `kept` receives the candidates shown, in order, for
// add_snippets).
// `words` is Plan::positive_clauses; `ids` receives each returned career's careers.id.
std::vector<CareerHit> group_by_career(const RankingParams& params,
                                       std::vector<Candidate> candidates, size_t limit, int words,
                                       std::vector<Candidate>& kept,
                                       std::vector<std::int64_t>& ids);

// Careers passing the filters when the query has no words: fastest growing first when a growth
// filter is set, else best paid first (unknown figures last), then by name.
std::vector<CareerHit> list_filtered_careers(SQLite::Database& db, const Filters& filters);

// The career figure whose line a guide is cited by: the one the filters compared. Growth, then
// salary, education, certification and tier, when several are set; none without filters.
enum class CitedFigure { none, salary, growth, education, certification, tier };
CitedFigure cited_figure(const Filters& filters);

// Every guide of the given careers (careers.id), each with the line it is cited by: the figure
// cited_figure(filters) names, else the guide's best match among `matches` (a career's shown
// matches, best first; may lack a career), else the guide's first line. One statement.
std::map<std::int64_t, std::vector<GuideSource>> guide_sources(
    SQLite::Database& db, const Filters& filters, const std::vector<std::int64_t>& ids,
    const std::map<std::int64_t, const std::vector<Hit>*>& matches = {});

// Facet counts over every match of the plan (or every career passing the filters when
// `no_words`). Throws like any statement when the time budget runs out.
Facets count_facets(SQLite::Database& db, const Plan& plan, const Filters& filters, bool by_career,
                    bool no_words);

}  // namespace careerkb::search::detail
