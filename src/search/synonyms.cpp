// Synonym expansion; see synonyms.hpp.
#include "search/synonyms.hpp"

#include <SQLiteCpp/Statement.h>

#include <map>
#include <sstream>

namespace careerkb::search {
namespace {

using SynonymMap = std::map<std::string, std::vector<std::string>>;

SynonymMap load_synonyms(SQLite::Database& db) {
  SynonymMap map;
  try {
    SQLite::Statement q(db, "SELECT lower(term), lower(expands_to) FROM synonyms ORDER BY id");
    while (q.executeStep()) map[q.getColumn(0).getString()].push_back(q.getColumn(1).getString());
  } catch (const SQLite::Exception&) {
    // A file without the table (or with a damaged one) simply gets no expansion.
  }
  return map;
}

std::string joined(const Term& term) {
  std::string out;
  for (const std::string& token : term.tokens) {
    if (!out.empty()) out += ' ';
    out += token;
  }
  return out;
}

// Tokens the way the query parser makes them: lowercase words split at non-word characters,
// so "x-ray" is the phrase "x ray".
std::vector<std::string> tokens_of(const std::string& text) {
  std::vector<std::string> tokens;
  std::string current;
  for (char c : text) {
    bool word =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (word) {
      current += c;
    } else if (!current.empty()) {
      tokens.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(current);
  return tokens;
}

bool plain_single(const Clause& clause) {
  return clause.alternatives.size() == 1 && !clause.alternatives[0].negated &&
         !clause.alternatives[0].prefix && clause.alternatives[0].tokens.size() == 1;
}

}  // namespace

std::vector<std::string> expand_synonyms(SQLite::Database& db, Query& query) {
  SynonymMap synonyms = load_synonyms(db);
  std::vector<std::string> notes;
  if (synonyms.empty()) return notes;

  // "drawing blood" typed as two words is the phrase the table knows.
  for (size_t i = 0; i + 1 < query.clauses.size(); ++i) {
    Clause& a = query.clauses[i];
    Clause& b = query.clauses[i + 1];
    if (!plain_single(a) || !plain_single(b)) continue;
    if (a.alternatives[0].scope != b.alternatives[0].scope) continue;
    std::string phrase = a.alternatives[0].tokens[0] + " " + b.alternatives[0].tokens[0];
    if (!synonyms.count(phrase)) continue;
    a.alternatives[0].tokens.push_back(b.alternatives[0].tokens[0]);
    query.clauses.erase(query.clauses.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }

  for (Clause& clause : query.clauses) {
    std::vector<Term> added;
    for (const Term& term : clause.alternatives) {
      if (term.negated || term.prefix) continue;
      auto found = synonyms.find(joined(term));
      if (found == synonyms.end()) continue;
      std::ostringstream note;
      note << "synonyms: " << joined(term) << " ->";
      bool first = true;
      for (const std::string& expansion : found->second) {
        Term extra = term;
        extra.tokens = tokens_of(expansion);
        if (extra.tokens.empty()) continue;
        bool present = false;
        for (const Term& t : clause.alternatives) present |= t.tokens == extra.tokens;
        for (const Term& t : added) present |= t.tokens == extra.tokens;
        if (present) continue;
        added.push_back(extra);
        note << (first ? " " : ", ") << expansion;
        first = false;
      }
      if (!first) notes.push_back(note.str());
    }
    for (Term& t : added) clause.alternatives.push_back(std::move(t));
  }
  return notes;
}

}  // namespace careerkb::search
