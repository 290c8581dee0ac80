// `careerkb check`: verifies the database file, one line per check (`ok   NAME` or
// `FAIL NAME: detail`): schema version, integrity_check, foreign_key_check and each FTS5
// index's integrity-check. Exit 0 when all pass, 2 when any fails.
#include <SQLiteCpp/Statement.h>

#include <iostream>
#include <memory>
#include <vector>

#include "cli/commands.hpp"
#include "db/database.hpp"

namespace careerkb::cli {
namespace {

struct CheckCliOptions {
  std::string db;
};

class Checks {
 public:
  bool all_ok = true;

  // Runs one check: `fn` returns "" when it passes, else the failure detail.
  template <class Fn>
  void run(const std::string& name, Fn fn) {
    std::string detail;
    try {
      detail = fn();
    } catch (const std::exception& e) {
      detail = e.what();
    }
    if (detail.empty()) {
      std::cout << "ok   " << name << "\n";
    } else {
      all_ok = false;
      std::cout << "FAIL " << name << ": " << detail << "\n";
    }
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

int run_check(const CheckCliOptions& o) {
  const std::string path = resolve_db_path(o.db);
  Checks checks;
  // The read-only open checks that the file exists, is ours and has the current schema; it
  // never migrates, so an old file is reported, not upgraded.
  std::unique_ptr<db::Database> reader;
  checks.run("schema_version", [&] {
    reader = std::make_unique<db::Database>(path, db::OpenMode::read_only);
    return std::string();
  });
  if (!reader) return 2;
  checks.run("integrity_check", [&] { return integrity(reader->sql()); });
  checks.run("foreign_key_check", [&] { return foreign_keys(reader->sql()); });
  std::vector<std::string> tables = db::fts_table_names(reader->sql());
  reader.reset();

  // FTS5's integrity-check is spelled as an INSERT, which a read-only connection refuses. The
  // schema version was verified above, so this read-write open has nothing to migrate; the
  // command itself changes no row.
  std::unique_ptr<db::Database> writer;
  std::string open_error;
  try {
    writer = std::make_unique<db::Database>(path, db::OpenMode::read_write);
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
  // The read-write open switched the file to WAL; leave it one file again, as import does.
  if (writer) {
    try {
      writer->sql().exec("PRAGMA journal_mode=DELETE");
    } catch (const std::exception&) {  // busy with a reader: still consistent, just WAL
    }
  }
  return checks.all_ok ? 0 : 2;
}

}  // namespace

Runner setup_check(CLI::App& app) {
  auto o = std::make_shared<CheckCliOptions>();
  CLI::App* sub = app.add_subcommand(
      "check", "Verify the database: schema version, integrity, foreign keys, FTS indexes");
  sub->add_option("--db", o->db, "database file (default: $CAREERKB_DB, else db/careers.db)");
  sub->footer(
      "Prints `ok   NAME` or `FAIL NAME: detail` per check. Exit status: 0 when every "
      "check passes, 2 when any fails.");
  return [o] { return run_check(*o); };
}

}  // namespace careerkb::cli
