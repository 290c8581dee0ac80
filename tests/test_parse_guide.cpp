// Unit tests of the pure parse stage: occupation names, and parse_guide on small documents
// written for each rule (the golden and seed tests cover whole guides through the binary).
#include <doctest/doctest.h>

#include "parse/attribution.hpp"
#include "parse/document.hpp"
#include "parse/extract.hpp"
#include "parse/guide.hpp"
#include "parse/text_util.hpp"
#include "parse_test_util.hpp"

using namespace careerkb::parse;

TEST_CASE("a comparison occupation's median never becomes the guide's median") {
  Guide g = parse_text(
      "Phlebotomist Career Guide\n\n"
      "Salary\n\n"
      "Registered nurses earn a median of $86,070 a year.\n"
      "Phlebotomists earn a median of $19.05 per hour.\n");
  REQUIRE(g.median_salary());
  CHECK(*g.median_salary() == doctest::Approx(19.05 * 2080).epsilon(0.001));
  bool comparison_kept = false;
  for (const SalaryFact& f : g.salary_facts) {
    comparison_kept |= f.amount == 86070 && f.occupation == "registered nurse";
  }
  CHECK(comparison_kept);
  CHECK(g.specializations.empty());
}

TEST_CASE("a comparison occupation is not a specialization because a word matches a list item") {
  Guide g = parse_text(
      "Phlebotomist Career Guide\n\n"
      "Salary\n\n"
      "Phlebotomists earn a median of $41,810 a year. By comparison, registered nurses earn a "
      "median of $86,070.\n\n"
      "Certifications\n\n"
      "- Registered Phlebotomy Technician (RPT)\n");
  CHECK(g.specializations.empty());
}

TEST_CASE("kinds of the career listed in the guide keep their own figures as specializations") {
  Guide g = parse_text(
      "Medical Technician Guide\n\n"
      "Kinds of medical technicians:\n\n"
      "- Cardiovascular technicians, who perform echocardiograms\n"
      "- Surgical technicians, who assist in surgery\n\n"
      "Salary\n\n"
      "The median salary for a cardiovascular technologist is $54,330, and for a surgical "
      "technician it is $43,350.\n");
  REQUIRE(g.specializations.size() == 2);
  CHECK(g.specializations[0].median_salary_annual_usd == 54330);
}

TEST_CASE("the typical education is the stated entry path, not a prerequisite") {
  Guide g = parse_text(
      "EMT Career Guide\n\n"
      "Education\n\n"
      "You need a high school diploma to enroll, but the real requirement is a course. "
      "These postsecondary nondegree programs run one semester.\n");
  REQUIRE(g.typical_education());
  CHECK(*g.typical_education() == EducationLevel::postsecondary_nondegree);
}

TEST_CASE("tiers are read from a ladder written on one line") {
  Guide g = parse_text(
      "Electrician Career Guide\n\n"
      "Career Ladder\n\n"
      "Apprentice (0-5 yrs) --> Journeyman (5-9 yrs) --> Master Electrician (9+ yrs)\n");
  REQUIRE(g.tiers.size() == 3);
  CHECK(g.tiers[0].name == "Apprentice");
  CHECK(g.tiers[2].name == "Master Electrician");
  CHECK(g.tiers[2].years_min == 9);
  CHECK_FALSE(g.tiers[2].years_max.has_value());
}

TEST_CASE("a guide without facts says so in warnings instead of failing") {
  Guide g = parse_text("Notes\n\nNothing about pay or duties here.\n");
  CHECK(g.warnings.size() >= 3);
  CHECK_FALSE(g.median_salary());
}

TEST_CASE("is_boilerplate_line finds its cues in any case, and only those") {
  CHECK(is_boilerplate_line("Sign up for our newsletter"));
  CHECK(is_boilerplate_line("CLICK HERE to see more"));
  CHECK(is_boilerplate_line("ADVERTISEMENT \xe2\x80\x94 Certified parts shipped same day"));
  CHECK(is_boilerplate_line("Sponsored: Earn your degree online"));
  CHECK_FALSE(is_boilerplate_line("Sponsorship of visas is rare in this field"));
  CHECK(is_boilerplate_line("Try the AI Resume builder"));
  CHECK(is_boilerplate_line("Guides | Careers | Schools | Salaries"));
  CHECK_FALSE(is_boilerplate_line("Median | $50,000 | $60,000 | $70,000"));
  CHECK_FALSE(is_boilerplate_line("Phlebotomists draw blood and label samples."));
  // The cue hash sets the 0x20 bit of every byte, so NUL hashes like a space: still no match.
  CHECK_FALSE(is_boilerplate_line(std::string_view("LOG\0IN to the lab system", 24)));
  CHECK(is_boilerplate_line("LOG IN to the lab system"));
  // A citation, a share bar and a skip link; a cited figure is kept.
  CHECK(is_boilerplate_line("Sources: Bureau of Labor Statistics; interview with a nurse."));
  CHECK(is_boilerplate_line("Share: Facebook \xc2\xb7 LinkedIn \xc2\xb7 Email"));
  CHECK(is_boilerplate_line("Skip to content"));
  CHECK(is_boilerplate_line("Tags: Careers High school sports"));
  CHECK(is_boilerplate_line("Email: someone@example.edu"));
  CHECK_FALSE(is_boilerplate_line("Source: BLS, median pay $48,000 in 2024"));
}

TEST_CASE("sentence_at gives the sentence that holds the byte, even at a sentence's first byte") {
  std::string_view text = "Employment will grow. 5% more jobs are expected.";
  size_t second = text.find('5');
  std::string_view at_second = sentence_at(text, second);
  size_t start = static_cast<size_t>(at_second.data() - text.data());
  CHECK(at_second == "5% more jobs are expected.");
  CHECK(start == second);
  CHECK(sentence_at(text, 3) == "Employment will grow.");
  // Every byte lies inside the view it gets, so offsets measured from the view never overrun.
  for (size_t i = 0; i < text.size(); ++i) {
    std::string_view s = sentence_at(text, i);
    size_t from = static_cast<size_t>(s.data() - text.data());
    CHECK(i >= from);
    CHECK(i < from + s.size());
  }
}

TEST_CASE("a growth figure that opens the second sentence is read") {
  Guide g = parse_text("Nurse Aide\n\nOutlook\n\nJobs are many. 5% growth is projected by 2032.\n");
  REQUIRE(g.outlook.size() == 1);
  CHECK(g.outlook[0].growth_pct == doctest::Approx(5.0));
}

TEST_CASE("the lowest- and best-paid tenths of earners give the pay range") {
  Guide g = parse_text(
      "Safety Technician\n\nPay\n\nSafety technicians earned a median of $59,150 in May 2023. "
      "The lowest-paid tenth made under $37,520 and the best-paid tenth more than $89,320.\n");
  REQUIRE(g.salary_min());
  REQUIRE(g.salary_max());
  CHECK(*g.salary_min() == doctest::Approx(37520));
  CHECK(*g.salary_max() == doctest::Approx(89320));
}

TEST_CASE("a dot leader between a label and its figure ends no sentence") {
  std::vector<Sentence> s = split_sentences("Lowest 10% earned less than .. $29,320");
  REQUIRE(s.size() == 1);
  Guide g = parse_guide(read_plain_text("Personal Trainer\n\nFAST FACTS\n"
                                        " Median yearly pay ........ $46,910\n"
                                        " Lowest 10% earned less than .. $29,320\n"
                                        " Highest 10% earned more than . $83,400\n"
                                        "\nGyms pay $20 to $30 per session.\n"),
                        "personal-trainer.txt");
  REQUIRE(g.salary_min());
  CHECK(*g.salary_min() == doctest::Approx(29320));
  CHECK(*g.salary_max() == doctest::Approx(83400));
}

TEST_CASE("a sentence ends before its citation mark or closing quote") {
  std::vector<Sentence> s = split_sentences(
      "Pay was $95,770.[6] Employment will grow. She said \"be patient.\" Then she left.");
  REQUIRE(s.size() == 4);
  CHECK(s[0].text == "Pay was $95,770.[6]");
  CHECK(s[1].text == "Employment will grow.");
  CHECK(s[2].text == "She said \"be patient.\"");
  CHECK(s[3].offset == std::string_view("Pay was $95,770.[6] Employment will grow. She said "
                                        "\"be patient.\" ")
                           .size());
}

TEST_CASE("a question heading is about duties only when it asks what the worker does") {
  CHECK(classify_heading("What does a medical dosimetrist do?") == SectionKind::duties);
  CHECK(classify_heading("What do they do all day?") == SectionKind::duties);
  CHECK(classify_heading("Host: What does that look like in practice?") == SectionKind::duties);
  CHECK(classify_heading("What does school cost?") != SectionKind::duties);
  CHECK(classify_heading("What do employers want?") != SectionKind::duties);
  CHECK(classify_heading("Show Me the Money") == SectionKind::salary);
}

TEST_CASE("pay ranges written as a low and a high, a labelled row, or shares of earners") {
  Guide spread = parse_text(
      "Biomedical Technician\n\nSurvey results\n\nTechnician base salaries ran from a low of "
      "$41,000 to a high of $112,000 this year.\n");
  REQUIRE(spread.salary_min());
  CHECK(*spread.salary_min() == doctest::Approx(41000));
  CHECK(*spread.salary_max() == doctest::Approx(112000));
  Guide labelled = parse_text(
      "Physician Assistant\n\nSalary:      $84,718 - $153,354 per year\n\nGrades\n\n"
      "GS-11    $84,718 - $110,136\n");
  REQUIRE(labelled.salary_min());
  CHECK(*labelled.salary_min() == doctest::Approx(84718));
  CHECK(*labelled.salary_max() == doctest::Approx(153354));
  Guide shares = parse_text(
      "Recreational Therapist\n\nFigures\n\n- Median: $57,120 per year\n"
      "- Lowest 10%: less than $37,940\n- Highest 10%: more than $88,680\n");
  REQUIRE(shares.salary_min());
  CHECK(*shares.salary_min() == doctest::Approx(37940));
  CHECK(*shares.salary_max() == doctest::Approx(88680));
  CHECK(shares.tiers.empty());  // "$57,120 per year" is a rate, not a span of years
}

TEST_CASE("a licence the job requires is a credential, named by the word before it") {
  Guide g = parse_text(
      "Genetic Counselor\n\nCredentials\n\nMost states also require a state license to "
      "practise. The state licensing board meets monthly.\n");
  std::vector<std::string> names;
  for (const Certification& c : g.certifications) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{"state license"});
  Guide none = parse_text("Genetic Counselor\n\nAbout\n\nThe state license fees rose last year.\n");
  CHECK(none.certifications.empty());
}

TEST_CASE("a required licence keeps the words that name it, and what it permits") {
  Guide g = parse_text(
      "Dentist\n\nLicensing\n\nEvery dentist must hold a license to practice dentistry in "
      "the state. Anesthetists need an unencumbered RN license and an APRN license. "
      "Hospitalists need an unrestricted state medical license and DEA registration. You also "
      "need a valid driver's license.\n");
  std::vector<std::string> names;
  for (const Certification& c : g.certifications) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{
                     "license to practice dentistry", "unencumbered RN license", "APRN license",
                     "unrestricted state medical license", "DEA registration"});
}

TEST_CASE("a heading's subject is the topic it names first, page parts win wherever named") {
  CHECK(classify_heading("Skills each job demands") == SectionKind::skills);
  CHECK(classify_heading("Job outlook and demand") == SectionKind::outlook);
  CHECK(classify_heading("Salary FAQ") == SectionKind::faq);
  CHECK(classify_heading("EXAMPLES OF WORK (Illustrative only)") == SectionKind::duties);
  CHECK(classify_heading("Knowledge of:") == SectionKind::technical_skills);
  CHECK(classify_heading("Skill in:") == SectionKind::technical_skills);
  CHECK(classify_heading("Ability to:") == SectionKind::soft_skills);
  CHECK(classify_heading("Technical skills employers demand") == SectionKind::technical_skills);
  CHECK(classify_heading("Pay and job outlook") == SectionKind::salary);
  CHECK(classify_heading("Role[edit]") == SectionKind::duties);
  CHECK(classify_heading("Salary [edit]") == SectionKind::salary);
  CHECK(classify_heading("Nature of the work") == SectionKind::duties);
  // A lead-in to what the worker does, whatever setting it names; an application is a step.
  CHECK(classify_heading("On a typical day a staff technologist will:") == SectionKind::duties);
  CHECK(classify_heading("On a typical day") == SectionKind::day_in_life);
  CHECK(classify_heading("How to apply") == SectionKind::education);
}

TEST_CASE("a fixed-width wage table's column names label its figures, stated annual beats hourly") {
  Guide g = parse_guide(read_plain_text("Clinic Managers\n\nWAGES\n\n"
                                        "Area            Pct 10     Median     Pct 90\n"
                                        "Statewide\n"
                                        "   Hourly       $34.51     $54.62     $88.40\n"
                                        "   Annual      $71,780   $113,610   $183,870\n"
                                        "United States\n"
                                        "   Annual      $72,380   $116,840   $208,230\n"),
                        "guide.txt");
  REQUIRE(g.median_salary());
  CHECK(*g.median_salary() == doctest::Approx(113610));
  REQUIRE(g.salary_min());
  CHECK(*g.salary_min() == doctest::Approx(71780));
  REQUIRE(g.salary_max());
  CHECK(*g.salary_max() == doctest::Approx(183870));
}

TEST_CASE("'that occupation' points back to the career, 'all occupations' is another group") {
  Guide g = parse_guide(
      read_plain_text("Funeral Director\n\nPay\n\n"
                      "The BLS groups funeral directors with morticians. For that occupation the "
                      "BLS reports a median annual wage of $52,920.\n\nOutlook\n\n"
                      "Employment across all occupations is projected to grow 4 percent from "
                      "2023 to 2033.\n"),
      "guide.txt");
  REQUIRE(g.median_salary());
  CHECK(*g.median_salary() == doctest::Approx(52920));
  CHECK(g.growth() == nullptr);
}

TEST_CASE("a pay card whose lines ran together still gives its leading bare range") {
  Guide g = parse_guide(read_markdown("# Records Clerk\n\n## Annual Salary (USD)\n\n"
                                      "31,200\xe2\x80\x94"
                                      "52,800\nMedian: $41,300\nEntry-Level\n"
                                      "$34,900\n"),
                        "guide.md");
  REQUIRE(g.salary_min());
  CHECK(*g.salary_min() == doctest::Approx(31200));
  REQUIRE(g.salary_max());
  CHECK(*g.salary_max() == doctest::Approx(52800));
  REQUIRE(g.median_salary());
  CHECK(*g.median_salary() == doctest::Approx(41300));
}

TEST_CASE("a numbered Markdown heading is read, a level's heading names its tier") {
  Guide g = parse_guide(read_markdown("# Dispatcher\n\n## 2. Role breakdown by level\n\n"
                                      "### Entry Level\n\n* **Job titles:** Call Taker\n"
                                      "* **Experience:** 0-2 years\n\n### Senior Level\n\n"
                                      "* **Experience:** 6+ years, including supervisory work\n"),
                        "guide.md");
  REQUIRE(g.tiers.size() == 2);
  CHECK(g.tiers[0].name == "Entry Level");
  CHECK(g.tiers[0].years_min == 0);
  CHECK(g.tiers[0].years_max == 2);
  CHECK(g.tiers[1].name == "Senior Level");
  CHECK(g.tiers[1].years_min == 6);
  CHECK_FALSE(g.tiers[1].years_max);
}

TEST_CASE("a marked heading of the shape 'Label: words' names a list when its words do") {
  Guide g =
      parse_guide(read_markdown("# Ironworker\n\n## Employer survey: hard-to-find abilities\n\n"
                                "- Blueprint reading\n- Teamwork on a crew\n\n"
                                "## Quick facts: Ironworkers\n\n- Outdoors, at height\n"),
                  "ironworker.md");
  CHECK(texts(g.technical_skills) == std::vector<std::string>{"Blueprint reading"});
  CHECK(texts(g.soft_skills) == std::vector<std::string>{"Teamwork on a crew"});
  CHECK(g.duties.empty());
}

TEST_CASE("a table row naming two percentiles gives one to each figure of its cell") {
  Guide g = parse_guide(read_markdown("# Informatics Analyst\n\n## Pay\n\n| Figure | Value |\n"
                                      "|---|---|\n| Median | $91,240 |\n"
                                      "| 10th–90th percentile | $64,100 – $128,500 |\n"),
                        "informatics-analyst.md");
  REQUIRE(g.salary_min());
  REQUIRE(g.salary_max());
  CHECK(*g.salary_min() == doctest::Approx(64100));
  CHECK(*g.salary_max() == doctest::Approx(128500));
}

TEST_CASE("a paragraph that keeps telling what the worker does is the duty list") {
  Guide g = parse_guide(
      read_plain_text("Lactation Consultant\n\nGetting started\n\n"
                      "Shadow someone first. In a clinic, a lactation consultant assesses how a "
                      "baby feeds. She builds a feeding plan with the family. She fits breast "
                      "pumps when supply is low. Many also teach prenatal classes.\n\n"
                      "Tips\n\n- Join your state coalition\n"),
      "lactation-consultant.txt");
  REQUIRE(g.duties.size() == 4);
  CHECK(g.duties[0].text == "In a clinic, a lactation consultant assesses how a baby feeds.");
  CHECK(g.duties[3].text == "Many also teach prenatal classes.");
}

TEST_CASE("duties told in the first person under 'What the work actually is'") {
  Guide g = parse_guide(read_markdown("# Medical Illustrator\n\n## The money\n\nI make $90,000.\n\n"
                                      "## What the work actually is\n\n"
                                      "On a project I start by reading the operative notes. Then "
                                      "I draft storyboards for the client. I render the final "
                                      "plates.\n\n## The toolbox\n\n- ZBrush\n"),
                        "medical-illustrator.md");
  CHECK(texts(g.duties) ==
        std::vector<std::string>{"On a project I start by reading the operative notes.",
                                 "Then I draft storyboards for the client.",
                                 "I render the final plates."});
  // "The toolbox" opens a topic of its own: it is no part of the pay section before it.
  CHECK(g.sections.back().kind != SectionKind::salary);
}

TEST_CASE("an acronym's credential keeps the noun the page names it with") {
  Guide g = parse_text(
      "Nurse Anesthetist\n\nCredentials\n\nAfter the exam you hold the CRNA "
      "credential, and most employers want a current BLS card.\n");
  std::vector<std::string> names;
  for (const Certification& c : g.certifications) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{"CRNA credential", "BLS card"});
  // "CLC certified" describes the worker: the credential is the acronym.
  Guide certified = parse_text(
      "Lactation Consultant\n\nCredentials\n\nMany staff are CLC "
      "certified before they sit the exam.\n");
  REQUIRE_FALSE(certified.certifications.empty());
  CHECK(certified.certifications.front().name == "CLC");
}

TEST_CASE("a statistical title that shares the career's median is the career") {
  Guide g = parse_guide(
      read_markdown(
          "# Ironworker Pay Leads the Trades\n\n"
          "Median wage for structural iron and steel workers tops $72,000.\n\n"
          "Ironworkers earned a median annual wage of $72,950 last year.\n\n"
          "| Occupation | Employment | Median annual | 10th percentile | 90th percentile |\n"
          "|---|---|---|---|---|\n"
          "| Structural iron and steel workers | 2,310 | $72,950 | $47,320 | $109,660 |\n"
          "| Construction laborers | 14,920 | $46,610 | $33,870 | $71,280 |\n\n"
          "Employment of structural iron and steel workers is projected to grow 9 "
          "percent from 2024 to 2034.\n"),
      "ironworker.md");
  REQUIRE(g.median_salary());
  CHECK(*g.median_salary() == doctest::Approx(72950));  // "tops $72,000" is a bound
  REQUIRE(g.salary_min());
  CHECK(*g.salary_min() == doctest::Approx(47320));
  CHECK(*g.salary_max() == doctest::Approx(109660));
  REQUIRE(g.growth());
  CHECK(g.growth()->growth_pct == doctest::Approx(9));
  for (const SalaryFact& f : g.salary_facts) CHECK(f.amount_annual_usd != 2310);  // a head count
}

TEST_CASE("a plural worker named before a task verb states a task") {
  Guide g = parse_text(
      "Microbiologist\n\nThe Job\n\nMost microbiologists plan and conduct "
      "experiments in a lab. They isolate and culture microorganisms from "
      "soil.\n");
  CHECK(g.duties.size() == 2);
}

TEST_CASE("an increment on pay is no pay range") {
  Guide g = parse_text(
      "Actuary\n\nPay\n\nNew graduates averaged $79,500, plus an exam raise of "
      "about $2,000 to $5,000 for each exam passed.\n");
  CHECK_FALSE(g.salary_min());
  CHECK_FALSE(g.salary_max());
}
