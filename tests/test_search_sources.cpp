// Tests for the guides every career result cites (search::GuideSource, search/guide_sources.cpp):
// the line of the figure a filter compared, else of the career's best match in that guide, else
// the guide's first line; never 0. Over a small database built with plain SQL in which each
// figure's line differs from every other line, so a test names the rule that chose it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "db_test_util.hpp"
#include "search/search.hpp"

using namespace careerkb;

namespace {

// Phlebotomist has two guides (the second without a growth figure), Surgeon one whose page also
// quotes a nurse's pay and growth (another occupation's figures, never cited), Empty one guide
// with no fact at all.
const char* fixture_sql = R"sql(
INSERT INTO sources (id, path, sha256, bytes, format, encoding, imported_at) VALUES
  (1, '/a/phlebotomist.md', 'a', 1, 'markdown', 'utf-8', '2024-01-01T00:00:00Z'),
  (2, '/b/phlebotomy-guide.html', 'b', 1, 'html', 'utf-8', '2024-01-01T00:00:00Z'),
  (3, '/c/surgeon.txt', 'c', 1, 'text', 'utf-8', '2024-01-01T00:00:00Z'),
  (4, '/d/empty.md', 'd', 1, 'markdown', 'utf-8', '2024-01-01T00:00:00Z');
INSERT INTO careers (id, name, normalized_name) VALUES
  (1, 'Phlebotomist', 'phlebotomist'), (2, 'Surgeon', 'surgeon'), (3, 'Empty', 'empty');
INSERT INTO guides (id, source_id, career_id, title, median_salary_annual_usd, growth_pct,
                    typical_education_rank) VALUES
  (1, 1, 1, 'Phlebotomist Guide', 41810, 8, 2),
  (2, 2, 1, 'Phlebotomy Guide', 40000, NULL, 2),
  (3, 3, 2, 'Surgeon Guide', 239200, 3, 7),
  (4, 4, 3, 'Empty Guide', NULL, NULL, NULL);
INSERT INTO sections (guide_id, ordinal, heading, level, kind, text, line) VALUES
  (1, 1, 'About the job', 2, 'other', 'Phlebotomists work in clinics.', 3);
INSERT INTO salary_facts (guide_id, kind, occupation, amount, currency, period,
                          amount_annual_usd, original_text, line) VALUES
  (1, 'range_low', NULL, 33000, 'USD', 'annual', 33000, 'from $33,000', 12),
  (1, 'median', NULL, 41810, 'USD', 'annual', 41810, 'median $41,810', 14),
  (2, 'median', NULL, 40000, 'USD', 'annual', 40000, 'median $40,000', 30),
  (3, 'median', 'Nurse', 80000, 'USD', 'annual', 80000, 'nurses: $80,000', 5),
  (3, 'median', NULL, 239200, 'USD', 'annual', 239200, 'median $239,200', 9);
INSERT INTO education (guide_id, level_rank, is_typical, text, line) VALUES
  (1, 2, 1, 'A certificate program', 20),
  (2, 2, 1, 'A short course', 40),
  (3, 6, 0, 'Some hold a master''s', 10),
  (3, 7, 1, 'A medical degree', 11);
INSERT INTO outlook (guide_id, occupation, growth_pct, period, original_text, line) VALUES
  (1, NULL, 8, '2022-2032', 'grow 8%', 25),
  (3, 'Nurse', 6, '2022-2032', 'nurses grow 6%', 6),
  (3, NULL, 3, '2022-2032', 'grow 3%', 15);
INSERT INTO duties (guide_id, text, line) VALUES
  (1, 'Draw blood by venipuncture', 27),
  (2, 'Label blood samples', 33),
  (3, 'Operate on patients', 8);
INSERT INTO certifications (guide_id, name, body, line) VALUES
  (2, 'Certified Phlebotomy Technician', 'NHA', 50);
INSERT INTO tiers (guide_id, ordinal, name, line) VALUES (3, 1, 'Senior surgeon', 60);
)sql";

struct SourcesDb : test::FixtureDb {
  SourcesDb() : FixtureDb(fixture_sql) {}
};

using Cited = std::vector<std::pair<std::string, int>>;

}  // namespace

namespace doctest {
// Failed checks show the citations, not {?}.
template <>
struct StringMaker<Cited> {
  static String convert(const Cited& cited) {
    std::string out;
    for (const auto& [file, line] : cited) out += " " + file + ":" + std::to_string(line);
    return out.c_str();
  }
};
}  // namespace doctest

namespace {

Cited cited(const std::vector<search::GuideSource>& guides) {
  Cited out;
  for (const search::GuideSource& g : guides) out.emplace_back(g.file, g.line);
  return out;
}

// The guides of one career of a search's careers, by name.
Cited cited_for(const search::SearchResult& r, const std::string& career) {
  for (const search::CareerHit& c : r.careers)
    if (c.career == career) return cited(c.guides);
  FAIL("no career ", career);
  return {};
}

search::Filters by_career() {
  search::Filters f;
  f.group_by = search::GroupBy::career;
  return f;
}

}  // namespace

TEST_CASE("sources: a salary filter cites each guide's headline median, not another job's") {
  SourcesDb db;
  search::Filters f;
  f.min_salary = 35000;
  search::SearchResult r = search::search(db.sql(), "", f);
  REQUIRE(r.careers.size() == 2);
  CHECK(cited_for(r, "Phlebotomist") ==
        Cited{{"phlebotomist.md", 14}, {"phlebotomy-guide.html", 30}});
  CHECK(cited_for(r, "Surgeon") == Cited{{"surgeon.txt", 9}});  // line 5 is the nurses' pay
}

TEST_CASE("sources: a growth filter cites the growth figure, a guide without one its first line") {
  SourcesDb db;
  search::Filters f;
  f.min_growth = 2;
  f.min_salary = 1;  // growth still decides: careers are listed by it
  search::SearchResult r = search::search(db.sql(), "", f);
  // phlebotomy-guide.html states no growth: its first line is its median's (30).
  CHECK(cited_for(r, "Phlebotomist") ==
        Cited{{"phlebotomist.md", 25}, {"phlebotomy-guide.html", 30}});
  CHECK(cited_for(r, "Surgeon") == Cited{{"surgeon.txt", 15}});  // line 6 is the nurses' growth
}

TEST_CASE("sources: an education filter cites the typical education, a filter word too") {
  SourcesDb db;
  search::Filters f;
  f.min_education = parse::EducationLevel::master;
  search::SearchResult r = search::search(db.sql(), "", f);
  REQUIRE(r.careers.size() == 1);
  CHECK(cited(r.careers[0].guides) == Cited{{"surgeon.txt", 11}});  // not the master's at 10

  // "over 100k" is read as --min-salary: the median is what chose the career.
  search::SearchResult words = search::search(db.sql(), "over 100k", {});
  REQUIRE(words.careers.size() == 1);
  CHECK(cited(words.careers[0].guides) == Cited{{"surgeon.txt", 9}});
}

TEST_CASE("sources: certification and tier filters cite the credential and the tier") {
  SourcesDb db;
  search::Filters f;
  f.certification = "PHLEBOTOMY";
  search::SearchResult r = search::search(db.sql(), "", f);
  REQUIRE(r.careers.size() == 1);
  // phlebotomist.md names no credential: cited by its first line, its section heading at 3.
  CHECK(cited(r.careers[0].guides) == Cited{{"phlebotomist.md", 3}, {"phlebotomy-guide.html", 50}});
  search::Filters tier;
  tier.tier = "senior";
  r = search::search(db.sql(), "", tier);
  REQUIRE(r.careers.size() == 1);
  CHECK(cited(r.careers[0].guides) == Cited{{"surgeon.txt", 60}});
}

TEST_CASE("sources: --by career cites each guide's best match, unless a filter chose it") {
  SourcesDb db;
  search::SearchResult r = search::search(db.sql(), "blood", by_career());
  REQUIRE(r.careers.size() == 1);
  CHECK(cited(r.careers[0].guides) ==
        Cited{{"phlebotomist.md", 27}, {"phlebotomy-guide.html", 33}});

  search::Filters paid = by_career();
  paid.min_salary = 35000;
  r = search::search(db.sql(), "blood", paid);
  REQUIRE(r.careers.size() == 1);
  CHECK(cited(r.careers[0].guides) ==
        Cited{{"phlebotomist.md", 14}, {"phlebotomy-guide.html", 30}});

  // A guide of the career without a match is still cited, by its first line.
  r = search::search(db.sql(), "label", by_career());
  REQUIRE(r.careers.size() == 1);
  CHECK(cited(r.careers[0].guides) == Cited{{"phlebotomist.md", 3}, {"phlebotomy-guide.html", 33}});
}

TEST_CASE("sources: careers cite every guide, by its first line without a filter, never line 0") {
  SourcesDb db;
  search::Filters f;
  f.limit = 0;
  std::vector<search::CareerRow> rows = search::list_careers(db.sql(), f);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].career == "Empty");
  CHECK(cited(rows[0].guides) == Cited{{"empty.md", 1}});  // nothing read from it: line 1
  CHECK(cited(rows[1].guides) == Cited{{"phlebotomist.md", 3}, {"phlebotomy-guide.html", 30}});
  CHECK(cited(rows[2].guides) == Cited{{"surgeon.txt", 5}});
  for (const search::CareerRow& row : rows)
    CHECK(row.guides.size() == static_cast<size_t>(row.sources));

  f.min_salary = 100000;
  rows = search::list_careers(db.sql(), f);
  REQUIRE(rows.size() == 1);
  CHECK(cited(rows[0].guides) == Cited{{"surgeon.txt", 9}});
}
