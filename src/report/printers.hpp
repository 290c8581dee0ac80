// Printers for what the search core returns: hits, ranked careers with facets, career rows and
// one career's profile, as an aligned table, JSON, CSV (RFC 4180) or NDJSON. Printers only
// format; every row and every figure comes from src/search, so all formats always agree.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "db/profile.hpp"
#include "search/search.hpp"

namespace careerkb::report {

enum class Format { table, json, csv, ndjson };

// 'table', 'json', 'csv', 'ndjson'. Throws std::invalid_argument listing them otherwise.
Format parse_format(std::string_view name);

// Whether the table printer may use ANSI colour: stdout is a terminal, NO_COLOR is unset and
// TERM is not 'dumb'.
bool stdout_supports_color();

// A snippet with its match markers (search::match_open/close) removed, or turned into [ and ].
std::string snippet_plain(std::string_view snippet);
std::string snippet_marked(std::string_view snippet);

// One CSV field, quoted when it holds a comma, quote, CR or LF (quotes doubled).
std::string csv_field(std::string_view text);

nlohmann::json hit_json(const search::Hit& hit);
// The guides a career rests on: JSON [{"file", "line"}]; CSV `file:line;file:line`; a table cell
// with the first three `file:line` and "+N more" after them.
nlohmann::json guides_json(const std::vector<search::GuideSource>& guides);
std::string guides_csv(const std::vector<search::GuideSource>& guides);
std::string guides_table(const std::vector<search::GuideSource>& guides);
nlohmann::json career_json(const search::CareerRow& row);

// `color` only matters for Format::table: matched words in bold red instead of [ ].
void print_hits(std::ostream& out, const std::vector<search::Hit>& hits, Format format, bool color);
void print_careers(std::ostream& out, const std::vector<search::CareerRow>& rows, Format format,
                   bool color);
// A career ranked by a search: {career, score, median_salary_annual_usd, growth_pct,
// typical_education, match_count, matches: [{kind, text, snippet, snippet_marked, file, line,
// score}], guides: [{file, line}]}.
nlohmann::json career_hit_json(const search::CareerHit& career);
// {"education": [{"value", "count"}...], "salary_band": [...], "kind": [...]}, in scale order.
nlohmann::json facets_json(const search::Facets& facets);

// What `careerkb search` prints: the facts (as print_hits) or the careers, then, when
// `with_facets`, the facet counts. JSON is then {"results": [...], "facets": {...}} (facets null
// when they were left out for time); CSV appends an empty line and a `facet,value,count` table;
// NDJSON appends one {"facet", "value", "count"} line per count; a table ends with a FACETS block.
// Without `with_facets` each format is exactly the plain list.
void print_search(std::ostream& out, const search::SearchResult& result, Format format, bool color,
                  bool with_facets);

// A profile from search::career_profile, as a readable report (table) or JSON
// (report::career_profile_json). Other formats throw std::invalid_argument: a profile is a
// document, not rows.
void print_profile(std::ostream& out, const db::CareerProfile& profile, Format format, bool color);

}  // namespace careerkb::report
