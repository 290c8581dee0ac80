// Storage failures (issue #17 item 2): which SQLite errors stop an import, and the messages
// that say where to free space and whether anything was written.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include "db/storage_failure.hpp"
#include "db_test_util.hpp"

using namespace careerkb;

TEST_CASE("storage failure: a full disk or an I/O error stops the run, a constraint does not") {
  CHECK(db::is_storage_failure(SQLite::Exception("database or disk is full", SQLITE_FULL)));
  CHECK(db::is_storage_failure(SQLite::Exception("disk I/O error", SQLITE_IOERR_WRITE)));
  CHECK_FALSE(
      db::is_storage_failure(SQLite::Exception("CHECK constraint failed", SQLITE_CONSTRAINT)));
}

TEST_CASE("storage failure: the messages name the file, the folder and the outcome") {
  test::TempDir dir;
  std::string path = dir.file("kb.db");
  std::string folder = std::filesystem::absolute(path).parent_path().string();
  SQLite::Exception full("database or disk is full", SQLITE_FULL);
  std::string before = db::nothing_written_message(path, full);
  CHECK(before.rfind(path + ": database or disk is full: free space on " + folder + " (", 0) == 0);
  CHECK(before.find("free after the rollback") != std::string::npos);
  CHECK(before.find(", then run the import again; nothing was written") != std::string::npos);
  std::string after = db::committed_message("ANALYZE", path, full);
  CHECK(after.rfind("ANALYZE failed (" + path + ": database or disk is full: free space on ", 0) ==
        0);
  CHECK(after.find("the guides were committed") != std::string::npos);
  SQLite::Exception locked("database is locked", SQLITE_BUSY);
  CHECK(db::nothing_written_message(path, locked) ==
        path + ": database is locked; nothing was written");
}
