// Keeping the spelling dictionary (search_terms, schema/003_search_terms.sql) in step with the
// guides. An import counts words in memory and writes them once, inside its transaction, so
// the hot path per guide is a few hash-map updates and a failed run leaves the table as it was.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "parse/terms.hpp"

namespace careerkb::db {

class SearchTermCounts {
 public:
  explicit SearchTermCounts(SQLite::Database& db);

  // The words of the guide stored under a source, read back from the same columns
  // parse::distinct_terms reads, so taking a replaced guide out undoes exactly what counting it
  // in did. Empty when the source has no guide.
  std::vector<std::string> stored_terms(std::int64_t source_id);

  // The same for a guide by its id.
  std::vector<std::string> terms_of_guide(std::int64_t guide_id);

  // Counts one guide's distinct words in (+1) or out (-1). Call it only once the guide's rows
  // are kept (after its savepoint is released): counts of a rolled-back file must not remain.
  void count(const std::vector<std::string>& terms, int delta);

  // Adds the counts to search_terms and deletes words no guide uses any more. Run it inside the
  // import's transaction. Leaves the counts empty.
  void flush();

 private:
  SQLite::Database& db_;
  SQLite::Statement guide_of_source_, guide_text_;
  std::unordered_map<std::string, std::int64_t, parse::TermHash> deltas_;
};

// Recounts search_terms from every stored guide: the step that fills the table when an older
// database is migrated to schema v3.
void rebuild_search_terms(SQLite::Database& db);

}  // namespace careerkb::db
