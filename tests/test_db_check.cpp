// db::check, the core of `careerkb check`: every check passes on a fresh import, an FTS index
// out of step with its content table fails its own row (and only it), and a file that is no
// database is one failed schema_version row.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "db/check.hpp"
#include "db/database.hpp"
#include "db/import.hpp"
#include "db_test_util.hpp"

using namespace careerkb;
using careerkb::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string imported_db(TempDir& dir) {
  const std::string path = dir.file("kb.db");
  db::Database database(path, db::OpenMode::read_write);
  db::import_paths(database, {std::string(CAREERKB_SOURCE_DIR) + "/import/phlebotomist.md"},
                   db::ImportOptions{});
  return path;
}

std::vector<std::string> failed(const std::vector<db::CheckRow>& rows) {
  std::vector<std::string> names;
  for (const db::CheckRow& row : rows) {
    CHECK(row.ok == row.detail.empty());
    if (!row.ok) names.push_back(row.name);
  }
  return names;
}

}  // namespace

TEST_CASE("check: a fresh import passes every check, FTS indexes included") {
  TempDir dir;
  std::vector<db::CheckRow> rows = db::check(imported_db(dir));
  REQUIRE(rows.size() == 3 + 6);
  CHECK(rows[0].name == "schema_version");
  CHECK(rows[1].name == "integrity_check");
  CHECK(rows[2].name == "foreign_key_check");
  CHECK(std::any_of(rows.begin(), rows.end(),
                    [](const db::CheckRow& r) { return r.name == "duties_fts integrity-check"; }));
  CHECK(failed(rows).empty());
}

TEST_CASE("check: an FTS index entry with no content row fails that index's check") {
  TempDir dir;
  const std::string path = imported_db(dir);
  {
    db::Database database(path, db::OpenMode::read_write);
    // Written past the triggers, as a tool editing the index directly could: duties has no
    // row 999999, so the index no longer matches its content table.
    database.sql().exec("INSERT INTO duties_fts (rowid, text) VALUES (999999, 'phantom duty')");
  }
  std::vector<db::CheckRow> rows = db::check(path);
  CHECK(failed(rows) == std::vector<std::string>{"duties_fts integrity-check"});
}

TEST_CASE("check: a missing file or a file that is not ours is one failed schema_version row") {
  TempDir dir;
  std::vector<db::CheckRow> missing = db::check(dir.file("missing.db"));
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].name == "schema_version");
  CHECK_FALSE(missing[0].ok);
  CHECK_FALSE(missing[0].detail.empty());
  CHECK_FALSE(fs::exists(dir.file("missing.db")));

  test::spit(dir.file("notes.db"), "not a database at all, just text\n");
  std::vector<db::CheckRow> foreign = db::check(dir.file("notes.db"));
  REQUIRE(foreign.size() == 1);
  CHECK_FALSE(foreign[0].ok);
}
