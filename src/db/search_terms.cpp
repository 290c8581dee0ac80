// The search_terms bookkeeping: reading a stored guide's words back, and the once-per-import
// upsert of the counted words. Upserts go in term order, so SQLite appends to its B-tree pages
// instead of jumping between them.
#include "db/search_terms.hpp"

#include <algorithm>
#include <utility>

namespace careerkb::db {
namespace {

// Every FTS-indexed column of one guide (?1 = guides.id): what parse::distinct_terms reads.
constexpr const char* guide_text_sql =
    "SELECT text FROM duties WHERE guide_id = ?1 "
    "UNION ALL SELECT text FROM skills WHERE guide_id = ?1 "
    "UNION ALL SELECT name FROM tools WHERE guide_id = ?1 "
    "UNION ALL SELECT name FROM certifications WHERE guide_id = ?1 "
    "UNION ALL SELECT body FROM certifications WHERE guide_id = ?1 AND body IS NOT NULL "
    "UNION ALL SELECT heading FROM sections WHERE guide_id = ?1 "
    "UNION ALL SELECT text FROM sections WHERE guide_id = ?1 "
    "UNION ALL SELECT question FROM faqs WHERE guide_id = ?1 "
    "UNION ALL SELECT answer FROM faqs WHERE guide_id = ?1";

}  // namespace

SearchTermCounts::SearchTermCounts(SQLite::Database& db)
    : db_(db),
      guide_of_source_(db, "SELECT id FROM guides WHERE source_id = ?"),
      guide_text_(db, guide_text_sql) {
  deltas_.reserve(1 << 14);  // a run's distinct words, mostly without a rehash
}

std::vector<std::string> SearchTermCounts::terms_of_guide(std::int64_t guide_id) {
  parse::TermCollector terms;
  guide_text_.tryReset();
  guide_text_.bind(1, guide_id);
  while (guide_text_.executeStep()) {
    SQLite::Column text = guide_text_.getColumn(0);
    terms.add(std::string_view(text.getText(), static_cast<std::size_t>(text.getBytes())));
  }
  guide_text_.reset();
  return terms.take();
}

std::vector<std::string> SearchTermCounts::stored_terms(std::int64_t source_id) {
  guide_of_source_.tryReset();
  guide_of_source_.bind(1, source_id);
  if (!guide_of_source_.executeStep()) return {};
  std::int64_t guide_id = guide_of_source_.getColumn(0).getInt64();
  guide_of_source_.reset();
  return terms_of_guide(guide_id);
}

void SearchTermCounts::count(const std::vector<std::string>& terms, int delta) {
  for (const std::string& term : terms) deltas_[term] += delta;
}

void SearchTermCounts::flush() {
  std::vector<std::pair<std::string, std::int64_t>> sorted(deltas_.begin(), deltas_.end());
  deltas_.clear();
  std::sort(sorted.begin(), sorted.end());
  SQLite::Statement add(db_,
                        "INSERT INTO search_terms (term, guides) VALUES (?, ?) "
                        "ON CONFLICT (term) DO UPDATE SET guides = guides + excluded.guides");
  // A word counted out more often than in (a producer that left LoadedGuide::terms empty, say)
  // would go below zero: such rows are deleted like the ones that reach zero.
  SQLite::Statement drop_unused(db_, "DELETE FROM search_terms WHERE term = ? AND guides <= 0");
  for (const auto& [term, delta] : sorted) {
    if (delta == 0) continue;
    add.bind(1, term);
    add.bind(2, delta);
    add.exec();
    add.reset();
    if (delta < 0) {
      drop_unused.bind(1, term);
      drop_unused.exec();
      drop_unused.reset();
    }
  }
}

void rebuild_search_terms(SQLite::Database& db) {
  db.exec("DELETE FROM search_terms");
  std::vector<std::int64_t> guide_ids;
  SQLite::Statement guides(db, "SELECT id FROM guides ORDER BY id");
  while (guides.executeStep()) guide_ids.push_back(guides.getColumn(0).getInt64());
  SearchTermCounts counts(db);
  for (std::int64_t id : guide_ids) counts.count(counts.terms_of_guide(id), +1);
  counts.flush();
}

}  // namespace careerkb::db
