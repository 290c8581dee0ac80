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
  r.careers.push_back(c);
  search::CareerHit unknown;
  unknown.career = "Mystery";
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
                  "best_kind,best_text,best_snippet,best_snippet_marked,best_file,best_line\r\n",
                  0) == 0);
  CHECK(csv.find("\"Phlebotomist, Lead\",1.75,41810,8,postsecondary_nondegree,4,duty,Draw blood,"
                 "Draw blood,Draw [blood],phlebotomist.md,27\r\n") != std::string::npos);
  CHECK(csv.find("Mystery,0,,,,0,,,,,,\r\n") != std::string::npos);
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
}
