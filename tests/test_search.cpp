// Tests for the search core and its printers over a small database built with plain SQL: kind
// weighting, stemming, filters, --in, hostile queries (only a one-line error, never SQLite's
// text), career lookup, and printer output that parses back (JSON) or quotes right (CSV).
#include "search/search.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <random>
#include <set>
#include <sstream>

#include "db/database.hpp"
#include "db_test_util.hpp"
#include "report/printers.hpp"
#include "search/query.hpp"

using namespace careerkb;
namespace fs = std::filesystem;

namespace {

// Four careers: one per education band plus one whose pay and education are unknown.
const char* fixture_sql = R"sql(
INSERT INTO sources (id, path, sha256, bytes, format, encoding, imported_at) VALUES
  (1, '/guides/phlebotomist.md', 'a', 1, 'markdown', 'utf-8', '2024-01-01T00:00:00Z'),
  (2, '/guides/dental-hygienist.md', 'b', 1, 'markdown', 'utf-8', '2024-01-01T00:00:00Z'),
  (3, '/guides/surgeon.html', 'c', 1, 'html', 'utf-8', '2024-01-01T00:00:00Z'),
  (4, '/guides/mystery.txt', 'd', 1, 'text', 'utf-8', '2024-01-01T00:00:00Z');
INSERT INTO careers (id, name, normalized_name) VALUES
  (1, 'Phlebotomist', 'phlebotomist'), (2, 'Dental Hygienist', 'dental hygienist'),
  (3, 'Surgeon', 'surgeon'), (4, 'Mystery Worker', 'mystery worker');
INSERT INTO guides (id, source_id, career_id, title, median_salary_annual_usd,
                    salary_min_annual_usd, salary_max_annual_usd, growth_pct,
                    typical_education_rank) VALUES
  (1, 1, 1, 'Phlebotomist Career Guide', 41810, 33000, 54000, 8, 2),
  (2, 2, 2, 'Dental Hygienist Guide', 87530, 60000, 110000, 7, 4),
  (3, 3, 3, 'Surgeon Guide', 239200, NULL, NULL, 3, 7),
  (4, 4, 4, 'Mystery Guide', NULL, NULL, NULL, NULL, NULL);
INSERT INTO duties (guide_id, text, line) VALUES
  (1, 'Draw blood by venipuncture, fingerstick or heel stick', 27),
  (1, 'Sterilize reusable equipment at the end of each shift', 28),
  (2, 'Sterilize instruments after each patient', 22),
  (2, 'Clean teeth and remove plaque', 20),
  (3, 'Sterilize hands and arms before surgery', 10),
  (4, 'Sterilize the mystery tools', 5);
INSERT INTO skills (guide_id, kind, text, line) VALUES
  (1, 'technical', 'Venipuncture and capillary puncture technique', 40),
  (1, 'soft', 'A calm, reassuring bedside manner', 47),
  (2, 'technical', 'Dental radiography', 30);
INSERT INTO tools (guide_id, name, line) VALUES (1, 'Tourniquets and butterfly needles', 52);
INSERT INTO certifications (guide_id, name, body, line) VALUES
  (1, 'Certified Phlebotomy Technician', 'National Healthcareer Association', 60);
INSERT INTO sections (guide_id, ordinal, heading, level, kind, text, line) VALUES
  (1, 1, 'About the job', 2, 'other',
   'Phlebotomists draw blood all day. Blood for tests, blood for donation, blood for research: ' ||
   'blood is the job, and venipuncture is how the blood gets drawn.', 10),
  (2, 1, 'What hygienists do', 2, 'duties', 'Hygienists clean teeth and teach patients.', 15);
INSERT INTO faqs (guide_id, question, answer, line) VALUES
  (2, 'How long is dental hygiene school?', 'About three years for an associate degree.', 80);
)sql";

// A database in a fresh temporary folder, removed afterwards.
struct TestDb : test::FixtureDb {
  TestDb() : FixtureDb(fixture_sql) {}
};

search::Filters all(int limit = 50) {
  search::Filters f;
  f.limit = limit;
  return f;
}

std::set<std::string> careers_of(const search::SearchResult& r) {
  std::set<std::string> out;
  for (const search::Hit& h : r.hits) out.insert(h.career);
  return out;
}

std::set<std::string> kinds_of(const search::SearchResult& r) {
  std::set<std::string> out;
  for (const search::Hit& h : r.hits) out.insert(search::to_string(h.kind));
  return out;
}

// Runs a query that may be rejected; only a one-line QueryError or SearchError is acceptable.
void check_hostile(SQLite::Database& db, const std::string& input) {
  try {
    search::search(db, input, all());
  } catch (const search::QueryError& e) {
    std::string msg = e.what();
    CHECK(msg.find('\n') == std::string::npos);
    CHECK(msg.find("fts5") == std::string::npos);
    CHECK(msg.find("syntax error") == std::string::npos);
  } catch (const search::SearchError& e) {
    FAIL("sqlite refused the query for input of ", input.size(), " bytes: ", std::string(e.what()));
  }
}

}  // namespace

TEST_CASE("search: the fixture's FTS indexes are consistent") {
  TestDb t;
  for (const char* fts :
       {"duties_fts", "skills_fts", "tools_fts", "certifications_fts", "sections_fts", "faqs_fts"})
    t.sql().exec(std::string("INSERT INTO ") + fts + "(" + fts + ") VALUES('integrity-check')");
}

TEST_CASE("search: a duty outranks a section paragraph that repeats the word") {
  TestDb t;
  search::SearchResult r = search::search(t.sql(), "blood", all());
  REQUIRE(r.hits.size() == 2);
  CHECK(r.hits[0].kind == search::FactKind::duty);
  CHECK(r.hits[1].kind == search::FactKind::section);
  CHECK(r.hits[0].score > r.hits[1].score);
  CHECK(r.hits[0].career == "Phlebotomist");
  CHECK(r.hits[0].file == "phlebotomist.md");
  CHECK(r.hits[0].line == 27);
  CHECK(r.hits[0].median_salary_annual_usd == doctest::Approx(41810));
  CHECK(r.hits[0].typical_education == "postsecondary_nondegree");
  CHECK(r.hits[0].snippet.find(std::string(1, search::match_open) + "blood") != std::string::npos);
  CHECK(r.hits[1].text == "About the job");
}

TEST_CASE("search: porter stemming finds other word forms") {
  TestDb t;
  search::SearchResult r = search::search(t.sql(), "sterilizing", all());
  CHECK(careers_of(r) ==
        std::set<std::string>{"Phlebotomist", "Dental Hygienist", "Surgeon", "Mystery Worker"});
  CHECK(kinds_of(r) == std::set<std::string>{"duty"});
}

TEST_CASE("search: education filters compare the career's typical education") {
  TestDb t;
  search::Filters f = all();
  f.max_education = parse::EducationLevel::associate;
  CHECK(careers_of(search::search(t.sql(), "sterilize", f)) ==
        std::set<std::string>{"Phlebotomist", "Dental Hygienist"});
  f = all();
  f.min_education = parse::EducationLevel::bachelor;
  CHECK(careers_of(search::search(t.sql(), "sterilize", f)) == std::set<std::string>{"Surgeon"});
  f.max_education = parse::EducationLevel::master;  // min above every match's max
  CHECK(search::search(t.sql(), "sterilize", f).hits.empty());
}

TEST_CASE("search: salary filters compare the career's median, unknown pay never passes") {
  TestDb t;
  search::Filters f = all();
  f.min_salary = 50000;
  CHECK(careers_of(search::search(t.sql(), "sterilize", f)) ==
        std::set<std::string>{"Dental Hygienist", "Surgeon"});
  f = all();
  f.max_salary = 45000;
  CHECK(careers_of(search::search(t.sql(), "sterilize", f)) ==
        std::set<std::string>{"Phlebotomist"});
  f.min_salary = 41810;  // bounds are inclusive
  CHECK(careers_of(search::search(t.sql(), "sterilize", f)) ==
        std::set<std::string>{"Phlebotomist"});
}

TEST_CASE("search: --in restricts the kinds searched, skills keep technical/soft") {
  TestDb t;
  search::Filters f = all();
  f.kinds = {search::Scope::skills};
  search::SearchResult r = search::search(t.sql(), "venipuncture", f);
  CHECK(kinds_of(r) == std::set<std::string>{"technical_skill"});
  f.kinds = search::parse_kinds("duty,sections");
  CHECK(kinds_of(search::search(t.sql(), "venipuncture", f)) ==
        std::set<std::string>{"duty", "section"});
  CHECK(kinds_of(search::search(t.sql(), "bedside", all())) == std::set<std::string>{"soft_skill"});
  CHECK(kinds_of(search::search(t.sql(), "healthcareer OR tourniquets", all())) ==
        std::set<std::string>{"certification", "tool"});
  CHECK(kinds_of(search::search(t.sql(), "hygiene", all())) == std::set<std::string>{"faq"});
  CHECK_THROWS_AS(search::parse_kinds("duties,sideways"), std::invalid_argument);
}

TEST_CASE("search: a field scope in the query limits that term to its table") {
  TestDb t;
  CHECK(kinds_of(search::search(t.sql(), "skills:venipuncture", all())) ==
        std::set<std::string>{"technical_skill"});
  search::Filters f = all();
  f.kinds = {search::Scope::duties};
  search::SearchResult r = search::search(t.sql(), "skills:venipuncture", f);
  CHECK(r.hits.empty());
  CHECK(!r.notes.empty());
}

TEST_CASE("search: limit keeps the best hits across kinds") {
  TestDb t;
  // A duty, a skill and a section paragraph match; the paragraph is the one left out, and the
  // tie between the two best of their kinds goes to the duty.
  search::SearchResult r = search::search(t.sql(), "venipuncture", all(2));
  REQUIRE(r.hits.size() == 2);
  CHECK(r.hits[0].kind == search::FactKind::duty);
  CHECK(r.hits[1].kind == search::FactKind::technical_skill);
  // With every hit shown the long section paragraph comes last (venipuncture also searches
  // its synonym phlebotomy, so a certification matches too and ranks above the paragraph).
  CHECK(search::search(t.sql(), "venipuncture", all(50)).hits.back().kind ==
        search::FactKind::section);
  CHECK_THROWS_AS(search::search(t.sql(), "blood", all(0)), std::invalid_argument);
}

TEST_CASE("search: hostile queries give a one-line query error or results, never sqlite text") {
  TestDb t;
  for (const char* q :
       {"\"unbalanced", "AND",    "*",    "NEAR(",         "OR",         "NOT",     "-",
        "\"",           "(",      ")",    "blood)",        "NEAR(blood", "a:b:c",   "^blood",
        "blood*",       "*blood", "\"\"", "blood AND AND", "OR blood",   "duties:", "{duties}: x",
        "rank:",        "'"})
    check_hostile(t.sql(), q);
  std::mt19937 rng(20240601);
  std::uniform_int_distribution<int> byte(1, 255);
  for (int round = 0; round < 10; ++round) {  // 10 KB of random bytes
    std::string input(10 * 1024, ' ');
    for (char& c : input) c = static_cast<char>(byte(rng));
    check_hostile(t.sql(), input);
  }
  const std::vector<std::string> pieces = {
      "\"",    "*",     "(",         ")", ":", "^", "+", "-",       "AND", "OR", "NOT", "NEAR",
      "NEAR(", "blood", "sterilize", "{", "}", ",", " ", "duties:", "|",   "é",  "\xff"};
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 300; ++round) {  // random FTS5-ish syntax
    std::string input;
    for (int i = 0; i < 12; ++i) input += pieces[pick(rng)];
    check_hostile(t.sql(), input);
  }
}

TEST_CASE("search: parse_salary_amount accepts the usual ways to write an amount") {
  CHECK(search::parse_salary_amount("45000") == 45000);
  CHECK(search::parse_salary_amount("45k") == 45000);
  CHECK(search::parse_salary_amount("45K") == 45000);
  CHECK(search::parse_salary_amount("$45,000") == 45000);
  CHECK(search::parse_salary_amount("$45.5k") == 45500);
  CHECK(search::parse_salary_amount(" 1,234,567 ") == 1234567);

  for (const char* bad : {"", "$", "k", "abc", "45m", "-5", "4,5000", "45,00", ",450", "1.2.3",
                          "45.", "€45000", "45 000", "nan", "1e9"}) {
    CAPTURE(bad);
    try {
      search::parse_salary_amount(bad);
      FAIL("accepted");
    } catch (const std::invalid_argument& e) {
      CHECK(std::string(e.what()).find('\n') == std::string::npos);
    }
  }
}

TEST_CASE("search: education level names, with the valid ones listed on error") {
  CHECK(search::parse_education_level("Associate") == parse::EducationLevel::associate);
  CHECK(search::parse_education_level("high-school") == parse::EducationLevel::high_school);
  try {
    search::parse_education_level("phd");
    FAIL("accepted");
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()).find("postsecondary_nondegree") != std::string::npos);
  }
}

TEST_CASE("search: careers are listed by name with filters, unknown values excluded") {
  TestDb t;
  std::vector<search::CareerRow> rows = search::list_careers(t.sql(), all(0));
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].career == "Dental Hygienist");
  CHECK(rows[1].career == "Mystery Worker");
  CHECK(!rows[1].median);
  CHECK(rows[0].typical_education == "associate");
  CHECK(rows[0].sources == 1);
  search::Filters f;
  f.limit = 0;
  f.min_salary = 40000;
  f.max_education = parse::EducationLevel::associate;
  rows = search::list_careers(t.sql(), f);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].career == "Dental Hygienist");
  CHECK(rows[1].career == "Phlebotomist");
}

TEST_CASE("search: show finds a career by exact name, unique prefix or unique part") {
  TestDb t;
  CHECK(search::career_profile(t.sql(), "dental hygienist").career == "Dental Hygienist");
  CHECK(search::career_profile(t.sql(), "PHLEB").career == "Phlebotomist");
  CHECK(search::career_profile(t.sql(), "hygien").career == "Dental Hygienist");
  CHECK(search::career_profile(t.sql(), "surgeons").career == "Surgeon");
  db::CareerProfile p = search::career_profile(t.sql(), "Phlebotomist");
  CHECK(p.median_salary_annual_usd == 41810.0);
  CHECK(p.typical_education == "postsecondary_nondegree");
  CHECK(p.guides.size() == 1);
  CHECK_THROWS_WITH_AS(search::career_profile(t.sql(), "zzz"), doctest::Contains("no career"),
                       search::SearchError);
  // 'e' is in every name: the message lists candidates instead of guessing.
  CHECK_THROWS_WITH_AS(search::career_profile(t.sql(), "e"), doctest::Contains("Dental Hygienist"),
                       search::SearchError);
}

TEST_CASE("search: JSON and NDJSON printers write documents that parse back") {
  TestDb t;
  search::SearchResult r = search::search(t.sql(), "blood", all());
  std::ostringstream json;
  report::print_hits(json, r.hits, report::Format::json, false);
  nlohmann::json parsed = nlohmann::json::parse(json.str());
  REQUIRE(parsed.is_array());
  REQUIRE(parsed.size() == r.hits.size());
  CHECK(parsed[0]["kind"] == "duty");
  CHECK(parsed[0]["line"] == 27);
  std::string plain = parsed[0]["snippet"], marked = parsed[0]["snippet_marked"];
  CHECK(plain.find_first_of("[]\x02\x03") == std::string::npos);
  CHECK(marked.find("[blood]") != std::string::npos);

  std::ostringstream nd;
  report::print_hits(nd, r.hits, report::Format::ndjson, false);
  std::istringstream lines(nd.str());
  size_t count = 0;
  for (std::string line; std::getline(lines, line); ++count)
    CHECK(nlohmann::json::parse(line).is_object());
  CHECK(count == r.hits.size());

  std::ostringstream careers;
  report::print_careers(careers, search::list_careers(t.sql(), all(0)), report::Format::json,
                        false);
  CHECK(nlohmann::json::parse(careers.str())[1]["median_salary_annual_usd"].is_null());

  std::ostringstream none;
  report::print_hits(none, {}, report::Format::json, false);
  CHECK(nlohmann::json::parse(none.str()) == nlohmann::json::array());
}

TEST_CASE("search: CSV quotes commas and doubles quotes (RFC 4180)") {
  CHECK(report::csv_field("plain") == "plain");
  CHECK(report::csv_field("Say \"hi\", then leave") == "\"Say \"\"hi\"\", then leave\"");
  CHECK(report::csv_field("two\nlines") == "\"two\nlines\"");
  search::Hit h;
  h.career = "Welder, Cutter";
  h.kind = search::FactKind::duty;
  h.text = "Say \"hi\", then leave";
  h.snippet = "x";
  std::ostringstream out;
  report::print_hits(out, {h}, report::Format::csv, false);
  std::string csv = out.str();
  CHECK(csv.rfind("career,kind,text,snippet,", 0) == 0);
  CHECK(csv.find("\r\n\"Welder, Cutter\",duty,\"Say \"\"hi\"\", then leave\",x,") !=
        std::string::npos);
}

TEST_CASE("search: the table printer marks matches with brackets when not coloured") {
  TestDb t;
  std::ostringstream out;
  report::print_hits(out, search::search(t.sql(), "blood", all()).hits, report::Format::table,
                     false);
  std::string table = out.str();
  CHECK(table.rfind("CAREER", 0) == 0);
  CHECK(table.find("phlebotomist.md:27") != std::string::npos);
  CHECK(table.find("[blood]") != std::string::npos);
  CHECK(table.find('\x1b') == std::string::npos);
}

TEST_CASE("search: hourly salary input is annualised at 2080 h") {
  CHECK(search::parse_salary_amount("20/h") == 41600);
  CHECK(search::parse_salary_amount("$21.50/hr") == doctest::Approx(44720));
  CHECK(search::parse_salary_amount("20/hour") == 41600);
  CHECK_THROWS_AS(search::parse_salary_amount("20/week"), std::invalid_argument);
  CHECK_THROWS_AS(search::parse_salary_amount("1,23"), std::invalid_argument);
}

TEST_CASE("search: a query over its time budget stops with a one-line message") {
  TestDb t;
  // Enough rows that matching them all takes far longer than the 1 ms budget below.
  t.sql().exec(
      "INSERT INTO duties (guide_id, text, line) "
      "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 60000) "
      "SELECT 1, 'Label blood tubes and log specimen ' || x, 1 FROM n");
  search::Filters f = all(5);
  f.time_budget_ms = 1;
  try {
    search::search(t.sql(), "blood OR specimen OR tubes", f);
    FAIL("the query was not stopped");
  } catch (const search::SearchError& e) {
    std::string msg = e.what();
    CHECK(msg.find("stopped after 1 ms") != std::string::npos);
    CHECK(msg.find('\n') == std::string::npos);
  }
  // Without a budget the same query completes, and the connection is usable again.
  f.time_budget_ms = 0;
  CHECK(search::search(t.sql(), "blood", f).hits.size() == 5);
}
