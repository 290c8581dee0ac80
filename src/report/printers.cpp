// Table, JSON, CSV and NDJSON printers for hits and career rows. Tables pad by display width
// (code points, so 'Associate’s' aligns), never truncate, and keep the free-text column last so a
// long snippet does not push the other columns around.
#include "report/printers.hpp"

#include <unistd.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace careerkb::report {
namespace {

constexpr const char* ansi_bold = "\x1b[1m";
constexpr const char* ansi_match = "\x1b[1;31m";
constexpr const char* ansi_reset = "\x1b[0m";

// Code points, not bytes: continuation bytes 10xxxxxx take no column.
size_t display_width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Table cells stay on one line: section text keeps its line breaks, the table does not.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

std::string snippet_for_table(std::string_view snippet, bool color) {
  std::string out;
  for (char c : one_line(snippet)) {
    if (c == search::match_open) {
      out += color ? ansi_match : "[";
    } else if (c == search::match_close) {
      out += color ? ansi_reset : "]";
    } else {
      out += c;
    }
  }
  return out;
}

struct Cell {
  std::string shown;  // may hold ANSI escapes
  size_t width;       // of the visible text
};

Cell cell(std::string text) {
  size_t w = display_width(text);
  return {std::move(text), w};
}

// Columns padded to their widest cell; `right` aligns numbers. The last column is not padded.
void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<bool>& right, const std::vector<std::vector<Cell>>& rows,
                 bool color) {
  std::vector<size_t> widths(header.size());
  for (size_t i = 0; i < header.size(); ++i) widths[i] = display_width(header[i]);
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].width);
  }
  auto line = [&](const std::vector<Cell>& cells, bool is_header) {
    std::string text;
    for (size_t i = 0; i < cells.size(); ++i) {
      bool last = i + 1 == cells.size();
      std::string pad(widths[i] - cells[i].width, ' ');
      std::string shown =
          is_header && color ? ansi_bold + cells[i].shown + ansi_reset : cells[i].shown;
      text += right[i] ? pad + shown : (last ? shown : shown + pad);
      if (!last) text += "  ";
    }
    out << text << '\n';
  };
  std::vector<Cell> head;
  for (const std::string& h : header) head.push_back(cell(h));
  line(head, true);
  for (const auto& row : rows) line(row, false);
}

// Whole dollars with thousands separators: 41810.4 -> '$41,810'; '-' when unknown.
std::string money(const std::optional<double>& v) {
  if (!v) return "-";
  long long whole = std::llround(*v);
  std::string digits = std::to_string(whole < 0 ? -whole : whole);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(i, ",");
  return (whole < 0 ? "-$" : "$") + digits;
}

// Shortest text that reads back as the same double: 41810 -> '41810', 8.5 -> '8.5'.
std::string number(double v) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::string();
}

// Profile fields, read defensively: a key the profile lacks prints as empty, not as an exception.
std::optional<double> num(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || !j[key].is_number()) return std::nullopt;
  return j[key].get<double>();
}

std::string str(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || !j[key].is_string()) return "";
  return j[key].get<std::string>();
}

const nlohmann::json& list(const nlohmann::json& j, const char* key) {
  static const nlohmann::json empty = nlohmann::json::array();
  return j.contains(key) && j[key].is_array() ? j[key] : empty;
}

std::string optional_number(const std::optional<double>& v) {
  return v ? number(*v) : "";
}

std::string percent(const std::optional<double>& v) {
  if (!v) return "-";
  return number(std::round(*v * 10) / 10) + "%";
}

std::string dump(const nlohmann::json& j, int indent) {
  // A stray invalid byte must not abort the whole listing: it is shown as U+FFFD instead.
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

template <typename Row, typename ToJson>
void print_json_rows(std::ostream& out, const std::vector<Row>& rows, Format format,
                     ToJson to_json) {
  if (format == Format::ndjson) {
    for (const Row& r : rows) out << dump(to_json(r), -1) << '\n';
    return;
  }
  nlohmann::json array = nlohmann::json::array();
  for (const Row& r : rows) array.push_back(to_json(r));
  out << dump(array, 2) << '\n';
}

void csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
  out << "\r\n";  // RFC 4180 ends records with CRLF
}

}  // namespace

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
          {"kind", h.kind},
          {"text", h.text},
          {"snippet", snippet_plain(h.snippet)},
          {"snippet_marked", snippet_marked(h.snippet)},
          {"file", h.file},
          {"line", h.line},
          {"score", h.score},
          {"median_salary_annual_usd", median},
          {"typical_education", education}};
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
          {"sources", r.sources}};
}

void print_hits(std::ostream& out, const std::vector<search::Hit>& hits, Format format,
                bool color) {
  switch (format) {
    case Format::json:
    case Format::ndjson:
      print_json_rows(out, hits, format, hit_json);
      return;
    case Format::csv:
      csv_row(out, {"career", "kind", "text", "snippet", "snippet_marked", "file", "line", "score",
                    "median_salary_annual_usd", "typical_education"});
      for (const search::Hit& h : hits)
        csv_row(out, {h.career, h.kind, h.text, snippet_plain(h.snippet), snippet_marked(h.snippet),
                      h.file, std::to_string(h.line), number(h.score),
                      optional_number(h.median_salary_annual_usd), h.typical_education});
      return;
    case Format::table: {
      if (hits.empty()) return;  // like grep: no header for nothing
      std::vector<std::vector<Cell>> rows;
      for (const search::Hit& h : hits) {
        std::string snippet = snippet_for_table(h.snippet, color);
        rows.push_back({cell(h.career),
                        cell(h.kind),
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
      print_json_rows(out, rows, format, career_json);
      return;
    case Format::csv:
      csv_row(out, {"career", "median_salary_annual_usd", "salary_min_annual_usd",
                    "salary_max_annual_usd", "growth_pct", "typical_education", "sources"});
      for (const search::CareerRow& r : rows)
        csv_row(out, {r.career, optional_number(r.median), optional_number(r.min),
                      optional_number(r.max), optional_number(r.growth_pct), r.typical_education,
                      std::to_string(r.sources)});
      return;
    case Format::table: {
      if (rows.empty()) return;
      std::vector<std::vector<Cell>> cells;
      for (const search::CareerRow& r : rows) {
        std::string range = r.min || r.max ? money(r.min) + " – " + money(r.max) : "-";
        cells.push_back({cell(r.career), cell(money(r.median)), cell(range),
                         cell(percent(r.growth_pct)),
                         cell(r.typical_education.empty() ? "-" : r.typical_education),
                         cell(std::to_string(r.sources))});
      }
      print_table(out, {"CAREER", "MEDIAN", "RANGE", "GROWTH", "EDUCATION", "GUIDES"},
                  {false, true, true, true, false, true}, cells, color);
      return;
    }
  }
}

namespace {

// '$41,810/yr', 'CAD 40,000/yr', '$20.10/hr': an amount as the guide stated it.
std::string stated_amount(const nlohmann::json& f) {
  double amount = num(f, "amount").value_or(0);
  std::string currency = str(f, "currency"), period = str(f, "period");
  long long cents = std::llround(amount * 100);  // '$20.10/hr': cents matter in hourly pay
  std::string text = money(static_cast<double>(cents / 100));
  if (cents % 100) {
    char buf[8];
    std::snprintf(buf, sizeof buf, ".%02d", static_cast<int>(cents % 100));
    text += buf;
  }
  if (currency != "USD") text = currency + " " + text.substr(1);
  return text + (period == "hourly" ? "/hr" : period == "monthly" ? "/mo" : "/yr");
}

void profile_table(std::ostream& out, const nlohmann::json& p, bool color) {
  auto heading = [&](const std::string& h) {
    out << '\n' << (color ? ansi_bold + h + ansi_reset : h) << '\n';
  };
  auto field = [&](const char* name, const std::string& value) {
    out << "  " << name << std::string(16 - std::strlen(name), ' ') << value << '\n';
  };
  auto range = [](const std::optional<double>& lo, const std::optional<double>& hi) {
    return lo || hi ? money(lo) + " – " + money(hi) : std::string("-");
  };
  out << (color ? ansi_bold + str(p, "career") + ansi_reset : str(p, "career")) << '\n';
  field("median pay", money(num(p, "median_salary_annual_usd")));
  field("pay range", range(num(p, "salary_min_annual_usd"), num(p, "salary_max_annual_usd")));
  field("growth", percent(num(p, "growth_pct")));
  std::string education = str(p, "typical_education");
  field("education", education.empty() ? "-" : education);
  field("guides", std::to_string(list(p, "guides").size()));

  for (const nlohmann::json& g : list(p, "guides")) {
    std::string src = str(g, "source");
    auto at = [&](const nlohmann::json& item) {
      return src + ":" +
             (item.contains("line") && item["line"].is_number()
                  ? std::to_string(item["line"].get<long>())
                  : std::string("?"));
    };
    auto bullets = [&](const char* title, const char* key) {
      if (list(g, key).empty()) return;
      heading(std::string("  ") + title);
      for (const auto& item : list(g, key)) {
        if (item.is_string()) out << "    - " << one_line(item.get<std::string>()) << '\n';
      }
    };
    heading("== " + src + ": " + str(g, "title") + " ==");
    if (!str(g, "summary").empty()) out << "  " << one_line(str(g, "summary")) << '\n';
    field("median pay", money(num(g, "median_salary_annual_usd")));
    field("average pay", money(num(g, "average_salary_annual_usd")));
    field("pay range", range(num(g, "salary_min_annual_usd"), num(g, "salary_max_annual_usd")));
    std::string period = str(g, "growth_period");
    field("growth", percent(num(g, "growth_pct")) + (period.empty() ? "" : " (" + period + ")"));
    field("education", str(g, "typical_education").empty() ? "-" : str(g, "typical_education"));
    if (!list(g, "salary_facts").empty()) heading("  Salary facts (as written)");
    for (const auto& f : list(g, "salary_facts")) {
      std::string what = str(f, "kind") + (str(f, "label").empty() ? "" : " " + str(f, "label"));
      if (!str(f, "occupation").empty()) what += " [" + str(f, "occupation") + "]";
      out << "    " << at(f) << "  " << what << "  " << stated_amount(f) << "  \""
          << one_line(str(f, "original_text")) << "\"\n";
    }
    if (!list(g, "education").empty()) heading("  Education");
    for (const auto& e : list(g, "education"))
      out << "    " << at(e) << "  " << str(e, "level")
          << (e.value("typical", false) ? " (typical)" : "") << "  \"" << one_line(str(e, "text"))
          << "\"\n";
    if (!list(g, "outlook").empty()) heading("  Outlook");
    for (const auto& o : list(g, "outlook"))
      out << "    " << at(o) << "  " << percent(num(o, "growth_pct")) << "  \""
          << one_line(str(o, "original_text")) << "\"\n";
    bullets("Duties", "duties");
    bullets("Technical skills", "technical_skills");
    bullets("Soft skills", "soft_skills");
    bullets("Tools", "tools");
    bullets("Certifications", "certifications");
    if (!list(g, "tiers").empty()) heading("  Career tiers");
    for (const auto& t : list(g, "tiers")) {
      auto lo = num(t, "years_min"), hi = num(t, "years_max");
      std::string years = !lo  ? ""
                          : hi ? number(*lo) + "-" + number(*hi) + " years"
                               : number(*lo) + "+ years";
      out << "    " << at(t) << "  " << str(t, "name") << (years.empty() ? "" : "  " + years)
          << '\n';
    }
    if (!list(g, "specializations").empty()) heading("  Specializations");
    for (const auto& s : list(g, "specializations"))
      out << "    " << at(s) << "  " << str(s, "name") << "  "
          << money(num(s, "median_salary_annual_usd")) << '\n';
    if (!list(g, "faqs").empty()) heading("  FAQs");
    for (const auto& f : list(g, "faqs"))
      out << "    " << at(f) << "  " << one_line(str(f, "question")) << "\n      "
          << one_line(str(f, "answer")) << '\n';
    bullets("Pros", "pros");
    bullets("Cons", "cons");
    bullets("Related careers", "related_careers");
    if (!list(g, "warnings").empty()) heading("  Import warnings");
    for (const auto& w : list(g, "warnings"))
      out << "    " << at(w) << "  " << one_line(str(w, "message")) << '\n';
  }
}

}  // namespace

void print_profile(std::ostream& out, const nlohmann::json& profile, Format format, bool color) {
  if (format == Format::json) {
    out << dump(profile, 2) << '\n';
  } else if (format == Format::table) {
    profile_table(out, profile, color);
  } else {
    throw std::invalid_argument("a career profile prints as table or json only");
  }
}

}  // namespace careerkb::report
