// The checks of `careerkb check`. The read-only open proves the file is ours and current; the
// FTS5 checks need a read-write connection, because FTS5 spells its integrity-check as an
// INSERT.
#include "db/check.hpp"

#include <SQLiteCpp/Statement.h>

#include <memory>

#include "db/database.hpp"

namespace careerkb::db {
namespace {

class Checks {
 public:
  std::vector<CheckRow> rows;

  // Runs one check: `fn` returns "" when it passes, else the failure detail.
  template <class Fn>
  void run(const std::string& name, Fn fn) {
    std::string detail;
    try {
      detail = fn();
    } catch (const std::exception& e) {
      detail = e.what();
    }
    rows.push_back({name, detail.empty(), detail});
  }
};

std::string integrity(SQLite::Database& db) {
  SQLite::Statement q(db, "PRAGMA integrity_check");
  std::string problems;
  while (q.executeStep()) {
    std::string row = q.getColumn(0).getString();
    if (row != "ok") problems += (problems.empty() ? "" : "; ") + row;
  }
  return problems;
}

std::string foreign_keys(SQLite::Database& db) {
  SQLite::Statement q(db, "PRAGMA foreign_key_check");
  std::string problems;
  int count = 0;
  while (q.executeStep()) {
    if (++count <= 5)
      problems += (problems.empty() ? "" : "; ") + q.getColumn(0).getString() + " row " +
                  q.getColumn(1).getString() + " refers to a missing " +
                  q.getColumn(2).getString() + " row";
  }
  if (count > 5) problems += "; and " + std::to_string(count - 5) + " more";
  return problems;
}

}  // namespace

std::vector<CheckRow> check(const std::string& path) {
  Checks checks;
  std::unique_ptr<Database> reader;
  checks.run("schema_version", [&] {
    reader = std::make_unique<Database>(path, OpenMode::read_only);
    return std::string();
  });
  if (!reader) return checks.rows;
  checks.run("integrity_check", [&] { return integrity(reader->sql()); });
  checks.run("foreign_key_check", [&] { return foreign_keys(reader->sql()); });
  std::vector<std::string> tables = fts_table_names(reader->sql());
  reader.reset();

  // The schema version was verified above, so this read-write open has nothing to migrate; the
  // integrity-check command itself changes no row.
  std::unique_ptr<Database> writer;
  std::string open_error;
  try {
    writer = std::make_unique<Database>(path, OpenMode::read_write);
  } catch (const std::exception& e) {
    open_error = std::string("cannot open read-write: ") + e.what();
  }
  for (const std::string& table : tables) {
    checks.run(table + " integrity-check", [&] {
      if (!writer) return open_error;
      writer->sql().exec("INSERT INTO \"" + table + "\"(\"" + table +
                         "\", rank) VALUES('integrity-check', 1)");
      return std::string();
    });
  }
  // The read-write open switched the file to WAL; leave it one file again, as import does,
  // unless it was in WAL mode already: an import's steps after its commit are then still to
  // do, and WAL mode is what tells the next import to run them.
  if (writer && !writer->unfinished_maintenance()) {
    try {
      writer->sql().exec("PRAGMA journal_mode=DELETE");
    } catch (const std::exception&) {  // busy with a reader: still consistent, just WAL
    }
  }
  return checks.rows;
}

}  // namespace careerkb::db
