// Words that carry no meaning in a job search ("work with dogs and cats", "a job in a lab"). FTS5
// has no stop words, so an AND query would require "with", "and", "a" in the same fact as "dogs"
// and find nothing; they are taken out before the query is built. Pure code, no SQLite.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/query.hpp"

namespace careerkb::search {

// Whether a lowercase token is a stop word: English function words and the generic words of a
// job search (job, career, work...).
bool is_stop_word(std::string_view token);

// Removes the positive, unscoped, one-word clauses that are stop words, as long as a positive
// clause remains (a query of stop words only is searched as typed). Phrases, prefixes, scoped
// words and exclusions always stay. Returns the words removed, in query order.
std::vector<std::string> drop_stop_words(Query& query);

}  // namespace careerkb::search
