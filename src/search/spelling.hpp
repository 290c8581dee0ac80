// Typo tolerance: a query word the guides do not use (or use in at most two guides, while a word
// within reach is in 20 times as many) is corrected to the closest word of the search_terms
// dictionary: fewest edits, then most guides. The bounds are the ones search engines use: one
// edit from 5 letters, two from 9, a swap of adjacent letters being one edit; shorter words are
// never corrected, since too many real words lie one edit apart. As in Lucene's spell checker
// the first letter is trusted, but for a swap of the first two and sound-alike first letters
// (f/ph, c/k/s, g/j).
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "search/query.hpp"

namespace careerkb::search {

// Edits allowed to correct a word of this many letters: 0 below 5, 1 for 5-8, 2 from 9.
int allowed_edits(std::size_t letters);

// Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
// adjacent letters each count 1), or max_edits + 1 as soon as it is known to exceed max_edits.
// Byte-wise: meant for the a-z words of the dictionary.
int bounded_edit_distance(std::string_view a, std::string_view b, int max_edits);

// Corrects the words of positive, non-prefix terms (each word of a phrase), before synonym
// expansion. Unless `exact`, a corrected term gets the corrected spelling as an alternative
// (`venipucture` becomes `venipucture OR venipuncture`, so the results come from the correction)
// and the note is "showing results for venipuncture (you typed venipucture; --exact searches
// only what you typed)"; with `exact` the query is unchanged and the note "did you mean
// venipuncture?". Returns at most one note. A database without search_terms (an older schema
// opened read-only) gets no corrections and no error.
std::vector<std::string> correct_spelling(SQLite::Database& db, Query& query, bool exact);

}  // namespace careerkb::search
