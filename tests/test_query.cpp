// Tests for the search query parser: each syntax feature, hostile inputs, and a random property
// test whose every expression is checked by a structural validator and by a real FTS5 table,
// since the promise is that no user input can ever produce an SQLite syntax error.
#include "search/query.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace careerkb::search;

namespace {

std::string fts(std::string_view input) {
  return to_fts5(parse_query(input));
}

std::string utf8(char32_t cp) {
  if (cp < 0x80) return std::string(1, static_cast<char>(cp));
  const int extra = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
  const unsigned lead[] = {0, 0xC0, 0xE0, 0xF0};
  std::string out(1, static_cast<char>(lead[extra] | (cp >> (6 * extra))));
  for (int k = extra - 1; k >= 0; --k) out += static_cast<char>(0x80 | ((cp >> (6 * k)) & 0x3F));
  return out;
}

bool has_note(const Query& q, std::string_view part) {
  for (const std::string& n : q.notes) {
    if (n.find(part) != std::string::npos) return true;
  }
  return false;
}

// What the expression grammar we emit allows: quoted strings (with "" escapes), an optional *
// right after one, parentheses, and AND/OR/NOT between operands. Empty string when valid.
std::string structure_problem(const std::string& e) {
  int depth = 0;
  bool want_operand = true;  // at the start, after an operator and after '('
  bool after_string = false;
  for (size_t i = 0; i < e.size();) {
    const char c = e[i];
    const bool star_allowed = std::exchange(after_string, false);
    if (c == ' ') {
      ++i;
    } else if (c == '"') {
      size_t j = i + 1;
      while (j < e.size() && !(e[j] == '"' && (j + 1 == e.size() || e[j + 1] != '"'))) {
        j += e[j] == '"' ? 2 : 1;
      }
      if (j >= e.size()) return "unterminated quote";
      want_operand = false;
      after_string = true;
      i = j + 1;
    } else if (c == '*') {
      if (!star_allowed) return "stray *";
      ++i;
    } else if (c == '(') {
      if (!want_operand) return "'(' after an operand";
      ++depth, ++i;
    } else if (c == ')') {
      if (want_operand) return "empty () or an operator before ')'";
      if (--depth < 0) return "unbalanced ')'";
      ++i;
    } else if (e.compare(i, 3, "AND") == 0 || e.compare(i, 3, "NOT") == 0 ||
               e.compare(i, 2, "OR") == 0) {
      if (want_operand) return "operator without a left operand";
      want_operand = true;
      i += c == 'O' ? 2 : 3;
    } else {
      return std::string("unexpected character '") + c + "'";
    }
  }
  if (want_operand) return "empty, or ends with an operator";
  return depth == 0 ? "" : "unbalanced '('";
}

// An in-memory FTS5 table configured like the project's indexes.
class Fts5Table {
 public:
  Fts5Table() {
    sqlite3_open(":memory:", &db_);
    exec(
        "CREATE VIRTUAL TABLE t USING fts5(x, tokenize=\"porter unicode61 remove_diacritics 2\");"
        "INSERT INTO t(rowid, x) VALUES (1, 'Phlebotomists draw blood for tests'),"
        " (2, 'X-ray technician; venipuncture and EKG'), (3, 'Registered nurse: ECG, café, 医疗'),"
        " (4, 'O''Brien drawing blood, x ray')");
  }
  ~Fts5Table() { sqlite3_close(db_); }

  void exec(const std::string& sql) {
    REQUIRE(sqlite3_exec(db_, sql.c_str(), 0, 0, 0) == SQLITE_OK);
  }

  int count(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const int n = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return n;
  }

  // Row ids matching the expression, or the SQLite error message in `error`.
  std::set<int> match(const std::string& expr, std::string& error) {
    std::set<int> rows;
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db_, "SELECT rowid FROM t WHERE t MATCH ?", -1, &stmt, nullptr);
    sqlite3_bind_text(stmt, 1, expr.data(), static_cast<int>(expr.size()), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) rows.insert(sqlite3_column_int(stmt, 0));
    error = rc == SQLITE_DONE ? "" : sqlite3_errmsg(db_);
    sqlite3_finalize(stmt);
    return rows;
  }

  std::set<int> match(std::string_view input) {
    std::string error;
    auto rows = match(fts(input), error);
    CHECK(error == "");
    return rows;
  }

 private:
  sqlite3* db_ = nullptr;
};

// The contract for any input: a usable expression, or a one-line QueryError meant for people.
void check_contract(std::string_view input, Fts5Table& table) {
  try {
    const std::string expr = fts(input);
    INFO("input: ", std::string(input), "  expr: ", expr);
    CHECK(structure_problem(expr) == "");
    std::string error;
    table.match(expr, error);
    CHECK(error == "");
    for (Scope s : {Scope::any, Scope::duties, Scope::faqs}) {
      const std::string scoped = to_fts5(parse_query(input), s);
      if (!scoped.empty()) CHECK(structure_problem(scoped) == "");
    }
  } catch (const QueryError& e) {
    const std::string what = e.what();
    INFO("input: ", std::string(input), "  error: ", what);
    CHECK(!what.empty());
    CHECK(what.find('\n') == std::string::npos);
    CHECK(what.find("fts5") == std::string::npos);
    CHECK(what.find("syntax error") == std::string::npos);
  }
}

}  // namespace

TEST_CASE("query: words are ANDed, lowercased and quoted") {
  CHECK(fts("Nurse blood") == R"("nurse" AND "blood")");
  CHECK(fts("  venipuncture  ") == R"("venipuncture")");
  CHECK(fts("nurse AND blood") == R"("nurse" AND "blood")");
}

TEST_CASE("query: phrases, including an unbalanced quote") {
  CHECK(fts(R"("Draw  Blood" nurse)") == R"("draw blood" AND "nurse")");
  const Query q = parse_query(R"(nurse "draw blood)");
  CHECK(to_fts5(q) == R"("nurse" AND "draw blood")");
  CHECK(has_note(q, "closing quote"));
  CHECK(fts(R"("OR" "NOT" "and")") == R"("or" AND "not" AND "and")");
}

TEST_CASE("query: OR, |, and lowercase or") {
  CHECK(fts("ekg OR ecg") == R"(("ekg" OR "ecg"))");
  CHECK(fts("ekg|ecg | holter") == R"(("ekg" OR "ecg" OR "holter"))");
  CHECK(fts("venipuncture ekg OR ecg") == R"("venipuncture" AND ("ekg" OR "ecg"))");
  CHECK(fts("ekg OR OR ecg") == R"(("ekg" OR "ecg"))");
  const Query q = parse_query("ekg or ecg");
  CHECK(to_fts5(q) == R"("ekg" AND "ecg")");
  CHECK(has_note(q, "lowercase 'or'"));
  CHECK(has_note(parse_query("OR ekg"), "each side"));
  CHECK(has_note(parse_query("ekg OR"), "each side"));
  CHECK(fts("ekg OR -nurse") == R"("ekg" NOT "nurse")");
  CHECK(has_note(parse_query("ekg OR -nurse"), "an exclusion stands alone"));
  CHECK(fts("ekg -nurse OR ecg") == R"(("ekg" AND "ecg") NOT "nurse")");
}

TEST_CASE("query: exclusions") {
  CHECK(fts("-nurse blood") == R"("blood" NOT "nurse")");
  CHECK(fts(R"(blood -"registered nurse" NOT doctor)") ==
        R"("blood" NOT "registered nurse" NOT "doctor")");
  CHECK(fts("blood ekg --nurse") == R"(("blood" AND "ekg") NOT "nurse")");
  CHECK(fts("blood not nurse") == R"("blood" AND "not" AND "nurse")");
  CHECK(has_note(parse_query("blood NOT"), "NOT at the end"));
  CHECK_THROWS_WITH_AS(parse_query("-nurse NOT doctor"),
                       "a query needs at least one term that is not excluded", QueryError);
}

TEST_CASE("query: prefixes") {
  CHECK(fts("veni*") == R"("veni"*)");
  CHECK(fts("x-ra*") == R"("x ra"*)");
  CHECK(fts(R"("x ra"*)") == R"("x ra"*)");
  CHECK(fts("veni**") == R"("veni"*)");
  CHECK(fts("caf" + utf8(0xE9) + "*") == "\"caf\xC3\xA9\"*");
  for (const char* one : {"v*", "\xC3\xA9*", "veni-*"}) {
    const Query q = parse_query(one);
    CHECK_FALSE(q.clauses[0].alternatives[0].prefix);
    CHECK(has_note(q, "'*'"));
  }
  CHECK_THROWS_AS(parse_query("*"), QueryError);
}

TEST_CASE("query: field scopes") {
  const Query q = parse_query("nurse Duties:blood skills:\"patient care\" TOOL:-syringe faq:cost*");
  REQUIRE(q.clauses.size() == 5);
  CHECK(q.clauses[1].alternatives[0].scope == Scope::duties);
  CHECK(q.clauses[2].alternatives[0].scope == Scope::skills);
  CHECK(q.clauses[3].alternatives[0].scope == Scope::faqs);
  CHECK(q.clauses[4].alternatives[0].scope == Scope::tools);
  CHECK(q.clauses[4].alternatives[0].negated);
  CHECK(to_fts5(q) == R"(("nurse" AND "blood" AND "patient care" AND "cost"*) NOT "syringe")");
  CHECK(to_fts5(q, Scope::duties) == R"("nurse" AND "blood")");
  CHECK(to_fts5(q, Scope::tools) == R"("nurse" NOT "syringe")");
  CHECK(to_fts5(q, Scope::any) == R"("nurse")");
  CHECK(describe(q) ==
        R"(nurse AND duties:blood AND skills:"patient care" AND faqs:cost* NOT tools:syringe)");

  CHECK(parse_query("certification:cna").clauses[0].alternatives[0].scope == Scope::certifications);
  CHECK(parse_query("SECTIONS:pay").clauses[0].alternatives[0].scope == Scope::sections);

  const Query split = parse_query("duties:blood OR skills:cpr -duties:nurse");
  CHECK(to_fts5(split, Scope::skills) == R"("cpr")");
  CHECK(to_fts5(split, Scope::tools) == "");
  CHECK(to_fts5(parse_query("skills:cpr -duties:nurse"), Scope::duties) == "");
  CHECK(parse_query("duties: blood").clauses[0].alternatives[0].scope == Scope::duties);
  CHECK(parse_query("duties: skills:cpr").clauses[0].alternatives[0].scope == Scope::skills);
  CHECK(has_note(parse_query("blood faqs:"), "faqs: had no word"));
}

TEST_CASE("query: unknown prefixes and FTS5 syntax are only separators") {
  CHECK(fts("text:foo") == R"("text" AND "foo")");
  CHECK(fts("rank:1") == R"("rank" AND "1")");
  CHECK(fts("NEAR(blood draw, 5)") == R"("blood" AND "draw" AND "5")");
  CHECK(has_note(parse_query("NEAR(a b)"), "NEAR"));
  CHECK(fts("{a} ^b +c (d)") == R"("a" AND "b" AND "c" AND "d")");
  CHECK(has_note(parse_query("(a)"), "parentheses"));
}

TEST_CASE("query: tokens split like unicode61") {
  CHECK(fts("O'Brien") == R"("o brien")");
  CHECK(fts("x-ray snake_case e.g.") == R"("x ray" AND "snake case" AND "e g")");
  CHECK(fts("caf\xC3\xA9 \xE5\x8C\xBB\xE7\x96\x97") ==
        "\"caf\xC3\xA9\" AND \"\xE5\x8C\xBB\xE7\x96\x97\"");
  // Pasted punctuation: an em dash alone is no term, smart quotes are not part of the word.
  CHECK(fts("nurse \xE2\x80\x94 doctor") == R"("nurse" AND "doctor")");
  CHECK(fts("\xE2\x80\x9Cvenipuncture\xE2\x80\x9D") == R"("venipuncture")");
  CHECK(fts("a\xC2\xA0"
            "b") == R"("a" AND "b")");
  CHECK_THROWS_AS(parse_query("\xF0\x9F\x98\x80"), QueryError);
}

TEST_CASE("query: caps on terms and term length") {
  std::string many;
  for (int i = 0; i < 100; ++i) many += "w" + std::to_string(i) + " ";
  const Query q = parse_query(many);
  CHECK(q.clauses.size() == 64);
  CHECK(has_note(q, "first 64 terms"));

  const Query longq = parse_query(std::string(1000, 'a'));
  CHECK(longq.clauses[0].alternatives[0].tokens[0].size() == 256);
  CHECK(has_note(longq, "256"));

  std::string big;
  for (int i = 0; i < 200000; ++i) big += i % 3 ? "OR (\"-*" : "x ";
  const auto start = std::chrono::steady_clock::now();
  CHECK_NOTHROW(parse_query(big));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
}

TEST_CASE("query: describe and help") {
  CHECK(describe(parse_query("venipuncture ekg OR ECG -nurse")) ==
        "venipuncture AND (ekg OR ecg) NOT nurse");
  CHECK(describe(parse_query("ekg OR ecg")) == "(ekg OR ecg)");
  CHECK(describe(parse_query("\"x ray\" tech*")) == "\"x ray\" AND tech*");
  const std::string help = query_syntax_help();
  CHECK(help.find("OR") != std::string::npos);
  CHECK(help.find("duties:") != std::string::npos);
  CHECK(std::count(help.begin(), help.end(), '\n') >= 5);
}

TEST_CASE("query: empty inputs are clear errors") {
  CHECK_THROWS_WITH_AS(parse_query(""), "the search query is empty", QueryError);
  CHECK_THROWS_WITH_AS(parse_query(" \t\n"), "the search query is empty", QueryError);
  CHECK_THROWS_WITH_AS(parse_query("AND OR"), "the query has no words to search for", QueryError);
  CHECK_THROWS_AS(to_fts5(Query{}), QueryError);
}

TEST_CASE("query: the expressions do what they say on a real FTS5 table") {
  Fts5Table table;
  CHECK(table.match("blood") == std::set<int>{1, 4});
  CHECK(table.match("blood -brien") == std::set<int>{1});
  CHECK(table.match("draw") == std::set<int>{1, 4});  // porter: draw, drawing
  CHECK(table.match("x-ray") == std::set<int>{2, 4});
  CHECK(table.match("ekg OR ecg") == std::set<int>{2, 3});
  CHECK(table.match("veni*") == std::set<int>{2});
  CHECK(table.match("cafe") == std::set<int>{3});
  CHECK(table.match("\xE5\x8C\xBB\xE7\x96\x97") == std::set<int>{3});
  CHECK(table.match("o'brien") == std::set<int>{4});
  CHECK(table.match("blood ekg OR ecg -nurse") == std::set<int>{});
  CHECK(table.match("tech* ekg OR ecg -nurse") == std::set<int>{2});
}

TEST_CASE("query: the structural validator rejects what FTS5 would") {
  CHECK(structure_problem(R"(("a" OR "b") NOT "c"*)") == "");
  for (const char* bad : {"", "NOT \"a\"", "\"a\" AND", "()", "(\"a\"", "\"a", "a", "\"a\" *"}) {
    CHECK(structure_problem(bad) != "");
  }
}

TEST_CASE("query: hostile inputs give an expression or a clean error") {
  Fts5Table table;
  std::string random(10240, ' ');
  std::mt19937 rng(7);
  for (char& c : random) c = static_cast<char>(rng() % 256);
  const std::vector<std::string> inputs = {"\"unbalanced",
                                           "AND",
                                           "*",
                                           "NEAR(",
                                           "OR OR",
                                           "-",
                                           "\"\"",
                                           "(((",
                                           "duties:",
                                           "text:foo",
                                           "rank:1",
                                           "caf\xC3\xA9",
                                           "\xE5\x8C\xBB\xE7\x96\x97",
                                           "\xF0\x9F\x98\x80 nurse",
                                           std::string("a\0b\x01\x1b[31m", 9),
                                           "\xFF\xFE abc \xC3",
                                           "\"a\"\"b\"",
                                           "NOT",
                                           "- -",
                                           "-\"\"",
                                           "a OR",
                                           "NOT NOT a",
                                           "x:y:z",
                                           "duties:\"",
                                           "*a*",
                                           "a*b*",
                                           "\"*\"*",
                                           "^-+{}",
                                           "'\"'\"'",
                                           "\\\" OR \\\"",
                                           "a\"b",
                                           "a NEAR b",
                                           "OR a OR",
                                           random};
  for (const std::string& input : inputs) check_contract(input, table);
}

TEST_CASE("query: 5000 random inputs never crash and always make valid FTS5") {
  Fts5Table table;
  const std::vector<std::string> pieces = {"\"",
                                           "*",
                                           "-",
                                           "(",
                                           ")",
                                           "OR",
                                           "AND",
                                           "NOT",
                                           "NEAR",
                                           ":",
                                           "duties:",
                                           "Skills:",
                                           "faq:",
                                           "a",
                                           "b",
                                           "x",
                                           "ab",
                                           "nurse",
                                           "or",
                                           "|",
                                           "'",
                                           "{",
                                           "^",
                                           "+",
                                           "\xC3\xA9",
                                           "\xE5\x8C\xBB",
                                           "\xF0\x9F\x98\x80",
                                           "\xE2\x80\x94",
                                           "\x01",
                                           "\xFF",
                                           " ",
                                           " ",
                                           " ",
                                           "\t"};
  std::mt19937 rng(20240531);
  int valid = 0;
  for (int i = 0; i < 5000; ++i) {
    std::string input;
    const int n = static_cast<int>(rng() % 16);
    for (int k = 0; k < n; ++k) input += pieces[rng() % pieces.size()];
    try {
      const std::string expr = fts(input);
      const std::string problem = structure_problem(expr);
      std::string error;
      table.match(expr, error);
      if (!problem.empty() || !error.empty()) {
        FAIL_CHECK("input: ", input, "  expr: ", expr, "  problem: ", problem, "  sqlite: ", error);
      }
      ++valid;
    } catch (const QueryError& e) {
      const std::string what = e.what();
      if (what.find("fts5") != std::string::npos ||
          what.find("syntax error") != std::string::npos) {
        FAIL_CHECK("input: ", input, "  error: ", what);
      }
    }
  }
  CHECK(valid > 2500);  // the generator must exercise expressions, not only errors
}

TEST_CASE("query: every character the parser splits on, FTS5 splits on too") {
  Fts5Table table;
  table.exec(
      "CREATE VIRTUAL TABLE s USING fts5(x, tokenize=\"porter unicode61 remove_diacritics 2\")");
  std::string sql = "INSERT INTO s(rowid, x) VALUES ";
  int splits = 0;
  for (char32_t cp = 0x80; cp < 0xE0080; ++cp) {
    if (cp == 0x30000) cp = 0xE0000;
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const Query q = parse_query("a" + utf8(cp) + "b");
    if (q.clauses.size() == 1 && q.clauses[0].alternatives[0].tokens.size() == 1) continue;
    sql += (splits++ ? ",(" : "(") + std::to_string(cp) + ",'a" + utf8(cp) + "b')";
  }
  table.exec(sql);
  CHECK(splits > 1000);
  CHECK(table.count("SELECT count(*) FROM s") == splits);
  CHECK(table.count("SELECT count(*) FROM s WHERE s MATCH '\"a b\"'") == splits);
}
