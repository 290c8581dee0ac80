// Unit tests of bilingual pages: Spanish twins of English facts are dropped before parsing.
#include <doctest/doctest.h>

#include "parse/document.hpp"
#include "parse/guide.hpp"
#include "parse/translations.hpp"
#include "parse_test_util.hpp"

using namespace careerkb::parse;

TEST_CASE("Spanish is told by its function words, and English words win") {
  CHECK(reads_as_spanish("Realizar controles prenatales y pedir análisis de laboratorio"));
  CHECK(reads_as_spanish("Referir a las pacientes de alto riesgo a un obstetra"));
  CHECK_FALSE(reads_as_spanish("Provide prenatal checkups and order routine lab tests"));
  // "de" and "la" in English: names and loan words, beside English function words.
  CHECK_FALSE(reads_as_spanish("Work with the De La Cruz clinic team"));
  CHECK_FALSE(reads_as_spanish("Fetal heart rate monitoring"));
}

TEST_CASE("a bilingual page keeps only its English facts") {
  const char* page =
      "# Nurse-Midwife / Enfermera partera\n\n"
      "## What nurse-midwives do / Qué hacen las enfermeras parteras\n\n"
      "- Provide prenatal checkups and order routine lab tests\n"
      "- Realizar controles prenatales y pedir análisis de laboratorio de rutina\n"
      "- Repair minor tears after delivery\n"
      "- Reparar desgarros leves después del parto\n\n"
      "## Growing with us / Crecer con nosotros\n\n"
      "| Level / Nivel | Years / Años |\n|---|---|\n"
      "| Staff Nurse-Midwife / Partera de planta | 0-3 years |\n"
      "| Lead Midwife / Partera líder | 10+ years |\n";
  Guide g = parse_guide(read_markdown(page), "nurse-midwife.md");
  CHECK(texts(g.duties) ==
        std::vector<std::string>{"Provide prenatal checkups and order routine lab tests",
                                 "Repair minor tears after delivery"});
  std::vector<std::string> tiers;
  for (const Tier& t : g.tiers) tiers.push_back(t.name);
  CHECK(tiers == std::vector<std::string>{"Staff Nurse-Midwife", "Lead Midwife"});
  // The dropped twins keep no line of their own: every fact keeps its source line.
  REQUIRE(g.duties.size() == 2);
  CHECK(g.duties[1].line == 7);
}

TEST_CASE("an English page with a few accented words is left as it is") {
  Document doc = read_markdown(
      "# Café Manager\n\nThe café opens at six. Our résumé tips and the piñata party.\n");
  CHECK_FALSE(drop_translations(doc).has_value());
}
