// Internal to the money/figure parsers (money.cpp, money_figures.cpp): byte-level scanning
// helpers and the number tokenizer they share. Hand-written instead of std::regex because these
// run on every line of thousands of documents. Not part of the parse stage's public API.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "parse/money.hpp"

namespace careerkb::parse::scan {

inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || is_upper(c);
}
inline bool is_alnum(char c) {
  return is_digit(c) || is_alpha(c);
}
inline char lower(char c) {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

inline bool has(std::string_view t, size_t pos, std::string_view s) {
  return pos <= t.size() && t.substr(pos, s.size()) == s;
}

// Length of the space at pos (ASCII blank, no-break or thin space), 0 when none. Line breaks
// count only when `any_line` is set: a currency code on one line never belongs to the next one.
inline size_t space_len(std::string_view t, size_t pos, bool any_line = true) {
  if (pos >= t.size()) return 0;
  char c = t[pos];
  if (c == ' ' || c == '\t') return 1;
  if (any_line && (c == '\n' || c == '\r' || c == '\f' || c == '\v')) return 1;
  if (has(t, pos, "\xC2\xA0")) return 2;                                     // U+00A0
  if (has(t, pos, "\xE2\x80\xAF") || has(t, pos, "\xE2\x80\x89")) return 3;  // U+202F, U+2009
  return 0;
}

inline size_t skip_spaces(std::string_view t, size_t pos, bool any_line = true) {
  while (size_t n = space_len(t, pos, any_line)) pos += n;
  return pos;
}

// Steps back over spaces ending at pos (ASCII and U+00A0 only, the ones met before numbers).
inline size_t skip_spaces_back(std::string_view t, size_t pos) {
  for (;;) {
    if (pos >= 1 && (t[pos - 1] == ' ' || t[pos - 1] == '\t')) {
      --pos;
    } else if (pos >= 2 && t[pos - 2] == '\xC2' && t[pos - 1] == '\xA0') {
      pos -= 2;
    } else {
      return pos;
    }
  }
}

// Length of a dash at pos: '-', U+2010..U+2015 (hyphens, en and em dash), U+2212 minus; else 0.
inline size_t dash_len(std::string_view t, size_t pos) {
  if (pos >= t.size()) return 0;
  if (t[pos] == '-') return 1;
  if (pos + 2 < t.size() && t[pos] == '\xE2') {
    unsigned char b1 = static_cast<unsigned char>(t[pos + 1]);
    unsigned char b2 = static_cast<unsigned char>(t[pos + 2]);
    if (b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95) return 3;
    if (b1 == 0x88 && b2 == 0x92) return 3;
  }
  return 0;
}

inline bool word_start(std::string_view t, size_t pos) {
  return pos == 0 || !is_alnum(t[pos - 1]);
}
inline bool word_end(std::string_view t, size_t pos) {
  return pos >= t.size() || !is_alnum(t[pos]);
}

// A number may start here: not inside a word ('COVID19') nor after a separator of a longer
// number ('1,0000' must not yield '0000').
inline bool number_start_ok(std::string_view t, size_t pos) {
  if (pos == 0) return true;
  char p = t[pos - 1];
  if (is_alnum(p)) return false;
  if ((p == '.' || p == ',') && pos >= 2 && is_digit(t[pos - 2])) return false;
  return true;
}

// Case-insensitive `word` at pos, ending at a word boundary. Returns its length or 0.
inline size_t word_at(std::string_view t, size_t pos, std::string_view word) {
  if (pos + word.size() > t.size()) return 0;
  for (size_t i = 0; i < word.size(); ++i)
    if (lower(t[pos + i]) != word[i]) return 0;
  return word_end(t, pos + word.size()) ? word.size() : 0;
}

// True when the text before pos, spaces skipped, ends with the whole word `word`.
inline bool preceded_by_word(std::string_view t, size_t pos, std::string_view word) {
  size_t e = skip_spaces_back(t, pos);
  if (e < word.size()) return false;
  size_t b = e - word.size();
  return word_start(t, b) && word_at(t, b, word) == word.size();
}

// A plain decimal number as written: '47,400', '16.44', '2022'. `value` has no scale applied.
struct Number {
  double value = 0;
  size_t begin = 0, end = 0;
  int int_digits = 0;    // digits before the point, separators not counted
  bool grouped = false;  // has a thousands separator
  bool decimal = false;  // has a fractional part
};

// Parses the number whose first digit is at pos into `out`. False for digit runs too long to
// be a figure (ids, phone numbers), which callers skip whole.
bool parse_number(std::string_view t, size_t pos, Number& out);

// 'k', 'M', ' million', ' thousand' right after a number: multiplier and byte length (1, 0 none).
struct Scale {
  double factor = 1;
  size_t len = 0;
};
Scale parse_scale(std::string_view t, size_t pos);

// '%', 'percent', 'per cent' or 'pct' at pos.
bool percent_at(std::string_view t, size_t pos);

// Length of a time unit word at pos ('years', 'months', 'hours'...), 0 when none.
size_t time_unit_at(std::string_view t, size_t pos);

// One number found in a text, with what surrounds it: currency, period, '%', '+'.
struct Token {
  size_t begin = 0, end = 0;  // whole figure: code or sign, number, suffix, trailing code
  size_t period_end = 0;      // end of the period words after it ('per hour'), else `end`
  double value = 0;           // scale applied
  double scale = 1;
  const char* currency = "USD";
  int source = 0;  // 0 bare number, 1 '$' alone (USD by default), 2 stated (code, '€', 'C$')
  const char* period = "";
  int int_digits = 0;
  bool grouped = false, decimal = false, scaled = false;
  bool open_top = false;  // '+' after it
  bool approx = false;    // '≈' before it: a count, not pay
  bool percent = false;   // followed by '%' or 'percent'
  bool year = false;      // a bare 4-digit 1900-2099, or the '32' of '2022-32'
  bool unit = false;      // followed by a time unit: '6 months', '2-4 years'
  bool glued = false;     // letters run straight on: '3D', '5th'
};

// Every number in the text, in order. Currency and period come from the figure itself only;
// linking the two ends of a range is done by the callers.
std::vector<Token> tokenize(std::string_view t);

// Two consecutive tokens read as one range ('$30k - $70k+', 'between $17 and $25 an hour'),
// with the currency, period and 'k' stated on one end applied to both.
struct LinkedRange {
  size_t low_index = 0;  // the high end is token low_index + 1
  MoneyRange range;
};

// Every range among the tokens, left to right; a token belongs to at most one range. Stops
// after the first when `first_only` is set.
std::vector<LinkedRange> link_ranges(std::string_view t, const std::vector<Token>& tokens,
                                     bool bare_numbers_are_money, bool first_only);

inline bool is_dollar_currency(std::string_view code) {
  return code == "USD" || code == "CAD" || code == "AUD" || code == "NZD" || code == "SGD" ||
         code == "HKD" || code == "TWD" || code == "MXN" || code == "BRL";
}

}  // namespace careerkb::parse::scan
