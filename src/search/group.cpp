// `--by career`: careers ranked by the facts that matched. A career's score is its best fact's
// score plus a damped sum of its next ones (by default each counts half the one before, five at
// most: RankingParams::damping, facts_scored), so a
// career matching in several facts outranks one with a single lucky match, while a career with
// hundreds of guides repeating the same duty gains nothing from the repeats: a fact counts once
// per distinct text. Careers found only by the "any of the words" fallback come after the others,
// their score scaled by the share of the query's words their facts cover together.
#include <algorithm>
#include <bit>
#include <cctype>
#include <map>
#include <set>

#include "search/engine.hpp"

namespace careerkb::search::detail {
namespace {

constexpr size_t matches_shown = 3;

// A FAQ's question is often also a section heading: the same fact, counted and shown once.
std::string fact_key(const Candidate& c) {
  std::string key;
  for (char ch : c.hit.text) key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return key;
}

struct Group {
  std::int64_t id = 0;
  CareerHit hit;
  bool partial_only = true;             // every fact came from the OR fallback
  std::uint64_t clauses = 0;            // the words its facts cover together
  std::vector<const Candidate*> facts;  // distinct facts, best first
  std::set<std::string> keys;
};

}  // namespace

std::vector<CareerHit> group_by_career(const RankingParams& params,
                                       std::vector<Candidate> candidates, size_t limit, int words,
                                       std::vector<Candidate>& kept,
                                       std::vector<std::int64_t>& ids) {
  // Candidates arrive best first, so each career's facts do too.
  std::map<std::int64_t, Group> groups;
  for (const Candidate& c : candidates) {
    Group& g = groups[c.career_id];
    if (g.facts.empty()) {
      g.id = c.career_id;
      g.hit.career = c.hit.career;
    }
    ++g.hit.match_count;
    g.partial_only = g.partial_only && c.partial;
    g.clauses |= c.clauses;
    if (g.keys.insert(fact_key(c)).second) g.facts.push_back(&c);
  }
  std::vector<Group*> ranked;
  const std::uint64_t all_words = words >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << words) - 1;
  const auto facts_scored = static_cast<size_t>(params.facts_scored);
  for (auto& [id, g] : groups) {
    double weight = 1;
    for (size_t i = 0; i < g.facts.size() && i < facts_scored; ++i, weight *= params.damping)
      g.hit.score += weight * g.facts[i]->hit.score;
    // Found by the fallback only: scaled by the share of the words its facts cover.
    if (g.partial_only && words > 0)
      g.hit.score *= static_cast<double>(std::popcount(g.clauses & all_words)) / words;
    ranked.push_back(&g);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Group* a, const Group* b) {
    if (a->partial_only != b->partial_only) return b->partial_only;
    if (a->hit.score != b->hit.score) return a->hit.score > b->hit.score;
    return a->hit.career < b->hit.career;
  });
  if (ranked.size() > limit) ranked.resize(limit);
  std::vector<CareerHit> out;
  for (Group* g : ranked) {
    for (size_t i = 0; i < g->facts.size() && i < matches_shown; ++i) {
      kept.push_back(*g->facts[i]);
      g->hit.matches.push_back(g->facts[i]->hit);
    }
    ids.push_back(g->id);
    out.push_back(std::move(g->hit));
  }
  return out;
}

}  // namespace careerkb::search::detail
