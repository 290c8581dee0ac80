// Table, JSON, CSV and NDJSON printers for fact hits and career rows. Tables pad by display width
// (code points, so 'Associate’s' aligns), never truncate, and keep the free-text column last so a
// long snippet does not push the other columns around. Careers ranked by a search and facets
// print from search_printer.cpp, a profile from profile_printer.cpp.
#include "report/printers.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "report/text_format.hpp"

namespace careerkb::report {

using namespace detail;

Format parse_format(std::string_view name) {
  if (name == "table") return Format::table;
  if (name == "json") return Format::json;
  if (name == "csv") return Format::csv;
  if (name == "ndjson") return Format::ndjson;
  throw std::invalid_argument("unknown format '" + std::string(name) +
                              "' (valid: table, json, csv, ndjson)");
}

bool stdout_supports_color() {
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  if (no_color && *no_color) return false;
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return isatty(STDOUT_FILENO) == 1;
}

std::string snippet_plain(std::string_view snippet) {
  std::string out;
  for (char c : snippet) {
    if (c != search::match_open && c != search::match_close) out += c;
  }
  return out;
}

std::string snippet_marked(std::string_view snippet) {
  std::string out(snippet);
  for (char& c : out) {
    if (c == search::match_open) c = '[';
    if (c == search::match_close) c = ']';
  }
  return out;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

nlohmann::json hit_json(const search::Hit& h) {
  nlohmann::json median = nullptr;
  if (h.median_salary_annual_usd) median = *h.median_salary_annual_usd;
  nlohmann::json education = nullptr;
  if (!h.typical_education.empty()) education = h.typical_education;
  return {{"career", h.career},
          {"kind", search::to_string(h.kind)},
          {"text", h.text},
          {"snippet", snippet_plain(h.snippet)},
          {"snippet_marked", snippet_marked(h.snippet)},
          {"file", h.file},
          {"line", h.line},
          {"score", h.score},
          {"median_salary_annual_usd", median},
          {"typical_education", education}};
}

nlohmann::json guides_json(const std::vector<search::GuideSource>& guides) {
  nlohmann::json list = nlohmann::json::array();
  for (const search::GuideSource& g : guides) list.push_back({{"file", g.file}, {"line", g.line}});
  return list;
}

std::string guides_csv(const std::vector<search::GuideSource>& guides) {
  std::string out;
  for (const search::GuideSource& g : guides)
    out += (out.empty() ? "" : ";") + g.file + ":" + std::to_string(g.line);
  return out;
}

std::string guides_table(const std::vector<search::GuideSource>& guides) {
  // A career with hundreds of guides would push every other row off the screen: three show the
  // kind of source, the count says the rest is in JSON or CSV.
  constexpr size_t shown = 3;
  std::string out;
  for (size_t i = 0; i < guides.size() && i < shown; ++i)
    out += (i ? ", " : "") + guides[i].file + ":" + std::to_string(guides[i].line);
  if (guides.size() > shown) out += ", +" + std::to_string(guides.size() - shown) + " more";
  return out.empty() ? "-" : out;
}

nlohmann::json career_json(const search::CareerRow& r) {
  auto opt = [](const std::optional<double>& v) -> nlohmann::json {
    if (v) return *v;
    return nullptr;
  };
  nlohmann::json education = nullptr;
  if (!r.typical_education.empty()) education = r.typical_education;
  return {{"career", r.career},
          {"median_salary_annual_usd", opt(r.median)},
          {"salary_min_annual_usd", opt(r.min)},
          {"salary_max_annual_usd", opt(r.max)},
          {"growth_pct", opt(r.growth_pct)},
          {"typical_education", education},
          {"sources", r.sources},
          {"guides", guides_json(r.guides)}};
}

void print_hits(std::ostream& out, const std::vector<search::Hit>& hits, Format format,
                bool color) {
  switch (format) {
    case Format::json:
    case Format::ndjson:
      print_json_rows(out, hits, format == Format::ndjson, hit_json);
      return;
    case Format::csv:
      csv_row(out, {"career", "kind", "text", "snippet", "snippet_marked", "file", "line", "score",
                    "median_salary_annual_usd", "typical_education"});
      for (const search::Hit& h : hits)
        csv_row(out, {h.career, search::to_string(h.kind), h.text, snippet_plain(h.snippet),
                      snippet_marked(h.snippet), h.file, std::to_string(h.line), number(h.score),
                      optional_number(h.median_salary_annual_usd), h.typical_education});
      return;
    case Format::table: {
      if (hits.empty()) return;  // like grep: no header for nothing
      std::vector<std::vector<Cell>> rows;
      for (const search::Hit& h : hits) {
        std::string snippet = snippet_for_table(h.snippet, color);
        rows.push_back({cell(h.career),
                        cell(search::to_string(h.kind)),
                        cell(h.file + ":" + std::to_string(h.line)),
                        {snippet, 0}});
      }
      print_table(out, {"CAREER", "KIND", "SOURCE", "MATCH"}, {false, false, false, false}, rows,
                  color);
      return;
    }
  }
}

void print_careers(std::ostream& out, const std::vector<search::CareerRow>& rows, Format format,
                   bool color) {
  switch (format) {
    case Format::json:
    case Format::ndjson:
      print_json_rows(out, rows, format == Format::ndjson, career_json);
      return;
    case Format::csv:
      csv_row(out, {"career", "median_salary_annual_usd", "salary_min_annual_usd",
                    "salary_max_annual_usd", "growth_pct", "typical_education", "sources",
                    "guide_sources"});
      // `sources` was the guide count before guides were cited, so the citations take another
      // name here; `search` CSV has no count and calls them `sources`.
      for (const search::CareerRow& r : rows)
        csv_row(out, {r.career, optional_number(r.median), optional_number(r.min),
                      optional_number(r.max), optional_number(r.growth_pct), r.typical_education,
                      std::to_string(r.sources), guides_csv(r.guides)});
      return;
    case Format::table: {
      if (rows.empty()) return;
      std::vector<std::vector<Cell>> cells;
      for (const search::CareerRow& r : rows) {
        std::string range = r.min || r.max ? money(r.min) + " – " + money(r.max) : "-";
        cells.push_back({cell(r.career), cell(money(r.median)), cell(range),
                         cell(percent(r.growth_pct)),
                         cell(r.typical_education.empty() ? "-" : r.typical_education),
                         cell(std::to_string(r.sources)), cell(guides_table(r.guides))});
      }
      print_table(out, {"CAREER", "MEDIAN", "RANGE", "GROWTH", "EDUCATION", "GUIDES", "SOURCES"},
                  {false, true, true, true, false, true, false}, cells, color);
      return;
    }
  }
}

}  // namespace careerkb::report
