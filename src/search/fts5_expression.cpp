// Query model -> text: the FTS5 MATCH expression (every token re-quoted, so no user byte is ever
// FTS5 syntax), the NEAR expression that tells which matches hold the words close together, and
// the plain rewrite --explain shows. Pure code, no SQLite.
#include <string>
#include <vector>

#include "search/query.hpp"

namespace careerkb::search {
namespace {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) (out += i > 0 ? separator : "") += parts[i];
  return out;
}

bool applies(const Term& t, const Scope* only) {
  return only == nullptr || t.scope == Scope::any || t.scope == *only;
}

std::string fts5_term(const Term& t) {
  std::string out = "\"";
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    if (i > 0) out += ' ';
    for (char ch : t.tokens[i]) {
      if (ch == '"') out += '"';  // never produced by the parser; kept for hand-built terms
      out += ch;
    }
  }
  out += '"';
  if (t.prefix) out += '*';
  return out;
}

std::string plain_term(const Term& t) {
  std::string out;
  if (t.scope != Scope::any) out = std::string(scope_name(t.scope)) + ":";
  const std::string words = join(t.tokens, " ");
  out += t.tokens.size() > 1 ? "\"" + words + "\"" : words;
  if (t.prefix) out += '*';
  return out;
}

// Shared by to_fts5 and describe: positive clauses ANDed, then each exclusion as NOT, since an
// FTS5 NOT needs a left operand. The FTS5 AND chain is wrapped so the exclusions plainly apply
// to all of it whatever the operator precedence; people read the bare form that way anyway.
template <typename Render>
std::string assemble(const Query& q, const Scope* only, Render render, bool wrap_ands) {
  std::vector<std::string> positives;
  std::vector<std::string> negatives;
  for (const Clause& clause : q.clauses) {
    std::vector<std::string> alternatives;
    for (const Term& t : clause.alternatives) {
      if (t.tokens.empty() || !applies(t, only)) continue;
      if (t.negated) {
        negatives.push_back(render(t));
      } else {
        alternatives.push_back(render(t));
      }
    }
    if (alternatives.size() == 1) {
      positives.push_back(std::move(alternatives[0]));
    } else if (alternatives.size() > 1) {
      positives.push_back("(" + join(alternatives, " OR ") + ")");
    }
  }
  if (positives.empty()) return "";
  std::string out = join(positives, " AND ");
  if (wrap_ands && !negatives.empty() && positives.size() > 1) out = "(" + out + ")";
  for (const std::string& n : negatives) out += " NOT " + n;
  return out;
}

}  // namespace

std::string to_fts5(const Query& q) {
  std::string out = assemble(q, nullptr, fts5_term, true);
  if (out.empty()) throw QueryError("a query needs at least one term that is not excluded");
  return out;
}

std::string to_fts5(const Query& q, Scope only) {
  return assemble(q, &only, fts5_term, true);
}

std::string describe(const Query& q) {
  return assemble(q, nullptr, plain_term, false);
}

std::string to_fts5_phrase(const Query& q, Scope only) {
  Term joined;
  size_t parts = 0;
  for (const Clause& clause : q.clauses) {
    if (clause.alternatives.empty()) continue;
    const Term& first = clause.alternatives.front();
    if (first.tokens.empty() || first.negated || !applies(first, &only)) continue;
    if (joined.prefix) return "";  // a prefix can only end a phrase
    joined.tokens.insert(joined.tokens.end(), first.tokens.begin(), first.tokens.end());
    joined.prefix = first.prefix;
    ++parts;
  }
  return parts < 2 ? "" : fts5_term(joined);
}

std::string to_fts5_near(const Query& q, Scope only, int distance) {
  std::vector<std::string> phrases;
  for (const Clause& clause : q.clauses) {
    if (clause.alternatives.empty()) continue;
    const Term& first = clause.alternatives.front();
    if (first.tokens.empty() || first.negated || !applies(first, &only)) continue;
    phrases.push_back(fts5_term(first));
  }
  if (phrases.size() < 2) return "";
  return "NEAR(" + join(phrases, " ") + ", " + std::to_string(distance) + ")";
}

}  // namespace careerkb::search
