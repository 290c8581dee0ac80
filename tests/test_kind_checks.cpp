// Schema v6 (schema/006_kind_checks.sql): sections.kind and salary_facts.kind admit exactly the
// names of parse::SectionKind and parse::SalaryKind, plain SQL cannot store another, and the
// migration from a v1 or v5 file keeps every row, its kind and the sections index as they were.
#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "db/database.hpp"
#include "db/schema_sql.hpp"
#include "db_test_util.hpp"
#include "parse/kinds.hpp"

using namespace careerkb;
using careerkb::test::TempDir;
namespace fs = std::filesystem;

namespace {

// The quoted names of the `kind IN (...)` CHECK in the table's definition as stored.
std::set<std::string> checked_kinds(SQLite::Database& sql, const std::string& table) {
  std::string ddl =
      sql.execAndGet("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = '" + table +
                     "'")
          .getString();
  size_t at = ddl.find("CHECK (kind IN (");
  REQUIRE(at != std::string::npos);
  std::string list = ddl.substr(at, ddl.find(')', at) - at);
  std::set<std::string> names;
  for (size_t open = list.find('\''); open != std::string::npos;) {
    size_t close = list.find('\'', open + 1);
    names.insert(list.substr(open + 1, close - open - 1));
    open = list.find('\'', close + 1);
  }
  return names;
}

template <class Kind, size_t N>
std::set<std::string> all_names(const parse::KindName<Kind> (&names)[N]) {
  std::set<std::string> out;
  for (const parse::KindName<Kind>& row : names) out.insert(row.name);
  return out;
}

// id -> kind of every row of `table`.
std::map<std::int64_t, std::string> kinds_by_id(SQLite::Database& sql, const std::string& table) {
  std::map<std::int64_t, std::string> kinds;
  SQLite::Statement q(sql, "SELECT id, kind FROM " + table);
  while (q.executeStep()) kinds[q.getColumn(0).getInt64()] = q.getColumn(1).getString();
  return kinds;
}

void sections_index_is_true(SQLite::Database& sql) {
  CHECK_NOTHROW(
      sql.exec("INSERT INTO sections_fts(sections_fts, rank) VALUES('integrity-check', 1)"));
}

int sections_matching(SQLite::Database& sql, const std::string& word) {
  return sql.execAndGet("SELECT count(*) FROM sections_fts WHERE sections_fts MATCH '" + word + "'")
      .getInt();
}

const char* const insert_section =
    "INSERT INTO sections (guide_id, ordinal, heading, level, kind, text, line) "
    "VALUES (1, 99, 'Extra', 2, ?, 'zyxwv words', 1)";
const char* const insert_salary =
    "INSERT INTO salary_facts (guide_id, kind, amount, currency, period, original_text, line) "
    "VALUES (1, ?, 1000, 'USD', 'annual', 'text', 1)";

void run(SQLite::Database& sql, const char* statement, const std::string& kind) {
  SQLite::Statement st(sql, statement);
  st.bind(1, kind);
  st.exec();
}

// A file as careerkb v5 wrote it: migrations 001-005 (whose C++ steps have nothing to do on an
// empty file), then rows put in by plain SQL with foreign keys off, as the sqlite3 shell has
// them: a kind no careerkb wrote in each table, and a section whose guide was deleted.
void write_v5_file(const std::string& path) {
  SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  for (const db::Migration& m : db::schema_migrations())
    if (m.version <= 5) raw.exec(m.sql);
  raw.exec("PRAGMA user_version = 5");
  raw.exec(R"(
    INSERT INTO sources (id, path, sha256, bytes, format, encoding, imported_at)
      VALUES (1, '/guides/a.md', 'sha', 10, 'markdown', 'utf-8', '2026-01-01T00:00:00Z');
    INSERT INTO careers (id, name, normalized_name) VALUES (1, 'Phlebotomist', 'phlebotomist');
    INSERT INTO guides (id, source_id, career_id, title) VALUES (1, 1, 1, 'Phlebotomist');
    INSERT INTO sections (id, guide_id, ordinal, heading, level, kind, text, line) VALUES
      (1, 1, 0, 'Phlebotomist', 1, 'overview', 'Phlebotomists draw blood.', 1),
      (2, 1, 1, 'Pay', 2, 'salary', 'The median pay is $40,000.', 5),
      (3, 1, 2, 'Perks', 2, 'perks', 'Free parking.', 9),
      (4, 7, 0, 'Left behind', 2, 'duties', 'Orphaned tourniquet.', 1);
    INSERT INTO salary_facts (id, guide_id, kind, amount, currency, period, amount_annual_usd,
                              original_text, line) VALUES
      (1, 1, 'median', 40000, 'USD', 'annual', 40000, 'The median pay is $40,000.', 5),
      (2, 1, 'tips', 300, 'USD', 'monthly', 3600, 'Tips: $300 a month.', 6);
  )");
}

}  // namespace

TEST_CASE("kind checks: the schema admits exactly the names of kinds.hpp") {
  TempDir dir;
  db::Database database(dir.file("kb.db"), db::OpenMode::read_write);
  std::set<std::string> sections = all_names(parse::section_kind_names);
  sections.erase(parse::to_string(parse::SectionKind::boilerplate));  // parse_guide drops those
  CHECK(checked_kinds(database.sql(), "sections") == sections);
  CHECK(checked_kinds(database.sql(), "salary_facts") == all_names(parse::salary_kind_names));
}

TEST_CASE("kind checks: plain SQL cannot store an unknown section or salary kind") {
  TempDir dir;
  std::string path = dir.file("v5.db");
  write_v5_file(path);
  { db::Database migrate(path, db::OpenMode::read_write); }
  SQLite::Database sql(path, SQLite::OPEN_READWRITE);
  for (std::string kind : {"perks", "Salary", "", "boilerplate"}) {
    CAPTURE(kind);
    CHECK_THROWS_WITH_AS(run(sql, insert_section, kind), doctest::Contains("CHECK constraint"),
                         SQLite::Exception);
  }
  for (std::string kind : {"tips", "Median", "", "specialization"}) {
    CAPTURE(kind);
    CHECK_THROWS_WITH_AS(run(sql, insert_salary, kind), doctest::Contains("CHECK constraint"),
                         SQLite::Exception);
  }
  CHECK_THROWS_AS(sql.exec("UPDATE sections SET kind = 'perks' WHERE id = 1"), SQLite::Exception);
  CHECK_THROWS_AS(sql.exec("UPDATE salary_facts SET kind = 'tips' WHERE id = 1"),
                  SQLite::Exception);
  CHECK(sections_matching(sql, "zyxwv") == 0);

  // Known kinds go in, and the recreated triggers keep the index in step.
  run(sql, insert_section, "day_in_life");
  run(sql, insert_salary, "range_low");
  CHECK(sections_matching(sql, "zyxwv") == 1);
  sql.exec("UPDATE sections SET text = 'qwertyq words' WHERE ordinal = 99");
  CHECK(sections_matching(sql, "zyxwv") == 0);
  CHECK(sections_matching(sql, "qwertyq") == 1);
  sql.exec("DELETE FROM sections WHERE ordinal = 99");
  CHECK(sections_matching(sql, "qwertyq") == 0);
  sections_index_is_true(sql);
}

TEST_CASE("kind checks: migrating a v5 file keeps every row, an orphan too, and the index") {
  TempDir dir;
  std::string path = dir.file("v5.db");
  write_v5_file(path);
  db::Database database(path, db::OpenMode::read_write);
  SQLite::Database& sql = database.sql();
  CHECK(database.schema_version() == 6);
  CHECK(kinds_by_id(sql, "sections") ==
        std::map<std::int64_t, std::string>{
            {1, "overview"}, {2, "salary"}, {3, "other"}, {4, "duties"}});
  CHECK(kinds_by_id(sql, "salary_facts") ==
        std::map<std::int64_t, std::string>{{1, "median"}, {2, "other"}});
  CHECK(sql.execAndGet("SELECT guide_id FROM sections WHERE id = 4").getInt() == 7);
  CHECK(sql.execAndGet("SELECT text FROM sections WHERE id = 3").getString() == "Free parking.");
  sections_index_is_true(sql);
  CHECK(sections_matching(sql, "parking") == 1);
  CHECK(sections_matching(sql, "tourniquet") == 1);
  // The migration committed with foreign keys on: only the orphan a v5 edit made is left over.
  CHECK(sql.execAndGet("SELECT count(*) FROM pragma_foreign_key_check('sections')").getInt() == 1);
  CHECK(sql.execAndGet("PRAGMA defer_foreign_keys").getInt() == 0);
}

TEST_CASE("kind checks: migrating the v1 file keeps every section and salary fact as it was") {
  TempDir dir;
  std::string path = dir.file("v1.db");
  fs::copy_file(CAREERKB_SOURCE_DIR "/tests/data/v1.db", path);
  std::map<std::int64_t, std::string> sections, salaries;
  std::string section_rows;
  {
    SQLite::Database v1(path, SQLite::OPEN_READONLY);
    sections = kinds_by_id(v1, "sections");
    salaries = kinds_by_id(v1, "salary_facts");
    section_rows = v1.execAndGet("SELECT group_concat(id || heading || text || line) FROM sections")
                       .getString();
  }
  REQUIRE(sections.size() > 20);
  db::Database database(path, db::OpenMode::read_write);
  SQLite::Database& sql = database.sql();
  CHECK(database.schema_version() == db::current_schema_version());
  CHECK(kinds_by_id(sql, "sections") == sections);
  CHECK(kinds_by_id(sql, "salary_facts") == salaries);
  CHECK(sql.execAndGet("SELECT group_concat(id || heading || text || line) FROM sections")
            .getString() == section_rows);
  sections_index_is_true(sql);
  CHECK(sql.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt() == 0);
}
