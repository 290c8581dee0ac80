// Lists read by their own content when nothing above them names their kind: short phrases with
// qualities among them are skills, a priced item is no skill, a sentence about years no tier.
#include <doctest/doctest.h>

#include <algorithm>

#include "parse/document.hpp"
#include "parse/guide.hpp"
#include "parse_test_util.hpp"

using namespace careerkb::parse;

TEST_CASE("short phrases with qualities among them are skills under any lead-in") {
  Guide g = parse_markdown(
      "# Geologist\n\n**What the field camp supervisors notice:**\n\n- Geologic mapping\n"
      "- Core and sample logging\n- Groundwater modeling\n- Clear written communication\n"
      "- Teamwork in the field\n");
  // Each item's kind is its own words' (technical here: a craft done as an activity).
  CHECK(g.technical_skills.size() + g.soft_skills.size() == 5);
  CHECK(std::find(texts(g.technical_skills).begin(), texts(g.technical_skills).end(),
                  "Core and sample logging") != texts(g.technical_skills).end());
  const std::vector<std::string> soft = texts(g.soft_skills);
  CHECK(std::find(soft.begin(), soft.end(), "Clear written communication") != soft.end());
  CHECK(std::find(soft.begin(), soft.end(), "Teamwork in the field") != soft.end());
}

TEST_CASE("short phrases without a quality, or tasks, are not made skills by that rule") {
  Guide places = parse_markdown(
      "# Geologist\n\n**Where they work:**\n\n- Consulting firms\n- State surveys\n"
      "- Mining companies\n- Oil and gas operators\n");
  CHECK(places.technical_skills.empty());
  CHECK(places.soft_skills.empty());
  Guide tasks = parse_markdown(
      "# Geologist\n\n**A typical week:**\n\n- Log cores from borings\n- Map outcrops\n"
      "- Write reports with care\n- Brief the team calmly\n");
  CHECK(tasks.soft_skills.empty());
}

TEST_CASE("a priced item is no skill, and a sentence about years no tier") {
  Guide g = parse_markdown(
      "# Geologist\n\n## Skills\n\n- Geologic mapping\n- Lab fee: $45, billed to your account\n"
      "\n## How chefs move up\n\nYou start as a line cook.\n\nThis is for about your first 2 "
      "years.\n");
  CHECK(texts(g.technical_skills) == std::vector<std::string>{"Geologic mapping"});
  CHECK(std::none_of(g.tiers.begin(), g.tiers.end(),
                     [](const Tier& t) { return t.name.starts_with("This"); }));
  CHECK(std::any_of(g.discarded.begin(), g.discarded.end(),
                    [](const Discard& d) { return d.text.starts_with("This is for"); }));
}

TEST_CASE("items written as tasks under a skills heading are skills, and the prose gives duties") {
  Guide g = parse_markdown(
      "# Orthoptist\n\n## Description\n\nOrthoptists assess and treat disorders of eye movement. "
      "They examine how the eyes work together in children. They screen young children for "
      "visual problems.\n\n## Essential skills and competences\n\n- measure visual acuity\n"
      "- perform cover tests\n- use a synoptophore\n- communicate with children and parents\n");
  const std::vector<std::string> technical = texts(g.technical_skills);
  CHECK(std::find(technical.begin(), technical.end(), "measure visual acuity") != technical.end());
  CHECK(std::find(technical.begin(), technical.end(), "use a synoptophore") != technical.end());
  CHECK(texts(g.soft_skills) == std::vector<std::string>{"communicate with children and parents"});
  REQUIRE(g.duties.size() == 3);
  CHECK(g.duties.front().text.starts_with("Orthoptists assess and treat"));
}

TEST_CASE("a checklist of techniques the lexicon knows is technical skills under any heading") {
  Guide g = parse_markdown(
      "# Neonatal Nurse\n\n## Before day 90 you will be checked off on\n\n"
      "- Umbilical line care\n- Neonatal ventilator settings\n- Blood gas interpretation\n"
      "- Developmental positioning\n");
  CHECK(g.technical_skills.size() == 4);
  // Phrases cut from a sentence are not a list: "OHST (...) and CHST (...)" stays prose.
  Guide prose = parse_markdown(
      "# Safety Technician\n\nWhat employers look for: the OHST and, if you lean toward "
      "construction sites, the CHST (Construction Health and Safety Technician).\n");
  CHECK(prose.technical_skills.empty());
}

TEST_CASE("a table whose first column's header names a kind lists facts of that kind") {
  Guide g = parse_guide(
      read_html("<html><body><h1>Loan Officer</h1><h2>Fig. 4</h2><table>"
                "<tr><th>Skill</th><th>Share of postings</th></tr>"
                "<tr><td>Customer service</td><td>61%</td></tr>"
                "<tr><td>Underwriting guidelines</td><td>31%</td></tr>"
                "<tr><td>Attention to detail</td><td>17%</td></tr></table></body></html>"),
      "guide.html");
  CHECK(g.technical_skills.size() + g.soft_skills.size() == 3);
  const std::vector<std::string> soft = texts(g.soft_skills);
  CHECK(std::find(soft.begin(), soft.end(), "Attention to detail") != soft.end());
  // A price list's first column names no kind: no facts from it.
  Guide prices =
      parse_guide(read_html("<html><body><h1>Loan Officer</h1><h2>Fees</h2><table>"
                            "<tr><th>Item</th><th>Cost</th></tr><tr><td>Exam</td><td>$110</td></tr>"
                            "<tr><td>Renewal</td><td>$300</td></tr></table></body></html>"),
                  "guide.html");
  CHECK(prices.technical_skills.empty());
  CHECK(prices.soft_skills.empty());
}

TEST_CASE("rungs named by an abbreviation with their years are tiers, not credentials") {
  Guide g = parse_markdown(
      "# Environmental Health Specialist\n\n## The ladder\n\n- **EHS I**, 1-3 years\n"
      "- **EHS II**, 3-6 years\n- **Senior EHS**, 6+ years\n");
  CHECK(g.certifications.empty());
  CHECK(g.tiers.size() == 3);
}

TEST_CASE("career ladders written in words: first years, ranges after 'years', open tops") {
  Guide g = parse_markdown(
      "# Chef\n\n## Career ladder\n\n- Line cook: first year\n- Prep cook: your first two years\n"
      "- Sous chef: years 3 to 6\n- Head chef: after about 7 years\n"
      "- Executive chef — lead level, 10 or more years\n"
      "- Certifications (required within first year): ServSafe\n");
  auto tier = [&](const char* name) -> const Tier* {
    for (const Tier& t : g.tiers) {
      if (t.name == name) return &t;
    }
    return nullptr;
  };
  REQUIRE(tier("Line cook"));
  CHECK(tier("Line cook")->years_min == 0);
  CHECK(tier("Line cook")->years_max == 1);
  REQUIRE(tier("Prep cook"));
  CHECK(tier("Prep cook")->years_max == 2);
  REQUIRE(tier("Sous chef"));
  CHECK(tier("Sous chef")->years_min == 3);
  CHECK(tier("Sous chef")->years_max == 6);
  REQUIRE(tier("Head chef"));
  CHECK(tier("Head chef")->years_min == 7);
  CHECK(!tier("Head chef")->years_max.has_value());
  REQUIRE(tier("Executive chef"));
  CHECK(tier("Executive chef")->years_min == 10);
  CHECK(!tier("Executive chef")->years_max.has_value());
  CHECK(tier("Certifications") == nullptr);
}

TEST_CASE("headings in a writer's own words name skills and duties") {
  Guide g = parse_markdown(
      "# Glazier\n\n## What the shop actually did all day\n\n- measure openings on site\n"
      "- cut glass to size\n- set panes in frames\n\n## What the crew leads say they want\n\n"
      "- Glass cutting\n- Caulking and sealing\n- Reading shop drawings\n");
  CHECK(texts(g.duties).size() == 3);
  CHECK(g.technical_skills.size() + g.soft_skills.size() == 3);
}

TEST_CASE("gerund phrases beside qualities are skills, not tasks") {
  Guide g = parse_markdown(
      "# Glazier\n\n## With your head\n\n- Problem solving on the fly\n- Taking direction\n"
      "- Working safely with a crew\n- Patience with fussy clients\n");
  CHECK(g.duties.empty());
  CHECK(g.technical_skills.size() + g.soft_skills.size() == 4);
}

TEST_CASE("short labels straight under a skills heading split its list, not end it") {
  Guide g = parse_text(
      "Glazier\n\nWhat employers look for today\n  Cutting\n    - Glass cutting and edging\n"
      "    - Mirror installation\n  With customers\n    - Customer service\n"
      "    - Patience with fussy clients\n");
  CHECK(g.technical_skills.size() + g.soft_skills.size() == 4);
}

TEST_CASE("a sub-heading without a kind passes its parent's kind on only as a hint") {
  Guide g = parse_markdown(
      "# Glazier\n\n## What does a glazier do?\n\nGlaziers measure, cut and set glass.\n\n"
      "### Who does well\n\n- Steady hands on a ladder\n- Clear communication with the crew\n"
      "- Glass cutting and edging\n- Patience with fussy clients\n");
  // The items' own words say skills; the inherited duties kind does not outvote them.
  CHECK(std::none_of(g.duties.begin(), g.duties.end(),
                     [](const TextItem& d) { return d.text.starts_with("Patience"); }));
  CHECK(g.technical_skills.size() + g.soft_skills.size() == 4);
}

TEST_CASE("captions under a duties heading are no duties, and a line in capitals heads a list") {
  Guide caption = parse_markdown(
      "# Glazier\n\n## What does a glazier do?\n\nGlaziers measure openings on site.\n\n"
      "Glaziers cut glass to size in the shop.\n\nGlaziers set panes in frames.\n\n"
      "Picture: a crate of window panes on a truck bed, ready to go.\n");
  CHECK(std::none_of(caption.duties.begin(), caption.duties.end(),
                     [](const TextItem& d) { return d.text.starts_with("Picture"); }));
  CHECK(caption.duties.size() == 3);
  Guide caps = parse_markdown(
      "# Glazier\n\n## What you'll do\n\nMeasure openings on site.\n\nCut glass to size.\n\n"
      "WHAT SEPARATES A GOOD GLAZIER FROM A BAD ONE\n\n- Glass cutting and edging\n"
      "- Patience with fussy clients\n- Customer service\n");
  CHECK(std::none_of(caps.duties.begin(), caps.duties.end(),
                     [](const TextItem& d) { return d.text.starts_with("Patience"); }));
  CHECK(caps.technical_skills.size() + caps.soft_skills.size() == 3);
}

TEST_CASE("a page title naming a kind does not swallow the page's later headings") {
  Guide g = parse_guide(
      read_plain_text("RIVERTON HIGH - CAREER PATHWAYS III\n\nShadow report\n\nPART 1. THE "
                      "SHIFT\n\nShadowing a farrier is a long day in the barn. Farriers inspect "
                      "each hoof first. Farriers clean the hoof and check the frog. Then the "
                      "farrier fits the shoe and files the edge.\n"),
      "farrier.txt");
  CHECK(g.duties.size() >= 2);
  CHECK(g.tiers.empty());
}

TEST_CASE("a lead-in that tells of a typical day makes the list after it duties") {
  Guide g = parse_markdown(
      "# Glazier\n\n## Work profile\n\nA shop foreman told us about a typical day.\n\n"
      "- Check the order sheet and the frame sizes.\n- Surface the panes on the belt.\n"
      "- Edge every pane to the frame.\n- Fit the panes into the frames.\n"
      "- Clean the cutting table at the end of the shift.\n");
  CHECK(g.duties.size() == 5);
}
