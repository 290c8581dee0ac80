// Stop words; see stop_words.hpp.
#include "search/stop_words.hpp"

#include <algorithm>
#include <array>

namespace careerkb::search {
namespace {

// Sorted, for binary_search. Kept short: a word here can never be searched unless quoted.
constexpr std::array<std::string_view, 51> stop_words = {
    "a",      "about",   "an",   "and",   "any",   "are",   "as",   "at",  "be",   "by",   "can",
    "career", "careers", "do",   "does",  "for",   "from",  "get",  "how", "i",    "in",   "into",
    "is",     "job",     "jobs", "me",    "my",    "of",    "on",   "or",  "some", "such", "that",
    "the",    "their",   "them", "there", "these", "they",  "this", "to",  "want", "was",  "what",
    "where",  "which",   "who",  "with",  "work",  "would", "you"};

bool stop_clause(const Clause& c) {
  if (c.alternatives.size() != 1) return false;
  const Term& t = c.alternatives.front();
  return !t.negated && !t.prefix && t.scope == Scope::any && t.tokens.size() == 1 &&
         is_stop_word(t.tokens.front());
}

}  // namespace

bool is_stop_word(std::string_view token) {
  return std::binary_search(stop_words.begin(), stop_words.end(), token);
}

std::vector<std::string> drop_stop_words(Query& query) {
  std::vector<std::string> dropped;
  const bool meaningful_left = std::any_of(
      query.clauses.begin(), query.clauses.end(),
      [](const Clause& c) { return !stop_clause(c) && !c.alternatives.front().negated; });
  if (!meaningful_left) return dropped;
  std::vector<Clause> kept;
  for (Clause& c : query.clauses) {
    if (stop_clause(c)) {
      dropped.push_back(c.alternatives.front().tokens.front());
    } else {
      kept.push_back(std::move(c));
    }
  }
  query.clauses = std::move(kept);
  return dropped;
}

}  // namespace careerkb::search
