// Unit tests of how a guide's career is named: job nouns by their build, spelled-out short
// forms, the page's hyphens, a file name as a slug of a longer heading, and whose figure a
// sentence gives when it names the worker by standing ("credentialed registrars").
#include <doctest/doctest.h>

#include "parse/attribution.hpp"
#include "parse/document.hpp"
#include "parse/guide.hpp"

using namespace careerkb::parse;

TEST_CASE("a job noun outside the list is known by its build: -ist, -ician, -ographer") {
  Guide g = parse_guide(read_plain_text("CAREER BRIEFS\n\n"
                                        "CAREER AS A PODIATRIST\n\n"
                                        "DOCTOR OF THE FOOT\n\n"
                                        "Podiatrists treat feet. A podiatrist works in a "
                                        "clinic. Most podiatrists own a practice.\n"),
                        "brief-214.txt");
  CHECK(g.career == "Podiatrist");
  // A word built the same way that names no job does not make a career.
  Guide list =
      parse_guide(read_plain_text("Checklist\n\nA checklist for the week.\n"), "phlebotomist.txt");
  CHECK(list.career == "Phlebotomist");
}

TEST_CASE("a short form the page also writes out in title case is shown spelled out") {
  Guide g = parse_guide(read_plain_text("WHAT DOES AN HR SPECIALIST DO?\n\n"
                                        "HR specialists recruit and onboard staff.\n\n"
                                        "Job Title: Human Resources Specialist\n\n"
                                        "An HR specialist answers benefit questions.\n"),
                        "hr-template.txt");
  CHECK(g.career == "Human Resources Specialist");
  // Without the written-out name the short form stays.
  Guide short_only = parse_guide(read_plain_text("EKG Technician Career Guide\n\n"
                                                 "EKG technicians record heart rhythms.\n"),
                                 "ekg.txt");
  CHECK(short_only.career == "EKG Technician");
}

TEST_CASE("a name from the file name keeps the hyphens the page writes") {
  Guide g = parse_guide(read_markdown("# Pros and Cons of This Field\n\n"
                                      "Speech-language pathologists treat swallowing and "
                                      "speech disorders.\n"),
                        "speech-language-pathologist.md");
  CHECK(g.career == "Speech-Language Pathologist");
}

TEST_CASE("a file name is a slug of the heading's longer name only when the page repeats it") {
  const char* cnc =
      "Career pathway\n\nCNC Machinist\n\n"
      "A CNC machinist sets up mills. Our CNC machinists run lathes. Every CNC machinist "
      "checks parts. A machinist reads prints.\n";
  CHECK(parse_guide(read_plain_text(cnc), "machinist.txt").career == "CNC Machinist");
  const char* rank =
      "Electricians\n\nMaster Electrician\n\n"
      "An electrician wires homes. Electricians pull cable. Electricians read codes. An "
      "electrician tests circuits. A master electrician signs permits.\n";
  CHECK(parse_guide(read_plain_text(rank), "electrician.txt").career == "Electrician");
}

TEST_CASE("a figure said of the worker by standing is the career's own") {
  CHECK(same_occupation("credentialed registrar", "cancer registrar"));
  CHECK(same_occupation("licensed podiatrist", "podiatrist"));
  // The career's name uses a short form of the mention's word.
  CHECK(same_occupation("solar photovoltaic installer", "solar pv installer"));
  CHECK_FALSE(same_occupation("wind turbine installer", "solar pv installer"));
  CHECK_FALSE(same_occupation("medical coder", "cancer registrar"));
  // A joined statistical title that holds every word of the career's name is its group.
  CHECK(same_occupation("police and sheriff's patrol officer", "police officer"));
  CHECK_FALSE(same_occupation("correctional and parole officer", "police officer"));
  CHECK_FALSE(
      same_occupation("medical records and health information technician", "health technician"));
  std::string_view sentence = "The median salary for credentialed registrars was $71,350.";
  CHECK(figure_occupation(sentence, sentence.find('$'), "cancer registrar").empty());
}

TEST_CASE("a figure offered for comparison is another group's unless the career is named") {
  std::string_view other = "For comparison, coding jobs are projected to grow 7% by 2033.";
  CHECK(figure_occupation(other, other.find('7'), "cancer registrar") == "comparison");
  std::string_view own = "By comparison, cancer registrars earn $71,000.";
  CHECK(figure_occupation(own, own.find('$'), "cancer registrar").empty());
  Guide g = parse_guide(read_plain_text("Cancer Registrar Guide\n\n"
                                        "There is no official projection for registrars. For "
                                        "comparison, coding jobs are projected to grow 7% from "
                                        "2023 to 2033.\n"),
                        "cancer-registrar.txt");
  CHECK(g.growth() == nullptr);
}

TEST_CASE("a name in an aside set off by commas is not the figure's subject") {
  std::string_view np =
      "Nurse practitioners, a role many RNs move into later, are projected to grow 40 percent.";
  CHECK(figure_occupation(np, np.find("40"), "registered nurse") == "practitioner");
  std::string_view vet =
      "Veterinary technologists and technicians, who assist veterinarians, earned $45,980.";
  CHECK(figure_occupation(vet, vet.find('$'), "veterinarian") == "veterinary technologist");
  // A joined subject that names the career is the career's figure.
  std::string_view emt =
      "Employment of EMTs and paramedics, the occupation paramedics are counted in, is projected "
      "to grow 5 percent.";
  CHECK(figure_occupation(emt, emt.find('5'), "paramedic").empty());
  // "$62,400" holds no clause comma: the nearest name still counts.
  std::string_view survey =
      "The survey reported US$62,400 for sleep technologists, with most earning US$54,000 or more.";
  CHECK(figure_occupation(survey, survey.find("US$54"), "sleep technologist").empty());
}

TEST_CASE("a generic job word as a later heading is no career name") {
  Guide g = parse_guide(read_plain_text("NOW HIRING\n\nFORENSIC SCIENCE TECHNICIAN I / II\n\n"
                                        "What you will do\n\nTechnicians collect evidence.\n\n"
                                        "Technicians also calibrate lab equipment\n\n"
                                        "Technicians testify in court. A technician writes "
                                        "reports. Technicians train new technicians.\n"),
                        "forensic-science-technician.txt");
  CHECK(g.career == "Forensic Science Technician");
}

TEST_CASE("a title in sentence case names the job with the modifiers the page repeats") {
  Guide g = parse_guide(
      read_markdown("# Inside the infusion bay: why oncology nurses are the hardest hires\n\n"
                    "Oncology nurses give chemotherapy. An oncology nurse also teaches families.\n"
                    "Every nurse on the unit helps, but oncology nurses lead.\n"),
      "article.md");
  CHECK(g.career == "Oncology Nurse");
  // A word before the noun that the page never repeats with it is no part of the name.
  Guide h = parse_guide(read_markdown("# Why schools cannot hire trainers fast enough\n\n"
                                      "A trainer covers every game. The trainer tapes ankles.\n"),
                        "article.md");
  CHECK(h.career == "Trainer");
}

TEST_CASE("a group of occupations or a link is no career, and old craft words are jobs") {
  Guide g = parse_guide(read_plain_text("Machine Trades Occupations\n\n"
                                        "LOCKSMITH\n\nA locksmith repairs locks. Locksmiths "
                                        "cut keys.\n"),
                        "entry.txt");
  CHECK(g.career == "Locksmith");
  CHECK(is_job_noun("millwrights"));
  CHECK(is_job_noun("Locksmith"));
  CHECK_FALSE(is_job_noun("Smith"));
}

TEST_CASE("a short plain title the page keeps repeating names the career, as a last resort") {
  Guide g = parse_guide(read_markdown("# Farrier\n\nFarriers trim and shoe horses' hooves. A "
                                      "farrier travels from barn to barn.\n"),
                        "page-17.md");
  CHECK(g.career == "Farrier");
  // A title the page does not repeat (a site's name) gives way to the file name.
  Guide site = parse_guide(read_markdown("# PayLens\n\nSee what a glazier earns. Glaziers cut "
                                         "and set glass.\n"),
                           "glazier.md");
  CHECK(site.career == "Glazier");
}

TEST_CASE("sentences whose subject is the page's occupation are its duties") {
  Guide g = parse_guide(read_markdown("# Farrier\n\n## What does a farrier do?\n\n"
                                      "Farriers trim hooves with nippers and a rasp.\n\n"
                                      "Farriers shape shoes on an anvil.\n\n"
                                      "Farriers fit each shoe to the hoof.\n\n"
                                      "What does a farrier make in a year?\n\n"
                                      "Farriers work outdoors in all weather.\n"),
                        "farrier.md");
  REQUIRE(g.career == "Farrier");
  CHECK(g.duties.size() == 3);
  for (const TextItem& d : g.duties) {
    CHECK(d.text.find("weather") == std::string::npos);
    CHECK(d.text.find("make in a year") == std::string::npos);
  }
}
