// See score.hpp.
#include "search/score.hpp"

#include <algorithm>

#include "search/search_sql.hpp"

namespace careerkb::search::detail {
namespace {

double kind_weight(const RankingParams::KindWeights& w, size_t table) {
  return w.*tables[table].weight;
}

}  // namespace

double score(const RankingParams& p, const ScoreInputs& in) {
  // A fact on the topic asked for ("EMT pay": a salary section) is what was asked for, whatever
  // its kind's weight.
  double s = (in.topical ? p.topic_boost : kind_weight(p.weight, in.table)) * in.relative_rank;
  if (in.career_named) s *= p.career_name_boost;
  if (in.partial) s *= p.partial_match_factor;
  // A phrase is also near: near_boost, then what the phrase adds to it (the order scores have
  // always been multiplied in, so they stay the same to the last bit).
  if (in.proximity != Proximity::none) s *= p.near_boost;
  if (in.proximity == Proximity::phrase) s *= p.phrase_boost / p.near_boost;
  return s;
}

double best_possible_score(const RankingParams& p, const TableChances& chances) {
  // Every combination the chances allow, since a boost may be set below 1 (a topic boost under
  // the kind's weight); relative_rank at its best, and never the fallback's factor: the bound
  // is compared with full matches only. An input added to ScoreInputs belongs here too.
  double best = 0;
  ScoreInputs in;
  in.table = chances.table;
  for (bool topical : {false, chances.topical}) {
    for (bool named : {false, chances.career_named}) {
      for (Proximity near : {Proximity::none, Proximity::near, Proximity::phrase}) {
        if (near != Proximity::none && !chances.proximity) continue;
        in.topical = topical;
        in.career_named = named;
        in.proximity = near;
        best = std::max(best, score(p, in));
      }
    }
  }
  return best;
}

double largest_proximity_factor(const RankingParams& p) {
  return std::max({1.0, p.near_boost, p.phrase_boost});
}

}  // namespace careerkb::search::detail
