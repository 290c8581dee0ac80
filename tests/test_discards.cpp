// Every candidate fact a pass leaves out is a Discard with its line and reason (discards.cpp):
// nothing a guide lists disappears without a word, and facts that were taken are never listed.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "parse/document.hpp"
#include "parse/guide.hpp"
#include "parse/text_util.hpp"
#include "parse_test_util.hpp"

using namespace careerkb::parse;

namespace {

// The reason given for the item on `line`, "" when it was not discarded.
std::string reason_at(const Guide& g, int line) {
  auto it = std::find_if(g.discarded.begin(), g.discarded.end(),
                         [&](const Discard& d) { return d.line == line; });
  return it == g.discarded.end() ? "" : it->reason;
}

constexpr const char* guide_text =
    "# Dental Assistant\n"                                              // 1
    "\n"                                                                // 2
    "## Duties\n"                                                       // 3
    "\n"                                                                // 4
    "- Sterilize instruments between patients\n"                        // 5
    "- Take dental X-rays\n"                                            // 6
    "- Your name: ________\n"                                           // 7
    "\n"                                                                // 8
    "## Skills\n"                                                       // 9
    "\n"                                                                // 10
    "- Chairside suction technique\n"                                   // 11
    "- About $6,683 a month\n"                                          // 12
    "\n"                                                                // 13
    "## How to become one\n"                                            // 14
    "\n"                                                                // 15
    "1. Finish high school\n"                                           // 16
    "2. Complete an accredited dental assisting program\n"              // 17
    "\n"                                                                // 18
    "## Pay\n"                                                          // 19
    "\n"                                                                // 20
    "The median pay is $46,540 a year. Fill-ins earn $95 per visit.\n"  // 21
    "\n"                                                                // 22
    "## FAQ\n"                                                          // 23
    "\n"                                                                // 24
    "**Is it hard?**\n"                                                 // 25
    "\n"                                                                // 26
    "## Day in the life\n"                                              // 27
    "\n"                                                                // 28
    "- 8:00 a.m. - Set up the first operatory\n";                       // 29

}  // namespace

TEST_CASE("discards: each pass's drop is noted with its reason, taken facts are not") {
  const Guide g = parse_markdown(guide_text);
  REQUIRE(texts(g.duties) ==
          std::vector<std::string>{"Sterilize instruments between patients", "Take dental X-rays"});
  CHECK(reason_at(g, 5).empty());
  CHECK(reason_at(g, 6).empty());
  CHECK(reason_at(g, 11).empty());
  CHECK(reason_at(g, 7).find("blank") != std::string::npos);
  CHECK(reason_at(g, 12).find("money") != std::string::npos);
  CHECK(reason_at(g, 16).empty());  // the step names the education: a fact was read from it
  CHECK(reason_at(g, 17).find("step") != std::string::npos);
  CHECK(reason_at(g, 21).find("rate") != std::string::npos);
  CHECK(reason_at(g, 25).find("no answer") != std::string::npos);
  CHECK(reason_at(g, 29).find("day in the life") != std::string::npos);
  CHECK(std::is_sorted(g.discarded.begin(), g.discarded.end(),
                       [](const Discard& a, const Discard& b) { return a.line < b.line; }));
}

TEST_CASE("discards: a fact read again on another line was merged, not dropped") {
  const Guide g = parse_markdown(
      "# Phlebotomist\n\n## Career ladder\n\n| Level | Years |\n|---|---|\n"
      "| Lead Phlebotomist | 6+ years |\n| Phlebotomy Supervisor | 10+ years |\n\n"
      "## Growing\n\n- Lead Phlebotomist - 6+ years. Runs a draw station.\n");
  REQUIRE(!g.tiers.empty());
  for (const Discard& d : g.discarded) {
    CAPTURE(d.text);
    CHECK(d.text.find("Lead Phlebotomist") == std::string::npos);
  }
}

TEST_CASE("discards: a list item under a duties heading that no pass reads is named") {
  const Guide g = parse_markdown(
      "# Welder\n\n## Duties\n\n- Read blueprints and weld symbols\n- Grind and finish joints\n"
      "\n| Task | Share |\n|---|---|\n| Fit-up | 30% |\n");
  bool header_noted = std::any_of(g.discarded.begin(), g.discarded.end(), [](const Discard& d) {
    return d.text.find("Task") != std::string::npos && d.reason.find("duties") != std::string::npos;
  });
  CHECK(header_noted);
}

TEST_CASE("shortened cuts long text for display at a code point, marking the cut") {
  CHECK(shortened("Patience", 12) == "Patience");
  CHECK(shortened("Patience when progress is slow", 12) == "Patience ...");
  // "é" is two bytes: a cut never splits it.
  CHECK(shortened("Caf\xc3\xa9 au lait", 7) == "Caf...");
}
