// What `careerkb search` prints beyond plain fact rows: careers ranked by their matches (`--by
// career`, and a search with filters only) and the facet counts of --facets, in the four formats.
// A career row carries its best match flattened in CSV, its best three in JSON and NDJSON, and
// those three as indented lines under it in a table; every format also cites its guides.
#include <algorithm>
#include <cmath>

#include "report/printers.hpp"
#include "report/text_format.hpp"

namespace careerkb::report {

using namespace detail;

namespace {

nlohmann::json optional_json(const std::optional<double>& v) {
  if (v) return *v;
  return nullptr;
}

nlohmann::json match_json(const search::Hit& h) {
  return {{"kind", search::to_string(h.kind)},
          {"text", h.text},
          {"snippet", snippet_plain(h.snippet)},
          {"snippet_marked", snippet_marked(h.snippet)},
          {"file", h.file},
          {"line", h.line},
          {"score", h.score}};
}

nlohmann::json facet_list(const std::vector<search::FacetCount>& counts) {
  nlohmann::json list = nlohmann::json::array();
  for (const search::FacetCount& c : counts)
    list.push_back({{"value", c.value}, {"count", c.count}});
  return list;
}

struct NamedFacet {
  const char* name;
  const std::vector<search::FacetCount>* counts;
};

std::vector<NamedFacet> facet_lists(const search::Facets& f) {
  return {{"education", &f.education}, {"salary_band", &f.salary_band}, {"kind", &f.kind}};
}

void print_careers_table(std::ostream& out, const search::SearchResult& r, bool color) {
  if (r.careers.empty()) return;
  const bool words = !r.fts_query.empty();
  std::vector<std::vector<Cell>> rows;
  for (const search::CareerHit& c : r.careers) {
    std::string education = c.typical_education.empty() ? "-" : c.typical_education;
    if (words) {
      rows.push_back({cell(c.career), cell(number(std::round(c.score * 100) / 100)),
                      cell(money(c.median_salary_annual_usd)), cell(percent(c.growth_pct)),
                      cell(education), cell(std::to_string(c.match_count)),
                      cell(guides_table(c.guides))});
    } else {
      rows.push_back({cell(c.career), cell(money(c.median_salary_annual_usd)),
                      cell(percent(c.growth_pct)), cell(education), cell(guides_table(c.guides))});
    }
  }
  if (!words) {
    print_table(out, {"CAREER", "MEDIAN", "GROWTH", "EDUCATION", "SOURCES"},
                {false, true, true, false, false}, rows, color);
    return;
  }
  // Each career's matches go under it, indented, kind and source padded across the listing.
  size_t kind_width = 0, source_width = 0;
  for (const search::CareerHit& c : r.careers) {
    for (const search::Hit& m : c.matches) {
      kind_width = std::max(kind_width, display_width(search::to_string(m.kind)));
      source_width = std::max(source_width, display_width(m.file + ":" + std::to_string(m.line)));
    }
  }
  print_table(out, {"CAREER", "SCORE", "MEDIAN", "GROWTH", "EDUCATION", "MATCHES", "SOURCES"},
              {false, true, true, true, false, true, false}, rows, color, [&](size_t i) {
                for (const search::Hit& m : r.careers[i].matches) {
                  std::string source = m.file + ":" + std::to_string(m.line);
                  const std::string kind = search::to_string(m.kind);
                  out << "  " << kind << std::string(kind_width - display_width(kind), ' ') << "  "
                      << source << std::string(source_width - display_width(source), ' ') << "  "
                      << snippet_for_table(m.snippet, color) << '\n';
                }
              });
}

void print_careers_csv(std::ostream& out, const search::SearchResult& r) {
  csv_row(out, {"career", "score", "median_salary_annual_usd", "growth_pct", "typical_education",
                "match_count", "best_kind", "best_text", "best_snippet", "best_snippet_marked",
                "best_file", "best_line", "sources"});
  for (const search::CareerHit& c : r.careers) {
    std::vector<std::string> fields = {c.career,
                                       number(c.score),
                                       optional_number(c.median_salary_annual_usd),
                                       optional_number(c.growth_pct),
                                       c.typical_education,
                                       std::to_string(c.match_count)};
    if (c.matches.empty()) {
      fields.resize(fields.size() + 6);
    } else {
      const search::Hit& m = c.matches.front();
      for (std::string field :
           {std::string(search::to_string(m.kind)), m.text, snippet_plain(m.snippet),
            snippet_marked(m.snippet), m.file, std::to_string(m.line)})
        fields.push_back(std::move(field));
    }
    fields.push_back(guides_csv(c.guides));
    csv_row(out, fields);
  }
}

void print_facets_table(std::ostream& out, const search::SearchResult& r, bool color) {
  if (!r.facets) return;
  long long total = 0;
  for (const search::FacetCount& c : r.facets->education) total += c.count;
  const bool careers = r.shown == search::GroupBy::career;
  std::string title =
      "FACETS (" + std::to_string(total) + (careers ? " matching careers)" : " matching facts)");
  out << '\n' << (color ? ansi_bold + title + ansi_reset : title) << '\n';
  for (const NamedFacet& f : facet_lists(*r.facets)) {
    std::string line;
    for (const search::FacetCount& c : *f.counts) {
      if (c.count == 0) continue;
      line += (line.empty() ? "" : " · ") + c.value + " " + std::to_string(c.count);
    }
    std::string name = f.name;
    std::replace(name.begin(), name.end(), '_', ' ');
    out << "  " << name << std::string(13 - name.size(), ' ') << (line.empty() ? "-" : line)
        << '\n';
  }
}

}  // namespace

nlohmann::json career_hit_json(const search::CareerHit& c) {
  nlohmann::json matches = nlohmann::json::array();
  for (const search::Hit& m : c.matches) matches.push_back(match_json(m));
  nlohmann::json education = nullptr;
  if (!c.typical_education.empty()) education = c.typical_education;
  return {{"career", c.career},
          {"score", c.score},
          {"median_salary_annual_usd", optional_json(c.median_salary_annual_usd)},
          {"growth_pct", optional_json(c.growth_pct)},
          {"typical_education", education},
          {"match_count", c.match_count},
          {"matches", matches},
          {"guides", guides_json(c.guides)}};
}

nlohmann::json facets_json(const search::Facets& f) {
  nlohmann::json out = nlohmann::json::object();
  for (const NamedFacet& facet : facet_lists(f)) out[facet.name] = facet_list(*facet.counts);
  return out;
}

void print_search(std::ostream& out, const search::SearchResult& r, Format format, bool color,
                  bool with_facets) {
  const bool careers = r.shown == search::GroupBy::career;
  switch (format) {
    case Format::json: {
      if (!with_facets) {
        if (careers) {
          print_json_rows(out, r.careers, false, career_hit_json);
        } else {
          print_hits(out, r.hits, format, color);
        }
        return;
      }
      nlohmann::json results = nlohmann::json::array();
      if (careers) {
        for (const search::CareerHit& c : r.careers) results.push_back(career_hit_json(c));
      } else {
        for (const search::Hit& h : r.hits) results.push_back(hit_json(h));
      }
      nlohmann::json facets = nullptr;
      if (r.facets) facets = facets_json(*r.facets);
      out << dump({{"results", results}, {"facets", facets}}, 2) << '\n';
      return;
    }
    case Format::ndjson:
      if (careers) {
        print_json_rows(out, r.careers, true, career_hit_json);
      } else {
        print_hits(out, r.hits, format, color);
      }
      if (with_facets && r.facets) {
        for (const NamedFacet& f : facet_lists(*r.facets)) {
          for (const search::FacetCount& c : *f.counts)
            out << dump({{"facet", f.name}, {"value", c.value}, {"count", c.count}}, -1) << '\n';
        }
      }
      return;
    case Format::csv:
      if (careers) {
        print_careers_csv(out, r);
      } else {
        print_hits(out, r.hits, format, color);
      }
      if (with_facets && r.facets) {
        out << "\r\n";
        csv_row(out, {"facet", "value", "count"});
        for (const NamedFacet& f : facet_lists(*r.facets)) {
          for (const search::FacetCount& c : *f.counts)
            csv_row(out, {f.name, c.value, std::to_string(c.count)});
        }
      }
      return;
    case Format::table:
      if (careers) {
        print_careers_table(out, r, color);
      } else {
        print_hits(out, r.hits, format, color);
      }
      if (with_facets) print_facets_table(out, r, color);
      return;
  }
}

}  // namespace careerkb::report
