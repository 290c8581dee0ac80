// Tests for what `careerkb search` prints beyond fact rows (report/search_printer.cpp): careers
// ranked by their matches and the facet counts, in table, JSON, CSV and NDJSON, over results built
// by hand so each format's exact shape is pinned.
#include <doctest/doctest.h>

#include <sstream>

#include "report/printers.hpp"

using namespace careerkb;

namespace {

search::SearchResult career_result(bool with_facets) {
  search::SearchResult r;
  r.shown = search::GroupBy::career;
  r.fts_query = "\"blood\"";
  search::CareerHit c;
  c.career = "Phlebotomist, Lead";
  c.score = 1.75;
  c.median_salary_annual_usd = 41810;
  c.growth_pct = 8;
  c.typical_education = "postsecondary_nondegree";
  c.match_count = 4;
  search::Hit m;
  m.career = c.career;
  m.kind = search::FactKind::duty;
  m.text = "Draw blood";
  m.snippet = std::string("Draw ") + search::match_open + "blood" + search::match_close;
  m.file = "phlebotomist.md";
  m.line = 27;
  m.score = 1;
  c.matches = {m, m};
  c.guides = {{"phlebotomist.md", 14}, {"phlebotomy-guide.html", 30}};
  r.careers.push_back(c);
  search::CareerHit unknown;
  unknown.career = "Mystery";
  unknown.guides = {{"mystery.txt", 1}};
  r.careers.push_back(unknown);
  if (with_facets) {
    r.facets = search::Facets{{{"associate", 2}, {"unknown", 1}},
                              {{"30-50k", 1}, {"unknown", 2}},
                              {{"duty", 3}, {"faq", 0}}};
  }
  return r;
}

std::string print(const search::SearchResult& r, report::Format f, bool facets) {
  std::ostringstream out;
  report::print_search(out, r, f, false, facets);
  return out.str();
}

}  // namespace

TEST_CASE("search printer: careers as JSON, best matches nested, unknown figures null") {
  nlohmann::json doc =
      nlohmann::json::parse(print(career_result(false), report::Format::json, false));
  REQUIRE(doc.is_array());
  REQUIRE(doc.size() == 2);
  CHECK(doc[0]["career"] == "Phlebotomist, Lead");
  CHECK(doc[0]["score"] == 1.75);
  CHECK(doc[0]["median_salary_annual_usd"] == 41810.0);
  CHECK(doc[0]["typical_education"] == "postsecondary_nondegree");
  CHECK(doc[0]["match_count"] == 4);
  CHECK(doc[0]["matches"][0]["snippet"] == "Draw blood");
  CHECK(doc[0]["matches"][0]["snippet_marked"] == "Draw [blood]");
  CHECK(doc[0]["matches"][0]["line"] == 27);
  CHECK(doc[1]["median_salary_annual_usd"].is_null());
  CHECK(doc[1]["typical_education"].is_null());
  CHECK(doc[1]["matches"] == nlohmann::json::array());
  CHECK(doc[0]["guides"] == nlohmann::json::parse(R"([{"file": "phlebotomist.md", "line": 14},
                                                      {"file": "phlebotomy-guide.html", "line": 30}])"));
  CHECK(doc[1]["guides"] == nlohmann::json::parse(R"([{"file": "mystery.txt", "line": 1}])"));
}

TEST_CASE("search printer: with facets JSON is an object, and null facets when left out") {
  nlohmann::json doc =
      nlohmann::json::parse(print(career_result(true), report::Format::json, true));
  CHECK(doc["results"].size() == 2);
  CHECK(doc["facets"]["education"][0] == nlohmann::json({{"value", "associate"}, {"count", 2}}));
  CHECK(doc["facets"]["kind"][1]["count"] == 0);
  doc = nlohmann::json::parse(print(career_result(false), report::Format::json, true));
  CHECK(doc["facets"].is_null());
  // Facts, not careers, with facets: the hits go in "results" as print_hits writes them.
  search::SearchResult hits;
  hits.facets = search::Facets{};
  doc = nlohmann::json::parse(print(hits, report::Format::json, true));
  CHECK(doc["results"] == nlohmann::json::array());
}

TEST_CASE("search printer: careers as CSV, one row each, the best match flattened") {
  std::string csv = print(career_result(true), report::Format::csv, true);
  CHECK(csv.rfind("career,score,median_salary_annual_usd,growth_pct,typical_education,match_count,"
                  "best_kind,best_text,best_snippet,best_snippet_marked,best_file,best_line,"
                  "sources\r\n",
                  0) == 0);
  CHECK(csv.find("\"Phlebotomist, Lead\",1.75,41810,8,postsecondary_nondegree,4,duty,Draw blood,"
                 "Draw blood,Draw [blood],phlebotomist.md,27,"
                 "phlebotomist.md:14;phlebotomy-guide.html:30\r\n") != std::string::npos);
  CHECK(csv.find("Mystery,0,,,,0,,,,,,,mystery.txt:1\r\n") != std::string::npos);
  CHECK(csv.find("\r\n\r\nfacet,value,count\r\neducation,associate,2\r\n") != std::string::npos);
  CHECK(csv.find("kind,faq,0\r\n") != std::string::npos);
  CHECK(print(career_result(true), report::Format::csv, false).find("facet,") == std::string::npos);
}

TEST_CASE("search printer: NDJSON, one career per line, then one line per count") {
  std::istringstream lines(print(career_result(true), report::Format::ndjson, true));
  std::vector<nlohmann::json> objects;
  for (std::string line; std::getline(lines, line);) objects.push_back(nlohmann::json::parse(line));
  REQUIRE(objects.size() == 2 + 6);
  CHECK(objects[0]["career"] == "Phlebotomist, Lead");
  CHECK(objects[0]["guides"][1] ==
        nlohmann::json({{"file", "phlebotomy-guide.html"}, {"line", 30}}));
  CHECK(objects[2] ==
        nlohmann::json({{"facet", "education"}, {"value", "associate"}, {"count", 2}}));
  CHECK(objects[7]["facet"] == "kind");
}

TEST_CASE("search printer: a career table with matches under each career, then FACETS") {
  std::string table = print(career_result(true), report::Format::table, true);
  std::istringstream in(table);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  REQUIRE(lines.size() >= 8);
  CHECK(lines[0].rfind("CAREER", 0) == 0);
  CHECK(lines[0].find("SCORE") != std::string::npos);
  CHECK(lines[1].rfind("Phlebotomist, Lead", 0) == 0);
  CHECK(lines[1].find("$41,810") != std::string::npos);
  CHECK(lines[0].find("SOURCES") != std::string::npos);
  CHECK(lines[1].ends_with("  phlebotomist.md:14, phlebotomy-guide.html:30"));
  CHECK(lines[2] == "  duty  phlebotomist.md:27  Draw [blood]");
  CHECK(lines[4].rfind("Mystery", 0) == 0);
  CHECK(table.find("\nFACETS (3 matching careers)\n") != std::string::npos);
  CHECK(table.find("  education    associate 2 · unknown 1\n") != std::string::npos);
  CHECK(table.find("  kind         duty 3\n") != std::string::npos);  // zero counts left out
  // Without words: no score or match columns.
  search::SearchResult listing = career_result(false);
  listing.fts_query.clear();
  std::string plain = print(listing, report::Format::table, false);
  CHECK(plain.rfind("CAREER", 0) == 0);
  CHECK(plain.find("SCORE") == std::string::npos);
  CHECK(plain.find("duty") == std::string::npos);
  CHECK(plain.rfind("CAREER", 0) == 0);
  CHECK(plain.find("SOURCES\n") != std::string::npos);
  CHECK(plain.find("  mystery.txt:1\n") != std::string::npos);
}

TEST_CASE("search printer: a table cites three guides and counts the rest, CSV and JSON all") {
  std::vector<search::GuideSource> guides = {
      {"a.md", 1}, {"b.md", 2}, {"c.md", 3}, {"d.md", 4}, {"e.md", 5}};
  CHECK(report::guides_table(guides) == "a.md:1, b.md:2, c.md:3, +2 more");
  CHECK(report::guides_table({}) == "-");
  CHECK(report::guides_csv(guides) == "a.md:1;b.md:2;c.md:3;d.md:4;e.md:5");
  CHECK(report::guides_json(guides).size() == 5);
  CHECK(report::guides_json({}) == nlohmann::json::array());
}

TEST_CASE("search printer: careers rows cite their guides in every format") {
  search::CareerRow row;
  row.career = "Phlebotomist";
  row.median = 41810;
  row.sources = 2;
  row.guides = {{"phlebotomist.md", 14}, {"phlebotomy-guide.html", 30}};
  auto printed = [&](report::Format f) {
    std::ostringstream out;
    report::print_careers(out, {row}, f, false);
    return out.str();
  };
  nlohmann::json doc = nlohmann::json::parse(printed(report::Format::json));
  CHECK(doc[0]["sources"] == 2);
  CHECK(doc[0]["guides"][0] == nlohmann::json({{"file", "phlebotomist.md"}, {"line", 14}}));
  CHECK(nlohmann::json::parse(printed(report::Format::ndjson))["guides"].size() == 2);
  std::string csv = printed(report::Format::csv);
  CHECK(csv.rfind("career,median_salary_annual_usd,salary_min_annual_usd,salary_max_annual_usd,"
                  "growth_pct,typical_education,sources,guide_sources\r\n",
                  0) == 0);
  CHECK(csv.find(",2,phlebotomist.md:14;phlebotomy-guide.html:30\r\n") != std::string::npos);
  std::string table = printed(report::Format::table);
  CHECK(table.find("GUIDES  SOURCES\n") != std::string::npos);
  CHECK(table.find("  phlebotomist.md:14, phlebotomy-guide.html:30\n") != std::string::npos);
}
