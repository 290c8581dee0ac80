// The number tokenizer behind find_money, find_money_range and find_count: one left-to-right
// pass that reads each figure together with its currency code or sign, 'k'/'million' suffix,
// '+', and the period words that follow it ('per hour', '/month', 'annually').
#include "parse/money_scan.hpp"

#include <initializer_list>

namespace careerkb::parse::scan {
namespace {

// Codes are matched case-sensitively and only as whole words, so 'and' or 'Cad' never count.
constexpr const char* iso_codes[] = {"USD", "CAD", "AUD", "NZD", "EUR", "GBP", "SGD", "HKD", "JPY",
                                     "CNY", "RMB", "INR", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK",
                                     "HUF", "ZAR", "BRL", "MXN", "AED", "SAR", "QAR", "KWD", "PHP",
                                     "MYR", "THB", "IDR", "VND", "KRW", "TWD", "NGN", "KES", "EGP",
                                     "TRY", "ILS", "CLP", "COP", "PEN", "ARS"};

const char* iso_code(std::string_view word) {
  if (word.size() != 3) return nullptr;
  for (const char* code : iso_codes)
    if (word == code) return word == "RMB" ? "CNY" : code;
  return nullptr;
}

// Letters written straight before a '$': 'C$40,000' is Canadian, 'US$' American.
const char* dollar_prefix(std::string_view word) {
  struct Prefix {
    const char* letters;
    const char* code;
  };
  static constexpr Prefix prefixes[] = {{"US", "USD"}, {"C", "CAD"},  {"CA", "CAD"}, {"CAN", "CAD"},
                                        {"A", "AUD"},  {"AU", "AUD"}, {"NZ", "NZD"}, {"S", "SGD"},
                                        {"SG", "SGD"}, {"HK", "HKD"}, {"NT", "TWD"}, {"MX", "MXN"},
                                        {"R", "BRL"}};
  for (const auto& p : prefixes)
    if (word == p.letters) return p.code;
  return iso_code(word);  // 'CAD$50,000'
}

// A currency sign at pos: its byte length and code, 0 when none.
size_t sign_at(std::string_view t, size_t pos, const char*& code) {
  if (pos >= t.size()) return 0;
  if (t[pos] == '$') return code = "USD", 1;
  if (has(t, pos, "\xE2\x82\xAC")) return code = "EUR", 3;  // €
  if (has(t, pos, "\xC2\xA3")) return code = "GBP", 2;      // £
  if (has(t, pos, "\xC2\xA5")) return code = "JPY", 2;      // ¥
  if (has(t, pos, "\xE2\x82\xB9")) return code = "INR", 3;  // ₹
  return 0;
}

// Only a digit or a currency sign can start a figure: '$', or the first byte of the UTF-8 of
// € ₹ (0xE2) and £ ¥ (0xC2), the signs sign_at() knows.
bool may_start_figure(char c) {
  return is_digit(c) || c == '$' || c == '\xE2' || c == '\xC2';
}

// The word of ASCII letters that ends at pos, as [begin, pos).
size_t letters_back(std::string_view t, size_t pos) {
  while (pos > 0 && is_alpha(t[pos - 1])) --pos;
  return pos;
}

// A figure or sign starts at pos (after spaces on the same line): then a code before it leads
// that figure rather than trailing the previous one ('$36k USD$38k USD').
bool figure_follows(std::string_view t, size_t pos) {
  pos = skip_spaces(t, pos, false);
  const char* code = nullptr;
  return pos < t.size() && (is_digit(t[pos]) || sign_at(t, pos, code) > 0);
}

size_t first_word(std::string_view t, size_t pos, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (size_t n = word_at(t, pos, w)) return n;
  return 0;
}

struct Period {
  const char* name = "";
  size_t end = 0;
};

// The pay period written after a figure: '/hr', 'per year', 'an hour', 'hourly', 'median hourly
// pay'. A few filler words may stand between the figure and the period.
Period period_after(std::string_view t, size_t pos) {
  auto noun = [&](size_t q, bool after_slash) -> Period {
    if (size_t n = first_word(t, q, {"hour", "hr", "hrs"})) return {"hourly", q + n};
    if (after_slash && word_at(t, q, "h")) return {"hourly", q + 1};
    if (size_t n = first_word(t, q, {"year", "yr", "annum"})) return {"annual", q + n};
    if (size_t n = first_word(t, q, {"month", "mo", "mth"})) return {"monthly", q + n};
    // "$20 to $30 per session", "$1,400 a shift": paid by the piece, no period of time.
    if (size_t n = first_word(t, q,
                              {"session", "sessions", "shift", "shifts", "visit", "visits", "class",
                               "classes", "lesson", "lessons", "appointment", "procedure", "case",
                               "delivery", "client", "patient"}))
      return {"per_unit", q + n};
    return {};
  };
  size_t q = skip_spaces(t, pos, false);
  if (q < t.size() && t[q] == '/') return noun(skip_spaces(t, q + 1, false), true);
  for (int words = 0; words < 3 && q < t.size(); ++words) {
    if (size_t n = word_at(t, q, "hourly")) return {"hourly", q + n};
    if (size_t n = first_word(t, q, {"annually", "annual", "yearly"})) return {"annual", q + n};
    if (size_t n = word_at(t, q, "monthly")) return {"monthly", q + n};
    if (has(t, q, "p.a.")) return {"annual", q + 4};
    if (size_t n = first_word(t, q, {"per", "a", "an", "each", "every"}))
      return noun(skip_spaces(t, q + n, false), false);
    size_t n = first_word(t, q,
                          {"median", "average", "mean", "base", "starting", "typical", "gross",
                           "total", "in", "pay", "salary", "wage", "wages", "income"});
    if (n == 0) break;
    q = skip_spaces(t, q + n, false);
  }
  return {};
}

// '6 months', '2-4 years', '2 to 4 years': the figure counts time, not money or people.
bool time_follows(std::string_view t, size_t pos) {
  size_t q = skip_spaces(t, pos, false);
  if (time_unit_at(t, q)) return true;
  size_t d = dash_len(t, q);
  if (!d) d = word_at(t, q, "to");
  if (!d) return false;
  q = skip_spaces(t, q + d, false);
  Number n;
  if (q >= t.size() || !is_digit(t[q]) || !parse_number(t, q, n)) return false;
  q = n.end;
  if (q < t.size() && t[q] == '+') ++q;
  return time_unit_at(t, skip_spaces(t, q, false)) > 0;
}

}  // namespace

bool parse_number(std::string_view t, size_t pos, Number& out) {
  // 15 digits keep the mantissa exact in a double; longer runs are ids, not figures.
  constexpr int max_digits = 15;
  static constexpr double pow10[] = {1,   1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  size_t n = t.size(), j = pos;
  std::uint64_t mantissa = 0;
  int digits = 0;
  out = Number{};
  out.begin = pos;
  while (j < n && is_digit(t[j])) {
    if (++digits > max_digits) return false;
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(t[j++] - '0');
  }
  if (digits == 0) return false;
  if (digits <= 3) {
    // A comma groups thousands only before exactly three digits: '$47,400, $50,000' is two.
    while (j + 3 < n && t[j] == ',' && is_digit(t[j + 1]) && is_digit(t[j + 2]) &&
           is_digit(t[j + 3]) && (j + 4 >= n || !is_digit(t[j + 4]))) {
      if ((digits += 3) > max_digits) return false;
      for (size_t k = j + 1; k <= j + 3; ++k)
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(t[k] - '0');
      out.grouped = true;
      j += 4;
    }
  }
  out.int_digits = digits;
  int decimals = 0;
  if (j + 1 < n && t[j] == '.' && is_digit(t[j + 1])) {
    ++j;
    while (j < n && is_digit(t[j])) {
      if (++digits > max_digits) return false;
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(t[j++] - '0');
      ++decimals;
    }
    out.decimal = true;
  }
  out.value = static_cast<double>(mantissa) / pow10[decimals];
  out.end = j;
  return true;
}

Scale parse_scale(std::string_view t, size_t pos) {
  if (pos >= t.size()) return {};
  char c = t[pos];
  if ((c == 'k' || c == 'K') && word_end(t, pos + 1)) return {1e3, 1};
  if ((c == 'm' || c == 'M') && word_end(t, pos + 1)) return {1e6, 1};
  if ((c == 'b' || c == 'B') && word_end(t, pos + 1)) return {1e9, 1};
  size_t s = space_len(t, pos, false);
  if (s == 0) return {};
  if (size_t n = word_at(t, pos + s, "thousand")) return {1e3, s + n};
  if (size_t n = word_at(t, pos + s, "million")) return {1e6, s + n};
  if (size_t n = word_at(t, pos + s, "billion")) return {1e9, s + n};
  return {};
}

bool percent_at(std::string_view t, size_t pos) {
  if (pos < t.size() && t[pos] == '%') return true;
  if (word_at(t, pos, "percent") || word_at(t, pos, "pct")) return true;
  size_t n = word_at(t, pos, "per");
  return n && word_at(t, skip_spaces(t, pos + n, false), "cent");
}

size_t time_unit_at(std::string_view t, size_t pos) {
  return first_word(t, pos,
                    {"years", "year", "yrs", "yr", "months", "month", "weeks", "week", "days",
                     "day", "hours", "hour", "hrs", "minutes", "semesters", "semester"});
}

std::vector<Token> tokenize(std::string_view t) {
  std::vector<Token> out;
  const size_t n = t.size();
  size_t i = 0;
  while (i < n) {
    // Most bytes of a text are prose; skip them before setting up a Token for each one.
    if (!may_start_figure(t[i])) {
      ++i;
      continue;
    }
    Token tok;
    size_t num_pos = 0;
    const char* sign_code = nullptr;
    if (size_t sign = sign_at(t, i, sign_code)) {
      size_t j = i + sign;
      j += space_len(t, j, false);  // '$ 47,400'
      if (j >= n || !is_digit(t[j])) {
        i += sign;
        continue;
      }
      num_pos = j;
      tok.begin = i;
      tok.currency = sign_code;
      tok.source = t[i] == '$' ? 1 : 2;
      size_t r = letters_back(t, i);
      if (r < i) {
        const char* code =
            t[i] == '$' ? dollar_prefix(t.substr(r, i - r)) : iso_code(t.substr(r, i - r));
        if (code && word_start(t, r)) tok.currency = code, tok.source = 2, tok.begin = r;
      } else {
        size_t e = skip_spaces_back(t, i);  // 'SGD $40,000': the code wins over the sign
        r = letters_back(t, e);
        const char* code = e < i ? iso_code(t.substr(r, e - r)) : nullptr;
        if (code && word_start(t, r)) tok.currency = code, tok.source = 2, tok.begin = r;
      }
    } else if (is_digit(t[i])) {
      if (!number_start_ok(t, i)) {
        while (i < n && is_alnum(t[i])) ++i;
        continue;
      }
      num_pos = tok.begin = i;
      size_t e = skip_spaces_back(t, i);
      size_t r = letters_back(t, e);
      if (const char* code = iso_code(t.substr(r, e - r)); code && word_start(t, r)) {
        tok.currency = code, tok.source = 2, tok.begin = r;
      }
      tok.approx = (e >= 3 && has(t, e - 3, "\xE2\x89\x88")) || (e >= 1 && t[e - 1] == '~');
    } else {
      ++i;
      continue;
    }

    Number num;
    if (!parse_number(t, num_pos, num)) {
      i = num_pos;
      while (i < n && is_digit(t[i])) ++i;
      continue;
    }
    Scale scale = parse_scale(t, num.end);
    size_t p = num.end + scale.len;
    tok.value = num.value * scale.factor;
    tok.scale = scale.factor;
    tok.scaled = scale.len > 0;
    tok.int_digits = num.int_digits;
    tok.grouped = num.grouped;
    tok.decimal = num.decimal;
    tok.glued = p < n && is_alpha(t[p]);
    tok.percent = percent_at(t, skip_spaces(t, p, false));
    if (p < n && t[p] == '+') tok.open_top = true, ++p;
    tok.end = p;

    if (tok.source == 0) {
      // '28,000 €', '40,000 EUR', '48,000 dollars'
      size_t q = p + space_len(t, p, false);
      const char* code = nullptr;
      if (size_t s = sign_at(t, q, code); s && t[q] != '$')
        tok.currency = code, tok.source = 2, tok.end = q + s;
    }
    if (tok.source <= 1) {
      size_t q = skip_spaces(t, tok.end, false);
      size_t e = q;
      while (e < n && is_alpha(t[e])) ++e;
      const char* code = iso_code(t.substr(q, e - q));
      if (code && !figure_follows(t, e)) {
        tok.currency = code, tok.source = 2, tok.end = e;
      } else if (size_t w = word_at(t, q, "dollars")) {
        tok.currency = "USD", tok.source = 2, tok.end = q + w;
      } else if (size_t w2 = (tok.source == 0 ? word_at(t, q, "euros") : 0)) {
        tok.currency = "EUR", tok.source = 2, tok.end = q + w2;
      }
    }

    bool plain = tok.source == 0 && !tok.grouped && !tok.decimal && !tok.scaled;
    if (plain && tok.int_digits == 4 && tok.value >= 1900 && tok.value <= 2099) tok.year = true;
    if (plain && tok.int_digits == 2 && !out.empty() && out.back().year) {
      size_t d = dash_len(t, out.back().end);
      if (d && out.back().end + d == tok.begin) tok.year = true;  // the '32' of '2022-32'
    }
    tok.unit = time_follows(t, p);
    Period period = period_after(t, tok.end);
    tok.period = period.name;
    tok.period_end = *period.name ? period.end : tok.end;
    out.push_back(tok);
    i = tok.end > i ? tok.end : i + 1;
  }
  return out;
}

}  // namespace careerkb::parse::scan
