// See text_markup.hpp.
#include "parse/text_markup.hpp"

#include <algorithm>
#include <string>

#include "parse/text_util.hpp"

namespace careerkb::parse {

int leading_spaces(std::string_view line) {
  int n = 0;
  for (char c : line) {
    if (c == ' ') {
      ++n;
    } else if (c == '\t') {
      n += 4;
    } else {
      break;
    }
  }
  return n;
}

// The run of `mark` that opens `line` at the margin, followed by a space and text; else 0.
int marked_level(std::string_view line, char mark) {
  size_t n = 0;
  while (n < line.size() && line[n] == mark) ++n;
  if (n == 0 || n > 6 || n + 1 >= line.size() || line[n] != ' ') return 0;
  return trim(line.substr(n)).empty() ? 0 : static_cast<int>(n);
}

// Which mark, if any, the text writes its headings with: two headings or more, and for '*' (a
// bullet too) a deeper one or an org keyword line ("#+TITLE:"), for '#' no prose after "#1".
HeadingMarks heading_marks(std::string_view utf8) {
  int stars = 0, deep_stars = 0, equals = 0, hashes = 0, org_keywords = 0;
  for (size_t pos = 0; pos < utf8.size();) {
    size_t end = utf8.find('\n', pos);
    if (end == std::string_view::npos) end = utf8.size();
    std::string_view line = utf8.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (int level = marked_level(line, '*')) {
      ++stars;
      deep_stars += level >= 2;
    }
    equals += marked_level(line, '=') > 0;
    hashes += marked_level(line, '#') > 0;
    org_keywords += line.starts_with("#+") && line.find(':') != std::string_view::npos;
    pos = end + 1;
  }
  HeadingMarks marks;
  if (stars >= 2 && (deep_stars >= 1 || org_keywords >= 1)) {
    marks.mark = '*';
    marks.org = true;
  } else if (equals >= 2) {
    marks.mark = '=';
    marks.asciidoc = true;
  } else if (hashes >= 2) {
    marks.mark = '#';
  }
  return marks;
}

// Markup lines that carry no text of the page: AsciiDoc attributes (":toc:") and block
// delimiters ("====", "[NOTE]"), org keywords, drawers and their properties.
bool is_markup_only(std::string_view s, const HeadingMarks& marks) {
  if (marks.asciidoc) {
    if (s.size() >= 3 && s.front() == ':' && s.find(':', 1) != std::string_view::npos &&
        s.find(' ') > s.find(':', 1))
      return true;
    if (s.size() >= 4 && std::all_of(s.begin(), s.end(), [&](char c) { return c == s.front(); }) &&
        (s.front() == '=' || s.front() == '-' || s.front() == '*' || s.front() == '.' ||
         s.front() == '_'))
      return true;
    if (s.front() == '[' && s.back() == ']' && s.find(' ') == std::string_view::npos) return true;
  }
  if (marks.org) {
    if (s.starts_with("#+") && !s.starts_with("#+TITLE:") && !s.starts_with("#+title:"))
      return true;
    if (s.size() >= 3 && s.front() == ':' && s.back() == ':' &&
        s.find(' ') == std::string_view::npos)
      return true;  // :PROPERTIES:, :END:, :LOGBOOK:
    if (s.front() == ':' && s.find(": ") != std::string_view::npos && s.find(' ') > 1 &&
        s.find(":", 1) < s.find(' '))
      return true;  // ":CREATED: 2026-10-02" inside a drawer
  }
  return false;
}

// The indent of every line (1-based; -1 for a blank line) when the text is an indented outline,
// as mind-map and outliner exports write one: a node per line, its children indented under it,
// no blank lines or bullets needed. Empty otherwise. A prose page's hanging or first-line
// indents make no outline: it takes three indent depths, all steps of one indent unit of two
// spaces or more, five short parent lines that do not end a sentence or a clause, most lines
// indented and few blank lines (a centred or wrapped page has stray depths and many).
std::vector<int> outline_indents(std::string_view utf8) {
  std::vector<int> indent(1, -1);
  std::vector<std::string_view> texts(1);
  for (size_t pos = 0; pos <= utf8.size();) {
    size_t end = utf8.find('\n', pos);
    if (end == std::string_view::npos) end = utf8.size();
    std::string_view raw = utf8.substr(pos, end - pos);
    std::string_view s = trim(raw);
    indent.push_back(s.empty() ? -1 : leading_spaces(raw));
    texts.push_back(s);
    pos = end + 1;
  }
  std::vector<int> depths;
  int parents = 0, lines = 0, indented = 0;
  int previous = 0;  // the last non-blank line
  for (size_t i = 1; i < indent.size(); ++i) {
    if (indent[i] < 0) continue;
    ++lines;
    if (indent[i] > 0) ++indented;
    if (std::find(depths.begin(), depths.end(), indent[i]) == depths.end())
      depths.push_back(indent[i]);
    if (previous > 0 && indent[i] > indent[previous]) {
      std::string_view parent = texts[previous];
      const char last = parent.back();
      if (parent.size() <= 80 && last != '.' && last != ',' && last != ';') ++parents;
    }
    previous = static_cast<int>(i);
  }
  if (depths.size() < 3 || parents < 5 || 2 * indented < lines) return {};
  int unit = 0;
  for (int d : depths) {
    if (d > 0 && (unit == 0 || d < unit)) unit = d;
  }
  if (unit < 2 || std::any_of(depths.begin(), depths.end(), [&](int d) { return d % unit; }))
    return {};
  // Blank lines count from the first indented line to the last: a preamble may have some.
  size_t first = 0, last = 0;
  for (size_t i = 1; i < indent.size(); ++i) {
    if (indent[i] <= 0) continue;
    if (first == 0) first = i;
    last = i;
  }
  const auto blank = std::count(indent.begin() + static_cast<std::ptrdiff_t>(first),
                                indent.begin() + static_cast<std::ptrdiff_t>(last), -1);
  if (10 * static_cast<size_t>(blank) > last - first + 1) return {};
  return indent;
}

// The depth of an indent among the outline's indents: 0 for the least indented.
int outline_depth(const std::vector<int>& indents, int spaces) {
  std::vector<int> smaller;
  for (int d : indents) {
    if (d >= 0 && d < spaces && std::find(smaller.begin(), smaller.end(), d) == smaller.end())
      smaller.push_back(d);
  }
  return static_cast<int>(smaller.size());
}

}  // namespace careerkb::parse
