// The other figures of an outlook or career-tier line: a growth percentage, the projection
// period ('2022-2032'), the annual openings count ('≈17,400') and the years of experience a
// tier asks for ('0-2 years', '8+ years'). Hand-written scanners over the bytes.
#include <cmath>
#include <string>

#include "parse/money.hpp"
#include "parse/money_scan.hpp"

namespace careerkb::parse {
namespace {

using scan::dash_len;
using scan::is_digit;
using scan::preceded_by_word;
using scan::skip_spaces;
using scan::word_at;

// A minus sign written straight before a figure ('-3%'), not the dash of '10-15%'.
bool negated(std::string_view t, size_t pos) {
  size_t d = 0;
  if (pos >= 1 && t[pos - 1] == '-') d = 1;
  if (pos >= 3 && scan::has(t, pos - 3, "\xE2\x88\x92")) d = 3;  // U+2212
  if (d == 0) return false;
  size_t before = pos - d;
  return before == 0 || t[before - 1] == ' ' || t[before - 1] == '(' || t[before - 1] == ':';
}

// A year as a projection period bound: four digits on their own, 1950-2100.
struct Year {
  int value = 0;
  size_t begin = 0, end = 0;
};

std::vector<Year> find_years(std::string_view t) {
  std::vector<Year> out;
  for (size_t i = 0; i < t.size();) {
    if (!is_digit(t[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < t.size() && is_digit(t[e])) ++e;
    bool alone = scan::number_start_ok(t, i) && (i == 0 || t[i - 1] != '$') &&
                 (e >= t.size() || !scan::is_alpha(t[e])) &&
                 !(e + 1 < t.size() && (t[e] == ',' || t[e] == '.') && is_digit(t[e + 1]));
    if (alone && e - i == 4) {
      int y = std::stoi(std::string(t.substr(i, 4)));
      if (y >= 1950 && y <= 2100) out.push_back({y, i, e});
    }
    i = e;
  }
  return out;
}

std::string period_text(int from, int to) {
  return std::to_string(from) + "-" + std::to_string(to);
}

// A small whole number spelled out, as tiers write 'two to four years'.
size_t number_word_at(std::string_view t, size_t pos, double& value) {
  static constexpr std::string_view words[] = {"zero", "one",    "two",   "three", "four",
                                               "five", "six",    "seven", "eight", "nine",
                                               "ten",  "eleven", "twelve"};
  if (!scan::word_start(t, pos)) return 0;
  for (size_t k = 0; k < std::size(words); ++k) {
    if (size_t n = word_at(t, pos, words[k])) {
      value = static_cast<double>(k);
      return n;
    }
  }
  return 0;
}

// A figure for the experience scanner: digits or a number word. Returns its end, or pos.
size_t experience_number(std::string_view t, size_t pos, double& value) {
  if (pos < t.size() && is_digit(t[pos])) {
    scan::Number n;
    if (!scan::number_start_ok(t, pos) || !scan::parse_number(t, pos, n) || n.grouped) return pos;
    value = n.value;
    return n.end;
  }
  return pos + number_word_at(t, pos, value);
}

// 'years'/'months' after an experience figure, returning the months per unit. Tier text is
// often run together ('0-2 yearsPerforms...'), so a capital letter may follow the unit.
size_t experience_unit(std::string_view t, size_t pos, int& months) {
  for (auto [word, m] : {std::pair<std::string_view, int>{"years", 12},
                         {"year", 12},
                         {"yrs", 12},
                         {"yr", 12},
                         {"months", 1},
                         {"month", 1}}) {
    if (pos + word.size() > t.size()) continue;
    bool same = true;
    for (size_t i = 0; i < word.size() && same; ++i) same = scan::lower(t[pos + i]) == word[i];
    if (!same) continue;
    size_t e = pos + word.size();
    if (e < t.size() && ((t[e] >= 'a' && t[e] <= 'z') || is_digit(t[e]))) continue;
    months = m;
    return word.size();
  }
  return 0;
}

bool preceded_by_phrase(std::string_view t, size_t pos, std::string_view first,
                        std::string_view second) {
  if (!preceded_by_word(t, pos, second)) return false;
  size_t b = scan::skip_spaces_back(t, pos) - second.size();
  return first.empty() || preceded_by_word(t, b, first);
}

}  // namespace

std::optional<double> find_percent(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    scan::Number a;
    if (!scan::number_start_ok(text, i) || !scan::parse_number(text, i, a)) {
      while (i < text.size() && scan::is_alnum(text[i])) ++i;
      continue;
    }
    size_t q = skip_spaces(text, a.end, false);
    double sign = negated(text, i) ? -1 : 1;
    if (scan::percent_at(text, q)) return sign * a.value;
    // '10-15%' and '10 to 15 percent' start at the first figure.
    size_t d = dash_len(text, q);
    if (!d) d = word_at(text, q, "to");
    if (d) {
      size_t q2 = skip_spaces(text, q + d, false);
      scan::Number b;
      if (q2 < text.size() && is_digit(text[q2]) && scan::parse_number(text, q2, b) &&
          scan::percent_at(text, skip_spaces(text, b.end, false)))
        return sign * a.value;
    }
    i = a.end;
  }
  return std::nullopt;
}

std::optional<std::string> find_year_period(std::string_view text) {
  std::vector<Year> years = find_years(text);
  for (size_t k = 0; k < years.size(); ++k) {
    const Year& y1 = years[k];
    // '2022-32'
    if (size_t d = dash_len(text, y1.end)) {
      size_t p = y1.end + d;
      if (p + 2 <= text.size() && is_digit(text[p]) && is_digit(text[p + 1]) &&
          (p + 2 == text.size() || !scan::is_alnum(text[p + 2]))) {
        int y2 = y1.value / 100 * 100 + (text[p] - '0') * 10 + (text[p + 1] - '0');
        if (y2 > y1.value) return period_text(y1.value, y2);
      }
    }
    if (k + 1 == years.size()) break;
    const Year& y2 = years[k + 1];
    size_t q = skip_spaces(text, y1.end);
    size_t len = dash_len(text, q);
    for (std::string_view w : {"to", "through", "thru", "until"})
      if (!len) len = word_at(text, q, w);
    if (!len && preceded_by_word(text, y1.begin, "between")) len = word_at(text, q, "and");
    if (len && skip_spaces(text, q + len) == y2.begin && y1.value < y2.value)
      return period_text(y1.value, y2.value);
  }
  // 'in 2016 ... expected to rise by 13 percent through 2026'
  for (size_t k = 1; k < years.size(); ++k) {
    size_t b = years[k].begin;
    if (!(preceded_by_word(text, b, "through") || preceded_by_word(text, b, "by") ||
          preceded_by_word(text, b, "to") || preceded_by_word(text, b, "until")))
      continue;
    for (size_t j = 0; j < k; ++j)
      if (years[j].value < years[k].value) return period_text(years[j].value, years[k].value);
  }
  return std::nullopt;
}

std::optional<long> find_count(std::string_view text) {
  std::vector<scan::Token> tokens = scan::tokenize(text);
  // A bare number that ends a money range ('SEK 350,000 to 500,000') is money, not a count.
  std::vector<bool> money(tokens.size(), false);
  for (const auto& r : scan::link_ranges(text, tokens, false, false))
    money[r.low_index] = money[r.low_index + 1] = true;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const scan::Token& k = tokens[i];
    if (money[i] || k.source > 0 || k.percent || k.year || k.unit || k.glued) continue;
    if (k.value != std::floor(k.value)) continue;  // '3.5' is a rating, not a count
    // Parts of '24/7' or '9:30' are not counts either.
    auto fraction_mark = [&](size_t p) { return text[p] == '/' || text[p] == ':'; };
    if (k.end + 1 < text.size() && fraction_mark(k.end) && is_digit(text[k.end + 1])) continue;
    if (k.begin >= 2 && fraction_mark(k.begin - 1) && is_digit(text[k.begin - 2])) continue;
    return static_cast<long>(std::llround(k.value));
  }
  return std::nullopt;
}

std::optional<YearsRange> find_years_of_experience(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    double a = 0;
    size_t p = experience_number(text, i, a);
    if (p == i) {
      if (is_digit(text[i]) || scan::is_alpha(text[i])) {
        while (i < text.size() && scan::is_alnum(text[i])) ++i;  // skip the whole word
      } else {
        ++i;
      }
      continue;
    }
    int months = 12;
    size_t q = skip_spaces(text, p, false);
    // '8+ years'
    if (q < text.size() && text[q] == '+') {
      if (experience_unit(text, skip_spaces(text, q + 1, false), months) && a * months <= 70 * 12)
        return YearsRange{static_cast<int>(std::floor(a * months / 12)), std::nullopt};
    }
    // '0-2 years', '2 to 4 years', 'between 2 and 4 years', '6 to 18 months'
    size_t d = dash_len(text, q);
    if (!d) d = word_at(text, q, "to");
    if (!d && preceded_by_word(text, i, "between")) d = word_at(text, q, "and");
    if (d) {
      double b = 0;
      size_t q2 = skip_spaces(text, q + d, false);
      size_t p2 = experience_number(text, q2, b);
      if (p2 > q2) {
        size_t q3 = skip_spaces(text, p2, false);
        bool open = q3 < text.size() && text[q3] == '+';
        if (open) q3 = skip_spaces(text, q3 + 1, false);
        if (experience_unit(text, q3, months) && a <= b && b * months <= 70 * 12) {
          YearsRange r{static_cast<int>(std::floor(a * months / 12)), std::nullopt};
          if (!open) r.max = static_cast<int>(std::ceil(b * months / 12));
          return r;
        }
      }
    }
    // '10 or more years', '3 or more yrs'
    if (size_t o = word_at(text, q, "or"); o && a <= 70) {
      size_t m = skip_spaces(text, q + o, false);
      size_t more = word_at(text, m, "more");
      if (!more) more = word_at(text, m, "longer");
      if (more && experience_unit(text, skip_spaces(text, m + more, false), months))
        return YearsRange{static_cast<int>(std::floor(a * months / 12)), std::nullopt};
    }
    // '1 year', '5 years or more', 'less than 2 years', 'at least 3 years'
    if (size_t u = experience_unit(text, q, months); u && a * months <= 70 * 12) {
      int lo = static_cast<int>(std::floor(a * months / 12));
      int hi = static_cast<int>(std::ceil(a * months / 12));
      size_t after = skip_spaces(text, q + u, false);
      size_t o = word_at(text, after, "or");
      size_t more = o ? skip_spaces(text, after + o, false) : 0;
      if ((o && (word_at(text, more, "more") || word_at(text, more, "longer"))) ||
          word_at(text, after, "plus") || (after < text.size() && text[after] == '+'))
        return YearsRange{lo, std::nullopt};
      if (o && (word_at(text, more, "less") || word_at(text, more, "fewer")))
        return YearsRange{0, hi};
      // '<1 year' in a table cell.
      size_t mark = i;
      while (mark > 0 && text[mark - 1] == ' ') --mark;
      const bool below = (mark >= 1 && text[mark - 1] == '<') ||
                         (mark >= 3 && text.substr(mark - 3, 3) == "\xe2\x89\xa4");
      if (below || preceded_by_phrase(text, i, "less", "than") ||
          preceded_by_phrase(text, i, "fewer", "than") || preceded_by_word(text, i, "under") ||
          preceded_by_phrase(text, i, "up", "to") || preceded_by_word(text, i, "within"))
        return YearsRange{0, hi};
      if (preceded_by_phrase(text, i, "at", "least") ||
          preceded_by_phrase(text, i, "minimum", "of") || preceded_by_word(text, i, "after") ||
          preceded_by_phrase(text, i, "after", "about") ||
          preceded_by_phrase(text, i, "more", "than") || preceded_by_word(text, i, "over") ||
          preceded_by_word(text, i, "minimum"))
        return YearsRange{lo, std::nullopt};
      return YearsRange{lo, hi};
    }
    i = p;
  }
  return std::nullopt;
}

}  // namespace careerkb::parse
