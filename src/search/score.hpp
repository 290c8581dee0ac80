// A fact's score, written once (internal to src/search). rank.cpp scores every row with
// score(); the bound that lets it skip a table whose rows can no longer be shown is the same
// function at the best value each input can take in that table, so a boost added to the score
// is in the bound too.
#pragma once

#include <cstddef>

#include "search/ranking_params.hpp"

namespace careerkb::search::detail {

// Which proximity boost a fact gets; a phrase is also near.
enum class Proximity { none, near, phrase };

// Everything a fact's score is computed from.
struct ScoreInputs {
  size_t table = 0;           // index into `tables` (search_sql.hpp)
  double relative_rank = 1;   // its bm25 / its pass's best bm25, in (0, 1]; 1 when browsing
  bool topical = false;       // on the topic the query asks for (rank.cpp's on_topic)
  bool career_named = false;  // the query names the fact's career
  bool partial = false;       // found by the OR fallback only
  Proximity proximity = Proximity::none;
};

double score(const RankingParams& params, const ScoreInputs& in);

// What a query lets a table's facts have, for the bound.
struct TableChances {
  size_t table = 0;
  bool topical = false;       // the query has a topic and the table holds facts on it
  bool career_named = false;  // the query names careers
  bool proximity = false;     // the query has words a fact can hold together
};

// The most a full match (not the OR fallback) of the table can score: score() at the best of
// every input the chances allow.
double best_possible_score(const RankingParams& params, const TableChances& chances);

// The largest factor the proximity boosts can raise a score by.
double largest_proximity_factor(const RankingParams& params);

}  // namespace careerkb::search::detail
