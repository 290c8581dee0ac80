// Unit tests for parse/education.hpp: level names, every phrase the guides use for each level,
// the words that look like a level but are not ("sales associate", "Mastering"), and ordering.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "parse/education.hpp"

using namespace careerkb::parse;
using L = EducationLevel;

namespace {

std::vector<L> levels_in(std::string_view text) {
  std::vector<L> out;
  for (const EducationMention& m : find_education_levels(text)) out.push_back(m.level);
  // The quick filter must never pass over a text that names a level.
  if (!out.empty()) CHECK(may_name_education(text));
  return out;
}

void check_level(std::string_view text, L expected) {
  CAPTURE(text);
  CHECK(levels_in(text) == std::vector<L>{expected});
}

}  // namespace

TEST_CASE("level names round-trip in rank order") {
  const char* names[] = {"none",         "high_school", "postsecondary_nondegree",
                         "some_college", "associate",   "bachelor",
                         "master",       "doctoral"};
  for (int i = 0; i < 8; ++i) {
    CAPTURE(names[i]);
    CHECK(std::string(education_level_name(static_cast<L>(i))) == names[i]);
    REQUIRE(education_level_from_name(names[i]).has_value());
    CHECK(static_cast<int>(*education_level_from_name(names[i])) == i);
  }
  CHECK_FALSE(education_level_from_name("Bachelor").has_value());
  CHECK_FALSE(education_level_from_name("").has_value());
}

TEST_CASE("no formal education") {
  check_level("No formal education is needed.", L::none);
  check_level("no degree required", L::none);
  check_level("Typical entry: No formal educational credential", L::none);
}

TEST_CASE("high school phrases") {
  check_level("a high school diploma", L::high_school);
  check_level("High School graduates", L::high_school);
  check_level("high-school diploma", L::high_school);
  check_level("a GED", L::high_school);
  check_level("a secondary school diploma", L::high_school);
  check_level("high school coursework in biology", L::high_school);
}

TEST_CASE("postsecondary nondegree phrases") {
  for (const char* text : {"Postsecondary nondegree award", "a postsecondary certificate",
                           "a post-secondary certificate", "a certificate program",
                           "Certificate programs", "vocational training", "a vocational program",
                           "a diploma program", "trade school", "a non-degree course",
                           "a nondegree award", "a one-year certificate from a community college",
                           "a certificate from a vocational school"}) {
    check_level(text, L::postsecondary_nondegree);
  }
}

TEST_CASE("a certificate alone, away from schooling words, is no education level") {
  CHECK(levels_in("Print the certificate for your records").empty());
  CHECK(levels_in("Certification by the NHA").empty());
}

TEST_CASE("some college phrases") {
  check_level("Some college, no degree", L::some_college);
  check_level("college coursework in anatomy", L::some_college);
}

TEST_CASE("associate degree phrases") {
  for (const char* text :
       {"an associate degree", "an associate's degree", "an associate\xE2\x80\x99s degree",
        "an associates degree", "Associate of Science", "Associate of Applied Science (AAS)",
        "Associate in Applied Science", "a two-year degree", "a 2-year degree", "an AAS",
        "a two-year college degree", "associate degrees"}) {
    check_level(text, L::associate);
  }
}

TEST_CASE("associate as an ordinary word is no level") {
  CHECK(levels_in("Medical Assistant associate").empty());
  CHECK(levels_in("risks associated with the work").empty());
  CHECK(levels_in("sales associates or cashiers").empty());
  CHECK(levels_in("an associate of the firm").empty());
}

TEST_CASE("bachelor degree phrases") {
  for (const char* text :
       {"a bachelor's degree", "a Bachelor\xE2\x80\x99s degree", "Bachelor of Science", "bachelors",
        "a four-year degree", "a 4-year degree", "an undergraduate degree", "a BS in Biology",
        "a B.S. in nursing", "a college degree", "a BSN"}) {
    check_level(text, L::bachelor);
  }
  CHECK(levels_in("BS in caps only: bs in lowercase").size() == 1);
}

TEST_CASE("master degree phrases") {
  for (const char* text :
       {"a master's degree", "a Master\xE2\x80\x99s degree", "a masters degree", "a master degree",
        "Master of Science in Nursing", "a graduate degree", "an MBA", "a master's"}) {
    check_level(text, L::master);
  }
}

TEST_CASE("master as an ordinary word is no level") {
  CHECK(levels_in("Mastering advanced procedures").empty());
  CHECK(levels_in("a master of the craft").empty());
  CHECK(levels_in("the headmaster").empty());
  CHECK(levels_in("Masters Tournament").empty());
}

TEST_CASE("doctoral phrases") {
  for (const char* text :
       {"a doctoral degree", "a doctorate", "a PhD", "a Ph.D. in physiology", "an MD degree",
        "a professional degree", "after medical school", "Doctor of Physical Therapy"}) {
    check_level(text, L::doctoral);
  }
  CHECK(levels_in("keeps medical records").empty());
}

TEST_CASE("a degree list names each level") {
  CHECK(levels_in("need a master's or doctoral degree") == std::vector<L>{L::master, L::doctoral});
  CHECK(levels_in("an associate's or bachelor's degree") ==
        std::vector<L>{L::associate, L::bachelor});
  CHECK(levels_in("an associate, bachelor's, or master's degree") ==
        std::vector<L>{L::associate, L::bachelor, L::master});
}

TEST_CASE("levels come in order of position, each once, with byte positions") {
  std::string text =
      "A high school diploma or GED is the minimum; a certificate program helps, and an "
      "associate degree or a high school equivalent is common; some earn a bachelor's.";
  std::vector<EducationMention> found = find_education_levels(text);
  REQUIRE(found.size() == 4);
  CHECK(found[0].level == L::high_school);
  CHECK(found[0].position == 2);
  CHECK(found[1].level == L::postsecondary_nondegree);
  CHECK(found[1].position == text.find("certificate"));
  CHECK(found[2].level == L::associate);
  CHECK(found[2].position == text.find("associate"));
  CHECK(found[3].level == L::bachelor);
  CHECK(found[3].position == text.find("bachelor"));
}

TEST_CASE("positions are byte offsets in the original text") {
  std::string text = "Caf\xC3\xA9 staff \xE2\x80\x94 an associate\xE2\x80\x99s degree";
  std::vector<EducationMention> found = find_education_levels(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].position == text.find("associate"));
}

TEST_CASE("odd input is safe") {
  CHECK(find_education_levels("").empty());
  CHECK(find_education_levels("'''\xE2\x80\x99---").empty());
  CHECK(find_education_levels("certificate").empty());
  CHECK(levels_in("master's") == std::vector<L>{L::master});
  CHECK(levels_in("associate") == std::vector<L>{});
  std::string cut = "an associate\xE2\x80";  // truncated UTF-8
  CHECK(find_education_levels(cut).empty());
}

TEST_CASE("may_name_education passes over text that names no schooling") {
  CHECK_FALSE(may_name_education(""));
  CHECK_FALSE(may_name_education("Medical assistants check patients in and take vital signs."));
  CHECK_FALSE(may_name_education("Median pay: $38,270 per year (2023)"));
  // 'degree' must start a word, as every phrase starts one.
  CHECK_FALSE(may_name_education("Heat the sample to 90 Fdegrees."));
  CHECK(may_name_education("Most hold an Associate of Applied Science."));
  CHECK(may_name_education("A high-school diploma"));
  CHECK(may_name_education("She has an MBA"));
  CHECK_FALSE(may_name_education("she has an mba"));  // 'MBA' is matched with its case
  // Apostrophes are dropped before matching and can split any word, so never pass them over.
  CHECK(levels_in("a bach'elor") == std::vector<L>{L::bachelor});
  CHECK(may_name_education("it\u2019s fine"));
  CHECK(may_name_education("it's fine"));
}
