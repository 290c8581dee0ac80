// Unit tests of block roles (roles.cpp, cues.cpp): a list's role comes from its heading, its
// items' own words and its siblings, and dump --explain says which cues decided it. Also the
// text-export layouts the role stage relies on (fixed-width tables, O*NET score rows).
#include <doctest/doctest.h>

#include <algorithm>

#include "parse/document.hpp"
#include "parse/dump.hpp"
#include "parse/guide.hpp"
#include "parse/roles.hpp"
#include "parse_test_util.hpp"

using namespace careerkb::parse;

namespace {

bool has_item(const std::vector<TextItem>& items, std::string_view text) {
  return std::any_of(items.begin(), items.end(),
                     [&](const TextItem& t) { return t.text.find(text) != std::string::npos; });
}

bool has_certification(const Guide& g, std::string_view text) {
  return std::any_of(g.certifications.begin(), g.certifications.end(), [&](const Certification& c) {
    return c.name.find(text) != std::string::npos;
  });
}

}  // namespace

TEST_CASE("a list of task statements under a heading we have no rule for is read as duties") {
  Guide g = parse_markdown(
      "# Histotechnician\n\n## A shift at the bench\n\n"
      "- Embed tissue samples in paraffin blocks\n"
      "- Cuts thin sections on a microtome\n"
      "- Staining slides for the pathologist\n"
      "- Label and file finished slides\n");
  CHECK(g.duties.size() == 4);
  CHECK(has_item(g.duties, "Cuts thin sections"));
  CHECK(g.technical_skills.empty());
}

TEST_CASE("a list of plain nouns under an unknown heading takes no role") {
  Guide g = parse_markdown(
      "# Histotechnician\n\n## Where they work\n\n- Hospitals\n- Reference labs\n- Universities\n");
  CHECK(g.duties.empty());
  CHECK(g.technical_skills.empty());
  CHECK(g.soft_skills.empty());
}

TEST_CASE("numbered how-to-become steps under a credentials heading are not credentials") {
  Guide g = parse_markdown(
      "# Medical Biller\n\n## Certification path\n\n"
      "1. Finish high school or earn a GED\n"
      "2. Complete a billing certificate program\n"
      "3. Pass the CPB exam from AAPC\n"
      "4. Apply for billing jobs at clinics\n");
  for (const Certification& c : g.certifications) {
    CHECK_MESSAGE(c.name.find("Finish") == std::string::npos, c.name);
    CHECK_MESSAGE(c.name.find("Apply") == std::string::npos, c.name);
  }
  // The credential named inside a step is still read from its words.
  CHECK(has_certification(g, "CPB"));
}

TEST_CASE("credential items under an unknown heading are read as credentials") {
  Guide g = parse_markdown(
      "# Cytotechnologist\n\n## After the program\n\n"
      "- CT(ASCP) certification from the ASCP Board of Certification\n"
      "- SCT(ASCP) specialist credential after three years\n"
      "- State license where required\n");
  CHECK(has_certification(g, "CT(ASCP)"));
  CHECK(has_certification(g, "SCT(ASCP)"));
}

TEST_CASE("a lead-in naming the people side makes the list below it soft skills") {
  Guide g = parse_markdown(
      "# Ophthalmic Technician\n\n## Technical skills\n\n- Visual field testing\n"
      "- OCT image acquisition\n\nThe people side matters as much:\n\n"
      "- explaining things without jargon\n- working fast without getting sloppy\n");
  CHECK(has_item(g.technical_skills, "Visual field testing"));
  CHECK(has_item(g.soft_skills, "explaining things without jargon"));
  CHECK(has_item(g.soft_skills, "working fast"));
  CHECK_FALSE(has_item(g.technical_skills, "explaining"));
}

TEST_CASE("a mixed skills list sorts items by their words and the rest by the majority") {
  Guide g = parse_markdown(
      "# Welder\n\n## Skills\n\n- Patience\n- Attention to detail\n- Teamwork\n"
      "- Steady hands\n- Blueprint reading\n");
  CHECK(has_item(g.soft_skills, "Patience"));
  CHECK(has_item(g.soft_skills, "Steady hands"));  // neither kind: the majority's
  CHECK(has_item(g.technical_skills, "Blueprint reading"));
}

TEST_CASE("BLS-style quality paragraphs are soft skills named by their first sentence") {
  Guide g = parse_text(
      "Home Health Aides\n\nImportant Qualities\n\n"
      "Integrity. Clients and their families trust aides with their homes and belongings.\n\n"
      "Physical stamina. Aides lift and turn clients and stand for most of the day.\n");
  CHECK(has_item(g.soft_skills, "Integrity"));
  CHECK(has_item(g.soft_skills, "Physical stamina"));
  for (const TextItem& t : g.soft_skills) CHECK(t.text.find("Clients") == std::string::npos);
}

TEST_CASE("an interview answer under a credentials heading is no credential item") {
  Guide g = parse_markdown(
      "# Surgical First Assistant\n\n## What about certification?\n\n"
      "Okafor: Get certified as soon as you can. I hold the CSFA and my hospital paid the fee.\n");
  for (const Certification& c : g.certifications)
    CHECK(c.name.find("Get certified") == std::string::npos);
}

TEST_CASE("fixed-width tables and dotted leaders in text exports are table rows") {
  Document doc = read_plain_text(
      "Measure          Hourly      Annual\n"
      "---------------  ----------  ----------\n"
      "Median           $46.33      $96,370\n\n"
      "Percent Change, 2023-2033 .............. 11%\n");
  REQUIRE(doc.blocks.size() == 3);
  CHECK(doc.blocks[0].kind == BlockKind::table_row);
  CHECK(doc.blocks[0].header_row);
  CHECK(doc.blocks[1].cells == std::vector<std::string>{"Median", "$46.33", "$96,370"});
  CHECK(doc.blocks[2].cells == std::vector<std::string>{"Percent Change, 2023-2033", "11%"});
}

TEST_CASE("prose with a sentence gap is not a fixed-width table") {
  Document doc = read_plain_text("The work is steady.  Most techs stay for years and like it.\n");
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].kind == BlockKind::paragraph);
}

TEST_CASE("O*NET task rows under importance scores become duties without the score") {
  Guide g = parse_text(
      "Physical Therapist Aides\n\nTasks\n\n"
      "Importance  Category  Task\n"
      "93  Core  Wipe down and sanitize mats and tables between patients.\n"
      "88  Core  Guide patients through exercise programs set by the therapist.\n"
      "62  Supplemental  Restock towels, electrodes and bands.\n");
  CHECK(g.duties.size() == 3);
  CHECK(has_item(g.duties, "Wipe down and sanitize mats"));
  for (const TextItem& t : g.duties) CHECK_FALSE(t.text.starts_with("93"));
}

TEST_CASE("a data frame's task rows keep the task, not the row number or the score") {
  Guide g = parse_text(
      "Orthodontist\n\nTasks\n\n"
      "                                          task  importance\n"
      "0   Diagnose malocclusions from models and X-rays          4.8\n"
      "1   Bond brackets and place archwires                      4.5\n"
      "2   Fit retainers when active treatment ends               4.1\n");
  CHECK(texts(g.duties) == std::vector<std::string>{"Diagnose malocclusions from models and X-rays",
                                                    "Bond brackets and place archwires",
                                                    "Fit retainers when active treatment ends"});
}

TEST_CASE("numbered capital titles are headings and wrapped items stay one item") {
  Guide g = parse_text(
      "OCCUPATIONAL THERAPIST\n\n2. WHAT THEY DO (sample of reported tasks)\n\n"
      "   a) Assess clients' functional abilities using standardized evaluation\n"
      "      tools and observation\n"
      "   b) Develop individualized treatment plans with measurable goals\n"
      "   c) Document progress and bill services according to payer rules\n");
  REQUIRE(g.duties.size() == 3);
  CHECK(has_item(g.duties, "evaluation tools and observation"));
}

TEST_CASE("growth written in words, as a decline, or for a group that includes the career") {
  Guide words = parse_text(
      "Medical Laboratory Scientist\n\nJob Outlook\n\n"
      "Employment of medical laboratory scientists is expected to grow five percent between 2023 "
      "and 2033.\n");
  REQUIRE(words.growth());
  CHECK(*words.growth()->growth_pct == 5);
  Guide decline = parse_text(
      "Pharmacy Aide\n\nJob outlook\n\n"
      "Employment of pharmacy aides will decline about 2 percent from 2023 to 2033.\n");
  REQUIRE(decline.growth());
  CHECK(*decline.growth()->growth_pct == -2);
  Guide group = parse_text(
      "Mammography Technologist\n\nJob outlook\n\n"
      "Employment of radiologic and MRI technologists, including mammographers, is projected to "
      "grow 6% from 2023 to 2033.\n");
  REQUIRE(group.growth());
  CHECK(*group.growth()->growth_pct == 6);
  Guide far = parse_text(
      "HVAC Technician\n\nNotes\n\n"
      "Refrigerant prices have jumped roughly 30% since the phase-down began, which has nothing "
      "at all to do with job growth.\n");
  CHECK(far.growth() == nullptr);
}

TEST_CASE("the career is the occupation the page repeats, not a site or series title") {
  Guide g = parse_markdown(
      "# The Nurse Network\n\n## Dental Laboratory Technician\n\n"
      "Dental laboratory technicians make crowns. A dental laboratory technician works from "
      "impressions. Most dental laboratory technicians train on the job.\n");
  CHECK(g.career == "Dental Laboratory Technician");
  Guide caps = parse_text("RESPIRATORY THERAPIST\n\nRespiratory therapists treat patients.\n");
  CHECK(caps.career == "Respiratory Therapist");
  Guide abbreviation = parse_text("EKG TECHNICIAN\n\nEKG technicians record heart rhythms.\n");
  CHECK(abbreviation.career == "EKG Technician");
  Guide compound = parse_markdown("# Physical Therapist Assistant (PTA)\n\nPTAs treat patients.\n");
  CHECK(compound.career == "Physical Therapist Assistant");
}

TEST_CASE("the explanation names every block's role and the cues that decided it") {
  std::vector<BlockExplanation> blocks;
  parse_text("Histotechnician\n\nTasks\n\n- Embed tissue in paraffin\n- Stain slides\n", &blocks);
  auto item = std::find_if(blocks.begin(), blocks.end(),
                           [](const BlockExplanation& b) { return b.text == "Stain slides"; });
  REQUIRE(item != blocks.end());
  CHECK(item->role == "duty");
  CHECK(item->section == "duties");
  CHECK(item->line == 6);
  bool heading_cue = std::any_of(item->cues.begin(), item->cues.end(), [](const std::string& c) {
    return c.find("heading: duties") != std::string::npos;
  });
  CHECK(heading_cue);
  std::string printed = dump_explanation(blocks);
  CHECK(printed.find("6\tlist_item\tduties\tduty\tStain slides\t") != std::string::npos);
}

TEST_CASE("credentials are read by their shape: board in brackets, acronym with its expansion") {
  Guide g = parse_markdown(
      "# Histotechnician\n\n## Program outcomes\n\n"
      "| Measure | 2023 |\n|---|---|\n| HT(ASCP) first-attempt pass rate | 92% |\n\n"
      "## Certification\n\n"
      "Graduates may sit for the exam. There is also an add-on called OSC (Ophthalmic Surgical "
      "Assisting), and you become a Nutrition and Dietetics Technician, Registered (NDTR). The "
      "exam is run by the Commission on Dietetic Registration (CDR). Keep a current BLS card.\n");
  CHECK(has_certification(g, "HT(ASCP)"));
  CHECK(has_certification(g, "OSC (Ophthalmic Surgical Assisting)"));
  CHECK(has_certification(g, "Registered (NDTR)"));
  CHECK(has_certification(g, "BLS"));
  CHECK_FALSE(has_certification(g, "Commission on Dietetic Registration"));
}

TEST_CASE("BLS as the Bureau of Labor Statistics is no credential") {
  Guide g = parse_markdown(
      "# Psychiatric Technician\n\n## Certification\n\n"
      "The BLS puts the median at $38,720 a year, and certification is optional.\n");
  CHECK_FALSE(has_certification(g, "BLS"));
}

TEST_CASE("a label naming credentials lists them, two or more, remarks left out") {
  Guide g = parse_markdown(
      "# Medical Transcriptionist\n\n- **Credentials:** RHDS, CHDS (both from AHDI)\n"
      "- Registry credential required: ARRT (MR) or ARMRIT\n");
  CHECK(has_certification(g, "RHDS"));
  CHECK(has_certification(g, "CHDS"));
  CHECK(has_certification(g, "ARRT (MR)"));
  CHECK(has_certification(g, "ARMRIT"));
}

TEST_CASE("one short line after another under any heading is a list, not a stack of headings") {
  Guide g = parse_text(
      "Medication Aide\n\nWHAT WE LOOK FOR\n"
      "Comfortable with eMAR software such as PointClickCare\n"
      "Dependable and punctual\n"
      "Compassionate with older adults\n"
      "Calm when the unit gets busy\n");
  CHECK(has_item(g.technical_skills, "eMAR software"));
  CHECK(has_item(g.soft_skills, "Dependable and punctual"));
  CHECK(has_item(g.soft_skills, "Calm when the unit gets busy"));
}

TEST_CASE("two skill columns flattened into one line are split under their header") {
  Guide g = parse_text(
      "Dental Laboratory Technician\n\nSkills\n\n"
      "TECHNICAL SKILLS              PERSONAL QUALITIES\n"
      "- Wax carving and sculpting • Steady hands and patience\n"
      "- CAD/CAM design software • Good color perception\n");
  CHECK(has_item(g.technical_skills, "Wax carving and sculpting"));
  CHECK(has_item(g.soft_skills, "Steady hands and patience"));
  CHECK(has_item(g.technical_skills, "CAD/CAM design software"));
  CHECK(has_item(g.soft_skills, "Good color perception"));
  for (const TextItem& t : g.technical_skills) CHECK(t.text.find("•") == std::string::npos);
}

TEST_CASE("an awarding body or a diploma in a credentials list is no credential") {
  Guide g = parse_markdown(
      "# Dental Laboratory Technician\n\n## Certifications\n\n"
      "- Commission on Dental Accreditation (CODA)\n- Certified Dental Technician (CDT)\n"
      "- High school diploma or GED\n- Heartsaver First Aid CPR AED - American Heart "
      "Association\n");
  CHECK(has_certification(g, "Certified Dental Technician (CDT)"));
  CHECK(has_certification(g, "Heartsaver First Aid CPR AED"));
  CHECK_FALSE(has_certification(g, "Commission on Dental Accreditation"));
  CHECK_FALSE(has_certification(g, "High school"));
}

TEST_CASE("a pay range for the career's levels is its own, and a bracket after a figure names it") {
  Guide g = parse_text(
      "Health Information Technician\n\nPay\n\n"
      "Across the three technician levels, pay runs from $19.50 to $31.75 an hour.\n\n"
      "New techs earn $36,500 (25th percentile); seasoned techs earn $48,000 (75th percentile).\n");
  REQUIRE(g.salary_min());
  CHECK(*g.salary_min() == doctest::Approx(19.50 * 2080));
  bool p25 = false, p75 = false;
  for (const SalaryFact& f : g.salary_facts) {
    p25 |= f.amount == 36500 && f.label == "p25";
    p75 |= f.amount == 48000 && f.label == "p75";
  }
  CHECK(p25);
  CHECK(p75);
}

TEST_CASE("a pay table whose columns are percentiles gives the range, Low and High rows too") {
  Guide g = parse_markdown(
      "# Hearing Instrument Specialist\n\n## Wages\n\n"
      "| Location | Pay Period | 10% | 25% | Median | 75% | 90% |\n|---|---|---|---|---|---|---|\n"
      "| United States | Yearly | $37,544 | $46,592 | $59,488 | $77,168 | $95,888 |\n");
  REQUIRE(g.salary_min());
  REQUIRE(g.salary_max());
  CHECK(*g.salary_min() == 37544);
  CHECK(*g.salary_max() == 95888);
  REQUIRE(g.median_salary());
  CHECK(*g.median_salary() == 59488);
  Guide ends = parse_markdown(
      "# Mammography Technologist\n\n## Pay\n\n| Level | Annual |\n|---|---|\n"
      "| Low (entry level) | $68,000 |\n| Median | $89,000 |\n| High (experienced) | $118,000 |\n");
  REQUIRE(ends.salary_min());
  CHECK(*ends.salary_min() == 68000);
  REQUIRE(ends.salary_max());
  CHECK(*ends.salary_max() == 118000);
}

TEST_CASE("a range spread over a sentence: from X when starting out to Y, between X (note) and Y") {
  Guide spread = parse_text(
      "Anesthesia Technician\n\nPay\n\nMost techs earn anywhere from about $19 an hour when "
      "starting out to $33 an hour with experience.\n");
  REQUIRE(spread.salary_min());
  CHECK(*spread.salary_min() == 19 * 2080);
  REQUIRE(spread.salary_max());
  CHECK(*spread.salary_max() == 33 * 2080);
  Guide noted = parse_text(
      "Endoscopy Technician\n\nPay\n\nMost pay falls between $36,500 (25th percentile) and "
      "$48,000 (75th percentile), with top earners making $57,500 a year.\n");
  REQUIRE(noted.salary_min());
  CHECK(*noted.salary_min() == 36500);
  REQUIRE(noted.salary_max());
  CHECK(*noted.salary_max() == 48000);
}

TEST_CASE("a fee table and written-out requirements under a licensing heading are no credentials") {
  Guide g = parse_markdown(
      "# Registered Dietitian\n\n## Licensure\n\n"
      "- Education. A master's degree or higher from a regionally accredited college, with "
      "coursework in nutrition science and medical nutrition therapy approved by the board.\n"
      "- Examination. A passing score on the Registration Examination for Dietitians given by "
      "the Commission on Dietetic Registration (CDR) within the last five years.\n"
      "- Licensed Dietitian (LD), issued by the board\n\n"
      "## Fees\n\n| Item | Fee |\n|---|---|\n| Initial LD license | $100 |\n"
      "| Biennial renewal | $120 |\n");
  for (const Certification& c : g.certifications) {
    CHECK_MESSAGE(c.name.find("Education") == std::string::npos, c.name);
    CHECK_MESSAGE(c.name.find("renewal") == std::string::npos, c.name);
    CHECK_MESSAGE(c.name.find("Commission") == std::string::npos, c.name);
    CHECK_MESSAGE(c.name.find("Dietetic Registration") == std::string::npos, c.name);
  }
  CHECK(has_certification(g, "Licensed Dietitian (LD)"));
}

TEST_CASE("a definition list of tasks under a duties heading gives its terms and descriptions") {
  Guide g = parse_guide(read_html("<h1>Cardiovascular Technologist</h1><h2>What they do</h2><dl>"
                                  "<dt>Prepare patients</dt><dd>Explain the procedure and review "
                                  "medications.</dd><dt>Keep records</dt><dd>Document results in "
                                  "the health record.</dd></dl>"),
                        "guide.html");
  CHECK(has_item(g.duties, "Explain the procedure"));
  CHECK(has_item(g.duties, "Document results"));
}

TEST_CASE("a guide that names one level of schooling, in no requirement wording, states it") {
  Guide g = parse_text(
      "Optometric Assistant\n\nJob requirements\n\nCompletion of secondary school is usual.\n");
  REQUIRE(g.typical_education());
  CHECK(*g.typical_education() == EducationLevel::high_school);
}

TEST_CASE("regressions: how-to-become steps, FAQ questions that hold a kind word") {
  // A numbered path under "Steps to become" is steps, not duties (import/ekg-technician.txt).
  Guide steps = parse_text(
      "EKG Technician\n\nSteps to become an EKG tech:\n\n1. Finish high school or earn a GED.\n"
      "2. Complete an EKG course or get hired as a trainee.\n3. Perform the required number of "
      "supervised EKGs.\n4. Pass a certification exam.\n5. Apply to hospitals and clinics.\n");
  CHECK(steps.duties.empty());
  // "Is phlebotomy hard to learn?" asks a question; its answer is no technical skill.
  Guide faq = parse_markdown(
      "# Phlebotomist\n\n## FAQ\n\n### How long does it take to become a phlebotomist?\n\n"
      "Four to eight months.\n\n### Is phlebotomy hard to learn?\n\nThe theory is light. The hard "
      "part is confidence with difficult veins.\n");
  CHECK(faq.technical_skills.empty());
  CHECK(faq.faqs.size() == 2);
}

TEST_CASE("a requirements list is read item by item: credentials, techniques, qualities") {
  Guide g = parse_guide(read_markdown("# Counselor\n\n## Requirements\n\n**Preferred**\n\n"
                                      "- Master's degree in counseling from an accredited program\n"
                                      "- National Certified Counselor (NCC)\n"
                                      "- Patience with clients in crisis\n"
                                      "- Complete the onboarding course\n"),
                        "guide.md");
  std::vector<std::string> credentials, soft;
  for (const Certification& c : g.certifications) credentials.push_back(c.name);
  for (const TextItem& t : g.soft_skills) soft.push_back(t.text);
  CHECK(credentials == std::vector<std::string>{"National Certified Counselor (NCC)"});
  CHECK(soft == std::vector<std::string>{"Patience with clients in crisis"});
  // A degree or a step is none of those lists, and no requirement is a duty.
  CHECK(g.duties.empty());
  CHECK(g.technical_skills.empty());
}

TEST_CASE("a program's learning outcomes are no duties, the job's duties in prose are") {
  Guide g = parse_markdown(
      "# Paramedic Certificate\n\n## What Paramedics Do\n\n"
      "On a shift they answer emergency calls, check the scene for hazards, and assess each "
      "patient.\n\n## Program Outcomes\n\n"
      "On finishing the program, graduates will be able to:\n\n"
      "- Explain the physiology of shock\n- Apply state law to field practice\n"
      "- Demonstrate safe patient lifting\n");
  CHECK(has_item(g.duties, "answer emergency calls"));
  CHECK(has_item(g.duties, "assess each patient"));
  CHECK_FALSE(has_item(g.duties, "Explain the physiology"));
  CHECK_FALSE(has_item(g.duties, "Demonstrate safe"));
}

TEST_CASE("a duties section's own prose outranks a one-line summary elsewhere on the page") {
  Guide g = parse_text(
      "Optician\n\nQuick Facts\n\nWhat they do: fit lenses, adjust frames, and repair glasses\n\n"
      "WHAT OPTICIANS DO\n\n"
      "In the shop they measure the distance between the pupils before an order is placed. "
      "They also explain lens coatings to each customer and record every sale in the system.\n");
  CHECK(has_item(g.duties, "measure the distance between the pupils"));
  CHECK(has_item(g.duties, "explain lens coatings"));
  CHECK_FALSE(has_item(g.duties, "adjust frames"));
}

TEST_CASE("an occupation profile's technology line keeps its software kind and its products") {
  Guide g = parse_text(
      "Chiropractors\n\nTechnology Skills\n\n"
      "  - Medical software - ChiroTouch; Epic\n"
      "  - Accounting software - QuickBooks\n  - Office suite software\n");
  CHECK(has_item(g.technical_skills, "Medical software - ChiroTouch; Epic"));
  CHECK(has_item(g.technical_skills, "Accounting software - QuickBooks"));
  CHECK(has_item(g.technical_skills, "Office suite software"));
  CHECK(g.soft_skills.empty());
}

TEST_CASE("a short phrase ending in a hands-on activity is a technical skill") {
  CHECK(skill_kind("Structural welding") == Role::technical_skill);
  CHECK(skill_kind("Pipe threading") == Role::technical_skill);
  // Activities done with people stay undecided; their list's majority decides.
  CHECK(skill_kind("Upbeat coaching") == Role::none);
  CHECK(skill_kind("Instructing") == Role::none);
}

TEST_CASE("a product's name in a skills list is a technical skill") {
  CHECK(skill_kind("AutoCAD Civil 3D") == Role::technical_skill);
  CHECK(skill_kind("Trimble Business Center") == Role::technical_skill);
  CHECK(skill_kind("Patience") != Role::technical_skill);
}
