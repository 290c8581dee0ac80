// The score formula and its bound (search/score.hpp): a table is skipped only when none of its
// facts could outscore what is already found, so the bound must never be below a real score,
// whatever the ranking parameters; and the parameters parse as the relevance tool passes them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "search/engine.hpp"
#include "search/ranking_params.hpp"
#include "search/score.hpp"

using namespace careerkb::search;
using namespace careerkb::search::detail;

namespace {

// Every full-match input the chances allow, at relative rank `rank`.
std::vector<ScoreInputs> allowed_inputs(const TableChances& chances, double rank) {
  std::vector<ScoreInputs> out;
  for (int topical = 0; topical < 2; ++topical) {
    for (int named = 0; named < 2; ++named) {
      for (Proximity p : {Proximity::none, Proximity::near, Proximity::phrase}) {
        if ((topical && !chances.topical) || (named && !chances.career_named) ||
            (p != Proximity::none && !chances.proximity))
          continue;
        ScoreInputs in;
        in.table = chances.table;
        in.relative_rank = rank;
        in.topical = topical;
        in.career_named = named;
        in.proximity = p;
        out.push_back(in);
      }
    }
  }
  return out;
}

std::string name_of(const std::string& assignment) {
  return assignment.substr(0, assignment.find('='));
}
double value_of(const std::string& assignment) {
  return std::stod(assignment.substr(assignment.find('=') + 1));
}

// Sets `name` to `value`, or the nearest value its range takes; false if none.
bool set_near(RankingParams& p, const std::string& name, double value) {
  for (double v : {value, std::round(value), 1.0}) {
    try {
      set_ranking_param(p, name + "=" + std::to_string(v));
      return true;
    } catch (const std::invalid_argument&) {
    }
  }
  return false;
}

// Every parameter ranking_param_values lists scaled by its own random factor in [0.1, 10]:
// a parameter added to RankingParams (and its table) is varied here without a change.
RankingParams random_params(std::mt19937& rng) {
  std::uniform_real_distribution<double> log_factor(std::log(0.1), std::log(10.0));
  RankingParams p;
  for (const std::string& field : ranking_param_values(RankingParams{}))
    set_near(p, name_of(field), value_of(field) * std::exp(log_factor(rng)));
  return p;
}

}  // namespace

TEST_CASE("no fact outscores its table's bound, over 20,000 random parameters and inputs") {
  std::mt19937 rng(18);
  std::uniform_int_distribution<size_t> table(0, tables.size() - 1);
  std::uniform_real_distribution<double> rank(1e-6, 1.0);
  std::bernoulli_distribution coin(0.5);
  for (int i = 0; i < 20000; ++i) {
    const RankingParams params = i == 0 ? RankingParams{} : random_params(rng);
    TableChances chances{table(rng), coin(rng), coin(rng), coin(rng)};
    const double bound = best_possible_score(params, chances);
    const double r = i % 7 == 0 ? 1.0 : rank(rng);
    double best = 0;
    for (const ScoreInputs& in : allowed_inputs(chances, r)) {
      CHECK(score(params, in) <= bound);
      best = std::max(best, score(params, in));
    }
    // And the bound is reached: it skips no table a real fact could not outscore.
    if (r == 1.0) CHECK(best == bound);
  }
}

TEST_CASE("raising any one ranking parameter tenfold raises the bound with the score") {
  for (const std::string& field : ranking_param_values(RankingParams{})) {
    CAPTURE(field);
    RankingParams params;
    if (!set_near(params, name_of(field), value_of(field) * 10)) continue;
    for (size_t t = 0; t < tables.size(); ++t) {
      for (int bits = 0; bits < 8; ++bits) {
        TableChances chances{t, (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0};
        const double bound = best_possible_score(params, chances);
        for (const ScoreInputs& in : allowed_inputs(chances, 1.0))
          CHECK(score(params, in) <= bound);
      }
    }
  }
}

TEST_CASE("default scores are today's constants") {
  const RankingParams p;
  ScoreInputs duty;
  duty.table = 0;  // duties
  CHECK(score(p, duty) == 1.0);
  ScoreInputs section = duty;
  section.table = 4;  // sections
  CHECK(score(p, section) == 0.5);
  section.topical = true;
  CHECK(score(p, section) == 1.5);
  duty.relative_rank = 0.5;
  duty.career_named = true;
  duty.proximity = Proximity::near;
  CHECK(score(p, duty) == doctest::Approx(0.5 * 1.25 * 1.4));
  duty.proximity = Proximity::phrase;
  CHECK(score(p, duty) == doctest::Approx(0.5 * 1.25 * 2.0));
  duty.partial = true;
  CHECK(score(p, duty) == doctest::Approx(0.5 * 1.25 * 0.3 * 2.0));
  // A section with a topic, named careers and proximity possible: the topic's 1.5, x1.25, x2.
  CHECK(best_possible_score(p, {4, true, true, true}) == doctest::Approx(3.75));
  CHECK(best_possible_score(p, {5, false, false, false}) == 0.7);
  CHECK(largest_proximity_factor(p) == 2.0);
}

TEST_CASE("a ranking parameter is set by NAME=VALUE, and a bad one is refused with its reason") {
  RankingParams p;
  set_ranking_param(p, "phrase_boost=2.5");
  set_ranking_param(p, "weight.sections=0.6");
  set_ranking_param(p, "near_distance=4");
  set_ranking_param(p, "bm25.b=0");
  set_ranking_param(p, "bm25.length_free_rows=100");
  CHECK(p.phrase_boost == 2.5);
  CHECK(p.weight.sections == 0.6);
  CHECK(p.near_distance == 4);
  CHECK(p.bm25.b == 0);
  CHECK(p.bm25.length_free_rows == 100);
  auto refused = [&](const std::string& assignment, const std::string& reason) {
    CAPTURE(assignment);
    try {
      set_ranking_param(p, assignment);
      FAIL("accepted");
    } catch (const std::invalid_argument& e) {
      CHECK(std::string(e.what()).find(reason) != std::string::npos);
    }
  };
  refused("bogus=1", "unknown ranking parameter \"bogus\" (known: weight.duties,");
  refused("phrase_boost", "expected NAME=VALUE");
  refused("phrase_boost=high", "is not a number");
  refused("phrase_boost=2x", "is not a number");
  refused("phrase_boost=0", "is not above 0");
  refused("near_distance=2.5", "is not a whole number");
  refused("near_distance=0", "is not between 1 and");
  refused("bm25.b=1.5", "is not between 0 and 1");
  refused("damping=inf", "is not a number");
}

TEST_CASE("every ranking parameter is listed once, with its default") {
  const std::vector<std::string> values = ranking_param_values(RankingParams{});
  CHECK(values.front() == "weight.duties=1");
  CHECK(std::find(values.begin(), values.end(), "phrase_boost=2") != values.end());
  CHECK(std::find(values.begin(), values.end(), "bm25.k1=1.2") != values.end());
  CHECK(std::find(values.begin(), values.end(), "rank_window=20000") != values.end());
  std::vector<std::string> names;
  for (const std::string& v : values) names.push_back(name_of(v));
  std::sort(names.begin(), names.end());
  CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
  // Setting each to its own default changes nothing.
  RankingParams p;
  for (const std::string& v : values) set_ranking_param(p, v);
  CHECK(ranking_param_values(p) == values);
}
