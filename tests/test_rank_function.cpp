// careerkb_rank must be bm25 on tables of ordinary size (so ranking there is what FTS5 users
// expect) and drop only the length normalisation on large ones (db/rank_function.hpp).
#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "db/rank_function.hpp"

using namespace careerkb;

namespace {

std::vector<std::pair<std::int64_t, double>> ranked(SQLite::Database& db, const std::string& fn,
                                                    const std::string& match) {
  SQLite::Statement q(db, "SELECT rowid, " + fn + " FROM t WHERE t MATCH ? ORDER BY 2, rowid");
  q.bind(1, match);
  std::vector<std::pair<std::int64_t, double>> rows;
  while (q.executeStep()) rows.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getDouble());
  return rows;
}

// Five rows in two columns, with careerkb's functions registered.
void make_small_table(SQLite::Database& db) {
  db::register_rank_function(db);
  db.exec("CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize='porter unicode61')");
  db.exec(
      "INSERT INTO t(a, b) VALUES ('draw blood', 'draw blood from patients every day'),"
      "('blood bank', 'store blood products'), ('patient care', 'talk with the patient'),"
      "('long text', 'blood ' || replace(hex(zeroblob(40)), '00', 'word ') || 'blood'),"
      "('x-ray', 'position the patient for images')");
}

}  // namespace

TEST_CASE("careerkb_rank equals bm25 on a small table, with and without column weights") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  make_small_table(db);
  for (const char* match :
       {"blood", "patient", "blood OR patient", "\"draw blood\"", "blood b:draw"}) {
    CAPTURE(match);
    auto expected = ranked(db, "bm25(t)", match);
    auto actual = ranked(db, "careerkb_rank(t)", match);
    REQUIRE(actual.size() == expected.size());
    REQUIRE(!actual.empty());
    for (size_t i = 0; i < actual.size(); ++i) {
      CHECK(actual[i].first == expected[i].first);
      CHECK(actual[i].second == doctest::Approx(expected[i].second).epsilon(1e-9));
    }
    auto weighted = ranked(db, "careerkb_rank(t, 3.0, 0.5)", match);
    auto bm25_weighted = ranked(db, "bm25(t, 3.0, 0.5)", match);
    for (size_t i = 0; i < weighted.size(); ++i)
      CHECK(weighted[i].second == doctest::Approx(bm25_weighted[i].second).epsilon(1e-9));
  }
}

TEST_CASE("careerkb_rank drops length normalisation on a large table") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db::register_rank_function(db);
  db.exec("CREATE VIRTUAL TABLE t USING fts5(x)");
  db.exec("BEGIN");
  db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
          std::to_string(db::Bm25Params{}.length_free_rows) +
          ") INSERT INTO t(x) SELECT 'filler ' || i FROM n");
  db.exec(
      "INSERT INTO t(rowid, x) VALUES (900001, 'needle'), "
      "(900002, 'needle ' || replace(hex(zeroblob(50)), '00', 'hay ')),"
      "(900003, 'needle needle ' || replace(hex(zeroblob(50)), '00', 'hay '))");
  db.exec("COMMIT");
  auto bm25 = ranked(db, "bm25(t)", "needle");
  auto fast = ranked(db, "careerkb_rank(t)", "needle");
  REQUIRE(bm25.size() == 3);
  REQUIRE(fast.size() == 3);
  // bm25 prefers the short row; without length normalisation the two rows holding the word
  // once tie, and the row holding it twice comes first.
  CHECK(bm25[0].first == 900001);
  CHECK(fast[0].first == 900003);
  CHECK(fast[1].second == doctest::Approx(fast[2].second));
}

TEST_CASE("careerkb_relative_rank orders like careerkb_rank, scores off by one factor") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  make_small_table(db);
  db.exec("INSERT INTO t(a, b) VALUES ('notes', 'nothing here')");
  for (const std::string match :
       {"blood", "patient", "\"draw blood\"", "blood OR patient", "blood draw"}) {
    CAPTURE(match);
    auto full = ranked(db, "careerkb_rank(t)", match);
    auto relative = ranked(db, "careerkb_relative_rank(t)", match);
    REQUIRE(relative.size() == full.size());
    REQUIRE(!full.empty());
    for (size_t i = 0; i < full.size(); ++i) {
      CHECK(relative[i].first == full[i].first);
      // What the search compares: each row against the statement's best row.
      CHECK(relative[i].second / relative[0].second ==
            doctest::Approx(full[i].second / full[0].second).epsilon(1e-9));
    }
  }
  // One phrase: the IDF is left out, so the scores themselves differ from bm25's; with two
  // phrases it is counted and they are equal.
  CHECK(ranked(db, "careerkb_relative_rank(t)", "blood")[0].second !=
        doctest::Approx(ranked(db, "careerkb_rank(t)", "blood")[0].second));
  CHECK(ranked(db, "careerkb_relative_rank(t)", "blood OR patient")[0].second ==
        doctest::Approx(ranked(db, "careerkb_rank(t)", "blood OR patient")[0].second));
}

TEST_CASE("careerkb_rank uses the bm25 constants of the Bm25Scope in force, then the defaults") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db::register_rank_function(db);
  db.exec("CREATE VIRTUAL TABLE t USING fts5(x)");
  db.exec(
      "INSERT INTO t(rowid, x) VALUES (1, 'needle'), (2, 'needle hay hay hay hay hay hay'),"
      "(3, 'needle needle hay hay hay hay hay hay'), (4, 'hay')");
  auto by_row = [&] {
    std::map<std::int64_t, double> out;
    for (auto [row, score] : ranked(db, "careerkb_relative_rank(t)", "needle")) out[row] = score;
    return out;
  };
  const auto shipped = by_row();
  CHECK(shipped.at(1) < shipped.at(2));  // lower is better: the short row wins
  {
    db::Bm25Params params;
    params.b = 0;  // no length penalty: one "needle" scores alike, short or long
    params.k1 = 2.0;
    const db::Bm25Scope scope(params);
    const auto flat = by_row();
    CHECK(flat.at(1) == doctest::Approx(flat.at(2)));
    // Twice against once, with one phrase (no IDF): 2 (k1 + 1) / (2 + k1).
    CHECK(flat.at(3) / flat.at(1) == doctest::Approx(2 * 3.0 / 4.0));
    db::Bm25Params tiny;
    tiny.length_free_rows = 1;  // four rows: over the limit, so no length normalisation
    const db::Bm25Scope inner(tiny);
    const auto large = by_row();
    CHECK(large.at(1) == doctest::Approx(large.at(2)));
  }
  const auto again = by_row();
  CHECK(again.at(1) == doctest::Approx(shipped.at(1)));
  CHECK(again.at(2) == doctest::Approx(shipped.at(2)));
}
