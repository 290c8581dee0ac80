// Shipping a database: a compact copy of the knowledge base for other tools, written with
// VACUUM INTO from a read-only connection, so the source file is never modified.
#pragma once

#include <cstdint>
#include <string>

namespace careerkb::db {

struct ShipReport {
  std::uint64_t source_bytes = 0;
  std::uint64_t shipped_bytes = 0;
};

// Writes a defragmented copy of the database at `from` to `to`, in rollback-journal mode and
// checked with quick_check. Refuses (DbError) when `to` exists unless `overwrite` is set, and
// when `from` is not a current CareerKB database.
ShipReport ship_database(const std::string& from, const std::string& to, bool overwrite);

}  // namespace careerkb::db
