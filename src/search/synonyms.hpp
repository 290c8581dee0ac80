// Query-time synonym expansion from the database's `synonyms` table: "ekg" also searches
// "ecg" and "electrocardiogram", "drawing blood" also searches "venipuncture". The index stays
// stock FTS5; only the parsed query grows.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

#include "search/query.hpp"

namespace careerkb::search {

// Adds each expansion as an alternative of the clause whose term it expands; two adjacent
// one-word clauses that together form a known phrase ("drawing blood") become that phrase.
// Returns one note per expanded term ("synonyms: ekg -> ecg, electrocardiogram").
std::vector<std::string> expand_synonyms(SQLite::Database& db, Query& query);

}  // namespace careerkb::search
