// Finds the careers a query names ("phlebotomist duties", "x-ray tech", "emt training"). A
// guide seldom repeats its own career's name in each duty, so search lets those facts match the
// name without holding the word, and ranks the named career first. Names are looked up by
// careers.normalized_name (unique, indexed): a handful of candidate spellings per query, never a
// scan of the careers table.
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>

#include "parse/career_key.hpp"
#include "search/engine.hpp"

namespace careerkb::search::detail {
namespace {

constexpr size_t longest_name = 5;  // words; "hvac r service technician" is 4
constexpr size_t max_spellings = 400;

std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// The keys a name typed as these words may be stored under: its career key, and with "tech"
// read as technician or technologist.
std::vector<std::string> spellings(const std::vector<std::string>& words) {
  std::vector<std::string> out = {parse::career_key(join_words(words))};
  for (const char* full : {"technician", "technologist"}) {
    std::vector<std::string> expanded = words;
    bool changed = false;
    for (std::string& w : expanded) {
      if (w == "tech" || w == "techs") {
        w = full;
        changed = true;
      }
    }
    if (changed) out.push_back(parse::career_key(join_words(expanded)));
  }
  return out;
}

bool usable(const Term& t) {
  return !t.negated && !t.prefix && t.scope == Scope::any && !t.tokens.empty();
}

// A clause of plain words ("hvac-r" is two), so it can be part of a name typed over several
// clauses.
bool plain_words(const Clause& c) {
  return c.alternatives.size() >= 1 && usable(c.alternatives.front());
}

struct Span {
  size_t first, end;  // clauses [first, end)
};

}  // namespace

NamedCareers find_named_careers(SQLite::Database& db, const Query& query) {
  std::multimap<std::string, Span> wanted;
  const auto& clauses = query.clauses;
  for (size_t i = 0; i < clauses.size(); ++i) {
    for (const Term& alt : clauses[i].alternatives) {
      if (!usable(alt)) continue;
      for (std::string& s : spellings(alt.tokens)) wanted.emplace(std::move(s), Span{i, i + 1});
    }
    std::vector<std::string> words;
    for (size_t end = i; end < clauses.size() && plain_words(clauses[end]); ++end) {
      const std::vector<std::string>& tokens = clauses[end].alternatives.front().tokens;
      words.insert(words.end(), tokens.begin(), tokens.end());
      if (words.size() > longest_name) break;
      if (end == i) continue;
      for (std::string& s : spellings(words)) wanted.emplace(std::move(s), Span{i, end + 1});
    }
  }
  NamedCareers out;
  if (wanted.empty()) return out;

  std::vector<std::string> names;
  for (const auto& [name, span] : wanted) {
    if (names.empty() || names.back() != name) names.push_back(name);
    if (names.size() == max_spellings) break;
  }
  std::string sql = "SELECT id, name, normalized_name FROM careers WHERE normalized_name IN (";
  for (size_t i = 0; i < names.size(); ++i) sql += i ? ",?" : "?";
  SQLite::Statement st(db, sql + ") ORDER BY id");
  for (size_t i = 0; i < names.size(); ++i) st.bind(static_cast<int>(i + 1), names[i]);
  struct Found {
    std::int64_t id;
    std::string name;
    Span span;
  };
  std::vector<Found> found;
  while (st.executeStep()) {
    auto range = wanted.equal_range(st.getColumn(2).getString());
    Span widest = range.first->second;
    for (auto it = range.first; it != range.second; ++it) {
      if (it->second.end - it->second.first > widest.end - widest.first) widest = it->second;
    }
    found.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(), widest});
  }
  // The longest name wins its words: "medical laboratory technician" over "technician".
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.span.end - a.span.first > b.span.end - b.span.first;
  });
  // Two careers share words only when both come from exactly the same ones ("heart tech" ->
  // a heart technician and a heart technologist).
  std::vector<bool> taken(clauses.size(), false);
  std::vector<Span> spans;
  for (const Found& f : found) {
    bool same_words = std::any_of(spans.begin(), spans.end(), [&](const Span& s) {
      return s.first == f.span.first && s.end == f.span.end;
    });
    bool overlaps = false;
    for (size_t i = f.span.first; i < f.span.end; ++i) overlaps = overlaps || taken[i];
    if (overlaps && !same_words) continue;
    for (size_t i = f.span.first; i < f.span.end; ++i) {
      if (!taken[i]) out.clauses.push_back(i);
      taken[i] = true;
    }
    spans.push_back(f.span);
    out.ids.push_back(f.id);
    out.names.push_back(f.name);
  }
  std::sort(out.clauses.begin(), out.clauses.end());
  return out;
}

}  // namespace careerkb::search::detail
