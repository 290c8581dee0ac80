// The database layer: opening (ours, foreign, too new, read-only), writing hand-made guides
// through the import core, replacement of changed sources, FTS sync, strict rollback, and the
// profile read back. Guides are built by hand so these tests do not depend on the parser.
#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <chrono>
#include <filesystem>
#include <thread>
#include <vector>

#include "db/database.hpp"
#include "db/import.hpp"
#include "db/profile.hpp"
#include "db_test_util.hpp"
#include "report/profile.hpp"

using namespace careerkb;
using careerkb::test::file_sha;
using careerkb::test::import_guides;
using careerkb::test::slurp;
using careerkb::test::spit;
using careerkb::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::int64_t count(SQLite::Database& sql, const std::string& table) {
  return sql.execAndGet("SELECT count(*) FROM " + table).getInt64();
}

// Every row of every table (FTS shadow tables included), hashed: equal digests, equal content.
std::string content_digest(SQLite::Database& sql) {
  std::string all;
  SQLite::Statement tables(sql,
                           "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
                           "'CREATE VIRTUAL TABLE%' ORDER BY name");
  while (tables.executeStep()) {
    std::string name = tables.getColumn(0).getString();
    SQLite::Statement rows(sql, "SELECT * FROM \"" + name + "\"");
    all += "#" + name + "\n";
    while (rows.executeStep()) {
      for (int i = 0; i < rows.getColumnCount(); ++i) all += rows.getColumn(i).getString() + "|";
      all += "\n";
    }
  }
  return ingest::sha256_hex(all);
}

void fts_integrity(SQLite::Database& sql, const std::string& table) {
  sql.exec("INSERT INTO " + table + "(" + table + ", rank) VALUES('integrity-check', 1)");
}

int matches(SQLite::Database& sql, const std::string& fts, const std::string& query) {
  SQLite::Statement q(sql, "SELECT count(*) FROM " + fts + " WHERE " + fts + " MATCH ?");
  q.bind(1, query);
  q.executeStep();
  return q.getColumn(0).getInt();
}

parse::Guide sample_guide(const std::string& duty = "Draw blood from patients") {
  parse::Guide g;
  g.career = "Phlebotomy Technicians";
  g.title = "Phlebotomy Technician Career Guide";
  g.summary = "Short summary.";
  g.sections = {{"What they do", parse::SectionKind::duties, 2, "Body text", 8},
                {"Pay", parse::SectionKind::salary, 2, "Pay text", 20}};
  g.duties = {{duty, 10}, {"Label tubes", 11}};
  g.technical_skills = {{"Venipuncture", 14}};
  g.soft_skills = {{"Calm manner", 16}};
  g.tools = {{"Centrifuge", 17}};
  g.certifications = {{"CPT", "NHA", 30}};
  g.education = {{parse::EducationLevel::postsecondary_nondegree, true, "A certificate", 25},
                 {parse::EducationLevel::associate, false, "Some hold an associate", 26}};
  parse::SalaryFact median;
  median.kind = parse::SalaryKind::median;
  median.amount = 47400;
  median.amount_annual_usd = 47400;
  median.original_text = "Median pay: $47,400";
  median.line = 5;
  parse::SalaryFact hourly = median;
  hourly.kind = parse::SalaryKind::entry;
  hourly.amount = 17.5;
  hourly.period = "hourly";
  hourly.amount_annual_usd = 36400;
  hourly.original_text = "$17.50 an hour";
  hourly.line = 21;
  g.salary_facts = {median, hourly};
  parse::OutlookFact growth;
  growth.growth_pct = 8;
  growth.period = "2023-2033";
  growth.original_text = "8% growth";
  growth.line = 6;
  g.outlook = {growth};
  g.tiers = {{"Tech I", 0, 2, 40}, {"Lead", 6, std::nullopt, 41}};
  g.specializations = {{"Pediatric", 50000.5, std::nullopt, 45}};
  g.faqs = {{"Is it hard?", "No.", 60}};
  g.pros_cons = {{true, "Quick training", 70}, {false, "Needles", 71}};
  g.related_careers = {{"Medical Assistant", 80}};
  return g;
}

ingest::LoadedGuide loaded(const std::string& path, const std::string& sha, parse::Guide guide) {
  ingest::LoadedGuide l;
  l.file = {path, "/guides/" + path};
  l.sha256 = sha;
  l.bytes = 100;
  l.format = "markdown";
  l.encoding = "utf-8";
  l.repairs = {"crlf"};
  l.guide = std::move(guide);
  return l;
}

}  // namespace

TEST_CASE("db: a new database gets user_version and application_id") {
  TempDir dir;
  std::string path = dir.file("sub/folder/kb.db");  // the folder is created too
  {
    db::Database database(path, db::OpenMode::read_write);
    CHECK(database.schema_version() == db::current_schema_version());
    CHECK(database.sql().execAndGet("PRAGMA application_id").getInt() == db::application_id);
    CHECK(database.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(database.sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(count(database.sql(), "education_levels") == 8);
  }
  db::Database reader(path, db::OpenMode::read_only);
  CHECK(reader.schema_version() == db::current_schema_version());
}

// Issue #17: two writers that both saw a new file used to both run 001_init.sql, and the
// second failed with "table education_levels already exists". Here both are made to read the
// file while another connection holds the write lock, so both have seen it new.
TEST_CASE("db: two writers opening a new file at once both succeed, one creates the schema") {
  TempDir dir;
  std::string path = dir.file("kb.db");
  SQLite::Database holder(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  holder.exec("PRAGMA journal_mode=WAL");  // readers go on while the write lock is held
  holder.exec("BEGIN IMMEDIATE");
  std::vector<std::string> errors(2);
  std::vector<std::thread> writers;
  for (std::size_t i = 0; i < errors.size(); ++i) {
    writers.emplace_back([&path, &errors, i] {
      try {
        db::Database database(path, db::OpenMode::read_write);
      } catch (const std::exception& e) {
        errors[i] = e.what();
      }
    });
  }
  // Both writers have read the file as new and wait on the lock (busy timeout: 5 s).
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  holder.exec("COMMIT");
  for (std::thread& t : writers) t.join();
  CHECK(errors[0] == "");
  CHECK(errors[1] == "");
  db::Database reader(path, db::OpenMode::read_only);
  CHECK(reader.schema_version() == db::current_schema_version());
  CHECK(count(reader.sql(), "education_levels") == 8);
}

TEST_CASE("db: a database with a foreign application_id is refused and left untouched") {
  TempDir dir;
  std::string path = dir.file("other.db");
  {
    SQLite::Database other(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("PRAGMA application_id = 1234; CREATE TABLE notes(x); INSERT INTO notes VALUES(1)");
  }
  std::string before = file_sha(path);
  CHECK_THROWS_WITH_AS(db::Database(path, db::OpenMode::read_write),
                       doctest::Contains("is not a careerkb database"), db::DbError);
  CHECK_THROWS_AS(db::Database(path, db::OpenMode::read_only), db::DbError);
  CHECK(file_sha(path) == before);

  // A table but no application id is foreign too: only an empty file counts as new.
  std::string plain = dir.file("plain.db");
  {
    SQLite::Database(plain, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE).exec("CREATE TABLE t(x)");
  }
  std::string plain_before = file_sha(plain);
  CHECK_THROWS_AS(db::Database(plain, db::OpenMode::read_write), db::DbError);
  CHECK(file_sha(plain) == plain_before);

  std::string text = dir.file("notes.db");
  spit(text, "this is not a database at all, just some text that is long enough\n");
  CHECK_THROWS_WITH_AS(db::Database(text, db::OpenMode::read_write),
                       doctest::Contains(text.c_str()), db::DbError);
  CHECK(slurp(text) == "this is not a database at all, just some text that is long enough\n");
}

TEST_CASE("db: a database with a newer user_version is refused and left untouched") {
  TempDir dir;
  std::string path = dir.file("kb.db");
  { db::Database(path, db::OpenMode::read_write); }
  int newer = db::current_schema_version() + 1;
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA user_version = " + std::to_string(newer));
  }
  std::string before = file_sha(path);
  for (auto mode : {db::OpenMode::read_write, db::OpenMode::read_only}) {
    CHECK_THROWS_WITH_AS(db::Database(path, mode),
                         doctest::Contains(("v" + std::to_string(newer)).c_str()), db::DbError);
  }
  try {
    db::Database database(path, db::OpenMode::read_write);
  } catch (const db::DbError& e) {
    std::string msg = e.what();
    CHECK(msg.find(path) != std::string::npos);
    CHECK(msg.find("v" + std::to_string(db::current_schema_version())) != std::string::npos);
  }
  CHECK(file_sha(path) == before);
}

TEST_CASE("db: read-only open refuses a missing file and never migrates an old one") {
  TempDir dir;
  std::string missing = dir.file("none.db");
  CHECK_THROWS_WITH_AS(db::Database(missing, db::OpenMode::read_only),
                       ("no database at " + missing + ": run careerkb import first").c_str(),
                       db::DbError);
  CHECK_FALSE(fs::exists(missing));

  std::string old = dir.file("old db #1?.db");  // URI-hostile characters in the name
  { db::Database(old, db::OpenMode::read_write); }
  { SQLite::Database(old, SQLite::OPEN_READWRITE).exec("PRAGMA user_version = 0"); }
  CHECK_THROWS_WITH_AS(
      db::Database(old, db::OpenMode::read_only),
      ("database " + old + " has schema v0, this careerkb needs v" +
       std::to_string(db::current_schema_version()) + ": run careerkb import to migrate it")
          .c_str(),
      db::DbError);
}

TEST_CASE("db: a written guide gives the expected rows and line numbers") {
  TempDir dir;
  db::Database database(dir.file("kb.db"), db::OpenMode::read_write);
  parse::Guide guide = sample_guide();
  guide.warnings = {{12, "odd salary line"}};
  db::ImportReport r = import_guides(database, {loaded("a.md", "sha-a", guide)});
  CHECK(r.imported == 1);
  CHECK(r.written.guides == 1);
  CHECK(r.written.duties == 2);
  CHECK(r.written.skills == 2);
  CHECK(r.written.salary_facts == 2);
  CHECK(r.careers == 1);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].text() == "a.md:12: odd salary line");

  SQLite::Database& sql = database.sql();
  CHECK(sql.execAndGet("SELECT normalized_name FROM careers").getString() ==
        "phlebotomy technician");
  SQLite::Statement g(sql,
                      "SELECT median_salary_annual_usd, growth_pct, growth_period, "
                      "typical_education_rank, salary_min_annual_usd IS NULL FROM guides");
  REQUIRE(g.executeStep());
  CHECK(g.getColumn(0).getDouble() == 47400);
  CHECK(g.getColumn(1).getDouble() == 8);
  CHECK(g.getColumn(2).getString() == "2023-2033");
  CHECK(g.getColumn(3).getInt() == 2);
  CHECK(g.getColumn(4).getInt() == 1);

  CHECK(sql.execAndGet("SELECT group_concat(text || '@' || line, ';') FROM duties").getString() ==
        "Draw blood from patients@10;Label tubes@11");
  CHECK(sql.execAndGet("SELECT group_concat(kind || ':' || line) FROM skills").getString() ==
        "technical:14,soft:16");
  CHECK(
      sql.execAndGet("SELECT group_concat(ordinal || heading || line) FROM sections").getString() ==
      "0What they do8,1Pay20");
  CHECK(sql.execAndGet("SELECT level_rank || is_typical || line FROM education WHERE is_typical")
            .getString() == "2125");
  CHECK(sql.execAndGet("SELECT period || amount_annual_usd || line FROM salary_facts "
                       "WHERE kind = 'entry'")
            .getString() == "hourly36400.021");
  CHECK(sql.execAndGet("SELECT label IS NULL AND occupation IS NULL FROM salary_facts LIMIT 1")
            .getInt() == 1);
  CHECK(sql.execAndGet("SELECT group_concat(ordinal || name || ifnull(years_max, '+') || line) "
                       "FROM tiers")
            .getString() == "0Tech I240,1Lead+41");
  CHECK(sql.execAndGet("SELECT body || line FROM certifications").getString() == "NHA30");
  CHECK(sql.execAndGet("SELECT group_concat(kind || line) FROM pros_cons").getString() ==
        "pro70,con71");
  CHECK(sql.execAndGet("SELECT question || line FROM faqs").getString() == "Is it hard?60");
  CHECK(sql.execAndGet("SELECT name || line FROM related_careers").getString() ==
        "Medical Assistant80");
  CHECK(sql.execAndGet("SELECT line || message FROM import_warnings").getString() ==
        "12odd salary line");
  CHECK(sql.execAndGet("SELECT path || repairs FROM sources").getString() ==
        "/guides/a.md[\"crlf\"]");
}

TEST_CASE("db: the profile reads a guide back with integral amounts as integers") {
  TempDir dir;
  db::Database database(dir.file("kb.db"), db::OpenMode::read_write);
  import_guides(database, {loaded("b.md", "sha-b", sample_guide())});
  nlohmann::json all = report::export_json(db::read_guide_profiles(database.sql()));
  REQUIRE(all.size() == 1);
  const nlohmann::json& p = all[0];
  CHECK(p["source"] == "b.md");
  CHECK(p["path"] == "/guides/b.md");
  CHECK(p["career"] == "Phlebotomy Technicians");
  CHECK(p["median_salary_annual_usd"].dump() == "47400");
  CHECK(p["average_salary_annual_usd"].is_null());
  CHECK(p["typical_education"] == "postsecondary_nondegree");
  CHECK(p["duties"] == nlohmann::json({"Draw blood from patients", "Label tubes"}));
  CHECK(p["certifications"] == nlohmann::json({"CPT"}));
  CHECK(p["tiers"][1]["years_max"].is_null());
  CHECK(p["salary_facts"][1]["amount"].dump() == "17.5");
  CHECK(p["specializations"][0]["median_salary_annual_usd"].dump() == "50000.5");
  CHECK(p["pros"] == nlohmann::json({"Quick training"}));
  CHECK(p["warnings"].is_array());
  CHECK(p["warnings"].empty());
  CHECK_THROWS_AS(db::read_guide_profile(database.sql(), 999), std::out_of_range);
}

TEST_CASE("db: re-importing unchanged content changes nothing") {
  TempDir dir;
  std::string path = dir.file("kb.db");
  std::string before;
  {
    db::Database database(path, db::OpenMode::read_write);
    import_guides(database, {loaded("a.md", "sha-a", sample_guide())});
    before = content_digest(database.sql());
  }
  db::Database database(path, db::OpenMode::read_write);
  db::ImportReport r = import_guides(database, {loaded("a.md", "sha-a", sample_guide())});
  CHECK(r.unchanged == 1);
  CHECK(r.imported == 0);
  CHECK(r.written.guides == 0);
  // Only the header's change counter may move (WAL on for the run, off after it).
  CHECK(content_digest(database.sql()) == before);
}

TEST_CASE("db: after an import the file rests as one file, in rollback-journal mode") {
  TempDir dir;
  std::string path = dir.file("kb.db");
  for (bool strict : {false, true}) {
    db::Database database(path, db::OpenMode::read_write);
    parse::Guide guide = sample_guide();
    if (strict) guide.warnings = {{3, "odd"}};
    try {
      import_guides(database, {loaded("a.md", strict ? "sha-2" : "sha-1", guide)}, strict);
    } catch (const db::ImportError&) {
      CHECK(strict);
    }
    CHECK(database.sql().execAndGet("PRAGMA journal_mode").getString() == "delete");
  }
  CHECK_FALSE(fs::exists(path + "-wal"));
  {
    db::Database reader(path, db::OpenMode::read_only);
    CHECK(db::read_guide_profiles(reader.sql()).size() == 1);
  }
  CHECK_FALSE(fs::exists(path + "-wal"));
  CHECK_FALSE(fs::exists(path + "-shm"));
}

// Issue #17 item 2: steps after a commit that failed (a full disk) leave the file in WAL mode;
// the next import runs them again even when every file is unchanged.
TEST_CASE("db: a file left in WAL mode gets its after-commit steps from the next import") {
  TempDir dir;
  std::string path = dir.file("kb.db");
  {
    db::Database database(path, db::OpenMode::read_write);
    import_guides(database, {loaded("a.md", "sha-1", sample_guide())});
    CHECK_FALSE(database.unfinished_maintenance());
  }
  {
    SQLite::Database left(path, SQLite::OPEN_READWRITE);
    left.exec("PRAGMA journal_mode=WAL");  // as a failed checkpoint leaves it
  }
  db::Database database(path, db::OpenMode::read_write);
  CHECK(database.unfinished_maintenance());
  db::ImportReport r = import_guides(database, {loaded("a.md", "sha-1", sample_guide())});
  CHECK(r.unchanged == 1);
  CHECK(r.unfinished.empty());
  CHECK(database.sql().execAndGet("PRAGMA journal_mode").getString() == "delete");
  CHECK_FALSE(fs::exists(path + "-wal"));
}

TEST_CASE("db: changed content replaces the rows and FTS follows insert, replace and delete") {
  TempDir dir;
  db::Database database(dir.file("kb.db"), db::OpenMode::read_write);
  SQLite::Database& sql = database.sql();
  import_guides(database, {loaded("a.md", "sha-1", sample_guide("Sterilize zebrafish tanks"))});
  CHECK(matches(sql, "duties_fts", "zebrafish") == 1);
  fts_integrity(sql, "duties_fts");

  db::ImportReport r =
      import_guides(database, {loaded("a.md", "sha-2", sample_guide("Calibrate xylophone"))});
  CHECK(r.replaced == 1);
  CHECK(count(sql, "sources") == 1);
  CHECK(count(sql, "guides") == 1);
  CHECK(count(sql, "duties") == 2);
  CHECK(count(sql, "careers") == 1);
  CHECK(matches(sql, "duties_fts", "zebrafish") == 0);
  CHECK(matches(sql, "duties_fts", "xylophone") == 1);
  for (const char* fts :
       {"duties_fts", "skills_fts", "tools_fts", "certifications_fts", "sections_fts", "faqs_fts"})
    fts_integrity(sql, fts);

  // A career renamed by the new content leaves the old career without guides: it is removed.
  parse::Guide renamed = sample_guide("Calibrate xylophone");
  renamed.career = "Lab Assistant";
  r = import_guides(database, {loaded("a.md", "sha-3", renamed)});
  CHECK(r.careers_removed == 1);
  CHECK(sql.execAndGet("SELECT name FROM careers").getString() == "Lab Assistant");

  sql.exec("DELETE FROM sources");
  CHECK(count(sql, "duties") == 0);
  CHECK(matches(sql, "duties_fts", "xylophone") == 0);
  fts_integrity(sql, "duties_fts");
}

TEST_CASE("db: careers merge by career key") {
  TempDir dir;
  db::Database database(dir.file("kb.db"), db::OpenMode::read_write);
  parse::Guide one = sample_guide(), two = sample_guide();
  two.career = "the phlebotomy  technician";
  db::ImportReport r =
      import_guides(database, {loaded("1.md", "s1", one), loaded("2.md", "s2", two)});
  CHECK(r.careers == 1);
  CHECK(count(database.sql(), "careers") == 1);
  CHECK(database.sql().execAndGet("SELECT name FROM careers").getString() ==
        "Phlebotomy Technicians");  // as the first guide wrote it
}

TEST_CASE("db: migrating a v4 file recomputes career keys and merges careers they join") {
  TempDir dir;
  const std::string path = dir.file("kb.db");
  std::int64_t hvac = 0;
  {
    db::Database database(path, db::OpenMode::read_write);
    parse::Guide a = sample_guide(), b = sample_guide(), c = sample_guide();
    a.career = "HVAC-R Service Technician";
    b.career = "Lab Specimen Processor";
    c.career = "Placeholder";
    import_guides(database,
                  {loaded("a.md", "sa", a), loaded("b.md", "sb", b), loaded("c.md", "sc", c)});
    // The keys a v4 program stored, and a second career that only v4's key kept apart.
    SQLite::Database& sql = database.sql();
    sql.exec(
        "UPDATE careers SET normalized_name = 'hvac-r service technician' "
        "WHERE name = 'HVAC-R Service Technician'");
    sql.exec(
        "UPDATE careers SET name = 'Lab Specimens', normalized_name = 'lab speciman' "
        "WHERE name = 'Lab Specimen Processor'");
    sql.exec(
        "UPDATE careers SET name = 'HVAC R Service Technicians', "
        "normalized_name = 'hvac r service technician' WHERE name = 'Placeholder'");
    hvac = sql.execAndGet("SELECT id FROM careers WHERE name = 'HVAC-R Service Technician'")
               .getInt64();
    sql.exec("PRAGMA user_version = 4");
  }
  db::Database database(path, db::OpenMode::read_write);
  SQLite::Database& sql = database.sql();
  CHECK(database.schema_version() == db::current_schema_version());
  CHECK(count(sql, "careers") == 2);
  CHECK(sql.execAndGet("SELECT normalized_name FROM careers WHERE id = " + std::to_string(hvac))
            .getString() == "hvac r service technician");
  CHECK(sql.execAndGet("SELECT count(*) FROM guides WHERE career_id = " + std::to_string(hvac))
            .getInt() == 2);
  CHECK(sql.execAndGet("SELECT normalized_name FROM careers WHERE name = 'Lab Specimens'")
            .getString() == "lab specimen");
}

TEST_CASE("db: a strict import with a warning rolls back everything") {
  TempDir dir;
  db::Database database(dir.file("kb.db"), db::OpenMode::read_write);
  SQLite::Database& sql = database.sql();
  import_guides(database, {loaded("a.md", "sha-a", sample_guide())});
  std::int64_t guides = count(sql, "guides"), duties = count(sql, "duties");
  std::string digest = content_digest(sql);

  parse::Guide bad = sample_guide("Never stored");
  bad.warnings = {{7, "salary range: minimum exceeds maximum"}};
  CHECK_THROWS_WITH_AS(
      import_guides(database,
                    {loaded("b.md", "sha-b", sample_guide()), loaded("a.md", "sha-new", bad)},
                    true),
      "a.md:7: salary range: minimum exceeds maximum (--strict)", db::ImportError);
  CHECK(count(sql, "guides") == guides);
  CHECK(count(sql, "duties") == duties);
  CHECK(content_digest(sql) == digest);
  CHECK(matches(sql, "duties_fts", "stored") == 0);

  // Without --strict the same guide is written and its warning kept.
  db::ImportReport r = import_guides(database, {loaded("a.md", "sha-new", bad)});
  CHECK(r.replaced == 1);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].text() == "a.md:7: salary range: minimum exceeds maximum");
}

TEST_CASE("db: a file the database refuses is skipped alone, or aborts a strict run") {
  TempDir dir;
  db::Database database(dir.file("kb.db"), db::OpenMode::read_write);
  parse::Guide bad = sample_guide();
  bad.salary_facts[0].period = "weekly";  // violates the CHECK on salary_facts.period
  db::ImportReport r =
      import_guides(database, {loaded("bad.md", "s1", bad), loaded("ok.md", "s2", sample_guide())});
  CHECK(r.imported == 1);
  REQUIRE(r.skipped.size() == 1);
  CHECK(r.skipped[0].rfind("bad.md: cannot store: ", 0) == 0);
  CHECK(count(database.sql(), "sources") == 1);
  CHECK(count(database.sql(), "duties") == 2);
}

TEST_CASE("db: batched indexing covers every guide, and the schema's triggers work afterwards") {
  // An import indexes guides in batches outside the per-file savepoints (fts_sync.hpp): runs
  // longer than one batch, with a refused file in the middle, must still index exactly the
  // rows kept, and the same connection must be back to trigger-maintained FTS afterwards.
  TempDir dir;
  db::Database database(dir.file("kb.db"), db::OpenMode::read_write);
  SQLite::Database& sql = database.sql();
  std::vector<ingest::LoadedGuide> guides;
  for (int i = 0; i < 250; ++i) {
    parse::Guide g = sample_guide("Draw blood for study " + std::to_string(i));
    if (i == 120) g.salary_facts[0].period = "weekly";  // refused by a CHECK constraint
    guides.push_back(loaded("g" + std::to_string(i) + ".md", "s" + std::to_string(i), g));
  }
  db::ImportReport r = import_guides(database, guides);
  CHECK(r.imported == 249);
  CHECK(r.skipped.size() == 1);
  CHECK(matches(sql, "duties_fts", "blood") == 249);
  CHECK(count(sql, "duties") == 2 * 249);
  for (const char* fts :
       {"duties_fts", "skills_fts", "tools_fts", "certifications_fts", "sections_fts", "faqs_fts"})
    fts_integrity(sql, fts);

  sql.exec(
      "INSERT INTO duties (guide_id, text, line) VALUES (1, 'Calibrate the zebrafish tank', 1)");
  CHECK(matches(sql, "duties_fts", "zebrafish") == 1);
}

TEST_CASE("db: read-only open never writes") {
  TempDir dir;
  std::string path = dir.file("kb.db");
  {
    db::Database database(path, db::OpenMode::read_write);
    import_guides(database, {loaded("a.md", "sha-a", sample_guide())});
  }
  std::string before = file_sha(path);
  {
    db::Database reader(path, db::OpenMode::read_only);
    CHECK(matches(reader.sql(), "duties_fts", "blood") == 1);
    CHECK(db::read_guide_profiles(reader.sql()).size() == 1);
    CHECK_THROWS(reader.sql().exec("DELETE FROM sources"));
  }
  CHECK(file_sha(path) == before);
}
