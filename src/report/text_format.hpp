// Formatting pieces the printers share (internal to src/report): aligned tables padded by display
// width, money and percent as people read them, JSON dumping that survives a bad byte, and CSV
// records. Printers only format; no figure is computed here.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace careerkb::report::detail {

inline constexpr const char* ansi_bold = "\x1b[1m";
inline constexpr const char* ansi_match = "\x1b[1;31m";
inline constexpr const char* ansi_reset = "\x1b[0m";

// Code points, not bytes: continuation bytes 10xxxxxx take no column.
size_t display_width(std::string_view s);

// Table cells stay on one line: section text keeps its line breaks, the table does not.
std::string one_line(std::string_view s);

// A snippet for a terminal: matches in bold red with `color`, else between [ and ].
std::string snippet_for_table(std::string_view snippet, bool color);

struct Cell {
  std::string shown;  // may hold ANSI escapes
  size_t width;       // of the visible text
};
Cell cell(std::string text);

// Columns padded to their widest cell; `right` aligns numbers. The last column is not padded.
// `after_row(i)`, when given, runs after row i is printed (for lines that belong to that row).
void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<bool>& right, const std::vector<std::vector<Cell>>& rows,
                 bool color, const std::function<void(size_t)>& after_row = {});

// Whole dollars with thousands separators: 41810.4 -> '$41,810'; '-' when unknown.
std::string money(const std::optional<double>& v);

// Shortest text that reads back as the same double: 41810 -> '41810', 8.5 -> '8.5'.
std::string number(double v);
std::string optional_number(const std::optional<double>& v);  // '' when unknown
std::string percent(const std::optional<double>& v);          // '7.5%', '-' when unknown

// JSON text; a stray invalid byte is shown as U+FFFD instead of aborting the whole listing.
std::string dump(const nlohmann::json& j, int indent);

// Rows as one pretty JSON array, or with `ndjson` one compact object per line.
template <typename Row, typename ToJson>
void print_json_rows(std::ostream& out, const std::vector<Row>& rows, bool ndjson, ToJson to_json) {
  if (ndjson) {
    for (const Row& r : rows) out << dump(to_json(r), -1) << '\n';
    return;
  }
  nlohmann::json array = nlohmann::json::array();
  for (const Row& r : rows) array.push_back(to_json(r));
  out << dump(array, 2) << '\n';
}

// One RFC 4180 record, ended by CRLF.
void csv_row(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace careerkb::report::detail
