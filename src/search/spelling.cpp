// Spelling correction against search_terms; see spelling.hpp. A word costs one primary-key
// lookup when it is spelled right; only a missing or rare word scans the dictionary, and then
// only the words of a length within reach, each compared with a banded distance that stops as
// soon as the bound is exceeded.
#include "search/spelling.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <tuple>
#include <utility>

#include "db/database.hpp"
#include "parse/terms.hpp"

namespace careerkb::search {
namespace {

// A word of the guides counts as a likely typo when at most this many guides use it...
constexpr std::int64_t rare_guides = 2;
// ...and a word within reach is used by this many times more guides. 20x keeps a real but rare
// word ("marker" beside "market") as typed unless the near word is far more common; and since
// the correction is only added (OR) to what was typed, a wrong guess costs extra hits, not lost
// ones.
constexpr std::int64_t common_ratio = 20;

struct NearWord {
  std::string word;
  int distance = 0;
  std::int64_t guides = 0;
};

// Closer first, then the word more guides use, then alphabetical for a stable answer.
bool better(const NearWord& a, const NearWord& b) {
  return std::tuple(a.distance, -a.guides, a.word) < std::tuple(b.distance, -b.guides, b.word);
}

// First letters English spelling confuses, looked for besides the one typed: "flebotomist"
// (phlebotomist), "kardiac" (cardiac), "jeriatric" (geriatric), "sertified" (certified).
std::string_view sound_alike(char first) {
  switch (first) {
    case 'c':
      return "ks";
    case 'k':
    case 's':
      return "c";
    case 'f':
      return "p";
    case 'p':
      return "f";
    case 'g':
      return "j";
    case 'j':
      return "g";
    default:
      return "";
  }
}

class Dictionary {
 public:
  // Throws SQLite::Exception when the database has no search_terms table.
  explicit Dictionary(SQLite::Database& db)
      : lookup_(db, "SELECT guides FROM search_terms WHERE term = ?"),
        scan_(db,
              "SELECT term, guides FROM search_terms WHERE term >= ? AND term < ? "
              "AND length(term) BETWEEN ? AND ?") {}

  std::int64_t guides(const std::string& word) {
    lookup_.reset();
    lookup_.bind(1, word);
    return lookup_.executeStep() ? lookup_.getColumn(0).getInt64() : 0;
  }

  // Every other word within max_edits of `word` that starts with its first letter, with a letter
  // that sounds alike, or with its first two letters swapped. Like Lucene's spell checker
  // (minPrefix 1) the first letter is otherwise trusted: typos seldom hit it, and it makes the
  // search a few range scans of the primary key instead of a scan of every word (about 20 ms for
  // a 100,000-word dictionary, against 2 ms). A stray letter in front is not looked for either:
  // it would turn real words the guides lack into others ("again" into "gain").
  std::vector<NearWord> near(const std::string& word, int max_edits) {
    std::vector<NearWord> found;
    std::string first_letters = word.substr(0, 1) + std::string(sound_alike(word[0]));
    for (char first : first_letters)
      scan(word, std::string(1, first), std::string(1, static_cast<char>(first + 1)), max_edits, 0,
           found);
    if (word[1] != word[0]) {
      // Words starting with the swapped pair, compared with the swapped word, the swap one edit.
      std::string swapped = word;
      std::swap(swapped[0], swapped[1]);
      std::string prefix = swapped.substr(0, 2);
      std::string after = prefix;
      ++after[1];
      scan(swapped, prefix, after, max_edits - 1, 1, found);
    }
    // A word reached twice keeps its smaller distance.
    std::sort(found.begin(), found.end(), [](const NearWord& a, const NearWord& b) {
      return std::tie(a.word, a.distance) < std::tie(b.word, b.distance);
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const NearWord& a, const NearWord& b) { return a.word == b.word; }),
                found.end());
    return found;
  }

 private:
  SQLite::Statement lookup_, scan_;

  // Adds the words in [from, to) within max_edits of `word`, their distance plus `extra_edits`.
  void scan(const std::string& word, const std::string& from, const std::string& to, int max_edits,
            int extra_edits, std::vector<NearWord>& found) {
    scan_.reset();
    scan_.bind(1, from);
    scan_.bind(2, to);
    scan_.bind(3, static_cast<std::int64_t>(word.size()) - max_edits);
    scan_.bind(4, static_cast<std::int64_t>(word.size()) + max_edits);
    while (scan_.executeStep()) {
      SQLite::Column term = scan_.getColumn(0);
      std::string_view candidate(term.getText(), static_cast<std::size_t>(term.getBytes()));
      int distance = bounded_edit_distance(word, candidate, max_edits);
      if (distance > max_edits || distance + extra_edits == 0) continue;
      found.push_back(
          {std::string(candidate), distance + extra_edits, scan_.getColumn(1).getInt64()});
    }
  }
};

// Does the word match anything in the FTS indexes? A word the dictionary lacks may still be
// found through its porter stem ("organizational" finds "organization"): that is no typo.
bool indexed_under_its_stem(SQLite::Database& db, const std::string& word) {
  try {
    for (const std::string& table : db::fts_table_names(db)) {
      SQLite::Statement probe(
          db, "SELECT 1 FROM \"" + table + "\" WHERE \"" + table + "\" MATCH ? LIMIT 1");
      probe.bind(1, "\"" + word + "\"");
      if (probe.executeStep()) return true;
    }
  } catch (const SQLite::Exception&) {
    // An index that cannot be read says nothing about the word.
  }
  return false;
}

// The word with up to two inflection endings taken off, roughly what the porter stemmer keeps
// ("sterilizers", "sterilizing" -> "steriliz"): two words of one base find the same guides,
// so neither is a correction of the other.
std::string_view inflection_base(std::string_view word) {
  static constexpr std::array<std::string_view, 11> endings = {
      "ing", "ers", "ies", "ied", "es", "ed", "er", "ly", "s", "e", "y"};
  for (int round = 0; round < 2; ++round) {
    bool stripped = false;
    for (std::string_view ending : endings) {
      if (word.size() >= ending.size() + 3 && word.ends_with(ending)) {
        word.remove_suffix(ending.size());
        stripped = true;
        break;
      }
    }
    if (!stripped) break;
  }
  return word;
}

// The correction for a word, if it needs one: see spelling.hpp for the rules.
std::optional<std::string> correction_for(SQLite::Database& db, Dictionary& dictionary,
                                          const std::string& typed) {
  std::int64_t typed_guides = dictionary.guides(typed);
  if (typed_guides > rare_guides) return std::nullopt;
  if (typed_guides == 0 && indexed_under_its_stem(db, typed)) return std::nullopt;

  std::vector<NearWord> near = dictionary.near(typed, allowed_edits(typed.size()));
  std::optional<NearWord> best;
  // A rare word is as common as its most common inflection: "sterilizers" in one guide is not
  // a typo when "sterilizer" is in two hundred.
  std::int64_t family_guides = typed_guides;
  for (NearWord& candidate : near) {
    if (typed_guides > 0 && inflection_base(candidate.word) == inflection_base(typed)) {
      family_guides = std::max(family_guides, candidate.guides);
      continue;
    }
    if (!best || better(candidate, *best)) best = std::move(candidate);
  }
  if (!best) return std::nullopt;
  if (typed_guides > 0 && best->guides < common_ratio * family_guides) return std::nullopt;
  return best->word;
}

bool correctable(const std::string& token) {
  if (allowed_edits(token.size()) == 0) return false;
  // Longer than any dictionary word plus two edits: nothing can be within reach.
  if (token.size() > parse::max_term_letters + 2) return false;
  return std::all_of(token.begin(), token.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

}  // namespace

int allowed_edits(std::size_t letters) {
  return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
}

int bounded_edit_distance(std::string_view a, std::string_view b, int max_edits) {
  if (a.size() > b.size()) std::swap(a, b);
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  const int beyond = max_edits + 1;
  if (m - n > max_edits) return beyond;

  // Three rows of the table (the one before last for swaps), on the stack for dictionary words.
  constexpr int stack_columns = 64;
  std::array<int, 3 * stack_columns> stack_rows;
  std::vector<int> heap_rows;
  int* rows = stack_rows.data();
  if (m + 1 > stack_columns) {
    heap_rows.resize(3 * static_cast<std::size_t>(m + 1));
    rows = heap_rows.data();
  }
  int* before_last = rows;
  int* last = rows + (m + 1);
  int* row = rows + 2 * (m + 1);
  for (int j = 0; j <= m; ++j) last[j] = std::min(j, beyond);

  for (int i = 1; i <= n; ++i) {
    // Only cells within max_edits of the diagonal can lead to a distance within the bound.
    const int from = std::max(1, i - max_edits), to = std::min(m, i + max_edits);
    row[0] = std::min(i, beyond);
    if (from > 1) row[from - 1] = beyond;
    int row_min = from == 1 ? row[0] : beyond;
    for (int j = from; j <= to; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int d = std::min({last[j - 1] + cost, last[j] + 1, row[j - 1] + 1});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d = std::min(d, before_last[j - 2] + 1);
      row[j] = std::min(d, beyond);
      row_min = std::min(row_min, row[j]);
    }
    if (to < m) row[to + 1] = beyond;
    if (row_min > max_edits) return beyond;
    std::swap(before_last, last);
    std::swap(last, row);
  }
  return std::min(last[m], beyond);
}

std::vector<std::string> correct_spelling(SQLite::Database& db, Query& query, bool exact) {
  std::vector<std::string> typed_words;
  for (const Clause& clause : query.clauses) {
    for (const Term& term : clause.alternatives) {
      if (term.negated || term.prefix) continue;
      for (const std::string& token : term.tokens) {
        if (correctable(token) &&
            std::find(typed_words.begin(), typed_words.end(), token) == typed_words.end())
          typed_words.push_back(token);
      }
    }
  }
  if (typed_words.empty()) return {};

  std::vector<std::pair<std::string, std::string>> corrections;  // typed -> corrected
  try {
    Dictionary dictionary(db);
    for (const std::string& typed : typed_words) {
      if (std::optional<std::string> fixed = correction_for(db, dictionary, typed))
        corrections.emplace_back(typed, std::move(*fixed));
    }
  } catch (const SQLite::Exception&) {
    return {};  // no search_terms (an older schema), or a damaged one: search as typed
  }
  if (corrections.empty()) return {};

  std::vector<std::string> typed, fixed;
  for (const auto& [from, to] : corrections) {
    typed.push_back(from);
    fixed.push_back(to);
  }
  if (exact) return {"did you mean " + joined(fixed) + "?"};

  // The correction goes before the word as typed: the first alternative of a clause is the
  // one search ranks proximity with (to_fts5_near), and only the correction has hits to rank.
  for (Clause& clause : query.clauses) {
    std::vector<Term> alternatives;
    for (const Term& term : clause.alternatives) {
      Term corrected = term;
      for (std::string& token : corrected.tokens) {
        for (const auto& [from, to] : corrections)
          if (token == from) token = to;
      }
      auto same = [&](const Term& t) {
        return t.tokens == corrected.tokens && t.scope == corrected.scope;
      };
      bool known = std::any_of(clause.alternatives.begin(), clause.alternatives.end(), same) ||
                   std::any_of(alternatives.begin(), alternatives.end(), same);
      if (!term.negated && !term.prefix && !known) alternatives.push_back(std::move(corrected));
      alternatives.push_back(term);
    }
    clause.alternatives = std::move(alternatives);
  }
  return {"showing results for " + joined(fixed) + " (you typed " + joined(typed) +
          "; --exact searches only what you typed)"};
}

}  // namespace careerkb::search
