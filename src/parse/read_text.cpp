// Reads plain text (scraped web pages) into the Document model. Plain text has no markup, so
// every non-blank line is its own block; bullets and numbers mark list items, and short
// title-like lines are marked as guessed headings (level 0) for the extractor to confirm.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "parse/document.hpp"
#include "parse/extract.hpp"
#include "parse/text_markup.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

// Bullet glyphs seen in scraped guides; each entry is the UTF-8 of one glyph.
constexpr std::string_view bullet_glyphs[] = {"•", "·", "●", "▪", "◦", "‣", "○", "■", "►", "✓", "✔",
                                              "➤", "➢", "❖", "◆", "★", "☑", "✅", "»", ">", "-", "*",
                                              "+", "–", "—", "□", "❑",
                                              // PDF Symbol-font bullets, private use area
                                              "\uF0B7", "\uF0A7", "\uF076"};

// Strips one list marker at the front; returns true when there was one.
bool strip_marker(std::string_view& s) {
  for (std::string_view glyph : bullet_glyphs) {
    if (s.starts_with(glyph) && s.size() > glyph.size() &&
        (s[glyph.size()] == ' ' || s[glyph.size()] == '\t')) {
      s.remove_prefix(glyph.size());
      s = trim(s);
      return true;
    }
  }
  // "o " (a bullet typed as a letter in exported documents), "(a) ", "a) ", and "- [x] "
  // checkboxes.
  for (std::string_view prefix : {"o ", "o\t", "[x] ", "[X] ", "[ ] "}) {
    if (s.starts_with(prefix) && s.size() > prefix.size() + 2) {
      s.remove_prefix(prefix.size());
      s = trim(s);
      return true;
    }
  }
  if (s.size() > 4 && s[0] == '(' && is_ascii_alpha(s[1]) && s[2] == ')' && s[3] == ' ') {
    s.remove_prefix(4);
    s = trim(s);
    return true;
  }
  if (s.size() > 3 && s[0] >= 'a' && s[0] <= 'h' && s[1] == ')' && s[2] == ' ') {
    s.remove_prefix(3);
    s = trim(s);
    return true;
  }
  // "1." or "1)" or "2.1" followed by a space: a numbered item. A bare "1" line is a counter.
  size_t digits = 0;
  while (digits < s.size() && digits < 3 && is_ascii_digit(s[digits])) ++digits;
  size_t end = digits;
  while (end + 1 < s.size() && s[end] == '.' && is_ascii_digit(s[end + 1])) {
    end += 2;
    while (end < s.size() && is_ascii_digit(s[end])) ++end;
  }
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  if (digits > 0 && end + 1 < s.size() && (s[end] == '.' || s[end] == ')' || end > digits) &&
      (blank(s[end]) || blank(s[end + 1]))) {
    s.remove_prefix(blank(s[end]) ? end : end + 1);
    s = trim(s);
    return !s.empty() && !is_ascii_digit(s.front());
  }
  return false;
}

// The non-empty cells of a table row, split at `separator`.
std::vector<std::string> split_cells(std::string_view row, char separator) {
  std::vector<std::string> cells;
  size_t from = 0;
  while (from <= row.size()) {
    size_t at = row.find(separator, from);
    std::string cell =
        collapse_spaces(row.substr(from, at == std::string_view::npos ? at : at - from));
    if (!cell.empty()) cells.push_back(std::move(cell));
    if (at == std::string_view::npos) break;
    from = at + 1;
  }
  return cells;
}

// Cells of a fixed-width table row or a dotted-leader line, as text exports lay them out:
// "Median      $46.33      $96,370" or "Percent Change, 2023-2033 ........ 11%". Columns are
// runs of three or more spaces or dots (two spaces where the line has three cells or more).
// Empty when the line is prose: a sentence gap ("end.  Next") or a long cell is no column.
std::vector<std::string> fixed_width_cells(std::string_view s) {
  // Most lines are prose: without a double space or a run of dots there is no column.
  size_t gap = s.find("  ");
  bool wide = gap != std::string_view::npos && (s.find("   ") != std::string_view::npos ||
                                                s.find("  ", gap + 2) != std::string_view::npos);
  if (!wide && s.find("...") == std::string_view::npos) return {};
  auto split_at_gaps = [&](size_t min_gap) {
    std::vector<std::string> cells;
    size_t start = 0, i = 0;
    while (i < s.size()) {
      size_t gap_end = i;
      bool dots = false;
      while (gap_end < s.size() && (s[gap_end] == ' ' || s[gap_end] == '.')) {
        dots |= s[gap_end] == '.';
        ++gap_end;
      }
      size_t width = gap_end - i;
      size_t dot_count = 0;
      for (size_t k = i; k < gap_end; ++k) dot_count += s[k] == '.';
      bool leader = dots && dot_count >= 3;
      bool spaces = !dots && width >= min_gap;
      if (i > start && gap_end < s.size() && (leader || spaces)) {
        cells.push_back(collapse_spaces(s.substr(start, i - start)));
        start = gap_end;
        i = gap_end;
        continue;
      }
      i = gap_end > i ? gap_end : i + 1;
    }
    cells.push_back(collapse_spaces(s.substr(start)));
    return cells;
  };
  std::vector<std::string> cells = split_at_gaps(3);
  if (cells.size() < 2) {
    cells = split_at_gaps(2);
    if (cells.size() < 3) return {};
  }
  for (const std::string& cell : cells) {
    // The last column may hold a sentence ("93  Core  Wipe down and sanitize mats ...").
    int most = &cell == &cells.back() && cells.size() >= 2 ? 40 : 10;
    if (cell.empty() || !has_at_most_words(cell, most) || count_words(cell) == 0) return {};
    // A gap after a full stop separates sentences, not columns.
    if (&cell != &cells.back() && cell.back() == '.' && !has_at_most_words(cell, 3)) return {};
  }
  return cells;
}

// A rule drawn under a table header or between page parts: "------   -------", "=====", "+---+".
bool is_rule_line(std::string_view s) {
  if (s.size() < 3) return false;
  int marks = 0;
  for (char c : s) {
    // ".........." and "::::::::" border a text box as "-----" does.
    if (c == '-' || c == '=' || c == '_' || c == '~' || c == '+' || c == '|' || c == '.' ||
        c == ':' || c == '*') {
      ++marks;
    } else if (c != ' ') {
      return false;
    }
  }
  return marks >= 3;
}

// "-----" or "=====" under a line makes that line a heading (Setext style in plain text).
bool is_underline(std::string_view s) {
  if (s.size() < 3) return false;
  char c = s.front();
  if (c != '-' && c != '=' && c != '_' && c != '~' && c != '*') return false;
  for (char x : s) {
    if (x != c) return false;
  }
  return true;
}

// Text wrapped at a fixed width continues on the next line: a long line that does not end a
// sentence, or a next line that starts in lowercase, belongs to the same paragraph.
bool continues_on_next_line(const Block& previous, std::string_view next) {
  if (next.empty() || previous.kind == BlockKind::table_row) return false;
  if (previous.text.size() < 55 || has_at_most_words(previous.text, 7)) return false;
  char last = previous.text.back();
  bool sentence_end = last == '.' || last == '?' || last == '!' || last == ':';
  bool lowercase_start = next.front() >= 'a' && next.front() <= 'z';
  // A long title-like line followed by a capitalized line is a heading and its text.
  if (previous.kind == BlockKind::heading && !lowercase_start) return false;
  return !sentence_end || lowercase_start;
}

bool introduces_list(std::string_view heading) {
  switch (classify_heading(heading)) {
    case SectionKind::duties:
    case SectionKind::day_in_life:
    case SectionKind::skills:
    case SectionKind::technical_skills:
    case SectionKind::soft_skills:
    case SectionKind::tools:
    case SectionKind::certifications:
    case SectionKind::pros:
    case SectionKind::cons:
    case SectionKind::related:
    case SectionKind::specializations:
      return true;
    default:
      return false;
  }
}

// Sites that drop the bullets still write one item per line right under the heading, with no
// blank line between: such a run is a list. Prose paragraphs (long, ending in a full stop)
// and the next heading of a known kind end the run.
void mark_unbulleted_lists(Document& doc) {
  for (size_t i = 0; i + 1 < doc.blocks.size(); ++i) {
    const Block& lead = doc.blocks[i];
    // A list follows a heading of a list kind, or any short line ending with a colon
    // ("On a typical shift, a welder will:").
    bool colon_lead = lead.kind != BlockKind::list_item && lead.text.ends_with(":") &&
                      has_at_most_words(lead.text, 25);
    // After a heading of no list kind ("WHAT WE LOOK FOR"), three short lines or more with
    // no blank line between are a list too: real pages do not stack three headings.
    const bool any_heading = lead.kind == BlockKind::heading && !introduces_list(lead.text);
    if (!colon_lead && lead.kind != BlockKind::heading) continue;
    size_t k = i + 1;
    while (k < doc.blocks.size()) {
      Block& b = doc.blocks[k];
      const Block& above = doc.blocks[k - 1];
      // One blank line may follow the lead ("...typically do the following:"), none inside.
      int gap = b.line - (above.line + above.extra_lines);
      bool adjacent = gap == 1 || (k == i + 1 && colon_lead && gap == 2);
      if (!adjacent || b.kind == BlockKind::list_item || b.kind == BlockKind::table_row) {
        break;
      }
      int words = count_words_up_to(b.text, 26);  // only compared with 25 and less
      bool sentence = !b.text.empty() && b.text.back() == '.';
      if (words > 25 || (sentence && words > 12)) break;
      if (b.kind == BlockKind::heading && words <= 5 &&
          classify_heading(b.text) != SectionKind::other) {
        break;
      }
      ++k;
    }
    if (k - i - 1 < 2) continue;  // one line is a paragraph, not a list
    if (any_heading && !colon_lead) {
      bool short_lines = k - i - 1 >= 3;
      for (size_t j = i + 1; j < k && short_lines; ++j) {
        short_lines =
            has_at_most_words(doc.blocks[j].text, 12) &&
            doc.blocks[j].line == doc.blocks[j - 1].line + doc.blocks[j - 1].extra_lines + 1;
      }
      if (!short_lines) continue;
    }
    for (size_t j = i + 1; j < k; ++j) {
      doc.blocks[j].kind = BlockKind::list_item;
      doc.blocks[j].indent = 0;
      doc.blocks[j].marked = false;
    }
    i = k - 1;
  }
}

}  // namespace

bool looks_like_heading(std::string_view text) {
  if (text.empty() || text.size() > 110) return false;
  char last = text.back();
  // "Duties:" is a heading; "Experience: 3-5 years." is not.
  if (last == ':' && has_at_most_words(text, 6) && text.find(": ") == std::string_view::npos) {
    text.remove_suffix(1);
    last = text.empty() ? '.' : text.back();
  }
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!') return false;
  bool question = last == '?';
  if (contains_money_or_percent(text)) return false;
  int words = count_words_up_to(text, 17);  // only compared with 16 and less
  if (words == 0 || words > 16) return false;
  if (count_letters(text) < 3) return false;
  // ("PART 1. MY DAY" in capitals is a numbered title, not two sentences.)
  if (text.find(". ") != std::string_view::npos && !is_all_caps(text)) return false;
  // "... is projected to grow 5 percent from": a hard-wrapped line of prose stops mid-phrase,
  // on a word no title ends with.
  if (words >= 6) {
    size_t space = text.rfind(' ');
    std::string_view tail = text.substr(space == std::string_view::npos ? 0 : space + 1);
    for (std::string_view joiner : {"from", "to", "of", "the", "a", "an", "and", "or", "in", "with",
                                    "by", "at", "on", "that", "than", "as"}) {
      if (tail == joiner) return false;
    }
  }
  // "Education: associate degree in ..." is a labelled value, not a heading; "Q: What does
  // an electrician do?" is a question heading.
  if (size_t colon = text.find(": "); colon != std::string_view::npos && !question &&
                                      count_words_up_to(text.substr(colon + 2), 2) >= 2) {
    return false;
  }
  // Headings start with a capital, a digit ("2025 Market Reality") or a symbol/emoji.
  unsigned char first = static_cast<unsigned char>(text.front());
  if (first >= 'a' && first <= 'z') return false;
  return true;
}

namespace {

// "15:26 The median for hospitalists ... was" / "15:31 $352,000.": the time stamp a video
// transcript puts before each line, or 0. Hours are optional: "1:02:45 ".
size_t timestamp_length(std::string_view s) {
  size_t k = 0;
  for (int group = 0; group < 3; ++group) {
    size_t digits = 0;
    while (k < s.size() && is_ascii_digit(s[k]) && digits < 2) ++k, ++digits;
    if (digits == 0 || (group > 0 && digits != 2)) return 0;
    if (k < s.size() && s[k] == ' ') return group > 0 ? k + 1 : 0;
    if (k >= s.size() || s[k] != ':') return 0;
    ++k;
  }
  return 0;
}

// A transcript's lines of speech: a time stamp and five words or more. Shorter stamped lines
// are chapter marks ("0:00 Intro") and stay lines of their own.
bool is_speech_line(std::string_view s) {
  const size_t stamp = timestamp_length(s);
  return stamp > 0 && !has_at_most_words(s.substr(stamp), 4);
}

// True when the text reads as a timed transcript: ten or more lines of speech.
bool is_transcript(std::string_view utf8) {
  int speech = 0;
  for (size_t pos = 0; pos < utf8.size() && speech < 10;) {
    size_t end = utf8.find('\n', pos);
    if (end == std::string_view::npos) end = utf8.size();
    speech += is_speech_line(trim(utf8.substr(pos, end - pos))) ? 1 : 0;
    pos = end + 1;
  }
  return speech >= 10;
}

// "> > - Keyboarding speed": the quote marks of a mail reply, one per level, and the line.
std::string_view without_mail_quote(std::string_view line) {
  size_t k = 0;
  while (k < line.size() && line[k] == ' ') ++k;
  if (k >= line.size() || line[k] != '>') return line;
  while (k < line.size() && line[k] == '>') {
    ++k;
    if (k < line.size() && line[k] == ' ') ++k;
  }
  return line.substr(k);
}

// True when three or more lines are quoted as a mail reply quotes: "> text", ">> text".
bool quotes_mail(std::string_view utf8) {
  int quoted = 0;
  for (size_t pos = 0; pos < utf8.size() && quoted < 3;) {
    size_t end = utf8.find('\n', pos);
    if (end == std::string_view::npos) end = utf8.size();
    std::string_view line = utf8.substr(pos, end - pos);
    quoted += line.starts_with("> ") || line.starts_with(">>") || line == ">" ? 1 : 0;
    pos = end + 1;
  }
  return quoted >= 3;
}

}  // namespace

Document read_plain_text(std::string_view utf8) {
  Document doc;
  int line_number = 0;
  size_t pos = 0;
  // In a transcript a sentence runs over stamped lines: they join into one paragraph, stamps
  // dropped, until a line that is not speech.
  const bool transcript = is_transcript(utf8);
  const bool mail = quotes_mail(utf8);
  const std::vector<int> outline = outline_indents(utf8);
  const HeadingMarks marks = heading_marks(utf8);
  // Indent of the first list item of the current run: deeper items nest below it.
  int base_indent = -1;
  // Leading spaces of the open list item's marker: deeper lines continue it.
  int item_spaces = -1;
  // Column where the last two-cell fixed-width row's text starts: lines indented to it wrap it.
  int hanging_column = -1;
  while (pos <= utf8.size()) {
    size_t end = utf8.find('\n', pos);
    if (end == std::string_view::npos) end = utf8.size();
    std::string_view raw = utf8.substr(pos, end - pos);
    if (mail) raw = without_mail_quote(raw);
    ++line_number;
    pos = end + 1;
    std::string_view s = trim(raw);
    if (s.empty()) {
      if (end == utf8.size()) break;
      continue;
    }
    // "|  QUICK FACTS  |", ":  DID YOU KNOW?  :", "*  NOW HIRING!  *": a line of a box drawn
    // in text (a frame, then padding); its frame is no part of the text. A row of a bar table
    // has bars inside too, and "**Pay**" is emphasis: both stay as they are.
    if (s.size() >= 4 && s.front() == s.back() && s[1] == ' ' && s[s.size() - 2] == ' ' &&
        (s.front() == '|' || s.front() == ':' || s.front() == '*') &&
        s.substr(1, s.size() - 2).find(s.front() == '|' ? " | " : " : ") ==
            std::string_view::npos) {
      s = trim(s.substr(1, s.size() - 2));
      if (s.empty()) continue;
    }
    if (transcript && is_speech_line(s)) {
      Block block;
      block.kind = BlockKind::paragraph;
      block.line = line_number;
      std::string text(s.substr(timestamp_length(s)));
      while (pos < utf8.size()) {
        size_t next_end = utf8.find('\n', pos);
        if (next_end == std::string_view::npos) next_end = utf8.size();
        std::string_view next = trim(utf8.substr(pos, next_end - pos));
        if (!is_speech_line(next)) break;
        text += ' ';
        text += next.substr(timestamp_length(next));
        ++line_number;
        ++block.extra_lines;
        end = next_end;
        pos = next_end + 1;
      }
      block.text = collapse_spaces(text);
      doc.blocks.push_back(std::move(block));
      base_indent = -1;
      item_spaces = -1;
      if (end >= utf8.size()) break;
      continue;
    }
    // "15:20 Pay and schedule": a transcript's chapter mark is an entry of its chapter list,
    // not a heading over the rest of the page.
    if (transcript && timestamp_length(s) > 0) {
      Block block;
      block.kind = BlockKind::list_item;
      block.line = line_number;
      block.text = collapse_spaces(s);
      doc.blocks.push_back(std::move(block));
      if (end == utf8.size()) break;
      continue;
    }
    if (marks.mark != 0 && raw.front() != ' ' && raw.front() != '\t') {
      std::string_view title = s;
      if (marks.org && (s.starts_with("#+TITLE:") || s.starts_with("#+title:"))) {
        title = trim(s.substr(8));
      }
      int level = title != s ? 1 : marked_level(s, marks.mark);
      if (level > 0) {
        if (title == s) title = trim(s.substr(static_cast<size_t>(level)));
        // "** TODO Book the exam  :next:": org's task keyword and tags are not the title.
        if (marks.org) {
          for (std::string_view keyword : {"TODO ", "DONE "}) {
            if (title.starts_with(keyword)) title = trim(title.substr(keyword.size()));
          }
          if (title.size() > 2 && title.back() == ':') {
            size_t tags = title.rfind(' ');
            if (tags != std::string_view::npos && title[tags + 1] == ':')
              title = trim(title.substr(0, tags));
          }
        }
        Block block;
        block.kind = BlockKind::heading;
        block.level = level;
        block.line = line_number;
        block.text = collapse_spaces(title);
        if (!block.text.empty()) doc.blocks.push_back(std::move(block));
        base_indent = -1;
        item_spaces = -1;
        if (end == utf8.size()) break;
        continue;
      }
    }
    if (marks.mark != 0 && is_markup_only(s, marks)) {
      if (end == utf8.size()) break;
      continue;
    }
    // An outline's node: a heading one level below its parent's when lines are indented under
    // it, else an item. Unindented lines with nothing under them are read as any text.
    if (!outline.empty()) {
      const int spaces = leading_spaces(raw);
      int next = line_number + 1;
      while (next < static_cast<int>(outline.size()) && outline[next] < 0) ++next;
      const bool has_children = next < static_cast<int>(outline.size()) && outline[next] > spaces;
      if (spaces > 0 || has_children) {
        Block block;
        block.line = line_number;
        std::string_view text = s;
        strip_marker(text);
        block.marked = true;
        const int depth = outline_depth(outline, spaces);
        if (has_children) {
          block.kind = BlockKind::heading;
          block.level = std::min(6, depth + 1);
        } else {
          block.kind = BlockKind::list_item;
          block.indent = depth;
        }
        block.text = collapse_spaces(text);
        if (!block.text.empty()) doc.blocks.push_back(std::move(block));
        base_indent = -1;
        item_spaces = -1;
        if (end == utf8.size()) break;
        continue;
      }
    }
    if (is_underline(s)) {
      if (!doc.blocks.empty() && doc.blocks.back().line == line_number - 1 &&
          doc.blocks.back().kind != BlockKind::list_item && doc.blocks.back().text.size() < 120) {
        Block& above = doc.blocks.back();
        if (above.kind == BlockKind::table_row) {
          above.header_row = true;  // a rule under a fixed-width table's column names
        } else {
          above.kind = BlockKind::heading;
        }
      }
      continue;
    }
    if (is_rule_line(s)) {
      if (!doc.blocks.empty() && doc.blocks.back().line == line_number - 1 &&
          doc.blocks.back().kind == BlockKind::table_row) {
        doc.blocks.back().header_row = true;
      }
      continue;
    }
    // A list item wrapped onto an indented line ("a) Assess clients' abilities using\n
    //      tools and observation") goes on until a blank line or the next marker.
    const bool adjacent = !doc.blocks.empty() &&
                          doc.blocks.back().line + doc.blocks.back().extra_lines == line_number - 1;
    // A label column's text wrapped under itself ("Technical:   a / b /\n             c / d").
    if (adjacent && doc.blocks.back().kind == BlockKind::table_row && hanging_column > 0 &&
        std::abs(leading_spaces(raw) - hanging_column) <= 1 && fixed_width_cells(s).empty()) {
      Block& row = doc.blocks.back();
      row.cells.back() += ' ' + collapse_spaces(s);
      row.text += ' ' + collapse_spaces(s);
      ++row.extra_lines;
      if (end == utf8.size()) break;
      continue;
    }
    hanging_column = -1;
    const bool item_goes_on =
        adjacent && doc.blocks.back().kind == BlockKind::list_item && item_spaces >= 0 &&
        leading_spaces(raw) > item_spaces &&
        (!doc.blocks.back().text.ends_with(".") || (s.front() >= 'a' && s.front() <= 'z'));
    if (adjacent && (item_goes_on || continues_on_next_line(doc.blocks.back(), s))) {
      std::string_view probe = s;
      if (!strip_marker(probe)) {
        Block& open = doc.blocks.back();
        open.text += ' ';
        open.text += collapse_spaces(s);
        if (open.kind == BlockKind::heading) open.kind = BlockKind::paragraph;
        ++open.extra_lines;
        if (end == utf8.size()) break;
        continue;
      }
    }
    Block block;
    block.line = line_number;
    int spaces = leading_spaces(raw);
    std::vector<std::string> columns;
    const bool numbered = !s.empty() && is_ascii_digit(s.front());
    if (strip_marker(s)) {
      // Doubled markers ("• • Ad-free") are one item.
      while (strip_marker(s)) {
      }
      if (s.empty()) continue;
      if (numbered && is_all_caps(s) && has_at_most_words(s, 10)) {
        // "2. WHAT THEY DO": a numbered section title, not an item.
        base_indent = -1;
        item_spaces = -1;
        block.kind = BlockKind::heading;
        block.text = collapse_spaces(s);
        doc.blocks.push_back(std::move(block));
        if (end == utf8.size()) break;
        continue;
      }
      if (base_indent < 0 || spaces < base_indent) base_indent = spaces;
      item_spaces = spaces;
      block.kind = BlockKind::list_item;
      block.marked = true;
      block.indent = (spaces - base_indent + 1) / 2;
    } else if (s.find('\t') == std::string_view::npos && s.find(" | ") == std::string_view::npos &&
               (!(columns = fixed_width_cells(s)).empty() ||
                // A fixed-width table's last row may fill its first column only.
                (adjacent && doc.blocks.back().kind == BlockKind::table_row &&
                 doc.blocks.back().cells.size() >= 2 && hanging_column < 0 &&
                 leading_spaces(raw) <= doc.blocks.back().indent && has_at_most_words(s, 8) &&
                 !s.ends_with(".") && (columns = {collapse_spaces(s)}, true)))) {
      base_indent = -1;
      item_spaces = -1;
      block.kind = BlockKind::table_row;
      block.cells = std::move(columns);
      block.indent = spaces;
      // "92    Clean and organize the work area": an O*NET task under its importance score;
      // "0   Diagnose malocclusions ...   4.8": a data frame's row number, task and score.
      size_t task_cell = block.cells.size() - 1;
      if (block.cells.size() == 3 && has_at_most_words(block.cells[2], 3)) task_cell = 1;
      if (block.cells.size() >= 2 && block.cells.size() <= 3 && block.cells[0].size() <= 3 &&
          std::all_of(block.cells[0].begin(), block.cells[0].end(), is_ascii_digit) &&
          !has_at_most_words(block.cells[task_cell], 3)) {
        block.kind = BlockKind::list_item;
        block.marked = true;
        block.indent = 0;
        block.text = block.cells[task_cell];
        block.cells.clear();
        doc.blocks.push_back(std::move(block));
        if (end == utf8.size()) break;
        continue;
      }
      if (block.cells.size() == 2) {
        size_t last_cell = raw.rfind(block.cells.back().substr(0, 8));
        if (last_cell != std::string_view::npos) hanging_column = static_cast<int>(last_cell);
      }
    } else if (s.find('\t') != std::string_view::npos ||
               (s.find(" | ") != std::string_view::npos && s.find(" | ") > 0)) {
      // Tab-separated columns (a spreadsheet or Word export) or a table flattened with bars
      // ("Median annual wage | $59,730").
      base_indent = -1;
      item_spaces = -1;
      block.kind = BlockKind::table_row;
      block.cells = split_cells(s, s.find('\t') != std::string_view::npos ? '\t' : '|');
    } else {
      base_indent = -1;
      item_spaces = -1;
      block.kind = looks_like_heading(s) ? BlockKind::heading : BlockKind::paragraph;
      block.indent = spaces;
    }
    block.text = collapse_spaces(s);
    doc.blocks.push_back(std::move(block));
    if (end == utf8.size()) break;
  }
  mark_unbulleted_lists(doc);
  return doc;
}

}  // namespace careerkb::parse
