// The words a guide can be found by, for the spelling dictionary (the search_terms table): the
// surface words of exactly the text the FTS indexes hold, split and folded the way SQLite's
// unicode61 tokenizer with remove_diacritics 2 does, so a suggested word is one the index has.
// Pure: computed on the parse thread, so the writer only adds counts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse/guide.hpp"

namespace careerkb::parse {

// A dictionary word has only the letters a-z after folding (a word with a digit or a letter
// that does not fold to ASCII is left out) and 4 to 40 of them. 4, because no shorter word is
// ever within the edit distance of a query word long enough to be corrected (5+ letters, one
// edit); 40, because longer runs of letters are not words anyone types.
inline constexpr std::size_t min_term_letters = 4;
inline constexpr std::size_t max_term_letters = 40;

// A fast hash for dictionary words (a few multiplies per word, not one per letter), shared by
// the collector and the writer's per-run counts.
std::uint32_t term_hash(std::string_view word);
struct TermHash {
  std::size_t operator()(const std::string& word) const { return term_hash(word); }
};

// Collects the distinct dictionary words of several texts. Runs over every guide's text on the
// parse thread, so it is built for speed: plain lowercase ASCII words are hashed straight from
// the text, and the set is a flat open-addressing table (a guide has ~5,000 words, ~900 distinct).
class TermCollector {
 public:
  void add(std::string_view utf8_text);
  // The words collected, each once, in the order they first appeared (sorting them would
  // cost a tenth of the collecting, and no user needs it); the collector is left empty.
  std::vector<std::string> take();

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t word = 0;  // index + 1 into words_; 0 = empty
  };
  std::vector<std::string> words_;
  std::vector<Slot> slots_;  // size a power of two, at most half full
  std::string folded_;       // scratch for a word that needs lowercasing or folding

  void insert(std::string_view word);
  // Reads the word starting at text[start] character by character (it has non-ASCII
  // characters); returns where the next word may start.
  std::size_t add_folded_word(std::string_view text, std::size_t start);
};

// The distinct words, in order of first appearance, of the text written to FTS-indexed columns:
// duties, skills, tools, certifications (name and body), section headings and text, FAQ questions
// and answers. The career name is not among them: search never matches it, so a word known only
// from it would be a suggestion that finds nothing.
std::vector<std::string> distinct_terms(const Guide& guide);

}  // namespace careerkb::parse
