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

// How far the cards starting at `first` reach: `end` is the block after the last card, and
// `folds` says whether they make a run (enough of them, under a higher heading, and not the
// first of a section's several paragraphs).
struct CardScan {
  size_t end;
  bool folds;
};

CardScan scan_cards(const Document& doc, size_t first, std::optional<int> parent_level) {
  const int level = doc.blocks[first].level;
  size_t at = first;
  int cards = 0;
  while (at < doc.blocks.size() && is_card_title(doc.blocks[at], level)) {
    size_t next = at + 1;
    if (next < doc.blocks.size() && is_card_body(doc.blocks[next])) ++next;
    ++cards;
    at = next;
  }
  bool folds = cards >= min_cards && parent_level && *parent_level > 0 && *parent_level < level;
  // A card's heading followed by more than its one line is a section, not a card.
  if (at < doc.blocks.size() && doc.blocks[at].kind == BlockKind::paragraph) folds = false;
  return {at, folds};
}

}  // namespace

std::optional<Document> fold_card_runs(const Document& doc) {
  // Most pages have no cards: the copy is made only once a run folds.
  std::optional<Document> out;
  auto keep = [&](size_t i) {
    if (out) out->blocks.push_back(doc.blocks[i]);
  };
  // The level of the last heading, and of the nearest heading before it at another level: a
  // run's parent is found without looking back, so the pass stays linear.
  std::optional<int> last_level, parent_of_last;
  auto note_heading = [&](const Block& b) {
    if (b.kind != BlockKind::heading) return;
    if (last_level != b.level) parent_of_last = last_level;
    last_level = b.level;
  };
  for (size_t i = 0; i < doc.blocks.size();) {
    const Block& head = doc.blocks[i];
    if (head.kind != BlockKind::heading || head.level <= 1 || !is_card_title(head, head.level)) {
      note_heading(head);
      keep(i++);
      continue;
    }
    const std::optional<int> parent = last_level != head.level ? last_level : parent_of_last;
    const CardScan scan = scan_cards(doc, i, parent);
    if (!scan.folds) {
      // Every later start inside the scan reaches the same end and fails the same way.
      for (; i < scan.end; ++i) {
        note_heading(doc.blocks[i]);
        keep(i);
      }
      continue;
    }
    if (!out) {
      out.emplace();
      out->blocks.reserve(doc.blocks.size());
      out->blocks.assign(doc.blocks.begin(), doc.blocks.begin() + static_cast<std::ptrdiff_t>(i));
    }
    for (size_t k = i; k < scan.end; ++k) {
      note_heading(doc.blocks[k]);
      Block item = doc.blocks[k];
      item.kind = BlockKind::list_item;
      item.level = 0;
      item.marked = true;
      if (k + 1 < scan.end && doc.blocks[k + 1].kind == BlockKind::paragraph) {
        item.text += " \xe2\x80\x94 " + doc.blocks[k + 1].text;
        item.extra_lines = doc.blocks[k + 1].line + doc.blocks[k + 1].extra_lines - item.line;
        ++k;
      }
      out->blocks.push_back(std::move(item));
    }
    i = scan.end;
  }
  return out;
}

}  // namespace careerkb::parse
