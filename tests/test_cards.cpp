// Unit tests of card runs (parse/cards.hpp): small boxes of a short heading over one short
// line are read as a list, and only those.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "parse/cards.hpp"
#include "parse/document.hpp"
#include "parse/guide.hpp"
#include "parse_test_util.hpp"

using namespace careerkb::parse;

TEST_CASE("a run of three cards folds into list items that keep their lines") {
  Document d = read_markdown(
      "# Lifeguard\n\n## What We Look For\n\n### Vigilance\n\nEyes on the water every minute.\n\n"
      "### Calm under pressure\n\nSteady hands during a rescue.\n\n### Teamwork\n\n"
      "Covering each other's breaks.\n\n## Pay\n\nHourly.\n");
  REQUIRE(fold_card_runs(d));
  Document folded = *fold_card_runs(d);
  REQUIRE(folded.blocks.size() == d.blocks.size() - 3);
  CHECK(folded.blocks[2].kind == BlockKind::list_item);
  CHECK(folded.blocks[2].text == "Vigilance \xe2\x80\x94 Eyes on the water every minute.");
  CHECK(folded.blocks[2].line == 5);
  CHECK(folded.blocks[2].extra_lines == 2);
  CHECK(folded.blocks[5].kind == BlockKind::heading);
  Guide g = parse_guide(d, "lifeguard.md");
  CHECK(texts(g.soft_skills) ==
        std::vector<std::string>{"Vigilance", "Calm under pressure", "Teamwork"});
}

TEST_CASE("sections with more than one paragraph, questions and two cards stay as they are") {
  const char* sections =
      "# Guide\n\n## Work\n\n### Mornings\n\nOne.\n\nTwo.\n\n### Afternoons\n\nThree.\n\n"
      "### Evenings\n\nFour.\n";
  CHECK_FALSE(fold_card_runs(read_markdown(sections)));
  const char* questions =
      "# Guide\n\n## FAQ\n\n### Is it hard?\n\nYes.\n\n### Is it paid?\n\nYes.\n\n"
      "### Is it fun?\n\nYes.\n";
  CHECK_FALSE(fold_card_runs(read_markdown(questions)));
  const char* two = "# Guide\n\n## Traits\n\n### Patience\n\nA.\n\n### Tact\n\nB.\n";
  CHECK_FALSE(fold_card_runs(read_markdown(two)));
}

TEST_CASE("long runs fold or stay whole: a trailing paragraph keeps every card a section") {
  std::string cards = "# Guide\n\n## Traits\n\n";
  for (int k = 0; k < 3000; ++k)
    cards += "### Trait " + std::string(1, 'a' + k % 26) + "\n\nA.\n\n";
  const size_t blocks = read_markdown(cards).blocks.size();
  REQUIRE(fold_card_runs(read_markdown(cards)));
  CHECK(fold_card_runs(read_markdown(cards))->blocks.size() == blocks - 3000);
  const std::string sections = cards + "More prose.\n";
  CHECK_FALSE(fold_card_runs(read_markdown(sections)));
  CHECK(read_markdown(sections).blocks.size() == blocks + 1);
}
