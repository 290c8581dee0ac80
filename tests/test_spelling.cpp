// Typo tolerance: the edit-distance bounds, the words a guide contributes to search_terms, the
// counts an import keeps (also across replacement, a refused file and a failed run), the
// migration that fills the table for an older file, and the corrections a query gets.
#include "search/spelling.hpp"

#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <set>

#include "db/database.hpp"
#include "db/import.hpp"
#include "db/search_terms.hpp"
#include "db_test_util.hpp"
#include "parse/terms.hpp"
#include "search/query.hpp"
#include "search/search.hpp"

using namespace careerkb;
using careerkb::test::import_guides;
using careerkb::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> sorted(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  return words;
}

std::vector<std::string> words_of(std::string_view text) {
  parse::TermCollector terms;
  terms.add(text);
  return sorted(terms.take());
}

parse::Guide guide_with(const std::string& duty, const std::string& skill = "Patient care") {
  parse::Guide g;
  g.career = "Phlebotomist";
  g.title = "Phlebotomist Guide";
  g.sections = {
      {"About the work", parse::SectionKind::other, 2, "Phlebotomists work in clinics.", 3}};
  g.duties = {{duty, 10}};
  g.technical_skills = {{skill, 12}};
  return g;
}

ingest::LoadedGuide loaded(const std::string& name, parse::Guide guide,
                           const std::string& sha = "") {
  ingest::LoadedGuide l;
  l.file = {name, "/guides/" + name};
  l.sha256 = sha.empty() ? "sha-" + name : sha;
  l.bytes = 100;
  l.format = "markdown";
  l.encoding = "utf-8";
  l.guide = std::move(guide);
  l.terms = parse::distinct_terms(l.guide);
  return l;
}

std::map<std::string, std::int64_t> term_counts(SQLite::Database& sql) {
  std::map<std::string, std::int64_t> counts;
  SQLite::Statement q(sql, "SELECT term, guides FROM search_terms");
  while (q.executeStep()) counts[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
  return counts;
}

std::int64_t guides_using(SQLite::Database& sql, const std::string& word) {
  auto counts = term_counts(sql);
  auto it = counts.find(word);
  return it == counts.end() ? 0 : it->second;
}

// Rows of every FTS index the query matches: what a search would find.
int fts_hits(SQLite::Database& sql, const search::Query& q) {
  int hits = 0;
  for (const std::string& table : db::fts_table_names(sql)) {
    SQLite::Statement s(sql, "SELECT count(*) FROM " + table + " WHERE " + table + " MATCH ?");
    s.bind(1, search::to_fts5(q));
    s.executeStep();
    hits += s.getColumn(0).getInt();
  }
  return hits;
}

// 26 guides: `venipuncture` and `cardiovascular` in one each, `marker` in one and `market` in
// two, `sterilize` and `sterilizer` in 21, the variants `sterilise` and `sterilizers` in one.
struct SpellingDb {
  TempDir dir;
  db::Database database{dir.file("kb.db"), db::OpenMode::read_write};
  SQLite::Database& sql = database.sql();

  SpellingDb() {
    std::vector<ingest::LoadedGuide> guides = {
        loaded("phleb.md", guide_with("Draw blood by venipuncture", "Plasma handling")),
        loaded("cardio.md", guide_with("Run cardiovascular stress tests", "Echocardiography")),
        loaded("variant.md", guide_with("Sterilise the tools", "Wash sterilizers daily")),
        loaded("marker.md", guide_with("Write with a marker", "Market research")),
        loaded("market.md", guide_with("Study the market")),
    };
    for (int i = 0; i < 21; ++i) {
      std::string n = std::to_string(i);
      guides.push_back(loaded("common" + n + ".md", guide_with("Sterilize each sterilizer tray")));
    }
    import_guides(database, guides);
  }
};

std::vector<std::string> correct(SQLite::Database& sql, search::Query& q, bool exact = false) {
  return search::correct_spelling(sql, q, exact);
}

}  // namespace

TEST_CASE("spelling: one edit from 5 letters, two from 9, none below 5") {
  CHECK(search::allowed_edits(4) == 0);
  CHECK(search::allowed_edits(5) == 1);
  CHECK(search::allowed_edits(8) == 1);
  CHECK(search::allowed_edits(9) == 2);
  CHECK(search::allowed_edits(30) == 2);
}

TEST_CASE("spelling: the edit distance counts a swap of adjacent letters as one edit") {
  using search::bounded_edit_distance;
  CHECK(bounded_edit_distance("venipucture", "venipuncture", 2) == 1);  // insertion
  CHECK(bounded_edit_distance("cardiovasular", "cardiovascular", 2) == 1);
  CHECK(bounded_edit_distance("palsma", "plasma", 1) == 1);  // swap
  CHECK(bounded_edit_distance("plasma", "plasma", 1) == 0);
  CHECK(bounded_edit_distance("plasmo", "plasma", 1) == 1);  // substitution
  CHECK(bounded_edit_distance("plsmaa", "plasma", 2) == 2);  // two edits
  CHECK(bounded_edit_distance("plsmaa", "plasma", 1) == 2);  // over the bound: bound+1
  CHECK(bounded_edit_distance("kitten", "sitting", 5) == 3);
  CHECK(bounded_edit_distance("kitten", "sitting", 2) == 3);
  CHECK(bounded_edit_distance("abc", "abcdef", 2) == 3);  // length alone rules out
  CHECK(bounded_edit_distance("", "abc", 5) == 3);
  CHECK(bounded_edit_distance("ca", "abc", 5) == 3);  // OSA, not full Damerau
  std::string long_a(100, 'a'), long_b = long_a;
  long_b[50] = 'b';
  CHECK(bounded_edit_distance(long_a, long_b, 2) == 1);  // past the stack buffer
}

TEST_CASE("spelling: a swap of neighbouring letters is one edit, a swap and a substitution two") {
  using search::bounded_edit_distance;
  CHECK(bounded_edit_distance("recieve", "receive", 1) == 1);
  CHECK(bounded_edit_distance("phelbotomy", "phlebotomy", 2) == 1);
  CHECK(bounded_edit_distance("dailysis", "dialysis", 1) == 1);
  CHECK(bounded_edit_distance("dialysi", "dialyis", 1) == 1);  // the last two letters
  CHECK(bounded_edit_distance("recieva", "receive", 2) == 2);  // swap + substitution
  CHECK(bounded_edit_distance("recieva", "receive", 1) == 2);  // ...over a bound of one
  CHECK(bounded_edit_distance("phelbotomu", "phlebotomy", 2) == 2);
  // Two letters exchanged across a third are two substitutions, not a swap: "dialisys" is two
  // edits from "dialysis", so at 8 letters (one edit allowed) it is not corrected.
  CHECK(bounded_edit_distance("dialisys", "dialysis", 2) == 2);
  CHECK(bounded_edit_distance("dialisys", "dialysis", 1) == 2);
}

TEST_CASE("spelling: repeated letters do not pass for a swap") {
  using search::bounded_edit_distance;
  // Swapping two equal letters changes nothing, so it must not be counted as an edit either way.
  CHECK(bounded_edit_distance("balloon", "balloon", 2) == 0);
  CHECK(bounded_edit_distance("ballon", "balloon", 2) == 1);      // one insertion
  CHECK(bounded_edit_distance("comittee", "committee", 2) == 1);  // one insertion
  CHECK(bounded_edit_distance("committe", "committee", 2) == 1);
  CHECK(bounded_edit_distance("aab", "aba", 2) == 1);    // the swap of a and b
  CHECK(bounded_edit_distance("aab", "baa", 4) == 2);    // b moved past two a's: two edits
  CHECK(bounded_edit_distance("abba", "baab", 4) == 2);  // two separate swaps
  CHECK(bounded_edit_distance("llama", "lalma", 2) == 1);
}

namespace {

// The textbook optimal-string-alignment table, unbanded: what the bounded version must agree
// with whenever the true distance is within its bound.
int full_osa_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

TEST_CASE("spelling: the banded distance agrees with the full table (fixed seed)") {
  // A three-letter alphabet makes repeated letters and swaps common.
  std::mt19937 random(13);
  auto word = [&](size_t length) {
    std::string w;
    for (size_t i = 0; i < length; ++i) w += static_cast<char>('a' + random() % 3);
    return w;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string a = word(random() % 10), b = word(random() % 10);
    const int bound = static_cast<int>(random() % 4);
    const int full = full_osa_distance(a, b);
    const int bounded = search::bounded_edit_distance(a, b, bound);
    CHECK_MESSAGE(bounded == std::min(full, bound + 1), a, " ", b, " bound ", bound);
  }
}

TEST_CASE("spelling: dictionary words are folded letters-only words of 4 to 40 letters") {
  CHECK(words_of("Draw BLOOD by venipuncture; draw blood again.") ==
        std::vector<std::string>{"again", "blood", "draw", "venipuncture"});
  // Diacritics fold as unicode61 remove_diacritics 2 folds them; x-ray splits like FTS5.
  CHECK(words_of("Café naïveté résumé x-ray") ==
        std::vector<std::string>{"cafe", "naivete", "resume"});
  // A digit or a letter that does not fold leaves the word out (FTS5 keeps it whole).
  CHECK(words_of("covid19 3d-imaging straße ærø") == std::vector<std::string>{"imaging"});
  // Smart quotes, dashes, emoji, no-break spaces and stray bytes separate words.
  CHECK(words_of("nurse’s shift—long\xC2\xA0hours 😀blood\xFFwork") ==
        std::vector<std::string>{"blood", "hours", "long", "nurse", "shift", "work"});
  CHECK(words_of(std::string(41, 'a') + " " + std::string(40, 'b')) ==
        std::vector<std::string>{std::string(40, 'b')});
}

TEST_CASE("spelling: a guide's words come from exactly the text the FTS indexes hold") {
  parse::Guide g;
  g.career = "Zymurgist";  // the career name is not searched, so it is not a suggestion
  g.title = "Titleword";
  g.summary = "Summaryword";
  g.sections = {{"Headingword", parse::SectionKind::other, 2, "Sectionword", 1}};
  g.duties = {{"Dutyword", 2}};
  g.technical_skills = {{"Techword", 3}};
  g.soft_skills = {{"Softword", 4}};
  g.tools = {{"Toolword", 5}};
  g.certifications = {{"Certword", "Bodyword", 6}};
  g.faqs = {{"Questionword", "Answerword", 7}};
  g.pros_cons = {{true, "Proword", 8}};
  CHECK(sorted(parse::distinct_terms(g)) ==
        std::vector<std::string>{"answerword", "bodyword", "certword", "dutyword", "headingword",
                                 "questionword", "sectionword", "softword", "techword",
                                 "toolword"});
}

TEST_CASE("spelling: the dictionary reads every column the FTS indexes hold") {
  // A new FTS column must be added to parse::distinct_terms and to search_terms.cpp's read-back,
  // or its words are never suggested.
  TempDir dir;
  db::Database database(dir.file("kb.db"), db::OpenMode::read_write);
  std::set<std::string> indexed;
  for (const std::string& table : db::fts_table_names(database.sql())) {
    SQLite::Statement columns(database.sql(), "SELECT name FROM pragma_table_info(?)");
    columns.bind(1, table);
    while (columns.executeStep())
      indexed.insert(table.substr(0, table.size() - 4) + "." + columns.getColumn(0).getString());
  }
  CHECK(indexed == std::set<std::string>{"certifications.body", "certifications.name",
                                         "duties.text", "faqs.answer", "faqs.question",
                                         "sections.heading", "sections.text", "skills.text",
                                         "tools.name"});
}

TEST_CASE("spelling: an import counts each word once per guide") {
  SpellingDb db;
  CHECK(guides_using(db.sql, "venipuncture") == 1);
  CHECK(guides_using(db.sql, "sterilize") == 21);
  CHECK(guides_using(db.sql, "sterilise") == 1);
  CHECK(guides_using(db.sql, "phlebotomists") == 26);  // in every guide's section text
  CHECK(guides_using(db.sql, "the") == 0);             // under 4 letters
}

TEST_CASE("spelling: replacing a guide moves its words, and unused words are deleted") {
  SpellingDb db;
  import_guides(db.database,
                {loaded("phleb.md", guide_with("Draw blood by capillary puncture"), "sha-new")});
  CHECK(guides_using(db.sql, "venipuncture") == 0);
  CHECK(
      db.sql.execAndGet("SELECT count(*) FROM search_terms WHERE term = 'venipuncture'").getInt() ==
      0);
  CHECK(guides_using(db.sql, "capillary") == 1);
  CHECK(guides_using(db.sql, "phlebotomists") == 26);  // kept: the new text has it too

  // Counts after any sequence of runs equal a recount from the stored rows.
  auto after_runs = term_counts(db.sql);
  db::rebuild_search_terms(db.sql);
  CHECK(term_counts(db.sql) == after_runs);
}

TEST_CASE("spelling: a refused file or a failed run leaves the counts as they were") {
  SpellingDb db;
  auto before = term_counts(db.sql);

  // Refused by the database (CHECK on the salary period): skipped alone, its words not counted.
  parse::Guide refused = guide_with("Operate the zeppelin");
  parse::SalaryFact weekly;
  weekly.period = "weekly";
  weekly.original_text = "$900 a week";
  refused.salary_facts = {weekly};
  db::ImportReport r = import_guides(db.database, {loaded("phleb.md", refused, "sha-bad")});
  CHECK(r.skipped.size() == 1);
  CHECK(term_counts(db.sql) == before);

  // A strict run that aborts after writing a guide rolls back the counts with the rows.
  parse::Guide warned = guide_with("Pilot the blimp");
  warned.warnings = {{3, "salary range: minimum exceeds maximum"}};
  CHECK_THROWS_AS(import_guides(db.database,
                                {loaded("new.md", guide_with("Operate the zeppelin")),
                                 loaded("warned.md", warned)},
                                true),
                  db::ImportError);
  CHECK(term_counts(db.sql) == before);
}

TEST_CASE("spelling: migrating a v1 database fills search_terms from its guides") {
  TempDir dir;
  std::string path = dir.file("v1.db");
  fs::copy_file(CAREERKB_SOURCE_DIR "/tests/data/v1.db", path);
  db::Database database(path, db::OpenMode::read_write);
  SQLite::Database& sql = database.sql();
  CHECK(database.schema_version() == db::current_schema_version());
  auto counts = term_counts(sql);
  CHECK(counts.size() > 100);
  CHECK(counts["venipuncture"] == 1);  // the phlebotomist guide's duties
  CHECK(counts["dialysis"] >= 1);
  for (const auto& [term, guides] : counts) {
    CHECK(guides >= 1);
    CHECK(guides <= 2);  // the file holds two guides
  }
  // Correction works on the migrated file.
  search::Query q = search::parse_query("venipucture");
  CHECK(correct(sql, q).size() == 1);
}

TEST_CASE("spelling: a missing word is searched as its closest indexed word") {
  SpellingDb db;
  search::Query q = search::parse_query("venipucture");
  CHECK(fts_hits(db.sql, q) == 0);
  CHECK(correct(db.sql, q) ==
        std::vector<std::string>{"showing results for venipuncture (you typed venipucture; "
                                 "--exact searches only what you typed)"});
  CHECK(search::describe(q) == "(venipuncture OR venipucture)");
  CHECK(fts_hits(db.sql, q) == 1);

  search::Query two = search::parse_query("cardiovasular technologist");
  CHECK(correct(db.sql, two) ==
        std::vector<std::string>{"showing results for cardiovascular (you typed cardiovasular; "
                                 "--exact searches only what you typed)"});
  REQUIRE(two.clauses.size() == 2);
  CHECK(two.clauses[0].alternatives.size() == 2);
  CHECK(two.clauses[0].alternatives[0].tokens == std::vector<std::string>{"cardiovascular"});
  CHECK(two.clauses[1].alternatives.size() == 1);  // technologist: not in the db, no near word

  // Each word of a phrase; several corrections make one note.
  search::Query phrase = search::parse_query("\"cardiovasular strss tets\" venipucture");
  CHECK(correct(db.sql, phrase) ==
        std::vector<std::string>{"showing results for cardiovascular, stress, venipuncture (you "
                                 "typed cardiovasular, strss, venipucture; --exact searches only "
                                 "what you typed)"});
  CHECK(phrase.clauses[0].alternatives[0].tokens ==
        std::vector<std::string>{"cardiovascular", "stress", "tets"});  // tets: 4 letters
}

TEST_CASE("spelling: --exact only suggests and leaves the query as typed") {
  SpellingDb db;
  search::Query q = search::parse_query("venipucture");
  CHECK(correct(db.sql, q, true) == std::vector<std::string>{"did you mean venipuncture?"});
  CHECK(search::describe(q) == "venipucture");
}

TEST_CASE("spelling: what is never corrected") {
  SpellingDb db;
  auto untouched = [&](const std::string& text) {
    search::Query q = search::parse_query(text);
    std::string before = search::describe(q);
    CHECK_MESSAGE(correct(db.sql, q).empty(), text);
    CHECK_MESSAGE(search::describe(q) == before, text);
  };
  untouched("venipuncture");       // spelled right
  untouched("blod");               // 4 letters, although "blood" is one edit away
  untouched("-venipucture draw");  // excluded words
  untouched("venipuctur*");        // prefixes
  untouched("venipunctures");      // not in the dictionary, but found through its stem
  untouched("plsmaa");             // 6 letters, 2 edits from plasma
  untouched("zzzzzzzz");           // nothing near
  untouched("marker");             // rare, but "market" is not 20x more common
  untouched("sterilizers");        // rare, but an inflection of the common "sterilizer"
}

TEST_CASE("spelling: a swap of two letters and a rare variant are corrected") {
  SpellingDb db;
  search::Query swapped = search::parse_query("palsma");
  CHECK(correct(db.sql, swapped).size() == 1);
  CHECK(search::describe(swapped) == "(plasma OR palsma)");

  // The first letter is trusted (as Lucene's spell checker does), except for a swap of the
  // first two letters and first letters that sound alike (f for ph, k for c).
  for (const char* typed : {"lpasma", "flebotomists", "kardiovascular"}) {
    search::Query q = search::parse_query(typed);
    CHECK_MESSAGE(correct(db.sql, q).size() == 1, typed);
  }
  search::Query phonetic = search::parse_query("flebotomists");
  correct(db.sql, phonetic);
  CHECK(search::describe(phonetic) == "(phlebotomists OR flebotomists)");
  // A wrong first letter, a missing one, or a stray one in front (which would turn a real word
  // the guides lack into another: "again" into "gain") is not corrected.
  for (const char* typed : {"blasma", "lasma", "xplasma", "amarket"}) {
    search::Query q = search::parse_query(typed);
    CHECK_MESSAGE(correct(db.sql, q).empty(), typed);
  }

  // In one guide, while "sterilize" is in 21: the rare spelling gets the common one too.
  search::Query rare = search::parse_query("sterilise");
  CHECK(correct(db.sql, rare).size() == 1);
  CHECK(search::describe(rare) == "(sterilize OR sterilise)");
}

TEST_CASE("spelling: a search with two neighbouring letters swapped finds the word") {
  TempDir dir;
  db::Database database(dir.file("kb.db"), db::OpenMode::read_write);
  import_guides(database,
                {loaded("dialysis.md", guide_with("Greet and receive patients for dialysis")),
                 loaded("phleb.md", guide_with("Explain phlebotomy to nervous patients"))});
  search::Filters filters;
  struct Case {
    const char* typed;
    const char* found;
    const char* file;
  };
  for (Case c : {Case{"recieve", "receive", "dialysis.md"},  // 7 letters: one edit allowed
                 Case{"dailysis", "dialysis", "dialysis.md"},
                 Case{"phelbotomy", "phlebotomy", "phleb.md"}}) {
    search::SearchResult result = search::search(database.sql(), c.typed, filters);
    REQUIRE_MESSAGE(result.notes.size() == 1, c.typed);
    CHECK(result.notes[0] == std::string("showing results for ") + c.found + " (you typed " +
                                 c.typed + "; --exact searches only what you typed)");
    REQUIRE_MESSAGE(result.hits.size() >= 1, c.typed);
    CHECK(result.hits[0].file == c.file);
    CHECK(result.hits[0].text.find(c.found) != std::string::npos);
  }
  // Two letters exchanged across a third are two edits: beyond the bound at 8 letters.
  search::SearchResult far = search::search(database.sql(), "dialisys", filters);
  CHECK(far.hits.empty());
  CHECK(far.notes.empty());
}

TEST_CASE("spelling: a database without search_terms gets no corrections and no error") {
  TempDir dir;
  std::string path = dir.file("old.db");
  {
    db::Database database(path, db::OpenMode::read_write);
    import_guides(database, {loaded("phleb.md", guide_with("Draw blood by venipuncture"))});
    database.sql().exec("DROP TABLE search_terms");
  }
  SQLite::Database sql(path, SQLite::OPEN_READONLY);
  search::Query q = search::parse_query("venipucture");
  CHECK(correct(sql, q).empty());
  CHECK(search::describe(q) == "venipucture");

  SQLite::Database empty(":memory:");
  CHECK(correct(empty, q).empty());
}
