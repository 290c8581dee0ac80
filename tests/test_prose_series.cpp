// Unit tests of lists written inside sentences (parse/prose_series.hpp) and of the role each
// series is given through parse_guide. Sentences are written for these tests.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "parse/document.hpp"
#include "parse/guide.hpp"
#include "parse/prose_series.hpp"
#include "parse_test_util.hpp"

using namespace careerkb::parse;
using V = std::vector<std::string>;

TEST_CASE("a series of verb phrases is split after its subject, joiners dropped") {
  std::vector<ProseSeries> found = find_prose_series(
      "The work is varied. They inspect loading docks, test alarm panels, and file the "
      "weekly log.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].lead == "They");
  CHECK(found[0].items == V{"inspect loading docks", "test alarm panels", "file the weekly log"});
  CHECK(found[0].sentence == std::string("The work is varied. ").size());
}

TEST_CASE("verb clauses keep the nouns and verbs their commas join inside one clause") {
  std::vector<ProseSeries> found = find_prose_series(
      "On most days they read site plans to stage a lift, rig and signal loads as the crane "
      "hoists them, and then align, bolt and weld the girders. They also fit metal decking, "
      "stairs and railings, and inspect every joint.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].items == V{"read site plans to stage a lift",
                            "rig and signal loads as the crane "
                            "hoists them",
                            "align, bolt and weld the girders"});
  CHECK(found[1].items == V{"fit metal decking, stairs and railings", "inspect every joint"});
}

TEST_CASE("gerunds, a colon lead, and a series without the Oxford comma") {
  std::vector<ProseSeries> gerunds =
      find_prose_series("Her week means fitting braces, adjusting straps and logging visits.");
  REQUIRE(gerunds.size() == 1);
  CHECK(gerunds[0].lead == "Her week means");
  CHECK(gerunds[0].items == V{"fitting braces", "adjusting straps", "logging visits"});
  std::vector<ProseSeries> colon =
      find_prose_series("Good hires share three traits: calm, tact, and a steady hand.");
  REQUIRE(colon.size() == 1);
  CHECK(colon[0].lead == "Good hires share three traits");
  CHECK(colon[0].items == V{"calm", "tact", "steady hand"});
}

TEST_CASE("an opening clause joins the lead, examples end the last item") {
  std::vector<ProseSeries> found = find_prose_series(
      "When a referral arrives, the fitter measures the limb, orders the brace, and trains "
      "the patient in its care such as cleaning, padding and strap checks.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].lead == "When a referral arrives, the fitter");
  CHECK(found[0].items ==
        V{"measures the limb", "orders the brace", "trains the patient in its care"});
}

TEST_CASE("prose without a list, or with figures, or a question, gives no series") {
  CHECK(find_prose_series("The clinic opened in 2019 and moved downtown last year.").empty());
  CHECK(find_prose_series("Pay runs $40,000, $52,000 and $61,000 by step.").empty());
  CHECK(find_prose_series("Do you like evenings, weekends and holidays?").empty());
  // One comma and no joiner is a clause, not a list.
  CHECK(find_prose_series("After the scan, the aide cleans the room.").empty());
}

TEST_CASE("series in an article's prose become duties and skills when their words agree") {
  Guide g = parse_guide(
      read_plain_text(
          "Orthotic Fitter\n\nA day on the job\n\n"
          "Mornings are busy. They measure limbs, order braces, adjust straps, "
          "and record each fitting in the chart.\n\n"
          "Supervisors say the best fitters share a few traits: patience, a calm manner, and "
          "good listening skills.\n\n"
          "Training may cover anatomy, casting methods, and billing codes.\n"),
      "guide.txt");
  CHECK(texts(g.duties) ==
        V{"measure limbs", "order braces", "adjust straps", "record each fitting in the chart"});
  CHECK(texts(g.soft_skills) == V{"patience", "calm manner", "good listening skills"});
  // What a course covers is education, not a skills list.
  CHECK(g.technical_skills.empty());
}

TEST_CASE("a series is a fallback: a guide's own list wins, and examples are no duties") {
  Guide listed = parse_guide(
      read_plain_text("Orthotic Fitter\n\nDuties\n\n- Measure limbs\n- Order braces\n\n"
                      "Overview\n\nThey greet patients, check insurance, and book visits.\n"),
      "guide.txt");
  CHECK(texts(listed.duties) == V{"Measure limbs", "Order braces"});
  Guide examples =
      parse_guide(read_plain_text("Orthotic Fitter\n\nDuties\n\nThe fitter notes problems such as "
                                  "rubbing, swelling, redness, and loose straps.\n"),
                  "guide.txt");
  CHECK(examples.duties.empty());
}

TEST_CASE("a sentence's first word opens no list, and examples inside a list stay in an item") {
  std::vector<ProseSeries> found = find_prose_series(
      "On the clinical side, fitters use scanning software such as CastNet, fitting tools like "
      "heat guns, and basic gait analysis on video.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].items == V{"scanning software such as CastNet", "fitting tools like heat guns",
                            "basic gait analysis on video"});
}

TEST_CASE("a skills paragraph gives a listing sentence's items rather than its quality words") {
  Guide g = parse_guide(
      read_plain_text("Orthotic Fitter\n\nSkills the work demands\n\n"
                      "Fitters rely on tact, active listening, and the ability to stay calm "
                      "with a frightened child. Good judgment matters too.\n"),
      "guide.txt");
  REQUIRE(g.soft_skills.size() == 4);
  CHECK(g.soft_skills[0].text == "tact");
  CHECK(g.soft_skills[1].text == "active listening");
  CHECK(g.soft_skills[2].text == "ability to stay calm with a frightened child");
  CHECK(g.soft_skills[3].text.starts_with("Good judgment"));
}

TEST_CASE("a labelled list in prose ends with its sentence") {
  Guide g = parse_guide(
      read_plain_text("Orthotic Fitter\n\nSkills the work demands\n\n"
                      "Fitters rely on people skills: tact, active listening, and patience. "
                      "Good judgment matters too.\n"),
      "guide.txt");
  CHECK(texts(g.soft_skills) == V{"tact", "active listening", "patience"});
}

TEST_CASE("an aside inside a list is dropped and a lone joiner marks the last item") {
  std::vector<ProseSeries> found = find_prose_series(
      "Counselors take the history, order the panel, and, once results arrive, explain them to "
      "the family and the doctor.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].items ==
        V{"take the history", "order the panel", "explain them to the family and the doctor"});
}

TEST_CASE("a verb series holds when half its later items start with a task verb") {
  std::vector<ProseSeries> found = find_prose_series(
      "Reporters also mark the exhibits, read back testimony, and in some courts swear in "
      "witnesses.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].lead == "Reporters also");
  CHECK(found[0].items.front() == "mark the exhibits");
}

TEST_CASE("a verb series after 'has to' starts at the first verb") {
  std::vector<ProseSeries> found = find_prose_series(
      "The job means she has to trace outbreaks, map cases by county, and brief the board.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].lead == "The job means she has to");
  CHECK(found[0].items == V{"trace outbreaks", "map cases by county", "brief the board"});
}

TEST_CASE("what the workers say they use is their tools, school classes are no skills") {
  Guide g = parse_guide(
      read_markdown("# Survey Statistician\n\n## What It Takes\n\n"
                    "Helpful classes in school include algebra, chemistry and writing.\n\n"
                    "She says, \"On our team we use Stata, the Python language and QGIS.\"\n"),
      "guide.md");
  CHECK(texts(g.technical_skills) == V{"Stata", "Python language", "QGIS"});
  CHECK(g.soft_skills.empty());
}

TEST_CASE("adjectives before one noun are no series") {
  CHECK(find_prose_series("Crews service the gearbox, including fixing electrical, mechanical, "
                          "and hydraulic faults.")
            .empty());
  // Nouns in a row stay a series.
  CHECK(find_prose_series("The crew leads want welding, rigging, sanding and blueprint reading.")
            .size() == 1);
}
