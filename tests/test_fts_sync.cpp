// The import pauses FTS5's automerge while it writes (fts_sync.hpp) and must leave each index's
// setting as it found it, also when the import fails.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "db/database.hpp"
#include "db/import.hpp"
#include "db_test_util.hpp"

using namespace careerkb;
using careerkb::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string automerge(SQLite::Database& db, const std::string& fts) {
  SQLite::Statement st(db, "SELECT v FROM " + fts + "_config WHERE k = 'automerge'");
  return st.executeStep() ? st.getColumn(0).getString() : "(unset)";
}

}  // namespace

TEST_CASE("an import leaves each FTS index's automerge setting as it was") {
  TempDir dir;
  const std::string guides = (dir.path / "guides").string();
  fs::create_directories(guides);
  fs::copy(std::string(CAREERKB_SOURCE_DIR) + "/import/medical-assistant.md", guides);
  db::Database database((dir.path / "t.db").string(), db::OpenMode::read_write);
  SQLite::Database& db = database.sql();

  db::import_paths(database, {guides}, db::ImportOptions{});
  for (const std::string& fts : db::fts_table_names(db)) {
    CAPTURE(fts);
    CHECK(automerge(db, fts) == "4");  // FTS5's default, written back
  }

  db.exec("INSERT INTO duties_fts(duties_fts, rank) VALUES('automerge', 7)");
  fs::copy(std::string(CAREERKB_SOURCE_DIR) + "/import/phlebotomist.md", guides);
  db::ImportReport report = db::import_paths(database, {guides}, db::ImportOptions{});
  CHECK(report.imported == 1);
  CHECK(automerge(db, "duties_fts") == "7");
  CHECK(automerge(db, "skills_fts") == "4");

  // A strict import that fails after replacing a changed guide (which pauses merging) rolls
  // back, setting included.
  const std::string changed = guides + "/medical-assistant.md";
  test::spit(changed, test::slurp(changed) + "\nOne more line about patient intake.\n");
  test::spit(guides + "/zz-empty.txt", "   \n");
  db::ImportOptions strict;
  strict.strict = true;
  CHECK_THROWS(db::import_paths(database, {guides}, strict));
  CHECK(automerge(db, "duties_fts") == "7");
  CHECK(automerge(db, "skills_fts") == "4");
}
