// Salary and outlook facts. Figures are read where they stand (prose, "Label: value" lines,
// label/value line pairs of fact boxes, salary-by-level tables) and each is told what it is
// (median, range end, level...) and whose it is (see attribution.hpp).
#include <algorithm>
#include <cmath>

#include "parse/attribution.hpp"
#include "parse/career_key.hpp"
#include "parse/extract.hpp"
#include "parse/money.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

bool has_any(std::string_view text, std::initializer_list<std::string_view> cues) {
  for (std::string_view cue : cues) {
    if (contains_ci(text, cue)) return true;
  }
  return false;
}

bool is_pay_text(std::string_view text) {
  // "Lowest 10%: less than $37,940": a share of earners is about pay.
  if (!find_earner_share(text).label.empty()) return true;
  return has_any(
      text, {"salar", "pay", "paid", "earn", "wage", "income", "make ", "makes ", "compensation",
             "annual", "hourly", "per hour", "an hour", "a year", "per year", "median", "average"});
}

bool is_cost_text(std::string_view text) {
  return has_any(text,
                 {"cost", "tuition", "fee", "price", "spend", "loan", "scholarship", "budget"});
}

// A block that is only a figure ("$47,400 USD", "9%", "≈170k", "35,000—65,000").
bool is_value_only(std::string_view text) {
  if (text.size() > 40) return false;
  int letters = 0;
  for (std::string_view word : split_words(text)) {
    std::string lower = to_lower(word);
    if (lower == "usd" || lower == "k" || lower == "per" || lower == "year" || lower == "hour" ||
        lower == "annually" || lower == "yr" || lower == "hr") {
      continue;
    }
    for (char c : word) letters += is_ascii_alpha(c) ? 1 : 0;
  }
  return letters <= 2;
}

bool is_label(const Block& b) {
  return b.kind != BlockKind::list_item && has_at_most_words(b.text, 8) && b.text.size() <= 60 &&
         !contains_money_or_percent(b.text) && b.text.find(". ") == std::string::npos;
}

// The labels of a fact-box value: the line before it and the caption after it, as either may
// carry the meaning ("Median Salary" then "$47,400 USD"; "$50,000" then "median salary").
struct BoxLabel {
  std::string before, after;
  std::string both() const { return before + ' ' + after; }
};

BoxLabel label_of(const Document& doc, size_t i) {
  BoxLabel label;
  if (i > 0 && is_label(doc.blocks[i - 1])) label.before = to_lower(doc.blocks[i - 1].text);
  if (i + 1 < doc.blocks.size() && is_label(doc.blocks[i + 1])) {
    label.after = to_lower(doc.blocks[i + 1].text);
  }
  return label;
}

// What a salary figure is, from the cue word nearest before it (or in its label).
SalaryKind salary_kind(std::string_view context) {
  std::string lower = to_lower(context);
  struct Cue {
    std::string_view word;
    SalaryKind kind;
  };
  using enum SalaryKind;
  static constexpr Cue cues[] = {
      {"percentile", percentile}, {"top earners", percentile}, {"median", median},
      {"average", average},       {"mean ", average},          {"entry", entry},
      {"starting", entry},        {"junior", entry},           {"beginner", entry},
      {"new grad", entry},        {"mid-level", mid},          {"mid level", mid},
      {"mid-career", mid},        {"mid career", mid},         {"senior", senior},
      {"experienced", senior},    {"late-career", senior},     {"top-level", senior},
  };
  SalaryKind best = other;
  size_t best_at = 0;
  std::optional<size_t> percentile_at;
  for (const Cue& cue : cues) {
    size_t at = lower.rfind(cue.word);
    if (at == std::string::npos) continue;
    if (cue.kind == percentile && (!percentile_at || at > *percentile_at)) percentile_at = at;
    if (best == other || at > best_at) {
      best = cue.kind;
      best_at = at;
    }
  }
  if (EarnerShare share = find_earner_share(lower); !share.label.empty()) {
    if (!percentile_at || share.at > *percentile_at) percentile_at = share.at;
    if (best == other || share.at > best_at) {
      best = percentile;
      best_at = share.at;
    }
  }
  // "Top 10% of earners ... starting from $65,000": the percentile phrase governs the words
  // that follow it closely.
  if (percentile_at && *percentile_at + 60 >= best_at) best = percentile;
  return best;
}

// Which percentile a figure is, from the cue nearest before it: "p10" for "lowest 10 percent"
// or "10th percentile", "p90" for "highest 10 percent", "top 10%" or "90th"; "" otherwise.
// The 10th and 90th percentiles stand in for a range when a page gives no other.
std::string percentile_label(std::string_view context) {
  return find_earner_share(context).label;
}

// A percentile column's label: "10th", "10%", "10th percentile" -> "p10"; "50th" -> "median".
std::string percentile_column(std::string_view column) {
  column = trim(column);
  // "Pct 10", "P90", "Percentile 25": the number after the word.
  for (std::string_view lead : {"percentile ", "pct. ", "pct ", "p"}) {
    if (starts_with_ci(column, lead) && column.size() > lead.size() &&
        is_ascii_digit(column[lead.size()])) {
      std::string_view n = column.substr(lead.size());
      if (n.size() > 2 || !std::all_of(n.begin(), n.end(), is_ascii_digit)) return {};
      return n == "50" ? "median" : "p" + std::string(n);
    }
  }
  size_t digits = 0;
  while (digits < column.size() && is_ascii_digit(column[digits])) ++digits;
  if (digits == 0 || digits > 2) return {};
  std::string_view rest = column.substr(digits);
  if (!rest.starts_with("th") && !rest.starts_with("%") && !rest.starts_with("st") &&
      !rest.starts_with("nd") && !rest.starts_with("rd")) {
    return {};
  }
  std::string n(column.substr(0, digits));
  if (n == "50") return "median";
  return "p" + n;
}

// "$20 to $30 per session", "$1,400 a shift": a rate for a piece of work, not pay over time; no
// salary fact is made of it (nor of a range that ends in one).
bool paid_per_unit(const MoneyAmount& m) {
  return m.period == "per_unit";
}

// Leaves out the rates among `amounts`, each noted as a Discard.
void drop_rates(std::vector<MoneyAmount>& amounts, std::string_view text, int line, Guide& guide) {
  std::erase_if(amounts, [&](const MoneyAmount& m) {
    if (!paid_per_unit(m)) return false;
    discard(guide, line, text.substr(m.begin, m.end - m.begin),
            "a rate for a piece of work, not pay over time");
    return true;
  });
}

void add_salary(Guide& guide, SalaryKind kind, const MoneyAmount& m, std::string label,
                std::string occupation, std::string_view original, int line) {
  // "$9 / month" is a subscription price, not pay: nobody earns less than $300 a month.
  if (m.period == "monthly" && m.amount < 300) return;
  if (guide.salary_facts.size() >= max_facts_per_list) return;
  SalaryFact fact;
  fact.kind = kind;
  fact.label = std::move(label);
  fact.occupation = std::move(occupation);
  fact.amount = m.amount;
  fact.currency = m.currency;
  MoneyAmount sized = m;
  fact.period = m.period.empty() ? (m.amount < 500 ? "hourly" : "annual") : m.period;
  sized.period = fact.period;
  fact.amount_annual_usd = annual_usd(sized);
  if (fact.amount_annual_usd) fact.amount_annual_usd = std::round(*fact.amount_annual_usd);
  fact.original_text = std::string(original);
  fact.line = line;
  for (const SalaryFact& f : guide.salary_facts) {
    if (f.kind == fact.kind && f.amount == fact.amount && f.label == fact.label &&
        f.occupation == fact.occupation) {
      return;  // the same figure repeated (fact box and prose)
    }
  }
  guide.salary_facts.push_back(std::move(fact));
}

// "Junior Health Technician$36k USD$38k USD" and table rows: a name followed only by figures.
bool read_level_row(const Block& b, const std::vector<MoneyAmount>& money, Guide& guide,
                    const std::vector<std::string>& columns, const std::string& career) {
  if (money.empty()) return false;
  // A real table row: the first cell names the level, each figure is labelled by its column.
  if (b.kind == BlockKind::table_row && b.cells.size() >= 2) {
    std::string_view name = trim(b.cells[0]);
    // "Lowest 10% earned less than | $29,320": a share of earners names a percentile.
    const bool earner_share = !percentile_label(name).empty();
    if (name.empty() || (contains_money_or_percent(name) && !earner_share)) return false;
    if (contains_ci(name, "range")) return false;  // "Typical pay range | $X – $Y": a range
    // "Salary: | $84,718 - $153,354": a pay label names no level.
    std::string_view bare = name;
    while (bare.ends_with(":")) bare.remove_suffix(1);
    for (std::string_view pay : {"salary", "pay", "wage", "wages", "compensation", "base pay",
                                 "annual salary", "pay scale", "earnings"}) {
      if (equals_ci(trim(bare), pay)) return false;
    }
    // The row may name a statistic ("Median pay", "50th (median)", "90th") or an occupation
    // ("Radiation therapists" in a comparison table) instead of a level.
    SalaryKind kind = SalaryKind::level;
    std::string label(name), occupation;
    bool names_occupation = false;
    SalaryKind column_kind = salary_kind(columns.empty() ? "" : columns.front());
    // "Low (entry level) | $68,000", "High | $118,000": the ends of the range.
    std::string_view first_word = name.substr(0, name.find_first_of(" (:"));
    if (equals_ci(first_word, "low") || equals_ci(first_word, "high")) {
      kind = equals_ci(first_word, "low") ? SalaryKind::range_low : SalaryKind::range_high;
      label.clear();
    } else if (SalaryKind stat = salary_kind(name); stat != SalaryKind::other) {
      kind = stat;
      label = stat == SalaryKind::percentile ? percentile_label(name) : "";
    } else if (is_ascii_digit(name.front()) &&
               (contains_ci(name, "th") || contains_ci(name, "st") || contains_ci(name, "nd"))) {
      kind = SalaryKind::percentile;
      label = percentile_label(name);
    } else if (std::vector<OccupationMention> jobs = find_occupations(name); !jobs.empty()) {
      names_occupation = true;
      kind = column_kind == SalaryKind::other ? SalaryKind::level : column_kind;
      if (!same_occupation(jobs.back().name, career)) occupation = jobs.back().name;
      label.clear();
    }
    // "Yearly | $37,544 | $46,592 | $59,488 ..." under "10th | 25th | Median ...": the columns
    // name the statistic. Cells align from the right, so a row that leaves out a leading cell
    // (a spanned "United States") still lines up.
    auto column_of = [&](size_t k) -> std::string_view {
      size_t from_right = b.cells.size() - k;
      return from_right <= columns.size() ? std::string_view(columns[columns.size() - from_right])
                                          : std::string_view();
    };
    bool period_row = false;
    for (const std::string& cell : b.cells) {
      for (std::string_view period :
           {"hourly", "yearly", "annual", "annually", "monthly", "weekly"}) {
        period_row |= equals_ci(trim(cell), period);
      }
    }
    // "10th–90th percentile | $64,100 – $128,500": a row naming two percentiles gives one to
    // each figure of its cell, in order.
    std::vector<std::string> row_ordinals;
    if (kind == SalaryKind::percentile) {
      for (size_t at = 0; at < name.size(); ++at) {
        if (!is_ascii_digit(name[at]) || (at > 0 && is_ascii_digit(name[at - 1]))) continue;
        std::string ordinal = percentile_column(name.substr(at));
        if (!ordinal.empty()) row_ordinals.push_back(ordinal == "median" ? "p50" : ordinal);
      }
    }
    bool any = false;
    for (size_t k = 1; k < b.cells.size(); ++k) {
      // "Employment | 2,310": a bare number is money only under a column about pay.
      const std::string_view column = column_of(k);
      const bool pay_column = column.empty() || salary_kind(column) != SalaryKind::other ||
                              !percentile_column(column).empty() || is_pay_text(column);
      std::vector<MoneyAmount> amounts =
          find_money(b.cells[k], is_value_only(b.cells[k]) && pay_column);
      drop_rates(amounts, b.cells[k], b.line, guide);
      const bool paired = row_ordinals.size() == 2 && amounts.size() == 2;
      for (size_t n = 0; n < amounts.size(); ++n) {
        const MoneyAmount& m = amounts[n];
        SalaryKind cell_kind = kind;
        std::string row_label = paired ? row_ordinals[n] : label;
        // "Structural iron and steel workers | ... | $72,950 | $47,320" under "Median annual |
        // 10th percentile": in a table of occupations too, the column names the statistic.
        if (kind == SalaryKind::level && (period_row || names_occupation) && !column.empty()) {
          SalaryKind stat = salary_kind(column);
          std::string ordinal = percentile_column(column);
          if (stat != SalaryKind::other || !ordinal.empty()) {
            cell_kind =
                !ordinal.empty() && stat == SalaryKind::other ? SalaryKind::percentile : stat;
            row_label = cell_kind == SalaryKind::percentile ? ordinal : "";
            if (ordinal == "median") cell_kind = SalaryKind::median, row_label.clear();
          }
        }
        if (cell_kind == SalaryKind::level && k - 1 < columns.size() && !columns[k - 1].empty()) {
          row_label += " (" + columns[k - 1] + ")";
        }
        add_salary(guide, cell_kind, m, row_label, occupation, b.text, b.line);
        any = true;
      }
    }
    return any;
  }
  std::string_view name = trim(std::string_view(b.text).substr(0, money.front().begin));
  while (!name.empty() && (name.back() == '|' || name.back() == ':')) name.remove_suffix(1);
  name = trim(name);
  if (name.empty() || count_words(name) > 7 || contains_money_or_percent(name)) return false;
  // "Range: $30k - $70k+" and "Median: $50,000" are labelled figures, not table rows.
  if (contains_ci(name, "range") || contains_ci(name, "salar") || contains_ci(name, "median") ||
      contains_ci(name, "average") || contains_ci(name, "pay") || contains_ci(name, "wage")) {
    return false;
  }
  std::string rest;
  size_t from = money.front().begin;
  for (const MoneyAmount& m : money) {
    rest += b.text.substr(from, m.begin - from);
    from = m.end;
  }
  rest += b.text.substr(from);
  for (std::string_view w : split_words(rest)) {
    std::string lower = to_lower(w);
    if (lower != "usd" && lower != "per" && lower != "year" && lower != "hour") return false;
  }
  for (size_t k = 0; k < money.size(); ++k) {
    std::string label(name);
    if (k < columns.size() && !columns[k].empty()) label += " (" + columns[k] + ")";
    add_salary(guide, SalaryKind::level, money[k], label, "", b.text, b.line);
  }
  return true;
}

// A row of column names, two or more of which name a statistic ("Pct 10", "Median", "90th").
bool names_statistic_columns(const Block& b) {
  if (b.cells.size() < 3 || contains_money_or_percent(b.text)) return false;
  int statistics = 0;
  for (const std::string& cell : b.cells) {
    if (!percentile_column(cell).empty() || salary_kind(cell) == SalaryKind::median) ++statistics;
  }
  return statistics >= 2;
}

// Header cells of a salary table ("Level | US Median | US Average"), without the first column.
std::vector<std::string> table_columns(const Block& b) {
  std::vector<std::string> columns;
  if (!b.cells.empty()) {
    for (size_t k = 1; k < b.cells.size(); ++k) columns.push_back(b.cells[k]);
  }
  return columns;
}

struct Percent {
  double value;
  size_t position;
};

// The sentence of `text` right after `sentence` (a view into it), or empty.
std::string_view sentence_after(std::string_view text, std::string_view sentence) {
  size_t end = static_cast<size_t>(sentence.data() - text.data()) + sentence.size();
  if (end >= text.size()) return {};
  std::string_view rest = trim(text.substr(end + 1));
  return sentence_at(rest, 0);
}

std::vector<Percent> all_percents(std::string_view text) {
  std::vector<Percent> found;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t after = std::string_view::npos;
    if (text[i] == '%') after = i;
    if (text.substr(i).starts_with(" percent")) after = i;
    if (after == std::string_view::npos) continue;
    size_t start = after;
    while (start > 0 && text[start - 1] == ' ' && text[i] == '%') --start;
    size_t digits_end = start;
    while (start > 0 && (is_ascii_digit(text[start - 1]) || text[start - 1] == '.')) --start;
    if (start == digits_end && text[i] != '%') {
      // "grow five percent": a number written as a word.
      static constexpr std::string_view number_words[] = {
          "zero",     "one",     "two",     "three",     "four",     "five",     "six",
          "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
          "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
      std::string_view before = text.substr(0, start);
      for (size_t n = 0; n < std::size(number_words); ++n) {
        std::string_view w = number_words[n];
        if (before.size() >= w.size() && equals_ci(before.substr(before.size() - w.size()), w) &&
            (before.size() == w.size() || !is_ascii_alpha(before[before.size() - w.size() - 1]))) {
          found.push_back({static_cast<double>(n), before.size() - w.size()});
          break;
        }
      }
      continue;
    }
    if (start == digits_end) continue;
    std::string number(text.substr(start, digits_end - start));
    try {
      found.push_back({std::stod(number), start});
    } catch (...) {
    }
  }
  return found;
}

}  // namespace

void extract_salaries(const Outline& outline, Guide& guide) {
  const Document& doc = *outline.doc;
  const std::string career = occupation_label(guide.career);
  std::vector<std::string> columns;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    SectionKind kind = outline.kind[i];
    if (kind == SectionKind::boilerplate || outline.boilerplate[i]) continue;
    if (b.kind == BlockKind::table_row && b.header_row) {
      columns = table_columns(b);
      continue;
    }
    // A fixed-width table's column names with no rule under them: "Area  Pct 10  Median ...".
    if (b.kind == BlockKind::table_row && names_statistic_columns(b)) {
      columns = table_columns(b);
      continue;
    }
    // A flattened table header such as "LevelUS MedianUS Average".
    if (contains_ci(b.text, "median") && contains_ci(b.text, "average") && is_label(b)) {
      columns = {"US Median", "US Average"};
      continue;
    }
    const bool value_only = is_value_only(b.text);
    const bool pay_section = kind == SectionKind::salary || kind == SectionKind::key_facts;
    std::vector<MoneyAmount> money = find_money(b.text, value_only && pay_section);
    drop_rates(money, b.text, b.line, guide);
    if (money.empty()) continue;
    if (read_level_row(b, money, guide, columns, career)) continue;
    const bool global = kind == SectionKind::global;
    const BoxLabel box = value_only ? label_of(doc, i) : BoxLabel{};

    // Ranges first: their two ends are one fact each, and are not read again below.
    std::vector<std::pair<size_t, size_t>> used;
    std::string_view text = b.text;
    // "31,200—52,800 Median: $41,300 ...": a scraped card whose lines ran together starts
    // with the range figure alone, in bare numbers.
    const std::string_view first_word = text.substr(0, text.find(' '));
    const bool leads_with_bare_range = pay_section && !value_only && is_value_only(first_word) &&
                                       find_money_range(first_word, true).has_value();
    size_t from = 0;
    while (from < text.size()) {
      const bool bare = pay_section && (value_only || (leads_with_bare_range && from == 0));
      std::optional<MoneyRange> range = find_money_range(
          text.substr(from, bare && !value_only ? first_word.size() : std::string_view::npos),
          bare);
      if (!range) break;
      if (paid_per_unit(range->low) || paid_per_unit(range->high)) {
        used.push_back({from + range->low.begin, from + range->high.end});
        from += range->high.end;
        continue;
      }
      size_t low_at = from + range->low.begin;
      size_t high_end = from + range->high.end;
      std::string_view sentence = sentence_at(text, low_at);
      // "The median ... was $352,000. Most offers I see land between $290,000 and $420,000.":
      // a range right after a sentence about pay is pay too.
      const size_t sentence_start = static_cast<size_t>(sentence.data() - text.data());
      const std::string_view previous =
          sentence_start >= 2 ? sentence_at(text, sentence_start - 2) : std::string_view();
      const bool after_pay = !previous.empty() && is_pay_text(previous) && !is_cost_text(previous);
      bool is_pay = is_pay_text(sentence) || value_only || starts_with_ci(text, "range") ||
                    pay_section || after_pay;
      // "plus an exam raise of about $2,000 to $5,000": an increment on pay, not a pay range.
      const size_t low_in_sentence = low_at - sentence_start;
      const std::string lead = to_lower(sentence.substr(
          low_in_sentence > 30 ? low_in_sentence - 30 : 0, std::min<size_t>(low_in_sentence, 30)));
      for (std::string_view increment :
           {"raise", "bonus", "increase", "stipend", "differential", "premium", "extra"}) {
        if (lead.find(increment) != std::string::npos) is_pay = false;
      }
      if (is_pay && !is_cost_text(sentence)) {
        std::string occupation =
            figure_occupation(sentence, low_at - (sentence.data() - text.data()), career);
        SalaryKind what = salary_kind(sentence.substr(0, low_at - (sentence.data() - text.data())));
        std::string label = global ? "global" : "";
        // "Pay range (10th-90th percentile): $52k-$128k" is still the range; "entry-level pay
        // ranges from..." is the range of a stage, which the label names.
        if (!global &&
            (what == SalaryKind::entry || what == SalaryKind::mid || what == SalaryKind::senior)) {
          label = to_string(what);
        }
        add_salary(guide, SalaryKind::range_low, range->low, label, occupation, sentence, b.line);
        add_salary(guide, SalaryKind::range_high, range->high, label, occupation, sentence, b.line);
      }
      used.push_back({low_at, high_end});
      from = high_end;
    }
    // A range spread over a sentence: "as low as $17.50 an hour, while ... as high as $35.80",
    // "from roughly $48,000 for juniors up to $160,000".
    if (used.empty() && money.size() >= 2 && !global) {
      for (size_t a = 0; a + 1 < money.size(); ++a) {
        std::string_view sentence = sentence_at(text, money[a].begin);
        size_t offset = static_cast<size_t>(sentence.data() - text.data());
        if (money[a + 1].begin >= offset + sentence.size() || !is_pay_text(sentence) ||
            is_cost_text(sentence)) {
          continue;
        }
        std::string before_low = to_lower(text.substr(offset, money[a].begin - offset));
        std::string before_high =
            to_lower(text.substr(money[a].end, money[a + 1].begin - money[a].end));
        bool between = before_low.ends_with("between ") || before_low.ends_with("between about ") ||
                       before_low.ends_with("between roughly ");
        bool low_cue = before_low.ends_with("as low as ") || before_low.ends_with("from ") ||
                       before_low.ends_with("a low of ") || before_low.ends_with("roughly ") ||
                       before_low.ends_with("starting at ") || between;
        bool from_low = before_low.find("from") != std::string::npos &&
                        (before_low.ends_with("from ") || before_low.ends_with("about ") ||
                         before_low.ends_with("roughly "));
        low_cue |= from_low;
        // "between $36,500 (25th percentile) and $48,000": a note on the low end between.
        bool bracketed_and = before_high.starts_with(" (") && before_high.ends_with(") and ") &&
                             before_high.size() < 40;
        bool high_cue =
            before_high.ends_with("as high as ") || before_high.ends_with("up to ") ||
            before_high.ends_with("a high of ") || before_high.ends_with("to roughly ") ||
            before_high.ends_with("to about ") ||
            (between &&
             (before_high == " and " || before_high == " and about " || bracketed_and)) ||
            // "from about $19 an hour when starting out to $33 an hour"
            (from_low && before_high.ends_with(" to ") && count_words(before_high) <= 10 &&
             before_high.find(',') == std::string::npos);
        low_cue &= before_low.find("as low as") != std::string::npos ||
                   before_low.find("a low of") != std::string::npos ||
                   before_low.find("from") != std::string::npos ||
                   before_low.find("starting") != std::string::npos || between;
        const MoneyAmount& lo = money[a];
        const MoneyAmount& hi = money[a + 1];
        if (low_cue && high_cue && lo.currency == hi.currency && lo.amount < hi.amount &&
            (lo.period == hi.period || lo.period.empty() || hi.period.empty()) &&
            figure_occupation(sentence, lo.begin - offset, career).empty()) {
          MoneyAmount low = lo, high = hi;
          if (low.period.empty()) low.period = high.period;
          if (high.period.empty()) high.period = low.period;
          add_salary(guide, SalaryKind::range_low, low, "", "", sentence, b.line);
          add_salary(guide, SalaryKind::range_high, high, "", "", sentence, b.line);
          used.push_back({lo.begin, hi.end});
          break;
        }
      }
    }

    for (const MoneyAmount& m : money) {
      bool in_range = false;
      for (auto [a, z] : used) in_range |= m.begin >= a && m.end <= z;
      if (in_range) continue;
      std::string_view sentence = sentence_at(text, m.begin);
      size_t in_sentence = m.begin - static_cast<size_t>(sentence.data() - text.data());
      if (is_cost_text(sentence) && !value_only) continue;
      SalaryKind what = SalaryKind::other;
      if (value_only) {
        if (!pay_section && !is_pay_text(box.both())) continue;
        what = salary_kind(box.before);
        if (what == SalaryKind::other) what = salary_kind(box.after);
      } else {
        if (!is_pay_text(sentence)) continue;
        // The nearest cue word before the figure, or right after it ("$16.44 median hourly").
        what = salary_kind(sentence.substr(0, in_sentence));
        if (what == SalaryKind::other) {
          what = salary_kind(
              sentence.substr(in_sentence, std::min<size_t>(40, sentence.size() - in_sentence)));
        }
        // "Median: $50,000" style labels at the start of a line.
        if (what == SalaryKind::other) {
          what = salary_kind(text.substr(0, std::min<size_t>(m.begin, 20)));
        }
      }
      // "$36,500 (25th percentile)": a bracket right after the figure names it.
      std::string_view bracket;
      if (std::string_view tail = trim(text.substr(m.end)); tail.starts_with("(")) {
        size_t close = tail.find(')');
        if (close != std::string_view::npos && close < 40) bracket = tail.substr(1, close - 1);
      }
      if (!bracket.empty() && salary_kind(bracket) != SalaryKind::other) {
        what = salary_kind(bracket);
      }
      std::string occupation = value_only ? "" : figure_occupation(sentence, in_sentence, career);
      std::string label = global ? "global" : "";
      if (what == SalaryKind::percentile && !global) {
        label = !bracket.empty() && !percentile_label(bracket).empty()
                    ? percentile_label(bracket)
                    : percentile_label(value_only ? box.both() : sentence.substr(0, in_sentence));
      }
      // "Median wage tops $72,000": a bound on the median, not its value.
      if (what == SalaryKind::median && label.empty() && !value_only) {
        std::string before = to_lower(sentence.substr(0, in_sentence));
        while (!before.empty() && before.back() == ' ') before.pop_back();
        for (std::string_view bound :
             {"tops", "more than", "over", "above", "exceeds", "at least", "upwards of"}) {
          if (before.ends_with(bound)) label = "at least";
        }
      }
      add_salary(guide, what, m, label, occupation,
                 value_only ? std::string_view(b.text) : sentence, b.line);
    }
  }
}

void extract_outlook(const Outline& outline, Guide& guide) {
  const Document& doc = *outline.doc;
  const std::string career = occupation_label(guide.career);
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    SectionKind kind = outline.kind[i];
    if (kind == SectionKind::boilerplate || kind == SectionKind::global || outline.boilerplate[i]) {
      continue;
    }
    const bool value_only = is_value_only(b.text);
    const std::string box_label = value_only ? label_of(doc, i).both() : std::string();
    // Annual openings: "≈170k" under "Annual Openings", or "17,400 openings each year".
    if (contains_ci(b.text, "opening") || contains_ci(box_label, "opening")) {
      std::string_view source = b.text;
      if (value_only || !contains_ci(b.text, "%")) {
        if (std::optional<long> count = find_count(source); count && *count >= 10) {
          OutlookFact fact;
          fact.annual_openings = count;
          fact.original_text = b.text;
          fact.line = b.line;
          guide.outlook.push_back(std::move(fact));
          // "grow 7 percent ... about 47,000 openings": the same text may give the growth.
          if (!contains_ci(b.text, " percent")) continue;
        }
      }
    }
    for (const Percent& p : all_percents(b.text)) {
      std::string_view sentence = sentence_at(b.text, p.position);
      size_t in_sentence = p.position - static_cast<size_t>(sentence.data() - b.text.data());
      std::string_view after = std::string_view(b.text).substr(p.position);
      if (contains_ci(after.substr(0, std::min<size_t>(after.size(), 20)), "of earners")) continue;
      std::string_view before = sentence.substr(0, in_sentence);
      if (before.ends_with("top ") || before.ends_with("Top ") || before.ends_with("bottom ")) {
        continue;
      }
      // The growth words must stand before the figure or just after it: "prices jumped 30%,
      // which has nothing to do with job growth" is no growth figure.
      std::string_view near_figure = sentence.substr(0, in_sentence);
      std::string_view after_figure = sentence.substr(in_sentence);
      int words_after = 0;
      size_t cut = 0;
      while (cut < after_figure.size() && words_after < 8) {
        if (after_figure[cut] == ' ') ++words_after;
        ++cut;
      }
      std::string growth_zone = std::string(near_figure) + std::string(after_figure.substr(0, cut));
      bool growth_words =
          has_any(growth_zone, {"growth", "grow", "outlook", "increase", "rise", "projected",
                                "expand", "faster than", "as fast as", "predicted", "expected to",
                                "expected be", "decline", "employment of", "change"});
      if (value_only) growth_words = has_any(box_label, {"growth", "outlook", "grow", "increase"});
      if (!growth_words) continue;
      OutlookFact fact;
      fact.growth_pct = p.value;
      // "decline about 2 percent": a fall written without a minus sign.
      std::string_view lead =
          near_figure.substr(near_figure.size() > 40 ? near_figure.size() - 40 : 0);
      bool minus =
          p.position > 0 && (b.text[p.position - 1] == '-' ||
                             std::string_view(b.text).substr(0, p.position).ends_with("−"));
      if (minus || (p.value > 0 && has_any(lead, {"decline", "decrease", "shrink", "fall ", "drop",
                                                  "contract"}))) {
        fact.growth_pct = -p.value;
      }
      fact.occupation = value_only ? "" : figure_occupation(sentence, in_sentence, career);
      std::optional<std::string> period = find_year_period(sentence);
      if (!period && value_only) period = find_year_period(box_label);
      // In a fact box the period sits on the caption line after the figure.
      for (size_t k = i + 1; !period && value_only && k < doc.blocks.size() && k <= i + 2; ++k) {
        period = find_year_period(doc.blocks[k].text);
      }
      if (period) fact.period = *period;
      // "counted under the broader category ...", "that number is for healthcare jobs as a
      // whole": the figure of a group, said in its sentence or the one after.
      if (fact.occupation.empty() && !value_only) {
        std::string_view next = sentence_after(b.text, sentence);
        for (std::string_view marker : {"broader", "as a whole", "all other", "umbrella"}) {
          if (contains_ci(sentence.substr(0, in_sentence), marker) || contains_ci(next, marker)) {
            fact.occupation = "broader group";
            break;
          }
        }
      }
      fact.original_text = value_only ? b.text : std::string(sentence);
      fact.line = b.line;
      bool repeated = false;
      for (const OutlookFact& f : guide.outlook) {
        repeated |= f.growth_pct == fact.growth_pct && f.occupation == fact.occupation;
      }
      if (!repeated) guide.outlook.push_back(std::move(fact));
    }
  }
}

}  // namespace careerkb::parse
