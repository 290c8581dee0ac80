// Unit tests of how a page's remarks and furniture are told from its facts: notes to the reader,
// questions, sign-up words inside prose, printed page footers, and headings that only look like
// pay headings.
#include <doctest/doctest.h>

#include <algorithm>

#include "parse/document.hpp"
#include "parse/extract.hpp"
#include "parse/guide.hpp"
#include "parse/roles.hpp"
#include "parse/text_util.hpp"
#include "parse_test_util.hpp"

using namespace careerkb::parse;

namespace {

std::vector<std::string> certification_names(const Guide& g) {
  std::vector<std::string> names;
  for (const Certification& c : g.certifications) names.push_back(c.name);
  return names;
}

}  // namespace

TEST_CASE("a 'how much' heading is about pay only when it asks about pay") {
  CHECK(classify_heading("HOW MUCH SCHOOL?") != SectionKind::salary);
  CHECK(classify_heading("How much training do you need?") != SectionKind::salary);
  CHECK(classify_heading("How much do trainers make?") == SectionKind::salary);
  CHECK(classify_heading("How much can you earn?") == SectionKind::salary);
  CHECK(classify_heading("Money talk") == SectionKind::salary);
  CHECK(classify_heading("Your next steps") != SectionKind::duties);
}

TEST_CASE("sign-up words in one sentence of long prose leave the prose a fact") {
  CHECK(is_boilerplate_line("Sign up for free job alerts today"));
  CHECK_FALSE(is_boilerplate_line(
      "You will also need a current CPR card before you can sit for any of the exams above. "
      "Plan on about $700 for a study package and exam. A two-year degree in exercise science "
      "helps if you want to work in clinics, but it is not required to get started."));
  // Most of the sentences pitch: still a pitch however long.
  CHECK(is_boilerplate_line(
      "Sign up for our newsletter to hear about new openings every single week of the year. "
      "Subscribe now and download the free salary guide that thousands of readers already use. "
      "We never share your address."));
}

TEST_CASE("a printed page's running footer is page furniture") {
  CHECK(is_boilerplate_line("Hollow Creek Counseling | Page 1 of 2"));
  CHECK(is_boilerplate_line("page 3 of 12"));
  CHECK_FALSE(
      is_boilerplate_line("Read page 3 of the handbook for the exam schedule"
                          " and the list of approved programs in the state"));
  CHECK_FALSE(is_boilerplate_line("The front page of the chart"));
}

TEST_CASE("a table header names the columns of its own table only") {
  Guide g = parse_text(
      "Personal Trainer\n\nLADDER\n\n"
      "Level            Years in the field\n"
      "Associate        0-1\n"
      "Master           3-6\n\n"
      "Printed by the counseling office.\n\n"
      "Hollow Creek Counseling | Every student, a plan. 1 of 1\n");
  std::vector<std::string> names;
  for (const Tier& t : g.tiers) names.push_back(t.name);
  CHECK(names == std::vector<std::string>{"Associate", "Master"});
}

TEST_CASE("two cards under one credential noun are one name") {
  Guide g = parse_text(
      "Personal Trainer\n\nTraining\n\nYou will also need a current CPR/AED certification "
      "before you can sit for any of the exams.\n");
  CHECK(certification_names(g) == std::vector<std::string>{"CPR/AED certification"});
}

TEST_CASE("a note or a question to the reader is no titled duty") {
  Guide g = parse_text(
      "Personal Trainer\n\nWhat does a personal trainer do?\n\n"
      "A personal trainer meets a new client and first assesses fitness levels. From there "
      "the trainer will design workout programs that fit the client's goals. Between sessions "
      "they track client progress in an app.\n\n"
      "Counselor's note: the list above is the heart of the job, and the rest is marketing.\n\n"
      "DO YOU HAVE WHAT IT TAKES? Put a check next to the ones that sound like you.\n\n"
      "  * Exercise science basics\n"
      "  * Fitness assessment and program design\n"
      "  * Motivational coaching\n"
      "  * Patience with beginners\n"
      "  * Clear communication\n");
  CHECK(texts(g.duties) ==
        std::vector<std::string>{
            "A personal trainer meets a new client and first assesses fitness levels.",
            "From there the trainer will design workout programs that fit the client's goals.",
            "Between sessions they track client progress in an app."});
}

TEST_CASE("a worker named before a modal and a bare verb states a task") {
  CHECK(states_a_task("From there the trainer will design individualized workout programs."));
  CHECK(states_a_task("At small gyms a trainer may lead group classes."));
  CHECK_FALSE(states_a_task("Most students will say the job is easy."));
  // A three-letter verb counts after a modal only: "a set of tools" is no task.
  CHECK(states_a_task("As a mechanic here you will run diagnostics on engines."));
  CHECK_FALSE(states_a_task("The mechanic gets a set of tools on the first day."));
}

TEST_CASE("a task statement whose subject is the job itself states a task") {
  CHECK(states_a_task("Disassembles mechanical locking devices, using picks and pliers."));
  CHECK(states_a_task("Cuts duplicate keys on a key-cutting machine."));
  CHECK(states_a_task("May install and service electronic access systems."));
  CHECK_FALSE(states_a_task("Works in hardware stores and for security firms."));
  CHECK_FALSE(states_a_task("Planning ahead keeps the schedule on track."));
  CHECK_FALSE(states_a_task("Nurses are the largest group of health workers."));
}

TEST_CASE("British spellings of -ize and -yze verbs are task verbs, and their qualities soft") {
  CHECK(is_task_verb("Analyse"));
  CHECK(is_task_verb("organises"));
  CHECK(is_task_verb("prioritising"));
  CHECK(is_task_verb("analyze"));
  CHECK_FALSE(is_task_verb("promise"));
  std::vector<RoleVote> votes;
  content_votes("Planning and organising", votes);
  CHECK(std::any_of(votes.begin(), votes.end(),
                    [](const RoleVote& v) { return v.role == Role::soft_skill; }));
}

TEST_CASE("a shift told in the past or around a quotation states tasks") {
  CHECK(states_a_task("Over the course of the shift Osei accessed implanted ports and drew labs."));
  CHECK(states_a_task("Between chairs she taught a new patient how to handle side effects."));
  CHECK_FALSE(states_a_task("You cannot teach someone to sit with a family."));
  CHECK_FALSE(states_a_task("You can teach pump programming and port access in a month."));
  CHECK_FALSE(states_a_task("Raman said she interviews for three things that matter."));
  // A quotation opening the next sentence still ends the one before it.
  std::vector<Sentence> sentences =
      split_sentences("She has worked here for 11 years. \"We verify every order first.\"");
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[1].text == "\"We verify every order first.\"");
}

TEST_CASE("a narrative told over paragraphs between ads is one duty list") {
  Guide g = parse_guide(
      read_markdown("# Inside the infusion bay\n\n"
                    "\"People think we just hang bags,\" said Renee Osei, who has worked here "
                    "for 11 years. \"We verify every chemotherapy order against the protocol.\"\n\n"
                    "Advertisement\n\n"
                    "Over the course of the shift Osei accessed implanted ports for a patient. "
                    "Between chairs she taught a new patient how to handle side effects at "
                    "home.\n"),
      "oncology-nurse.md");
  CHECK(g.duties.size() == 3);
  // Each paragraph alone tells fewer than three tasks: apart, they are no duty list.
  Guide apart = parse_guide(
      read_markdown("# Inside the infusion bay\n\n"
                    "\"We verify every chemotherapy order against the protocol,\" she said.\n\n"
                    "## Pay\n\nThe unit pays well.\n\n## People\n\n"
                    "Over the course of the shift Osei accessed implanted ports for a patient. "
                    "Between chairs she taught a new patient how to handle side effects.\n"),
      "oncology-nurse.md");
  CHECK(apart.duties.empty());
}

TEST_CASE("a mail reply's quote marks are no part of the quoted guide") {
  Guide g = parse_text(
      "Re: your questions\n\nThanks, see below.\n\n"
      "> > SKILLS\n"
      "> > - Keyboarding speed and accuracy\n"
      "> > - Case management software\n"
      "> > - Patience with upset members of the public\n"
      "> >\n"
      "> > LADDER\n"
      "> > Court Clerk I ........ 0 to 2 years\n"
      "> > Court Clerk II ....... 2 to 5 years\n");
  CHECK(texts(g.technical_skills) ==
        std::vector<std::string>{"Keyboarding speed and accuracy", "Case management software"});
  CHECK(texts(g.soft_skills) ==
        std::vector<std::string>{"Patience with upset members of the public"});
  REQUIRE(g.tiers.size() == 2);
  CHECK(g.tiers[0].name == "Court Clerk I");
}

TEST_CASE("a long lead-in names a skill kind only by the word that qualifies skills") {
  Guide g = parse_text(
      "Court Clerk\n\nWHAT THE PANEL NOTICES\n\n"
      "People ask me what gets someone hired. Honestly, it comes down to:\n\n"
      "  - Keyboarding speed and accuracy\n"
      "  - Cash handling and daily balancing\n"
      "  - Attention to detail\n");
  CHECK(texts(g.technical_skills) == std::vector<std::string>{"Keyboarding speed and accuracy",
                                                              "Cash handling and daily balancing"});
  CHECK(texts(g.soft_skills) == std::vector<std::string>{"Attention to detail"});
}

TEST_CASE("a bilingual heading is read by either half") {
  CHECK(classify_heading("What nurse-midwives do / Qué hacen las enfermeras parteras") ==
        SectionKind::duties);
  CHECK(classify_heading("Credenciales / Credentials you will need") ==
        SectionKind::certifications);
  CHECK(classify_heading("Compare / Comparar") == SectionKind::other);
}

TEST_CASE("a heading at a fact box's own level ends the box") {
  Guide g = parse_guide(read_markdown("# Nurse-Midwife\n\n## At a glance\n\n"
                                      "| Fact | Value |\n|---|---|\n| Median pay | $131,480 |\n\n"
                                      "## Where the days go\n\n"
                                      "- Provide prenatal checkups\n- Repair minor tears\n"),
                        "nurse-midwife.md");
  CHECK(texts(g.duties) ==
        std::vector<std::string>{"Provide prenatal checkups", "Repair minor tears"});
}

TEST_CASE("a heading of higher rank ends a ladder named by a bold line") {
  Guide g = parse_guide(
      read_markdown("# #ask-a-landscape-architect\n\n**Ladder most firms use:**\n\n"
                    "| Title | Typical years |\n|---|---|\n| Landscape Designer | 0-3 |\n\n"
                    "### Tuesday, November 10, 2026\n\n"
                    "Mornings are site work: I analyze the site survey and soils report. Back at "
                    "the desk I draft planting and grading plans. Midweek I coordinate with "
                    "civil engineers and architects on drainage.\n"),
      "landscape-architect.md");
  CHECK(g.duties.size() == 3);
  REQUIRE(g.tiers.size() == 1);
  CHECK(g.tiers[0].name == "Landscape Designer");
}

TEST_CASE("a required credential is named before the terms the list sets") {
  Guide g = parse_text(
      "Neonatal Nurse\n\nRequired credentials\n\n"
      "  - Active state RN license (or multistate compact license)\n"
      "  - BLS provider card (American Heart Association)\n"
      "  - S.T.A.B.L.E. program certificate within six months\n");
  CHECK(certification_names(g).size() == 3);
  // A unit of the hospital is no credential, however it is capitalised.
  Guide units = parse_text(
      "Neonatal Nurse\n\nService line\n\n  - Labor & Delivery\n  - NICU (Level IV)\n"
      "  - Mother-Baby\n");
  CHECK(units.certifications.empty());
  // A generic "Professional certification from ..." names no credential of its own.
  Guide generic = parse_text(
      "Medical Technician\n\nRequirements\n\n"
      "  - Professional certification from recognized bodies (e.g., Certified Medical "
      "Assistant, Certified EKG Technician)\n");
  for (const std::string& name : certification_names(generic)) {
    CHECK_FALSE(name.starts_with("Professional certification"));
  }
}

TEST_CASE("a worksheet's blanks and an amount of money are no facts") {
  Guide g = parse_text(
      "Prosthetist\n\nSkills\n\n  - Gait analysis\n  - Plaster casting\n"
      "  - about $6,683 a month\n  - Name: ____________\n\n"
      "Career ladder\n\n  Staff Prosthetist ..... 0-2 years\n  ________ ..... 3-7 years\n");
  CHECK(texts(g.technical_skills) == std::vector<std::string>{"Gait analysis", "Plaster casting"});
  for (const Tier& t : g.tiers) CHECK(t.name.find("___") == std::string::npos);
}

TEST_CASE("software named by its maker or its inner capitals is a technical skill") {
  Guide g = parse_guide(read_markdown("# Medical Illustrator\n\n## The toolbox\n\n"
                                      "- Adobe Illustrator\n- ZBrush for digital sculpting\n"
                                      "- Autodesk Maya for animation\n"),
                        "medical-illustrator.md");
  CHECK(g.technical_skills.size() == 3);
  // Title case alone names no product: a hospital's service lines are no skills.
  Guide units = parse_guide(read_markdown("# NICU\n\n## Service line\n\n"
                                          "- Labor & Delivery\n- Mother-Baby\n"
                                          "- Lactation Services\n"),
                            "nicu.md");
  CHECK(units.technical_skills.empty());
}

TEST_CASE("the noun a page writes after a credential's name stays part of the name") {
  Guide g = parse_text(
      "Landscape Architect\n\nCredentials\n\n"
      "Most firms want the CLARB Certificate once you are licensed. Court work asks for the "
      "Certified Court Clerk designation. Sites ask for an OSHA 10-Hour Construction card.\n");
  const std::vector<std::string> names = certification_names(g);
  auto has = [&](const char* name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  CHECK(has("CLARB Certificate"));
  CHECK(has("Certified Court Clerk designation"));
  CHECK(std::none_of(names.begin(), names.end(),
                     [](const std::string& n) { return n.ends_with("cardiac"); }));
}
