// Money amounts and ranges as career guides write them ('$30k - $70k+ USD', 'between $17 and
// $25 an hour', 'CAD 40,000'), built on the tokenizer in money_scan.cpp, plus the conversion
// of an amount to annual US dollars.
#include <cstring>

#include "parse/money.hpp"
#include "parse/money_scan.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

using scan::Token;

// A bare number is pay only on lines the caller knows are about pay, and even then not a
// year, a percentage, a duration or a count marked with '≈'.
bool bare_usable(const Token& k) {
  return !k.year && !k.unit && !k.glued && !k.approx;
}

bool is_money(const Token& k, bool bare_numbers_are_money) {
  if (k.percent) return false;
  if (k.source > 0) return true;
  // Eight or more ungrouped digits are an id or a phone number, not pay.
  return bare_numbers_are_money && bare_usable(k) && (k.grouped || k.int_digits <= 7) &&
         (k.grouped || k.value >= 1000 || k.scaled);
}

MoneyAmount to_amount(const Token& k) {
  MoneyAmount m;
  m.amount = k.value;
  m.currency = k.currency;
  m.period = k.period;
  m.open_top = k.open_top;
  m.begin = k.begin;
  m.end = k.end;
  return m;
}

// Only a dash, 'to', or 'and' after 'between' may stand between the two ends of a range, so
// "earns $39,000 annually – about $19 hourly" stays two figures.
bool joined(std::string_view t, const Token& a, const Token& b) {
  size_t from = a.period_end > a.end ? a.period_end : a.end;
  if (b.begin < from) return false;
  size_t q = scan::skip_spaces(t, from, false);
  size_t len = scan::dash_len(t, q);
  if (!len) len = scan::word_at(t, q, "to");
  if (!len && scan::preceded_by_word(t, a.begin, "between")) len = scan::word_at(t, q, "and");
  if (!len) return false;
  return scan::skip_spaces(t, q + len, false) == b.begin;
}

std::optional<MoneyRange> link(std::string_view t, const Token& a, const Token& b, bool bare) {
  bool money_a = is_money(a, bare), money_b = is_money(b, bare);
  if (!money_a && !money_b) return std::nullopt;
  // The other end may be a bare number: 'SEK 350,000 to 500,000', '$17 to 25 an hour'.
  if (!money_a && (a.percent || !bare_usable(a))) return std::nullopt;
  if (!money_b && (b.percent || !bare_usable(b))) return std::nullopt;
  if (!joined(t, a, b)) return std::nullopt;

  MoneyRange r{to_amount(a), to_amount(b)};
  if (a.source == 2 && b.source == 2) {
    if (std::strcmp(a.currency, b.currency) != 0) return std::nullopt;
  } else if (a.source == 2 || b.source == 2) {
    const Token& stated = a.source == 2 ? a : b;
    const Token& other = a.source == 2 ? b : a;
    // 'CAD $50,000 to $75,000' is Canadian at both ends; 'EUR 30,000 to $45,000' is no range.
    if (other.source == 1 && !scan::is_dollar_currency(stated.currency)) return std::nullopt;
    r.low.currency = r.high.currency = stated.currency;
  }
  if (*a.period && *b.period && std::strcmp(a.period, b.period) != 0) return std::nullopt;
  r.low.period = r.high.period = *a.period ? a.period : b.period;

  // '$40-60k': the suffix written once applies to the low end too.
  if (!a.scaled && b.scaled && !a.grouped && a.value * b.scale <= b.value) {
    r.low.amount = a.value * b.scale;
  } else if (a.scaled && !b.scaled && !b.grouped && b.value < a.value &&
             b.value * a.scale >= a.value) {
    r.high.amount = b.value * a.scale;
  }
  if (r.low.amount > r.high.amount) return std::nullopt;
  return r;
}

}  // namespace

namespace scan {

std::vector<LinkedRange> link_ranges(std::string_view t, const std::vector<Token>& tokens,
                                     bool bare_numbers_are_money, bool first_only) {
  std::vector<LinkedRange> out;
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (auto r = link(t, tokens[i], tokens[i + 1], bare_numbers_are_money)) {
      out.push_back({i, *r});
      if (first_only) break;
      ++i;  // the high end cannot also start the next range
    }
  }
  return out;
}

}  // namespace scan

std::vector<MoneyAmount> find_money(std::string_view text, bool bare_numbers_are_money) {
  std::vector<Token> tokens = scan::tokenize(text);
  std::vector<scan::LinkedRange> ranges =
      scan::link_ranges(text, tokens, bare_numbers_are_money, false);
  std::vector<MoneyAmount> out;
  size_t next_range = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (next_range < ranges.size() && ranges[next_range].low_index == i) {
      out.push_back(ranges[next_range].range.low);
      out.push_back(ranges[next_range].range.high);
      ++next_range;
      ++i;
    } else if (is_money(tokens[i], bare_numbers_are_money)) {
      out.push_back(to_amount(tokens[i]));
    }
  }
  return out;
}

std::optional<MoneyRange> find_money_range(std::string_view text, bool bare_numbers_are_money) {
  std::vector<scan::LinkedRange> ranges =
      scan::link_ranges(text, scan::tokenize(text), bare_numbers_are_money, true);
  if (ranges.empty()) return std::nullopt;
  return ranges.front().range;
}

std::optional<double> annual_usd(const MoneyAmount& money) {
  if (money.currency != "USD") return std::nullopt;
  if (money.period == "hourly") return money.amount * hours_per_year;
  if (money.period == "monthly") return money.amount * 12;
  if (money.period == "annual") return money.amount;
  if (money.period == "per_unit") return std::nullopt;
  // Nobody earns under $500 a year: a small figure with no period is an hourly wage.
  return money.amount < 500 ? money.amount * hours_per_year : money.amount;
}

EarnerShare find_earner_share(std::string_view text) {
  const std::string lower = to_lower(text);
  const std::string_view all = lower;
  std::vector<std::string_view> words = split_words(all);
  auto offset = [&](std::string_view w) { return static_cast<size_t>(w.data() - all.data()); };
  // "10%", "10 %", "10 percent", "10 per cent".
  auto percent_follows = [&](size_t j) {
    std::string_view rest = all.substr(offset(words[j]) + words[j].size());
    return rest.starts_with("%") || rest.starts_with(" %") || rest.starts_with(" percent") ||
           rest.starts_with(" per cent");
  };
  EarnerShare found;
  for (size_t j = 0; j < words.size(); ++j) {
    std::string_view w = words[j];
    // "10th percentile", "90th": the percentile is named outright.
    for (std::string_view rank : {"10th", "25th", "75th", "90th"}) {
      for (size_t at = w.find(rank); at != std::string_view::npos; at = w.find(rank, at + 1)) {
        if (at == 0 || w[at - 1] == '-')
          found = {"p" + std::string(rank.substr(0, 2)), offset(w) + at};
      }
    }
    // A share named by the side word one or two words before it: "lowest-paid 10 percent",
    // "top-earning tenth", "best-paid quarter".
    int share = 0;
    if (w == "tenth" || w == "decile" || (w == "10" && percent_follows(j))) share = 10;
    if (w == "quarter" || (w == "25" && percent_follows(j))) share = 25;
    if (share == 0) continue;
    for (size_t back = 1; back <= 2 && back <= j; ++back) {
      std::string_view side = words[j - back];
      bool low = side.find("low") != std::string_view::npos || side.starts_with("bottom") ||
                 side.starts_with("least") || side.starts_with("poorest");
      bool high = side.starts_with("top") || side.find("high") != std::string_view::npos ||
                  side.starts_with("best") || side.starts_with("upper");
      if (!low && !high) continue;
      found = {"p" + std::to_string(low ? share : 100 - share), offset(side)};
      break;
    }
  }
  return found;
}

}  // namespace careerkb::parse
