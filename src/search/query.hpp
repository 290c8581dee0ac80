// The user's search language, parsed into a small model (query.cpp) and rebuilt as an FTS5 MATCH
// expression (fts5_expression.cpp). User text never reaches MATCH raw: every token is re-quoted,
// so any input yields either a valid expression or a one-line QueryError. Pure code, no SQLite.
//
// Query language:
//   nurse blood         every word must match (AND); the porter index also matches word forms
//   "draw blood"        a phrase; an unbalanced quote is closed at the end of the input
//   ekg OR ecg          either term (uppercase OR, or `|`); a lowercase `or` is dropped
//   -nurse  NOT nurse   exclusion, also -"a phrase"; a query needs one term that is not excluded
//   veni*               prefix; needs at least 2 characters before the `*`
//   duties:blood        field scope: duties skills tools certifications sections faqs (or the
//                       singular), case-insensitive; `duties: blood` works too; an unknown
//                       `xyz:` is plain text, the colon a separator
//   AND                 dropped (AND is implied)
// Words are split roughly like SQLite's unicode61 tokenizer: ASCII letters and digits and any
// non-ASCII character but common punctuation, symbols and emoji are token characters. Punctuation
// inside a word keeps the parts adjacent as a phrase (x-ray, o'brien -> "x ray", "o brien"). FTS5
// syntax characters ( ) { } ^ : + and NEAR( only separate. At most 64 terms of 256 characters are
// kept.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "search/kinds.hpp"

namespace careerkb::search {

struct Term {
  std::vector<std::string> tokens;  // lowercased; more than one token is a phrase
  bool prefix = false;              // the last token is a prefix
  bool negated = false;
  Scope scope = Scope::any;
};

// A query is an AND of clauses; each clause is an OR of one or more terms. A negated term is
// always a clause of its own.
struct Clause {
  std::vector<Term> alternatives;
};

struct Query {
  std::vector<Clause> clauses;
  std::vector<std::string> notes;  // what was dropped or repaired, one line each, no repeats
};

// A query that cannot be searched (empty, or only exclusions). what() is one line for the user.
class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses user input. Throws QueryError when nothing searchable is left.
Query parse_query(std::string_view input);

// The FTS5 MATCH expression for every clause, scopes ignored. Never empty: throws QueryError for
// a query without a positive clause (parse_query never returns one).
std::string to_fts5(const Query& q);

// The expression for one FTS table: terms of Scope::any always apply, scoped terms only to
// their own scope (so `only == Scope::any` keeps just the unscoped terms). A clause with no
// applying alternative is left out. Returns "" when no positive clause applies, since FTS5
// cannot express an exclusion alone.
std::string to_fts5(const Query& q, Scope only);

// An expression that matches when the first alternative of every positive clause applying to
// `only` stands within `distance` tokens of the others (FTS5 NEAR), e.g. `NEAR("draw" "blood",
// 3)`. Search runs it only over rows that already match to_fts5(q, only), to rank the rows that
// hold the words together above those where they are scattered. "" for fewer than two clauses.
std::string to_fts5_near(const Query& q, Scope only, int distance);

// The same words as one phrase, in the order typed (`"breathing treatments"`): a fact holding
// them exactly so ranks above one holding them merely near each other. "" for fewer than two
// clauses, or a prefix term before the last.
std::string to_fts5_phrase(const Query& q, Scope only);

// Human-readable rewrite for --explain, e.g. `venipuncture AND (ekg OR ecg) NOT nurse`.
std::string describe(const Query& q);

// Multi-line help for `careerkb search --help`: the syntax, and the words read as filters (see
// intent.hpp). Ends in a newline.
const char* query_syntax_help();

}  // namespace careerkb::search
