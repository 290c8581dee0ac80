// Cards: a page's row of small boxes, each a short heading over one short line ("Integrity" /
// "Doing the right thing when nobody is watching."), is a list drawn as boxes. Folding each
// card into one list item ("Integrity — Doing the right ...") lets the roles read it as any
// other list: by its heading above, its own words and its siblings.
#pragma once

#include <optional>

#include "parse/document.hpp"

namespace careerkb::parse {

// The document with every run of three or more cards folded into list items, other blocks
// copied unchanged with their lines; nullopt when the document has no card run.
std::optional<Document> fold_card_runs(const Document& doc);

}  // namespace careerkb::parse
