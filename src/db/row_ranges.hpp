// careerkb_rowid_in(rowid, ranges): whether a rowid lies in one of a set of ranges, the set
// bound as a blob (RowRanges::blob) and decoded once per statement. A search restricted to a few
// guides (a career the query names, or the few careers a filter lets through) uses it inside the
// FTS5 statement, so only those guides' rows are ranked. The rows of one guide are written
// together, so in each table they form one short range of ids; a range may also hold other guides'
// rows (ids are reused after a guide is replaced), so callers still check the guide itself after
// ranking.
//
//   SELECT rowid, careerkb_rank(duties_fts) FROM duties_fts
//    WHERE duties_fts MATCH ? AND careerkb_rowid_in(rowid, ?)   -- ? bound to ranges.blob()
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace careerkb::db {

class RowRanges {
 public:
  void add(std::int64_t first, std::int64_t last);  // inclusive; any order, may overlap
  bool contains(std::int64_t rowid) const;
  bool empty() const { return ranges_.empty(); }
  // The ranges, sorted and merged, as native-endian int64 pairs: what careerkb_rowid_in takes.
  std::string blob() const;
  static RowRanges from_blob(const void* data, std::size_t bytes);

 private:
  void normalize() const;
  mutable std::vector<std::pair<std::int64_t, std::int64_t>> ranges_;
  mutable bool sorted_ = true;
};

// The id ranges of the given guides' rows in `table` (a fact table with guide_id and its
// <table>_guide index), one range per guide.
RowRanges guide_row_ranges(SQLite::Database& db, const std::string& table,
                           const std::vector<std::int64_t>& guide_ids);

// Registers careerkb_rowid_in on the connection.
void register_row_ranges_function(SQLite::Database& db);

}  // namespace careerkb::db
