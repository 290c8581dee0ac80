// Tests for what search adds on top of matching words: careers ranked by their facts (--by
// career), proximity, career-name and topic boosts, stop words, the "any of the words" fallback,
// the growth/certification/tier filters, filters typed as words, searches without words, and
// facet counts; each over a small database built with plain SQL.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>

#include "db/database.hpp"
#include "db_test_util.hpp"
#include "search/search.hpp"

using namespace careerkb;
namespace fs = std::filesystem;

namespace {

// Four careers. Lab Assistant's pay, growth and education are unknown; its duty holds "remove"
// and "plaque" far apart, Dental Hygienist's as a phrase.
const char* fixture_sql = R"sql(
INSERT INTO sources (id, path, sha256, bytes, format, encoding, imported_at) VALUES
  (1, '/g/phlebotomist.md', 'a', 1, 'markdown', 'utf-8', '2024-01-01T00:00:00Z'),
  (2, '/g/dental-hygienist.md', 'b', 1, 'markdown', 'utf-8', '2024-01-01T00:00:00Z'),
  (3, '/g/surgeon.md', 'c', 1, 'markdown', 'utf-8', '2024-01-01T00:00:00Z'),
  (4, '/g/lab-assistant.md', 'd', 1, 'markdown', 'utf-8', '2024-01-01T00:00:00Z');
INSERT INTO careers (id, name, normalized_name) VALUES
  (1, 'Phlebotomist', 'phlebotomist'), (2, 'Dental Hygienist', 'dental hygienist'),
  (3, 'Surgeon', 'surgeon'), (4, 'Lab Assistant', 'lab assistant');
INSERT INTO guides (id, source_id, career_id, title, median_salary_annual_usd, growth_pct,
                    typical_education_rank) VALUES
  (1, 1, 1, 'Phlebotomist Guide', 41810, 8, 2),
  (2, 2, 2, 'Dental Hygienist Guide', 87530, 7, 4),
  (3, 3, 3, 'Surgeon Guide', 239200, 3, 7),
  (4, 4, 4, 'Lab Assistant Guide', NULL, NULL, NULL);
INSERT INTO duties (guide_id, text, line) VALUES
  (1, 'Draw blood by venipuncture and fingerstick', 20),
  (1, 'Label tubes and blood samples at the bedside', 21),
  (1, 'Calm anxious patients before a draw', 22),
  (2, 'Clean teeth, remove plaque and polish', 30),
  (2, 'Take dental x-rays of the teeth', 31),
  (3, 'Perform surgery and review blood tests first', 40),
  (4, 'Plaque plaque readers need care: check each slide tray, then remove remove them', 50),
  (4, 'Carry blood samples to the analyzer', 51);
INSERT INTO certifications (guide_id, name, body, line) VALUES
  (1, 'Certified Phlebotomy Technician (CPT)', 'NHA', 60),
  (2, 'Registered Dental Hygienist (RDH)', 'ADHA', 61);
INSERT INTO tiers (guide_id, ordinal, name, years_min, years_max, line) VALUES
  (1, 0, 'Entry-Level Phlebotomist', 0, 2, 70), (1, 1, 'Lead Phlebotomist', 6, NULL, 71),
  (2, 0, 'Senior Hygienist', 5, NULL, 72);
INSERT INTO sections (guide_id, ordinal, heading, level, kind, text, line) VALUES
  (1, 1, 'How much does a phlebotomist make?', 2, 'salary',
   'Phlebotomists earn a median of $41,810 a year.', 80),
  (1, 2, 'About the work', 2, 'overview', 'Blood, blood and more blood: the job is blood.', 81);
)sql";

struct TestDb : test::FixtureDb {
  TestDb() : FixtureDb(fixture_sql) {}
};

search::Filters items(int limit = 50) {
  search::Filters f;
  f.limit = limit;
  return f;
}

search::Filters careers(int limit = 50) {
  search::Filters f = items(limit);
  f.group_by = search::GroupBy::career;
  return f;
}

std::vector<std::string> names(const search::SearchResult& r) {
  std::vector<std::string> out;
  for (const search::CareerHit& c : r.careers) out.push_back(c.career);
  return out;
}

std::set<std::string> hit_careers(const search::SearchResult& r) {
  std::set<std::string> out;
  for (const search::Hit& h : r.hits) out.insert(h.career);
  return out;
}

bool has_line(const std::vector<std::string>& lines, std::string_view part) {
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& l) { return l.find(part) != std::string::npos; });
}

long long count_of(const std::vector<search::FacetCount>& facet, std::string_view value) {
  for (const search::FacetCount& c : facet) {
    if (c.value == value) return c.count;
  }
  FAIL("no facet value ", std::string(value));
  return -1;
}

}  // namespace

TEST_CASE("search by career: several matching facts outrank one, with figures and 3 matches") {
  TestDb t;
  search::SearchResult r = search::search(t.sql(), "blood", careers());
  CHECK(r.shown == search::GroupBy::career);
  CHECK(r.hits.empty());
  REQUIRE(r.careers.size() == 3);  // Phlebotomist, Lab Assistant, Surgeon (Dental has no blood)
  CHECK(r.careers[0].career == "Phlebotomist");
  CHECK(r.careers[0].median_salary_annual_usd == doctest::Approx(41810));
  CHECK(r.careers[0].typical_education == "postsecondary_nondegree");
  CHECK(r.careers[0].growth_pct == doctest::Approx(8));
  CHECK(r.careers[0].match_count == 3);
  REQUIRE(r.careers[0].matches.size() == 3);
  CHECK(r.careers[0].matches[0].kind == search::FactKind::duty);
  CHECK(r.careers[0].matches[0].file == "phlebotomist.md");
  CHECK(r.careers[0].matches[0].snippet.find(search::match_open) != std::string::npos);
  for (size_t i = 1; i < r.careers.size(); ++i) CHECK(r.careers[i - 1].score >= r.careers[i].score);
  // A career's score is more than its best fact's once it has several.
  CHECK(r.careers[0].score > r.careers[0].matches[0].score);
  CHECK(search::search(t.sql(), "blood", careers(1)).careers.size() == 1);
}

TEST_CASE("search ranking: words standing together outrank the same words scattered") {
  TestDb t;
  search::SearchResult r = search::search(t.sql(), "remove plaque", items());
  REQUIRE(r.hits.size() == 2);
  CHECK(r.hits[0].career == "Dental Hygienist");
  CHECK(r.hits[0].score > 1.0);  // above a duty's weight: only a proximity boost does that
  CHECK(r.hits[1].career == "Lab Assistant");
  CHECK(r.hits[1].score <= 1.0);
  CHECK(has_line(r.explain, "proximity boost: \"remove plaque\""));
}

TEST_CASE("search ranking: a named career comes first, its facts match without its name") {
  TestDb t;
  // No fact holds "surgeon" and "blood": the Surgeon's blood duty matches through the name.
  search::SearchResult r = search::search(t.sql(), "surgeon blood", items());
  REQUIRE(!r.hits.empty());
  CHECK(r.hits[0].career == "Surgeon");
  CHECK(r.hits[0].text == "Perform surgery and review blood tests first");
  CHECK(has_line(r.explain, "career named: Surgeon"));
  CHECK(names(search::search(t.sql(), "surgeons blood", careers())).front() == "Surgeon");
  // "phlebotomist duties": the named career's duties, first.
  r = search::search(t.sql(), "phlebotomist duties", items());
  REQUIRE(r.hits.size() >= 3);
  for (int i = 0; i < 3; ++i) {
    CHECK(r.hits[i].career == "Phlebotomist");
    CHECK(r.hits[i].kind == search::FactKind::duty);
  }
  CHECK(has_line(r.notes, "understood \"duties\" as duties first"));
}

TEST_CASE("search ranking: a pay word puts the career's salary section first") {
  TestDb t;
  search::SearchResult r = search::search(t.sql(), "phlebotomist salary", items());
  REQUIRE(!r.hits.empty());
  CHECK(r.hits[0].kind == search::FactKind::section);
  CHECK(r.hits[0].text == "How much does a phlebotomist make?");
  CHECK(has_line(r.explain, "ranking: salary sections first"));
}

TEST_CASE("search: stop words are not required, a query of stop words only is searched") {
  TestDb t;
  search::SearchResult r = search::search(t.sql(), "work with blood", items());
  CHECK(hit_careers(r) == std::set<std::string>{"Phlebotomist", "Surgeon", "Lab Assistant"});
  CHECK(has_line(r.explain, "stop words not searched: work, with"));
  r = search::search(t.sql(), "the", items());
  CHECK(hit_careers(r) ==
        std::set<std::string>{"Phlebotomist", "Dental Hygienist", "Lab Assistant"});
}

TEST_CASE("search: when no fact holds every word, facts holding some follow, with a note") {
  TestDb t;
  search::SearchResult r = search::search(t.sql(), "plaque venipuncture", items());
  CHECK(hit_careers(r) ==
        std::set<std::string>{"Phlebotomist", "Dental Hygienist", "Lab Assistant"});
  CHECK(has_line(r.notes, "no fact holds every word"));
  for (const search::Hit& h : r.hits) CHECK(h.score < 1.0);
  // A career found through full matches always ranks above one found through some words.
  r = search::search(t.sql(), "review blood", careers());
  REQUIRE(r.careers.size() >= 2);
  CHECK(r.careers[0].career == "Surgeon");
  CHECK(has_line(r.notes, "facts that hold some of them follow"));
  // Every word found somewhere: no fallback, no note.
  CHECK(!has_line(search::search(t.sql(), "blood", items()).notes, "every word"));
}

TEST_CASE("search filters: growth, certification (name or body) and tier, in SQL") {
  TestDb t;
  search::Filters f = careers();
  f.min_growth = 7.5;
  CHECK(names(search::search(t.sql(), "blood", f)) == std::vector<std::string>{"Phlebotomist"});
  f = careers();
  f.certification = "rdh";
  CHECK(names(search::search(t.sql(), "teeth", f)) == std::vector<std::string>{"Dental Hygienist"});
  f.certification = "nha";  // the issuing body
  CHECK(names(search::search(t.sql(), "blood", f)) == std::vector<std::string>{"Phlebotomist"});
  f = items();
  f.tier = "SENIOR";
  CHECK(hit_careers(search::search(t.sql(), "teeth", f)) ==
        std::set<std::string>{"Dental Hygienist"});
  f.tier = "entry";
  CHECK(search::search(t.sql(), "teeth", f).hits.empty());
  // The careers listing takes the same filters.
  f = items(0);
  f.tier = "lead";
  std::vector<search::CareerRow> rows = search::list_careers(t.sql(), f);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].career == "Phlebotomist");
  f = items(0);
  f.min_growth = 5;
  CHECK(search::list_careers(t.sql(), f).size() == 2);  // unknown growth never passes
}

TEST_CASE("search without words lists the careers passing the filters") {
  TestDb t;
  search::Filters f = items();
  f.min_salary = 40000;
  search::SearchResult r = search::search(t.sql(), "", f);
  CHECK(r.shown == search::GroupBy::career);
  CHECK(r.fts_query.empty());
  CHECK(names(r) == std::vector<std::string>{"Surgeon", "Dental Hygienist", "Phlebotomist"});
  CHECK(r.careers[0].score == 0);
  CHECK(r.careers[0].matches.empty());
  f = items();
  f.min_growth = 5;  // a growth filter orders by growth
  CHECK(names(search::search(t.sql(), "  ", f)) ==
        std::vector<std::string>{"Phlebotomist", "Dental Hygienist"});
  // No filters at all: every career, best paid first, unknown pay last.
  CHECK(names(search::search(t.sql(), "", items())).back() == "Lab Assistant");
  CHECK(names(search::search(t.sql(), "", items(2))).size() == 2);
}

TEST_CASE("search: filters typed as words apply, are reported, and lose to options") {
  TestDb t;
  search::SearchResult r = search::search(t.sql(), "blood over 50k", items());
  CHECK(hit_careers(r) == std::set<std::string>{"Surgeon"});
  CHECK(has_line(r.notes, "understood \"over 50k\" as --min-salary 50000"));
  CHECK(has_line(r.explain, "--min-salary 50000 (from \"over 50k\")"));
  CHECK(has_line(r.explain, "match expression: \"blood\""));

  search::Filters f = items();
  f.min_salary = 40000;  // an option wins over the words
  r = search::search(t.sql(), "blood over 50k", f);
  CHECK(hit_careers(r) == std::set<std::string>{"Phlebotomist", "Surgeon"});
  CHECK(has_line(r.notes, "\"over 50k\" not used for --min-salary"));
  CHECK(has_line(r.explain, "--min-salary 40000 (option)"));

  // Only filter words: a search without words.
  r = search::search(t.sql(), "jobs without a college degree", items());
  CHECK(r.shown == search::GroupBy::career);
  CHECK(names(r) == std::vector<std::string>{"Phlebotomist"});
  CHECK(has_line(r.explain, "filler words dropped: jobs"));

  // --exact reads every word as a word: no fact holds "over" and "50k", so the facts holding
  // "blood" come back through the fallback, from every career.
  f = items();
  f.exact = true;
  r = search::search(t.sql(), "blood over 50k", f);
  CHECK(hit_careers(r).count("Phlebotomist") == 1);
  CHECK(has_line(r.notes, "no fact holds every word"));
  CHECK(!has_line(r.notes, "understood"));
}

TEST_CASE("search facets: every match counted by education, salary band and kind") {
  TestDb t;
  search::Filters f = items(1);  // facets count beyond the rows shown
  f.facets = true;
  search::SearchResult r = search::search(t.sql(), "blood", f);
  REQUIRE(r.hits.size() == 1);
  REQUIRE(r.facets);
  // Facts with "blood": Phlebotomist 2 duties + 1 section, Surgeon 1, Lab Assistant 1.
  CHECK(count_of(r.facets->kind, "duty") == 4);
  CHECK(count_of(r.facets->kind, "section") == 1);
  CHECK(count_of(r.facets->kind, "faq") == 0);
  CHECK(count_of(r.facets->education, "postsecondary_nondegree") == 3);
  CHECK(count_of(r.facets->education, "doctoral") == 1);
  CHECK(count_of(r.facets->education, "unknown") == 1);
  CHECK(count_of(r.facets->salary_band, "30-50k") == 3);
  CHECK(count_of(r.facets->salary_band, "100k+") == 1);
  CHECK(count_of(r.facets->salary_band, "unknown") == 1);
  CHECK(r.facets->education.size() == 9);  // every level, then unknown
  CHECK(r.facets->salary_band.size() == 6);

  f.group_by = search::GroupBy::career;  // --by career counts careers
  r = search::search(t.sql(), "blood", f);
  REQUIRE(r.facets);
  CHECK(count_of(r.facets->kind, "duty") == 3);
  CHECK(count_of(r.facets->kind, "section") == 1);
  CHECK(count_of(r.facets->education, "postsecondary_nondegree") == 1);

  f = items();
  f.facets = true;
  f.max_education = parse::EducationLevel::associate;  // filters apply to the counts
  r = search::search(t.sql(), "blood", f);
  CHECK(count_of(r.facets->kind, "duty") == 2);
  CHECK(count_of(r.facets->education, "unknown") == 0);

  f = items();
  f.facets = true;
  r = search::search(t.sql(), "", f);  // without words: the careers
  CHECK(count_of(r.facets->salary_band, "75-100k") == 1);
  CHECK(count_of(r.facets->kind, "duty") == 0);
  CHECK(!search::search(t.sql(), "blood", items()).facets);  // only when asked for
}

TEST_CASE("search facets: a name-matched fact or a fallback fact counts once") {
  TestDb t;
  search::Filters f = items();
  f.facets = true;
  // "surgeon blood": no fact holds both; the Surgeon's blood duty matches through the name.
  search::SearchResult r = search::search(t.sql(), "surgeon blood", f);
  long long shown = static_cast<long long>(r.hits.size());
  long long counted = 0;
  for (const search::FacetCount& c : r.facets->kind) counted += c.count;
  CHECK(counted == shown);
  r = search::search(t.sql(), "plaque venipuncture", f);
  counted = 0;
  for (const search::FacetCount& c : r.facets->kind) counted += c.count;
  CHECK(counted == static_cast<long long>(r.hits.size()));
}
