// What restricts a search to some careers: the careers the filters let through (computed from
// the guides, and required to equal what career_summary says) and the row ranges that keep a
// ranked FTS5 statement inside chosen guides.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>

#include "db/database.hpp"
#include "db/import.hpp"
#include "db/row_ranges.hpp"
#include "db_test_util.hpp"
#include "search/engine.hpp"
#include "search/search.hpp"
#include "search/search_sql.hpp"

using namespace careerkb;
using careerkb::test::TempDir;

namespace {

// Careers with one to three guides each, figures random and sometimes unknown.
void fill(SQLite::Database& db, unsigned seed) {
  std::mt19937 rng(seed);
  db.exec("BEGIN");
  int guide = 0;
  for (int career = 1; career <= 60; ++career) {
    db.exec("INSERT INTO careers (id, name, normalized_name) VALUES (" + std::to_string(career) +
            ", 'C" + std::to_string(career) + "', 'c" + std::to_string(career) + "')");
    for (int k = 0; k < 1 + static_cast<int>(rng() % 3); ++k) {
      ++guide;
      auto figure = [&](int lo, int hi) {
        return rng() % 5 == 0 ? std::string("NULL") : std::to_string(lo + rng() % (hi - lo));
      };
      const std::string id = std::to_string(guide);
      db.exec(
          "INSERT INTO sources (id, path, sha256, bytes, format, encoding, imported_at) "
          "VALUES (" +
          id + ", '/g/" + id + "', 'x', 1, 'text', 'utf-8', 'now')");
      db.exec(
          "INSERT INTO guides (id, source_id, career_id, title, median_salary_annual_usd, "
          "growth_pct, typical_education_rank) VALUES (" +
          id + ", " + id + ", " + std::to_string(career) + ", 't', " + figure(20000, 120000) +
          ", " + figure(-5, 30) + ", " + figure(0, 8) + ")");
      if (rng() % 4 == 0)
        db.exec("INSERT INTO certifications (guide_id, name, line) VALUES (" + id +
                ", 'Registered Phlebotomy Technician (RPT)', 3)");
      if (rng() % 4 == 0)
        db.exec("INSERT INTO tiers (guide_id, ordinal, name, line) VALUES (" + id +
                ", 1, 'Senior Technician', 9)");
    }
  }
  db.exec("COMMIT");
}

std::string through_view(SQLite::Database& db, const search::Filters& f) {
  SQLite::Statement st(db, "SELECT cs.career_id FROM career_summary cs WHERE 1" +
                               search::detail::filter_sql(f) + " ORDER BY cs.career_id");
  int bind = 1;
  search::detail::bind_filters(st, bind, f);
  std::string json = "[";
  while (st.executeStep())
    json += (json.size() > 1 ? "," : "") + std::to_string(st.getColumn(0).getInt64());
  return json + "]";
}

}  // namespace

TEST_CASE("allowed_careers lets through exactly the careers career_summary's figures pass") {
  TempDir dir;
  db::Database database((dir.path / "t.db").string(), db::OpenMode::read_write);
  SQLite::Database& db = database.sql();
  fill(db, 7);
  std::mt19937 rng(11);
  int nonempty = 0, partial = 0;
  for (int round = 0; round < 300; ++round) {
    search::Filters f;
    if (rng() % 2) f.min_salary = 20000 + rng() % 100000;
    if (rng() % 3 == 0) f.max_salary = 40000 + rng() % 90000;
    if (rng() % 3 == 0) f.min_education = static_cast<parse::EducationLevel>(rng() % 8);
    if (rng() % 3 == 0) f.max_education = static_cast<parse::EducationLevel>(rng() % 8);
    if (rng() % 3 == 0) f.min_growth = static_cast<double>(rng() % 30) - 5;
    if (rng() % 5 == 0) f.certification = "RPT";
    if (rng() % 5 == 0) f.tier = "senior";
    if (!search::detail::has_career_filters(f)) continue;
    std::optional<search::detail::CareerSet> allowed = search::detail::allowed_careers(db, f);
    REQUIRE(allowed);
    const std::string expected = through_view(db, f);
    CHECK(allowed->json() == expected);
    nonempty += expected != "[]";
    partial += expected != "[]" && std::count(expected.begin(), expected.end(), ',') < 59;
  }
  // The rounds must have tried filters that let some, but not all, careers through.
  CHECK(nonempty > 50);
  CHECK(partial > 50);
}

TEST_CASE("RowRanges: membership, merging, and the blob careerkb_rowid_in reads") {
  db::RowRanges r;
  r.add(50, 60);
  r.add(10, 20);
  r.add(15, 30);  // overlaps the one before
  r.add(80, 70);  // reversed
  for (std::int64_t in : {10, 20, 25, 30, 50, 55, 60, 70, 80}) CHECK(r.contains(in));
  for (std::int64_t out : {9, 31, 49, 61, 69, 81, -1}) CHECK_FALSE(r.contains(out));
  const std::string blob = r.blob();
  CHECK(blob.size() == 3 * 2 * sizeof(std::int64_t));  // merged: [10,30] [50,60] [70,80]
  db::RowRanges back = db::RowRanges::from_blob(blob.data(), blob.size());
  for (std::int64_t id = 0; id < 100; ++id) CHECK(back.contains(id) == r.contains(id));
  CHECK(db::RowRanges::from_blob(nullptr, 0).empty());
}

TEST_CASE("careerkb_rowid_in keeps a ranked FTS5 statement inside the given guides' rows") {
  TempDir dir;
  db::Database database((dir.path / "t.db").string(), db::OpenMode::read_write);
  SQLite::Database& db = database.sql();
  fill(db, 3);
  db.exec("BEGIN");
  for (int guide = 1; guide <= 40; ++guide)
    for (int k = 0; k < 5; ++k)
      db.exec("INSERT INTO duties (guide_id, text, line) VALUES (" + std::to_string(guide) +
              ", 'Draw blood from patient " + std::to_string(k) + "', " + std::to_string(k + 1) +
              ")");
  db.exec("COMMIT");
  const std::vector<std::int64_t> chosen = {3, 17, 40};
  db::RowRanges ranges = db::guide_row_ranges(db, "duties", chosen);
  SQLite::Statement st(
      db,
      "SELECT d.guide_id FROM duties_fts JOIN duties d ON d.id = duties_fts.rowid"
      " WHERE duties_fts MATCH 'blood' AND careerkb_rowid_in(duties_fts.rowid, ?)");
  const std::string blob = ranges.blob();
  st.bind(1, blob.data(), static_cast<int>(blob.size()));
  std::map<std::int64_t, int> rows;
  while (st.executeStep()) ++rows[st.getColumn(0).getInt64()];
  CHECK(rows == std::map<std::int64_t, int>{{3, 5}, {17, 5}, {40, 5}});
  // Unbound (NULL) ranges hold nothing.
  CHECK(db.execAndGet("SELECT count(*) FROM duties_fts WHERE duties_fts MATCH 'blood' AND "
                      "careerkb_rowid_in(rowid, NULL)")
            .getInt() == 0);
}

TEST_CASE("a filter whose careers hold only old rows still finds them past the rank window") {
  TempDir dir;
  db::Database database((dir.path / "t.db").string(), db::OpenMode::read_write);
  SQLite::Database& db = database.sql();
  db.exec("BEGIN");
  db.exec(
      "INSERT INTO careers (id, name, normalized_name) VALUES (1, 'Old', 'old'), "
      "(2, 'New', 'new')");
  // 300 guides of career 1 (more than row ranges are built for), one old duty each; then one
  // guide of career 2 whose duties fill the whole window.
  const int old_guides = 300;
  for (int g = 1; g <= old_guides + 1; ++g) {
    const std::string id = std::to_string(g);
    db.exec(
        "INSERT INTO sources (id, path, sha256, bytes, format, encoding, imported_at) VALUES (" +
        id + ", '/g/" + id + ".txt', 'x', 1, 'text', 'utf-8', 'now')");
    db.exec("INSERT INTO guides (id, source_id, career_id, title) VALUES (" + id + ", " + id +
            ", " + (g <= old_guides ? "1" : "2") + ", 't')");
    if (g <= old_guides) {
      db.exec("INSERT INTO duties (guide_id, text, line) VALUES (" + id +
              ", 'Label blood tubes', 4)");
      db.exec("INSERT INTO tiers (guide_id, ordinal, name, line) VALUES (" + id +
              ", 1, 'Senior aide', 9)");
    }
  }
  db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
          std::to_string(search::RankingParams{}.rank_window + 500) +
          ") INSERT INTO duties (guide_id, text, line) SELECT " + std::to_string(old_guides + 1) +
          ", 'Draw blood sample ' || i, i FROM n");
  db.exec("COMMIT");

  search::Filters f;
  f.limit = 5;
  search::SearchResult all = search::search(db, "blood", f);
  REQUIRE(all.hits.size() == 5);
  f.tier = "senior";
  search::SearchResult old = search::search(db, "blood", f);
  REQUIRE(old.hits.size() == 5);
  for (const search::Hit& h : old.hits) CHECK(h.career == "Old");
  // Named: the same rows through the named-career pass.
  search::Filters named;
  named.limit = 5;
  search::SearchResult by_name = search::search(db, "old blood", named);
  REQUIRE(!by_name.hits.empty());
  CHECK(by_name.hits.front().career == "Old");
}

TEST_CASE("skipping tables that cannot reach the list never changes the list") {
  TempDir dir;
  db::Database database((dir.path / "t.db").string(), db::OpenMode::read_write);
  db::import_paths(database, {std::string(CAREERKB_SOURCE_DIR) + "/import"}, db::ImportOptions{});
  SQLite::Database& db = database.sql();
  // The shipped ranking, and rankings whose boosts would let a skipped kind outrank the rest
  // if the bound left them out (the bound is derived from the score: search/score.hpp).
  for (const std::vector<std::string>& changes : std::vector<std::vector<std::string>>{
           {},
           {"weight.sections=0.9", "weight.faqs=0.95"},
           {"weight.sections=0.3", "topic_boost=4"},
           {"career_name_boost=3", "weight.duties=0.4"},
           {"weight.skills=0.2", "weight.tools=0.3", "weight.certifications=0.5"}}) {
    search::RankingParams ranking;
    std::string described;
    for (const std::string& c : changes) {
      search::set_ranking_param(ranking, c);
      described += c + " ";
    }
    CAPTURE(described);
    int skipped = 0;
    for (const char* query :
         {"patient", "blood", "equipment", "care", "certification", "sterilize instruments",
          "vital signs", "\"patient care\"", "phlebotomist duties", "emt pay", "lab*",
          "communication skills", "hospital", "safety", "records", "x-ray", "medical"}) {
      CAPTURE(std::string(query));
      search::Filters few;
      few.limit = 5;
      search::Filters many = few;
      many.limit = 400;  // more than any table holds here: every table is searched
      search::SearchResult top = search::search(db, query, few, ranking);
      search::SearchResult all = search::search(db, query, many, ranking);
      REQUIRE(top.hits.size() == std::min<size_t>(5, all.hits.size()));
      for (size_t i = 0; i < top.hits.size(); ++i) {
        CHECK(top.hits[i].file == all.hits[i].file);
        CHECK(top.hits[i].line == all.hits[i].line);
        CHECK(top.hits[i].kind == all.hits[i].kind);
        CHECK(top.hits[i].score == doctest::Approx(all.hits[i].score));
      }
      for (const std::string& line : top.explain)
        skipped += line.rfind("not searched, no fact of theirs", 0) == 0;
    }
    CHECK(skipped >= 3);  // the test is about the skipping: it must have happened
  }
}
