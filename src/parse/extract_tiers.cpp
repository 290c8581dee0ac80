// Career tiers: a name and a span of years of experience, however a site lays them out:
// "Junior Health Technician" above "0-2 years", "Experience: 3-5 years", table rows, a ladder
// on one line ("Apprentice (0-5 yrs) --> Journeyman (5-9 yrs)"), the years first ("Years 0-2
// -> Staff PTA"), or dotted leaders ("Service Technician ......... 1-4 yrs").
#include <algorithm>

#include "parse/extract.hpp"
#include "parse/money.hpp"
#include "parse/roles.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

struct TierLine {
  std::string name;
  YearsRange years;
};

// The byte span of the experience phrase in a segment: the numbers before "years"/"yrs", or
// after a leading "Years". Returns false when there is none.
bool find_years_span(std::string_view s, size_t* begin, size_t* end) {
  const std::string lower = to_lower(s);
  auto is_number_char = [&](size_t k) {
    return is_ascii_digit(s[k]) || s[k] == ' ' || s[k] == '-' || s[k] == '+' ||
           s.substr(k).starts_with("–");
  };
  for (std::string_view unit : {"year", "yr", "month"}) {
    for (size_t at = lower.find(unit); at != std::string::npos; at = lower.find(unit, at + 1)) {
      if (at > 0 && is_ascii_alpha(s[at - 1])) continue;  // "ayr", "Mayor"
      size_t stop = at;
      while (stop < s.size() && is_ascii_alpha(s[stop])) ++stop;
      // Numbers before the unit: "0-2 years", "8+ yrs", "2 to 4 years", "0 – 3 years".
      size_t start = at;
      while (start > 0) {
        if (start >= 3 && lower.compare(start - 3, 3, "to ") == 0) {
          start -= 3;
        } else if (start >= 8 && lower.compare(start - 8, 8, "or more ") == 0) {
          start -= 8;  // "10 or more years"
        } else if (start >= 3 && s.substr(start - 3, 3) == "–") {
          start -= 3;
        } else if (is_number_char(start - 1)) {
          --start;
        } else {
          break;
        }
      }
      while (start < at && !is_ascii_digit(s[start])) ++start;
      if (start < at) {
        *begin = start;
        // A unit glued to the next word ("0-2 yearsPerforms") ends at the unit itself.
        size_t word = stop - at;
        *end = word > 6 ? at + (lower.compare(at, 5, "years") == 0 ? 5 : unit.size()) : stop;
        return true;
      }
      // "Years 0-2": the numbers follow the word.
      size_t after = stop;
      while (after < s.size() && s[after] == ' ') ++after;
      if (after < s.size() && is_ascii_digit(s[after])) {
        size_t last = after;
        while (last < s.size() && (is_number_char(last) || lower.compare(last, 3, "to ") == 0))
          last += s.substr(last).starts_with("–") ? 3 : lower.compare(last, 3, "to ") == 0 ? 3 : 1;
        *begin = at;
        *end = last;
        return true;
      }
    }
  }
  return false;
}

// A tier name without the furniture around it: numbering, emoji, "Step 2", leader dots,
// separators, an "Experience" label, an unclosed bracket that belongs to the years.
std::string clean_name(std::string_view s) {
  auto strip_front = [&s] {
    while (!s.empty() && !is_ascii_alpha(s.front())) s.remove_prefix(1);
  };
  auto strip_back = [&s] {
    while (true) {
      s = trim(s);
      if (s.empty()) return;
      if (std::string_view(" .:(|-*,").find(s.back()) != std::string_view::npos) {
        s.remove_suffix(1);
      } else if (s.ends_with("–") || s.ends_with("—")) {
        s.remove_suffix(3);
      } else if (s.ends_with("·")) {
        s.remove_suffix(2);
      } else {
        return;
      }
    }
  };
  strip_front();
  // "Community Health Worker III — lead level": a lowercase remark after a dash is no name.
  for (std::string_view dash : {" — ", " – ", " - "}) {
    size_t at = s.find(dash);
    if (at != std::string_view::npos && at > 0 && at + dash.size() < s.size() &&
        s[at + dash.size()] >= 'a' && s[at + dash.size()] <= 'z') {
      s = s.substr(0, at);
    }
  }
  for (std::string_view label : {"Step ", "Level ", "Tier ", "Stage "}) {
    if (starts_with_ci(s, label) && s.size() > label.size() && is_ascii_digit(s[label.size()])) {
      s.remove_prefix(label.size());
      while (!s.empty() && (is_ascii_digit(s.front()) || s.front() == ' ' || s.front() == '.')) {
        s.remove_prefix(1);
      }
      strip_front();
    }
  }
  strip_back();
  for (std::string_view label : {"Experience", "experience", "Years", "years", "less than", "up to",
                                 "under", "about", "over", "at least", "from"}) {
    if (s.ends_with(label)) s.remove_suffix(label.size());
  }
  strip_back();
  for (std::string_view label : {"after", "After", "roughly", "around"}) {
    if (s.ends_with(label) && (s.size() == label.size() || s[s.size() - label.size() - 1] == ' ')) {
      s.remove_suffix(label.size());
      strip_back();
    }
  }
  if (size_t open = s.rfind('(');
      open != std::string_view::npos && s.find(')', open) == std::string_view::npos) {
    s = s.substr(0, open);
    strip_back();
  }
  return collapse_spaces(s);
}

// "first year", "your first two years", "the first 3 years": the span from the start. The
// phrase's begin in `s` and its years, or nullopt.
std::optional<std::pair<size_t, YearsRange>> first_years_phrase(std::string_view s) {
  static constexpr std::string_view numbers[] = {"one", "two", "three", "four", "five", "six"};
  const std::string lower = to_lower(s);
  for (size_t at = lower.find("first "); at != std::string::npos;
       at = lower.find("first ", at + 1)) {
    if (at > 0 && is_ascii_alpha(lower[at - 1])) continue;
    std::string_view rest = std::string_view(lower).substr(at + 6);
    int count = 1;
    if (!rest.empty() && is_ascii_digit(rest.front())) {
      count = rest.front() - '0';
      size_t digits = 1;
      if (rest.size() > 1 && is_ascii_digit(rest[1])) {
        count = count * 10 + (rest[1] - '0');
        digits = 2;
      }
      rest.remove_prefix(digits);
      if (!rest.starts_with(" ")) continue;
      rest.remove_prefix(1);
    } else {
      for (size_t k = 0; k < std::size(numbers); ++k) {
        if (rest.starts_with(numbers[k]) && rest.substr(numbers[k].size()).starts_with(" ")) {
          count = static_cast<int>(k) + 1;
          rest.remove_prefix(numbers[k].size() + 1);
          break;
        }
      }
    }
    if (!(rest.starts_with("year") || rest.starts_with("yr"))) continue;
    if (count < 1 || count > 20) continue;
    // "required within first year": a deadline, not a rung's span.
    std::string_view before = trim(std::string_view(lower).substr(0, at));
    if (before.ends_with("within") || before.ends_with("during") || before.ends_with("by") ||
        before.ends_with("within the") || before.ends_with("during the") ||
        before.ends_with("by the end of"))
      continue;
    return std::make_pair(at, YearsRange{0, count});
  }
  return std::nullopt;
}

std::vector<TierLine> parse_tier_line(std::string_view text) {
  // Ladders on one line are split at their arrows.
  std::vector<std::string_view> segments;
  size_t from = 0;
  while (true) {
    size_t best = std::string_view::npos, length = 0;
    for (std::string_view arrow : {"-->", "->", "→", "⟶", "»"}) {
      size_t at = text.find(arrow, from);
      if (at < best) {
        best = at;
        length = arrow.size();
      }
    }
    segments.push_back(text.substr(from, best == std::string_view::npos ? best : best - from));
    if (best == std::string_view::npos) break;
    from = best + length;
  }
  std::vector<TierLine> tiers;
  for (size_t k = 0; k < segments.size(); ++k) {
    std::string_view segment = segments[k];
    size_t begin = 0, end = 0;
    if (!find_years_span(segment, &begin, &end)) {
      // "Line cook: first year", "EHS Trainee, first year".
      if (auto first = first_years_phrase(segment)) {
        std::string name = clean_name(segment.substr(0, first->first));
        for (std::string_view filler : {" your", " the", " in", " for about", " for"}) {
          if (name.ends_with(filler)) name.resize(name.size() - filler.size());
        }
        // "Certifications (required ...)": a heading's word names no rung.
        if (!name.empty() && classify_heading(name) == SectionKind::other)
          tiers.push_back({clean_name(name), first->second});
      }
      continue;
    }
    std::string years_text(segment.substr(begin, end - begin));
    if (!contains_ci(years_text, "year") && !contains_ci(years_text, "yr") &&
        !contains_ci(years_text, "month")) {
      years_text += " years";
    }
    if (starts_with_ci(years_text, "years ")) years_text = years_text.substr(6) + " years";
    std::optional<YearsRange> years = find_years_of_experience(years_text);
    if (!years) continue;
    std::string before = clean_name(segment.substr(0, begin));
    // "Dialysis Technician I (trainee to 2 years)": the bracket's words belong to the years.
    std::string_view prefix = trim(segment.substr(0, begin));
    if (prefix.ends_with(" to") || prefix.ends_with("up to") || prefix.ends_with("under") ||
        prefix.ends_with("less than")) {
      if (years->max) years->min = 0;
    }
    // "Head chef: after about 7 years", "over 10 years": the rung starts there, open above.
    for (std::string_view opener :
         {"after", "after about", "after roughly", "over", "more than", "at least", "beyond"}) {
      if (ends_with_ci(prefix, opener) &&
          (prefix.size() == opener.size() ||
           !is_ascii_alpha(prefix[prefix.size() - opener.size() - 1])))
        years->max.reset();
    }
    std::string name = before;
    // "6+ years Lead Dispatcher" names the tier; "6+ years, including supervisory work" is a
    // remark on the years.
    std::string_view after = trim(segment.substr(end));
    bool remark = after.starts_with(",") || after.starts_with(";") ||
                  (!after.empty() && after.front() >= 'a' && after.front() <= 'z');
    if (name.empty() && !remark && count_words(after) <= 6) name = clean_name(after);
    if (name.empty() && k + 1 < segments.size()) {
      size_t b2 = 0, e2 = 0;
      if (!find_years_span(segments[k + 1], &b2, &e2)) name = clean_name(segments[k + 1]);
    }
    tiers.push_back({name, *years});
  }
  return tiers;
}

void add_tier(Guide& guide, std::string name, const YearsRange& years, int line) {
  name = collapse_spaces(name);
  while (!name.empty() && (name.back() == ':' || name.back() == '(' || name.back() == '-')) {
    name.pop_back();
  }
  if (name.empty() || count_words(name) > 8 || guide.tiers.size() >= max_facts_per_list) return;
  if (holds_fill_in_blank(name)) return;
  // "This is for about your first 2 years": a sentence about the years names no tier.
  static constexpr std::string_view sentence_openers[] = {
      "this", "that", "it", "it's", "you", "your", "these", "those", "they", "we", "i", "there"};
  std::string_view first = name;
  first = first.substr(0, first.find(' '));
  if (std::any_of(std::begin(sentence_openers), std::end(sentence_openers),
                  [&](std::string_view w) { return equals_ci(first, w); })) {
    discard(guide, line, name, "a sentence about years of experience, not a tier's name");
    return;
  }
  for (const Tier& t : guide.tiers) {
    if (t.name == name && t.years_min == years.min && t.years_max == years.max) return;
  }
  guide.tiers.push_back({name, years.min, years.max, line});
}

// A table row whose second cell is an experience span ("0-2 years", or "0-2" under a "Years of
// experience" column). Returns whether it was one.
bool read_table_tier(const Block& b, const std::vector<std::string>& columns, Guide& guide) {
  if (b.cells.size() < 2) return false;
  std::string years_text = b.cells[1];
  bool years_column = columns.size() > 1 &&
                      (contains_ci(columns[1], "year") || contains_ci(columns[1], "experience"));
  if (years_column && !contains_ci(years_text, "year") && !contains_ci(years_text, "yr")) {
    years_text += " years";
  }
  std::optional<YearsRange> years = find_years_of_experience(years_text);
  if (!years || (!years_column && !contains_ci(b.cells[1], "y"))) return false;
  add_tier(guide, clean_name(b.cells[0]), *years, b.line);
  return true;
}

bool read_cells_tier(const Block& b, Guide& guide) {
  const std::string* years_cell = nullptr;
  const std::string* name_cell = nullptr;
  for (const std::string& cell : b.cells) {
    size_t begin = 0, end = 0;
    if (!years_cell && find_years_span(cell, &begin, &end) && has_at_most_words(cell, 4)) {
      years_cell = &cell;
    } else if (count_letters(cell) >= 3 && !contains_money_or_percent(cell) &&
               (!name_cell || count_letters(cell) > count_letters(*name_cell))) {
      name_cell = &cell;
    }
  }
  if (!years_cell || !name_cell) return false;
  std::string years_text = *years_cell;
  if (!contains_ci(years_text, "year") && !contains_ci(years_text, "yr")) years_text += " years";
  std::optional<YearsRange> years = find_years_of_experience(years_text);
  if (!years) return false;
  add_tier(guide, clean_name(*name_cell), *years, b.line);
  return true;
}

}  // namespace

void extract_tiers(const Outline& outline, const BlockRoles& roles, Guide& guide) {
  const Document& doc = *outline.doc;
  std::vector<std::string> columns;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    // Tables: a row whose second cell is an experience span ("0-2 years", or "0-2" under a
    // "Years of experience" column).
    const bool ladder = outline.kind[i] == SectionKind::career_path || roles.role[i] == Role::tier;
    if (b.kind == BlockKind::table_row) {
      // Plain-text tables have no marked header: the first row of a run without figures is one.
      bool first_row = i == 0 || doc.blocks[i - 1].kind != BlockKind::table_row;
      bool has_digit = std::any_of(b.text.begin(), b.text.end(), is_ascii_digit);
      if (b.header_row || (first_row && !has_digit)) {
        columns = b.cells;
        continue;
      }
      // A header names the columns of its own table only.
      if (first_row) columns.clear();
      if (read_table_tier(b, columns, guide) || !ladder) continue;
      // A row laid out otherwise ("Step 1 | Helper | 0-1 yr", "II | Technician II | 2-5
      // years"): the years cell, named by the longest other cell.
      if (read_cells_tier(b, guide)) continue;
    }
    if (!ladder) continue;
    // Prose that mentions years is not a tier: the phrase must come early in a short line.
    std::vector<TierLine> found = parse_tier_line(b.text);
    if (found.empty()) continue;
    if (found.size() == 1 && !has_at_most_words(b.text, 14)) {
      size_t begin = 0, end = 0;
      if (!find_years_span(b.text, &begin, &end) || begin > 60) continue;
    }
    for (TierLine& tier : found) {
      if (tier.name.empty()) {
        // The name stands on a line above: "Junior Health Technician" then "0-2 years".
        for (size_t k = i; k-- > 0 && i - k <= 3;) {
          const Block& above = doc.blocks[k];
          if (count_letters(above.text) < 3 || contains_ci(above.text, "focus area")) continue;
          if (has_at_most_words(above.text, 8) && looks_like_heading(above.text))
            tier.name = above.text;
          break;
        }
      }
      // "### Entry Level" over "Job titles: ...", "Experience: 0-2 years": the level's own
      // heading names it.
      if (tier.name.empty() && outline.section_of[i] >= 0) {
        const Block& heading = doc.blocks[outline.sections[outline.section_of[i]].heading_block];
        if (heading.line < b.line && has_at_most_words(heading.text, 6)) {
          tier.name = clean_name(heading.text);
        }
      }
      add_tier(guide, tier.name, tier.years, b.line);
    }
  }
}

}  // namespace careerkb::parse
