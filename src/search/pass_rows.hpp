// The rows one search pass finds in one table, in three steps that each touch few rows: rank
// the matches inside FTS5 (at most RankingParams::rank_window of them), keep those of the careers
// the pass may show, then read the display columns of the rows kept. Internal to src/search;
// rank.cpp scores what comes out.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/row_ranges.hpp"
#include "search/engine.hpp"

namespace careerkb::search::detail {

struct RankedRow {
  std::int64_t id = 0;  // rowid in the table (and its FTS index)
  double rank = 0;      // careerkb_rank: negative, lower is better; 0 when browsing
};

class PassRows {
 public:
  // `rank_window`: the most matching rows one statement ranks (RankingParams::rank_window).
  PassRows(SQLite::Database& db, int rank_window) : db_(db), rank_window_(rank_window) {}

  // Up to `limit` rows of `table` matching `expr`, best first, of careers in every set of
  // `only`. `comparable`: the ranks will be compared with other statements' (careerkb_rank);
  // otherwise only with each other (careerkb_relative_rank, cheaper).
  std::vector<RankedRow> best(size_t table, const std::string& expr, bool comparable,
                              const std::vector<const CareerSet*>& only, size_t limit);

  // Up to `limit` rows of `table` of careers in every set of `only` that pass `condition` (SQL
  // on alias t, starting with " AND"), in the order of their guides.
  std::vector<RankedRow> browse(size_t table, const std::string& condition,
                                const std::vector<const CareerSet*>& only, size_t limit);

  // Candidates for `rows`, in the same order, with their display columns and career; `ranks`
  // receives each one's RankedRow::rank.
  std::vector<Candidate> load(size_t table, const std::vector<RankedRow>& rows,
                              std::vector<double>& ranks);

 private:
  std::vector<RankedRow> ranked_window(size_t table, const std::string& expr, bool comparable,
                                       const std::string* ranges, int count);
  std::vector<RankedRow> ranked_after_join(size_t table, const std::string& expr,
                                           const std::vector<const CareerSet*>& only, size_t limit);
  bool allowed(size_t table, std::int64_t id, const std::vector<const CareerSet*>& only);
  const std::string* ranges_for(size_t table, const std::vector<const CareerSet*>& only);

  SQLite::Database& db_;
  int rank_window_;
  // Per table: the statement that finds a row's career.
  std::map<size_t, std::unique_ptr<SQLite::Statement>> career_of_;
  // Per career set: its guides when few enough for row ranges (nullopt: too many); per table
  // and set: the ranges' blob.
  std::map<const CareerSet*, std::optional<std::vector<std::int64_t>>> guides_;
  std::map<std::pair<size_t, const CareerSet*>, std::string> ranges_;
};

}  // namespace careerkb::search::detail
