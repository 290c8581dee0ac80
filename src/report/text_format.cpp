// Shared formatting pieces of the printers; see text_format.hpp.
#include "report/text_format.hpp"

#include <charconv>
#include <cmath>

#include "report/printers.hpp"
#include "search/search.hpp"

namespace careerkb::report::detail {

size_t display_width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

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

Cell cell(std::string text) {
  size_t w = display_width(text);
  return {std::move(text), w};
}

void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<bool>& right, const std::vector<std::vector<Cell>>& rows,
                 bool color, const std::function<void(size_t)>& after_row) {
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
  for (size_t r = 0; r < rows.size(); ++r) {
    line(rows[r], false);
    if (after_row) after_row(r);
  }
}

std::string money(const std::optional<double>& v) {
  if (!v) return "-";
  long long whole = std::llround(*v);
  std::string digits = std::to_string(whole < 0 ? -whole : whole);
  // Copied group by group: GCC 12 warns wrongly (-Wrestrict) on string::insert inlined here.
  std::string out = whole < 0 ? "-$" : "$";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string number(double v) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::string();
}

std::string optional_number(const std::optional<double>& v) {
  return v ? number(*v) : "";
}

std::string percent(const std::optional<double>& v) {
  if (!v) return "-";
  return number(std::round(*v * 10) / 10) + "%";
}

std::string dump(const nlohmann::json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

void csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
  out << "\r\n";
}

}  // namespace careerkb::report::detail
