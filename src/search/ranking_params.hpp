// Every constant that decides how a search ranks, in one struct the search takes, so relevance
// experiments vary them without a rebuild (`careerkb search --ranking-param NAME=VALUE`,
// tests/tools/relevance.py --ranking-param). A default-constructed RankingParams is the ranking
// careerkb ships; search/score.hpp is the one formula that reads the score's fields.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "db/rank_function.hpp"

namespace careerkb::search {

struct RankingParams {
  // A fact's base score is its kind's weight times (its bm25 / the best bm25 of its pass), so a
  // short fact (a duty, a skill) outranks a long section or FAQ answer merely naming the word.
  struct KindWeights {
    double duties = 1.0, skills = 1.0, tools = 1.0, certifications = 1.0;
    double sections = 0.5, faqs = 0.7;
  } weight;
  // A fact on the query's topic (a salary section for "pay", a duty for "duties") scores this
  // instead of its kind's weight.
  double topic_boost = 1.5;
  // Multipliers, applied together.
  double career_name_boost = 1.25;  // the query names the fact's career
  double phrase_boost = 2.0;        // the words stand together, in the order typed
  double near_boost = 1.4;          // the words stand within near_distance tokens
  int near_distance = 3;
  // Facts holding only some of the words (the OR fallback) score this fraction and always sort
  // after facts holding all of them.
  double partial_match_factor = 0.3;

  // `--by career`: a career scores its best fact plus each next distinct fact at `damping`
  // times the one before, `facts_scored` facts at most.
  int facts_scored = 5;
  double damping = 0.5;

  // Rows fetched per table and pass: at least `min`, or `per_result` times the results asked
  // for. For careers, enough for the careers shown to have their best facts in: 400 cost 40 ms
  // against 24 ms for 100 on a common phrase over 10k guides.
  int item_rows_min = 50;
  int item_rows_per_result = 2;
  int career_rows_min = 100;
  int career_rows_per_result = 5;
  // `--by career` checks proximity on this many times the careers asked for.
  int career_proximity_rows_per_result = 3;
  // A pass ranks at most this many of a table's matching rows, the newest (highest rowid)
  // first. Below it, ranking is exact; above it (a word found in most guides of a large
  // corpus), the best rows of the newest matches are shown, and a search stays within a few
  // milliseconds: ranking costs about 0.2 µs a row, and a common word matches 130,000 sections
  // on 10k guides.
  int rank_window = 20000;

  // careerkb_rank's bm25 constants (db/rank_function.hpp).
  db::Bm25Params bm25;
};

// Sets one field from "NAME=VALUE" (NAME as ranking_param_names() lists them, e.g.
// "phrase_boost=2.5", "weight.sections=0.6", "bm25.k1=1.5"). Throws std::invalid_argument
// naming the problem: an unknown name, a value that is not a number, a whole-number field given
// a fraction, or a value out of range (weights and boosts > 0, bm25.b in [0, 1], counts >= 1).
void set_ranking_param(RankingParams& params, std::string_view assignment);

// Every settable field's name with its value in `params`, "NAME=VALUE", in declaration order.
std::vector<std::string> ranking_param_values(const RankingParams& params);

}  // namespace careerkb::search
