// Private helpers of the Markdown reader (not part of the parse API): what a single line of
// Markdown is (ATX heading, Setext underline, thematic break, list marker, table row or
// delimiter, quote markers, comments), each judged on its own so the reader only assembles.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parse/inline_text.hpp"

namespace careerkb::parse::markdown {

using detail::is_ascii_digit;
using detail::is_ascii_space;

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

inline bool only_chars(std::string_view s, std::string_view allowed) {
  return s.find_first_not_of(allowed) == std::string_view::npos;
}

// Columns of leading whitespace (a tab advances to the next multiple of 4) and its byte length.
struct Indent {
  int columns = 0;
  std::size_t bytes = 0;
};

inline Indent measure_indent(std::string_view s) {
  Indent in;
  for (; in.bytes < s.size(); ++in.bytes) {
    if (s[in.bytes] == ' ') {
      ++in.columns;
    } else if (s[in.bytes] == '\t') {
      in.columns += 4 - in.columns % 4;
    } else {
      break;
    }
  }
  return in;
}

// Removes leading "> " markers (nested quotes count once each) and reports how many there were.
inline std::string_view strip_quote_markers(std::string_view line, int& depth,
                                            int max_depth = 1 << 30) {
  depth = 0;
  for (;;) {
    std::size_t k = 0;
    while (k < line.size() && k < 3 && line[k] == ' ') ++k;
    if (depth >= max_depth || k >= line.size() || line[k] != '>') return line;
    line.remove_prefix(k + 1);
    if (!line.empty() && line[0] == ' ') line.remove_prefix(1);
    ++depth;
  }
}

// Removes <!-- comments -->, which may span lines (in_comment carries over). A comment that no
// later line closes hides only the rest of its own line, so a stray "<!--" cannot swallow a page.
inline std::string strip_comments(std::string_view line, bool& in_comment, bool closes_later) {
  std::string out;
  std::size_t i = 0;
  while (i < line.size()) {
    if (in_comment) {
      std::size_t end = line.find("-->", i);
      if (end == std::string_view::npos) break;
      in_comment = false;
      i = end + 3;
      continue;
    }
    std::size_t start = line.find("<!--", i);
    if (start == std::string_view::npos) {
      out.append(line.substr(i));
      break;
    }
    out.append(line.substr(i, start - i));
    in_comment = true;
    i = start + 4;
  }
  if (in_comment && !closes_later) in_comment = false;
  return out;
}

// ATX heading level (1-6) with its text in `text`, or 0. "#hashtag" is not a heading.
inline int atx_heading(std::string_view content, std::string_view& text) {
  std::size_t n = 0;
  while (n < content.size() && content[n] == '#') ++n;
  if (n == 0 || n > 6 || (n < content.size() && content[n] != ' ' && content[n] != '\t')) return 0;
  text = trim(content.substr(n));
  std::size_t k = text.size();
  while (k > 0 && text[k - 1] == '#') --k;
  if (k == 0 || is_ascii_space(text[k - 1])) text = trim(text.substr(0, k));  // closing #s
  return static_cast<int>(n);
}

inline bool is_thematic_break(std::string_view content) {
  if (content.empty() || (content[0] != '-' && content[0] != '*' && content[0] != '_')) {
    return false;
  }
  const char marker = content[0];
  int count = 0;
  for (char c : content) {
    if (c == marker) {
      ++count;
    } else if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return count >= 3;
}

// Setext underline level: "===" -> 1, "---" -> 2, otherwise 0.
inline int setext_level(std::string_view content) {
  if (content.empty()) return 0;
  if (only_chars(content, "=")) return 1;
  if (only_chars(content, "-")) return 2;
  return 0;
}

inline bool has_unescaped_pipe(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '|') {
      return true;
    }
  }
  return false;
}

// Splits a pipe-table row into raw cells; the outer pipes are optional, "\|" stays in the cell.
inline std::vector<std::string_view> split_cells(std::string_view row) {
  row = trim(row);
  if (!row.empty() && row.front() == '|') row.remove_prefix(1);
  if (!row.empty() && row.back() == '|' && (row.size() < 2 || row[row.size() - 2] != '\\')) {
    row.remove_suffix(1);
  }
  std::vector<std::string_view> cells;
  std::size_t start = 0;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\') {
      ++i;
    } else if (row[i] == '|') {
      cells.push_back(trim(row.substr(start, i - start)));
      start = i + 1;
    }
  }
  cells.push_back(trim(row.substr(start)));
  return cells;
}

// A GFM delimiter row ("---|:--:|--:"); returns its column count, or 0 when it is not one.
inline std::size_t table_separator_columns(std::string_view content) {
  if (!has_unescaped_pipe(content)) return 0;
  std::vector<std::string_view> cells = split_cells(content);
  for (std::string_view cell : cells) {
    if (cell.find('-') == std::string_view::npos || !only_chars(cell, "-: ")) return 0;
    std::string_view dashes = cell;
    if (dashes.front() == ':') dashes.remove_prefix(1);
    if (!dashes.empty() && dashes.back() == ':') dashes.remove_suffix(1);
    if (dashes.empty() || !only_chars(dashes, "-")) return 0;
  }
  return cells.size();
}

// A list marker at the start of content: bytes up to the item text, and the text's column
// offset (what a nested item must be indented by to count as a child).
struct ListMarker {
  std::size_t text_bytes = 0;
  int text_columns = 0;
};

inline bool list_marker(std::string_view content, ListMarker& marker) {
  std::size_t width = 0;  // marker bytes
  int columns = 0;        // marker columns
  bool needs_space = true;
  if (content[0] == '*' || content[0] == '-' || content[0] == '+') {
    width = columns = 1;
  } else if (content.starts_with("•") || content.starts_with("◦") || content.starts_with("▪") ||
             content.starts_with("‣")) {
    width = 3;  // scraped bullets often touch their text, so no space is required
    columns = 1;
    needs_space = false;
  } else if (content.starts_with("·")) {
    width = 2;
    columns = 1;
    needs_space = false;
  } else {
    while (width < content.size() && width < 9 && is_ascii_digit(content[width])) ++width;
    if (width == 0 || width >= content.size() || (content[width] != '.' && content[width] != ')')) {
      return false;
    }
    ++width;
    columns = static_cast<int>(width);
  }
  std::size_t spaces = 0;
  while (width + spaces < content.size() &&
         (content[width + spaces] == ' ' || content[width + spaces] == '\t')) {
    ++spaces;
  }
  if (needs_space && spaces == 0 && width < content.size()) return false;
  marker.text_bytes = width + spaces;
  marker.text_columns = columns + static_cast<int>(spaces == 0 || spaces > 4 ? 1 : spaces);
  return true;
}

// "[label]: https://..." defines a link target and renders as nothing.
inline bool is_link_reference_definition(std::string_view content) {
  if (content.empty() || content[0] != '[' || content.starts_with("[^")) return false;
  std::size_t close = content.find("]:");
  return close != std::string_view::npos && close > 1 && !trim(content.substr(close + 2)).empty();
}

}  // namespace careerkb::parse::markdown
