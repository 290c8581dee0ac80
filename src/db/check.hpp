// `careerkb check` as a library call: the database file verified check by check (schema
// version, integrity_check, foreign_key_check, each FTS5 index's integrity-check), each result
// a row the caller prints. Changes no row.
#pragma once

#include <string>
#include <vector>

namespace careerkb::db {

struct CheckRow {
  std::string name;  // schema_version, integrity_check, foreign_key_check, duties_fts
                     // integrity-check...
  bool ok = false;
  std::string detail;  // why it failed; empty when ok
};

// Runs every check on the file at `path`, in the order above. When the file cannot be opened
// as a current CareerKB database the only row is a failed schema_version (the file is never
// migrated: an old file is reported, not upgraded). Never throws for a bad file: every problem
// is a failed row.
std::vector<CheckRow> check(const std::string& path);

}  // namespace careerkb::db
