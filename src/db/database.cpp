// Opening the CareerKB database: the URI, the pragmas, the checks that the file is ours and of a
// version we understand, and the schema migrations. A file that fails a check is left exactly
// as it was: nothing is written before the checks pass.
#include "db/database.hpp"

#include "db/rank_function.hpp"
#include "db/row_ranges.hpp"

#include <sqlite3.h>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "db/schema_sql.hpp"
#include "db/search_terms.hpp"
#include "db/write_guide.hpp"

namespace careerkb::db {
namespace {

namespace fs = std::filesystem;

// SQLite URI for a file path: absolute (so a path starting with "//" or "file:" cannot be read
// as an authority or a scheme) and percent-encoded except for unreserved characters and '/'.
std::string file_uri(const std::string& path) {
  std::string abs = fs::absolute(fs::path(path)).lexically_normal().string();
  std::string uri = "file:";
  for (unsigned char c : abs) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      uri += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      uri += hex;
    }
  }
  return uri;
}

void db_config(SQLite::Database& db, int option, int value) {
  sqlite3_db_config(db.getHandle(), option, value, nullptr);
}

// How long a connection waits for another one's lock before "database is locked".
constexpr int busy_timeout_ms = 5000;

// Settings every connection gets, before anything is read.
void base_settings(SQLite::Database& db) {
  db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1);
  db.setBusyTimeout(busy_timeout_ms);
  db.exec("PRAGMA trusted_schema=OFF");
  register_rank_function(db);
  register_row_ranges_function(db);
}

struct FileIdentity {
  int application_id = 0;
  int user_version = 0;
  int objects = 0;  // rows of sqlite_schema: 0 for a new, empty file
};

// One statement, so one read transaction: three separate ones could straddle the commit of a
// new file's schema and see its tables without its application_id.
FileIdentity identify(SQLite::Database& db) {
  SQLite::Statement q(db,
                      "SELECT (SELECT application_id FROM pragma_application_id),"
                      " (SELECT user_version FROM pragma_user_version),"
                      " (SELECT count(*) FROM sqlite_schema)");
  q.executeStep();
  FileIdentity id;
  id.application_id = q.getColumn(0).getInt();
  id.user_version = q.getColumn(1).getInt();
  id.objects = q.getColumn(2).getInt();
  return id;
}

std::string too_new(const std::string& path, int version) {
  return "database " + path + " has schema v" + std::to_string(version) +
         ", newer than this careerkb understands (v" + std::to_string(current_schema_version()) +
         "): use a newer careerkb";
}

std::string not_ours(const std::string& path, int app_id) {
  return path + " is not a careerkb database (application_id " + std::to_string(app_id) +
         ", expected " + std::to_string(application_id) + ")";
}

// The names of the triggers our own schema creates ("CREATE TRIGGER duties_ai ...").
std::vector<std::string> schema_trigger_names() {
  std::vector<std::string> names;
  for (const Migration& m : schema_migrations()) {
    std::string_view sql = m.sql;
    constexpr std::string_view marker = "CREATE TRIGGER ";
    for (size_t at = sql.find(marker); at != std::string_view::npos;
         at = sql.find(marker, at + marker.size())) {
      size_t begin = at + marker.size();
      size_t end = sql.find_first_of(" \n(", begin);
      names.emplace_back(sql.substr(begin, end - begin));
    }
  }
  return names;
}

// A writer runs the file's triggers with a trusted schema, so a file someone else made must
// not bring triggers of its own: they would run on our inserts. Views and indexes another tool
// added are harmless to a writer and are left alone.
void refuse_foreign_triggers(SQLite::Database& db, const std::string& path) {
  static const std::vector<std::string> ours = schema_trigger_names();
  SQLite::Statement q(db, "SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name");
  while (q.executeStep()) {
    std::string name = q.getColumn(0).getString();
    if (std::find(ours.begin(), ours.end(), name) == ours.end()) {
      throw DbError(path + " has a trigger careerkb did not create (" + name +
                    "): refusing to write to it");
    }
  }
}

// Switching a file to WAL needs a moment of exclusive access and, unlike a transaction, fails at
// once when another connection is in the way, without the busy handler: writers opening a
// file at the same moment got "database is locked" here (issue #17). So it waits as long as a
// transaction would.
void enter_wal_mode(SQLite::Database& db) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point give_up = Clock::now() + std::chrono::milliseconds(busy_timeout_ms);
  for (;;) {
    try {
      db.exec("PRAGMA journal_mode=WAL");
      return;
    } catch (const SQLite::Exception& e) {
      if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || Clock::now() >= give_up) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

// Creates or migrates the schema under the write lock. Two writers may both have seen a new
// (or old) file: the first to take the lock creates the schema, the other waits (busy timeout)
// and, reading the file again under the lock, finds the version the first committed and has
// nothing left to do. All pending migrations and the new version number commit together: a
// crash or a failed step leaves the file at the version it had.
void migrate(SQLite::Database& db, const std::string& path) {
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  FileIdentity id = identify(db);
  bool is_new = id.application_id == 0 && id.objects == 0;
  if (!is_new && id.application_id != application_id)
    throw DbError(not_ours(path, id.application_id));
  if (id.user_version > current_schema_version()) throw DbError(too_new(path, id.user_version));
  if (!is_new) refuse_foreign_triggers(db, path);
  for (const Migration& m : schema_migrations()) {
    if (m.version <= id.user_version) continue;
    try {
      db.exec(m.sql);
      // v3's dictionary of words is counted from the guides the file already holds.
      if (m.version == 3) rebuild_search_terms(db);
      if (m.version == 5) rekey_careers(db);
      db.exec("PRAGMA user_version = " + std::to_string(m.version));
    } catch (const SQLite::Exception& e) {
      throw DbError(path + ": schema migration " + m.name + " failed: " + e.what());
    }
  }
  tx.commit();
}

// `unfinished_maintenance`: see Database::unfinished_maintenance.
std::unique_ptr<SQLite::Database> open_read_write(const std::string& path,
                                                  bool& unfinished_maintenance) {
  fs::path parent = fs::absolute(fs::path(path)).parent_path();
  std::error_code ec;
  fs::create_directories(parent, ec);
  if (ec) throw DbError("cannot create folder " + parent.string() + ": " + ec.message());

  auto db = std::make_unique<SQLite::Database>(
      file_uri(path), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_URI);
  base_settings(*db);
  // Until the file is known to be ours, closing must not checkpoint a foreign WAL into it.
  db_config(*db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1);

  FileIdentity id = identify(*db);
  bool is_new = id.application_id == 0 && id.objects == 0;
  if (!is_new && id.application_id != application_id)
    throw DbError(not_ours(path, id.application_id));
  if (id.user_version > current_schema_version()) throw DbError(too_new(path, id.user_version));

  if (!is_new) refuse_foreign_triggers(*db, path);
  db_config(*db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0);
  // The schema keeps FTS5 in sync with triggers, and SQLite (through 3.44 at least) does not
  // mark FTS5 innocuous, so writes through those triggers fail with trusted_schema=OFF. The
  // file has just been verified as ours, so the writer trusts its schema; readers keep it OFF.
  db->exec("PRAGMA trusted_schema=ON");
  db->exec("PRAGMA foreign_keys=ON");
  // WAL while writing, so searches keep reading during a long import; import (and check) put
  // the file back in rollback-journal mode when done, so it rests as one file.
  // 16 KiB pages for a new file (measured: about a tenth less import time than 4 KiB, as
  // section texts and FTS5 segments span fewer overflow pages). Fixed once the file exists.
  if (is_new) db->exec("PRAGMA page_size=16384");
  unfinished_maintenance = !is_new && db->execAndGet("PRAGMA journal_mode").getString() == "wal";
  enter_wal_mode(*db);
  db->exec("PRAGMA synchronous=NORMAL");
  // 32 MiB of page cache for the writer (SQLite's default is 2 MiB): a long import otherwise
  // spills the same FTS5 and B-tree pages to the WAL again and again (measured: 5% of import
  // CPU). Readers keep the default.
  db->exec("PRAGMA cache_size=-32768");

  if (id.user_version < current_schema_version()) migrate(*db, path);
  return db;
}

std::unique_ptr<SQLite::Database> connect_read_only(const std::string& path) {
  auto db = std::make_unique<SQLite::Database>(file_uri(path) + "?mode=ro",
                                               SQLite::OPEN_READONLY | SQLite::OPEN_URI);
  base_settings(*db);
  db->exec("PRAGMA foreign_keys=ON");
  return db;
}

std::unique_ptr<SQLite::Database> open_read_only(const std::string& path) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (!fs::exists(status)) throw DbError("no database at " + path + ": run careerkb import first");
  if (fs::is_directory(status)) throw DbError(path + " is a folder, not a database file");

  std::unique_ptr<SQLite::Database> db = connect_read_only(path);
  // The first statement that reads the file: see the catch.
  FileIdentity id;
  try {
    id = identify(*db);
  } catch (const SQLite::Exception& e) {
    if ((e.getErrorCode() & 0xff) != SQLITE_READONLY || !fs::exists(path + "-journal", ec)) throw;
    // A writer killed in rollback-journal mode (another tool, or careerkb while it switches
    // the file back from WAL) leaves a hot journal, which only a connection allowed to write
    // can roll back (SQLite does it on the first read, as any SQLite program opening the file
    // would). The file then holds its last committed state, and the read-only connection can
    // read it.
    {
      SQLite::Database recover(file_uri(path), SQLite::OPEN_READWRITE | SQLite::OPEN_URI);
      recover.setBusyTimeout(5000);
      recover.execAndGet("SELECT count(*) FROM sqlite_schema");
      // Killed while switching from WAL, the restored header may say WAL: put the file back in
      // its resting mode, which read-only connections can open.
      recover.execAndGet("PRAGMA journal_mode=DELETE");
    }
    db = connect_read_only(path);
    id = identify(*db);
  }
  if (id.application_id == 0 && id.objects == 0)
    throw DbError("database " + path + " is empty: run careerkb import first");
  if (id.application_id != application_id) throw DbError(not_ours(path, id.application_id));
  if (id.user_version > current_schema_version()) throw DbError(too_new(path, id.user_version));
  if (id.user_version < current_schema_version())
    throw DbError("database " + path + " has schema v" + std::to_string(id.user_version) +
                  ", this careerkb needs v" + std::to_string(current_schema_version()) +
                  ": run careerkb import to migrate it");
  // A search front end keeps its connection open: with SQLite's 2 MiB default, the doclists of
  // one common-word search no longer fit, and every search read them again (a --by career
  // search on 10k guides: 55-65 ms, 40 ms with 32 MiB). Pages are only taken as they are read.
  db->exec("PRAGMA cache_size=-32768");
  return db;
}

}  // namespace

Database::Database(const std::string& path, OpenMode mode) : path_(path) {
  try {
    db_ = mode == OpenMode::read_only ? open_read_only(path)
                                      : open_read_write(path, unfinished_maintenance_);
  } catch (const SQLite::Exception& e) {
    // "file is not a database", "unable to open database file"...: name the file.
    throw DbError(path + ": " + e.what());
  }
}

int Database::schema_version() {
  return db_->execAndGet("PRAGMA user_version").getInt();
}

std::vector<std::string> fts_table_names(SQLite::Database& db) {
  std::vector<std::string> names;
  SQLite::Statement q(db,
                      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE '%\\_fts' "
                      "ESCAPE '\\' AND sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name");
  while (q.executeStep()) names.push_back(q.getColumn(0).getString());
  return names;
}

int current_schema_version() {
  int version = 0;
  for (const Migration& m : schema_migrations()) version = std::max(version, m.version);
  return version;
}

}  // namespace careerkb::db
