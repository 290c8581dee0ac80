// Reads plain text (scraped web pages) into the Document model. Plain text has no markup, so
// every non-blank line is its own block; bullets and numbers mark list items, and short
// title-like lines are marked as guessed headings (level 0) for the extractor to confirm.
#include <string>
#include <string_view>

#include "parse/document.hpp"
#include "parse/extract.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

// Bullet glyphs seen in scraped guides; each entry is the UTF-8 of one glyph.
constexpr std::string_view bullet_glyphs[] = {"•", "·", "●", "▪", "◦", "‣", "○", "■",
                                              "►", "✓", "✔", "-", "*", "+", "–", "—"};

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
  // "1." or "1)" followed by a space: a numbered item. A bare "1" line is a counter, not a list.
  size_t digits = 0;
  while (digits < s.size() && digits < 3 && is_ascii_digit(s[digits])) ++digits;
  if (digits > 0 && digits + 1 < s.size() && (s[digits] == '.' || s[digits] == ')') &&
      s[digits + 1] == ' ') {
    s.remove_prefix(digits + 1);
    s = trim(s);
    return true;
  }
  return false;
}

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
    if (doc.blocks[i].kind != BlockKind::heading || !introduces_list(doc.blocks[i].text)) continue;
    size_t k = i + 1;
    while (k < doc.blocks.size()) {
      Block& b = doc.blocks[k];
      if (b.line != doc.blocks[k - 1].line + 1 || b.kind == BlockKind::list_item) break;
      int words = count_words(b.text);
      bool sentence = !b.text.empty() && b.text.back() == '.';
      if (words > 25 || (sentence && words > 12)) break;
      if (b.kind == BlockKind::heading && words <= 5 &&
          classify_heading(b.text) != SectionKind::other) {
        break;
      }
      ++k;
    }
    if (k - i - 1 < 2) continue;  // one line is a paragraph, not a list
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
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!') return false;
  if (contains_money_or_percent(text)) return false;
  int words = count_words(text);
  if (words == 0 || words > 16) return false;
  if (count_letters(text) < 3) return false;
  if (text.find(". ") != std::string_view::npos) return false;
  // "Education: associate degree in ..." is a labelled value, not a heading.
  if (size_t colon = text.find(": ");
      colon != std::string_view::npos && count_words(text.substr(colon + 2)) >= 2) {
    return false;
  }
  // Headings start with a capital, a digit ("2025 Market Reality") or a symbol/emoji.
  unsigned char first = static_cast<unsigned char>(text.front());
  if (first >= 'a' && first <= 'z') return false;
  return true;
}

Document read_plain_text(std::string_view utf8) {
  Document doc;
  int line_number = 0;
  size_t pos = 0;
  // Indent of the first list item of the current run: deeper items nest below it.
  int base_indent = -1;
  while (pos <= utf8.size()) {
    size_t end = utf8.find('\n', pos);
    if (end == std::string_view::npos) end = utf8.size();
    std::string_view raw = utf8.substr(pos, end - pos);
    ++line_number;
    pos = end + 1;
    std::string_view s = trim(raw);
    if (s.empty()) {
      if (end == utf8.size()) break;
      continue;
    }
    Block block;
    block.line = line_number;
    int spaces = leading_spaces(raw);
    if (strip_marker(s)) {
      // Doubled markers ("• • Ad-free") are one item.
      while (strip_marker(s)) {
      }
      if (s.empty()) continue;
      if (base_indent < 0 || spaces < base_indent) base_indent = spaces;
      block.kind = BlockKind::list_item;
      block.marked = true;
      block.indent = (spaces - base_indent + 1) / 2;
    } else {
      base_indent = -1;
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
