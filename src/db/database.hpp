// One Database class owns the SQLite connection: opening (read-only or read-write), the
// pragmas, the schema and its migrations. Nothing else opens the file.
#pragma once

#include <SQLiteCpp/Database.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace careerkb::db {

// An error about the database file itself (not ours, too new, corrupt...). Message names the file.
class DbError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class OpenMode {
  read_only,   // searches and listings: never writes, never migrates (mode=ro)
  read_write,  // import: creates the file and its folder if missing, migrates an older schema
};

constexpr int application_id = 0x434B4442;  // "CKDB", see schema/001_init.sql

class Database {
 public:
  Database(const std::string& path, OpenMode mode);

  SQLite::Database& sql() { return *db_; }
  const std::string& path() const { return path_; }
  int schema_version();  // PRAGMA user_version
  // Read-write only: the file was found in WAL mode, where a writer that finished leaves it
  // only when its steps after the commit (index merge, checkpoint) did not all run (a full
  // disk, a kill, a reader in the way). The next import runs them again.
  bool unfinished_maintenance() const { return unfinished_maintenance_; }

 private:
  std::string path_;
  bool unfinished_maintenance_ = false;
  std::unique_ptr<SQLite::Database> db_;
};

int current_schema_version();  // the highest schema/NNN_*.sql compiled in

// The FTS5 tables of the file (duties_fts, skills_fts...), by name, for maintenance and checks.
std::vector<std::string> fts_table_names(SQLite::Database& db);

}  // namespace careerkb::db
