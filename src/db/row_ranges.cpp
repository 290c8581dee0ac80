// See row_ranges.hpp.
#include "db/row_ranges.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace careerkb::db {
namespace {

void rowid_in(sqlite3_context* out, int, sqlite3_value** argv) {
  const std::int64_t rowid = sqlite3_value_int64(argv[0]);
  // The ranges argument is the same for every row of a statement: decoded once, and kept as
  // SQLite's auxiliary data on that argument.
  if (const auto* kept = static_cast<const RowRanges*>(sqlite3_get_auxdata(out, 1))) {
    sqlite3_result_int(out, kept->contains(rowid) ? 1 : 0);
    return;
  }
  auto* ranges = new RowRanges(RowRanges::from_blob(
      sqlite3_value_blob(argv[1]), static_cast<size_t>(sqlite3_value_bytes(argv[1]))));
  sqlite3_result_int(out, ranges->contains(rowid) ? 1 : 0);
  // Last: SQLite may delete `ranges` before this returns.
  sqlite3_set_auxdata(out, 1, ranges, [](void* p) { delete static_cast<RowRanges*>(p); });
}

}  // namespace

void RowRanges::add(std::int64_t first, std::int64_t last) {
  if (last < first) std::swap(first, last);
  sorted_ = sorted_ && (ranges_.empty() || ranges_.back().second < first);
  ranges_.emplace_back(first, last);
}

void RowRanges::normalize() const {
  if (sorted_) return;
  std::sort(ranges_.begin(), ranges_.end());
  std::vector<std::pair<std::int64_t, std::int64_t>> merged;
  for (const auto& r : ranges_) {
    if (!merged.empty() && r.first <= merged.back().second)
      merged.back().second = std::max(merged.back().second, r.second);
    else
      merged.push_back(r);
  }
  ranges_ = std::move(merged);
  sorted_ = true;
}

bool RowRanges::contains(std::int64_t rowid) const {
  normalize();
  // Sorted and disjoint: only the last range starting at or before `rowid` can hold it.
  auto after = std::upper_bound(ranges_.begin(), ranges_.end(), rowid,
                                [](std::int64_t id, const auto& r) { return id < r.first; });
  return after != ranges_.begin() && rowid <= std::prev(after)->second;
}

std::string RowRanges::blob() const {
  normalize();
  std::string out(ranges_.size() * 2 * sizeof(std::int64_t), '\0');
  char* at = out.data();
  for (const auto& [first, last] : ranges_) {
    std::memcpy(at, &first, sizeof first);
    std::memcpy(at + sizeof first, &last, sizeof last);
    at += 2 * sizeof(std::int64_t);
  }
  return out;
}

RowRanges RowRanges::from_blob(const void* data, std::size_t bytes) {
  RowRanges ranges;
  const auto* at = static_cast<const char*>(data);
  constexpr size_t pair_size = 2 * sizeof(std::int64_t);
  for (size_t i = 0; at && i + pair_size <= bytes; i += pair_size) {
    std::int64_t first = 0, last = 0;
    std::memcpy(&first, at + i, sizeof first);
    std::memcpy(&last, at + i + sizeof first, sizeof last);
    ranges.add(first, last);
  }
  return ranges;
}

RowRanges guide_row_ranges(SQLite::Database& db, const std::string& table,
                           const std::vector<std::int64_t>& guide_ids) {
  RowRanges ranges;
  SQLite::Statement st(db, "SELECT min(id), max(id) FROM \"" + table + "\" WHERE guide_id = ?");
  for (std::int64_t guide : guide_ids) {
    st.reset();
    st.bind(1, static_cast<int64_t>(guide));
    if (st.executeStep() && !st.getColumn(0).isNull())
      ranges.add(st.getColumn(0).getInt64(), st.getColumn(1).getInt64());
  }
  return ranges;
}

void register_row_ranges_function(SQLite::Database& db) {
  if (sqlite3_create_function(db.getHandle(), "careerkb_rowid_in", 2,
                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                              rowid_in, nullptr, nullptr) != SQLITE_OK)
    throw std::runtime_error("cannot register careerkb_rowid_in");
}

}  // namespace careerkb::db
