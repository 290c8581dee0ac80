// Tests for the query rewrites search ranks with: the phrase and NEAR expressions of the
// proximity boost (checked against a real FTS5 table, so they can never be a syntax error), and
// the removal of stop words.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <random>
#include <set>
#include <string>

#include "search/query.hpp"
#include "search/stop_words.hpp"

using namespace careerkb::search;

namespace {

// An FTS5 table like the project's, and the rows an expression matches ("" on an error).
class Table {
 public:
  Table() {
    sqlite3_open(":memory:", &db_);
    sqlite3_exec(
        db_,
        "CREATE VIRTUAL TABLE t USING fts5(x, tokenize=\"porter unicode61 remove_diacritics "
        "2\"); INSERT INTO t(rowid, x) VALUES (1, 'Sterilize instruments after use'),"
        " (2, 'Instruments go to the tray; sterilize them later'),"
        " (3, 'Sterilize the dental instruments'),"
        " (4, 'Sterilize, then after a long break, count and check the instruments')",
        nullptr, nullptr, nullptr);
  }
  ~Table() { sqlite3_close(db_); }

  std::set<int> rows(const std::string& expr, bool& ok) {
    std::set<int> out;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db_, "SELECT rowid FROM t WHERE t MATCH ?", -1, &st, nullptr);
    sqlite3_bind_text(st, 1, expr.c_str(), -1, SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) out.insert(sqlite3_column_int(st, 0));
    ok = rc == SQLITE_DONE;
    sqlite3_finalize(st);
    return out;
  }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace

TEST_CASE("proximity: the phrase holds the words in order, NEAR within the distance") {
  Query q = parse_query("sterilize instruments");
  CHECK(to_fts5_phrase(q, Scope::duties) == "\"sterilize instruments\"");
  CHECK(to_fts5_near(q, Scope::duties, 3) == "NEAR(\"sterilize\" \"instruments\", 3)");
  Table t;
  bool ok = false;
  CHECK(t.rows(to_fts5_phrase(q, Scope::duties), ok) == std::set<int>{1});
  CHECK(ok);
  CHECK(t.rows(to_fts5_near(q, Scope::duties, 3), ok) == std::set<int>{1, 3});
  CHECK(ok);
  CHECK(t.rows(to_fts5(q), ok) == std::set<int>{1, 2, 3, 4});
}

TEST_CASE("proximity: one word, exclusions, scopes and prefixes") {
  CHECK(to_fts5_phrase(parse_query("blood"), Scope::duties) == "");
  CHECK(to_fts5_near(parse_query("blood"), Scope::duties, 3) == "");
  // Exclusions are not part of it: the rows checked already passed them.
  CHECK(to_fts5_near(parse_query("draw blood -nurse"), Scope::duties, 3) ==
        "NEAR(\"draw\" \"blood\", 3)");
  // A word scoped to another table does not count for this one.
  CHECK(to_fts5_near(parse_query("skills:draw blood"), Scope::duties, 3) == "");
  CHECK(to_fts5_near(parse_query("skills:draw blood"), Scope::skills, 3) ==
        "NEAR(\"draw\" \"blood\", 3)");
  // A prefix may end the phrase, not sit inside it.
  CHECK(to_fts5_phrase(parse_query("draw blo*"), Scope::duties) == "\"draw blo\"*");
  CHECK(to_fts5_phrase(parse_query("dra* blood"), Scope::duties) == "");
  CHECK(to_fts5_near(parse_query("dra* blood"), Scope::duties, 3) == "NEAR(\"dra\"* \"blood\", 3)");
  // Each clause contributes its first alternative: what the user typed, not a synonym.
  Query q = parse_query("ekg OR ecg monitor");
  CHECK(to_fts5_phrase(q, Scope::duties) == "\"ekg monitor\"");
}

TEST_CASE("proximity: every expression built from random input is valid FTS5") {
  const std::vector<std::string> pieces = {
      "\"",    "*",         "(",       ")",       ":", "^", "-",     "OR",          "NOT",   "a",
      "blood", "sterilize", "duties:", "skills:", " ", "é", "x-ray", "instruments", "NEAR(", "|"};
  std::mt19937 rng(777);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  Table t;
  for (int round = 0; round < 500; ++round) {
    std::string input;
    for (int i = 0; i < 10; ++i) input += pieces[pick(rng)];
    Query q;
    try {
      q = parse_query(input);
    } catch (const QueryError&) {
      continue;
    }
    for (Scope scope : {Scope::duties, Scope::skills, Scope::sections}) {
      for (const std::string& e : {to_fts5_phrase(q, scope), to_fts5_near(q, scope, 3)}) {
        if (e.empty()) continue;
        bool ok = false;
        t.rows(e, ok);
        CAPTURE(input);
        CAPTURE(e);
        CHECK(ok);
      }
    }
  }
}

TEST_CASE("stop words: dropped beside meaningful words, kept when they are all there is") {
  Query q = parse_query("work with dogs and cats");
  CHECK(drop_stop_words(q) == std::vector<std::string>{"work", "with", "and"});
  CHECK(to_fts5(q) == "\"dogs\" AND \"cats\"");
  q = parse_query("the job");
  CHECK(drop_stop_words(q).empty());
  CHECK(to_fts5(q) == "\"the\" AND \"job\"");
  // Phrases, scopes, prefixes and exclusions stay as typed.
  q = parse_query("\"work with\" duties:with wo* -the blood");
  CHECK(drop_stop_words(q).empty());
  CHECK(to_fts5(q) == "(\"work with\" AND \"with\" AND \"wo\"* AND \"blood\") NOT \"the\"");
  // "or" in lowercase is already dropped by the parser; "IT" (the field) is not a stop word.
  CHECK(!is_stop_word("it"));
  CHECK(is_stop_word("with"));
  q = parse_query("the -blood");
  CHECK(drop_stop_words(q).empty());  // the only positive word stays
}
