// Card runs folded into list items; see cards.hpp.
#include "parse/cards.hpp"

#include <optional>

#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

constexpr int min_cards = 3;
constexpr int max_title_words = 8;
constexpr int max_body_words = 40;

// A card's title: a short heading that is no question, no numbered section and no figure.
bool is_card_title(const Block& b, int level) {
  if (b.kind != BlockKind::heading || b.level != level || b.text.empty()) return false;
  if (!has_at_most_words(b.text, max_title_words) || contains_money_or_percent(b.text)) {
    return false;
  }
  char last = b.text.back();
  return last != '?' && last != ':' && !is_ascii_digit(b.text.front());
}

bool is_card_body(const Block& b) {
  return b.kind == BlockKind::paragraph && has_at_most_words(b.text, max_body_words) &&
         !contains_money_or_percent(b.text);
}

// The blocks [first, end) of a card run starting at `first`, or nullopt: cards share one
// heading level below the heading the run stands under.
std::optional<size_t> card_run_end(const Document& doc, size_t first, size_t* cards) {
  const Block& head = doc.blocks[first];
  if (head.kind != BlockKind::heading || head.level <= 1) return std::nullopt;
  std::optional<int> parent;
  for (size_t k = first; k-- > 0;) {
    if (doc.blocks[k].kind == BlockKind::heading && doc.blocks[k].level != head.level) {
      parent = doc.blocks[k].level;
      break;
    }
  }
  if (!parent || *parent <= 0 || *parent >= head.level) return std::nullopt;
  size_t at = first;
  *cards = 0;
  while (at < doc.blocks.size() && is_card_title(doc.blocks[at], head.level)) {
    size_t next = at + 1;
    if (next < doc.blocks.size() && is_card_body(doc.blocks[next])) ++next;
    ++*cards;
    at = next;
  }
  if (static_cast<int>(*cards) < min_cards) return std::nullopt;
  // A card's heading followed by more than its one line is a section, not a card.
  if (at < doc.blocks.size() && doc.blocks[at].kind == BlockKind::paragraph) return std::nullopt;
  return at;
}

}  // namespace

Document fold_card_runs(const Document& doc) {
  Document out;
  out.blocks.reserve(doc.blocks.size());
  for (size_t i = 0; i < doc.blocks.size();) {
    size_t cards = 0;
    std::optional<size_t> end = card_run_end(doc, i, &cards);
    if (!end) {
      out.blocks.push_back(doc.blocks[i++]);
      continue;
    }
    for (size_t k = i; k < *end; ++k) {
      Block item = doc.blocks[k];
      item.kind = BlockKind::list_item;
      item.level = 0;
      item.marked = true;
      if (k + 1 < *end && doc.blocks[k + 1].kind == BlockKind::paragraph) {
        item.text += " \xe2\x80\x94 " + doc.blocks[k + 1].text;
        item.extra_lines = doc.blocks[k + 1].line + doc.blocks[k + 1].extra_lines - item.line;
        ++k;
      }
      out.blocks.push_back(std::move(item));
    }
    i = *end;
  }
  return out;
}

}  // namespace careerkb::parse
