// Tests for the words read as filters (search/intent.cpp): each phrase shape, what stays in the
// query, what is never touched (quotes, exclusions, scopes), and a random property test that no
// input makes the reader throw or lose bytes it did not recognise.
#include "search/intent.hpp"

#include <doctest/doctest.h>

#include <random>
#include <stdexcept>
#include <string>

#include "search/filter_values.hpp"

using namespace careerkb;
using namespace careerkb::search;
using Level = parse::EducationLevel;

TEST_CASE("intent: salary floors in the ways people write them") {
  for (const char* q : {"pays more than $60k", "paying over 60k", "over $60,000", "above 60K",
                        "at least $60k a year", "earning more than 60000", "salary over 60k",
                        "60k+", "more than 60k per year", "over 60k/yr"}) {
    CAPTURE(q);
    Intents i = read_intents(q);
    REQUIRE(i.min_salary);
    CHECK(*i.min_salary == 60000);
    CHECK(!i.max_salary);
    CHECK(i.remaining == "");
    REQUIRE(i.understood.size() == 1);
    CHECK(i.understood[0].phrase == q);
    CHECK(i.understood[0].meaning == "--min-salary 60000");
    CHECK(i.understood[0].fields ==
          std::vector<search::FilterField>{search::FilterField::min_salary});
  }
}

TEST_CASE("intent: salary ceilings, hourly amounts annualised at 2080 h") {
  Intents i = read_intents("under 40k");
  CHECK(i.max_salary == 40000);
  i = read_intents("less than $20/hour");
  CHECK(i.max_salary == 41600);
  i = read_intents("pays less than $20 an hour");
  CHECK(i.max_salary == 41600);
  i = read_intents("under 20 dollars per hour");
  CHECK(i.max_salary == 41600);
  // An amount under $500 with no k and no period is an hourly wage.
  i = read_intents("below $18");
  CHECK(i.max_salary == 18 * 2080);
  i = read_intents("between 40k and 60k");
  CHECK(i.min_salary == 40000);
  CHECK(i.max_salary == 60000);
  CHECK(i.understood[0].meaning == "--min-salary 40000 --max-salary 60000");
}

TEST_CASE("intent: a bare number is not money unless a pay word comes first") {
  CHECK(!read_intents("over 50").min_salary);
  CHECK(!read_intents("over 5 years").min_salary);
  CHECK(read_intents("over 5 years").remaining == "over 5 years");
  CHECK(read_intents("pays over 50000").min_salary == 50000);
  CHECK(!read_intents("nurse $60k").min_salary);  // no comparison: searched as typed
  CHECK(!read_intents("minimum wage").min_salary);
}

TEST_CASE("intent: education ceilings and floors") {
  struct Case {
    const char* query;
    std::optional<Level> min, max;
  };
  const Case cases[] = {
      {"without a college degree", {}, Level::some_college},
      {"no degree", {}, Level::some_college},
      {"without college", {}, Level::some_college},
      {"don't need a degree", {}, Level::some_college},
      {"without a four-year degree", {}, Level::associate},
      {"without a bachelor's", {}, Level::associate},
      {"without a high school diploma", {}, Level::none},
      {"two-year degree", {}, Level::associate},
      {"with a 2-year degree", {}, Level::associate},
      {"associate degree", {}, Level::associate},
      {"an associate's degree", {}, Level::associate},
      {"four-year degree", {}, Level::bachelor},
      {"bachelor's", {}, Level::bachelor},
      {"with a high school diploma", {}, Level::high_school},
      {"GED", {}, Level::high_school},
      {"with only high school", {}, Level::high_school},
      {"master’s degree", {}, Level::master},  // a typographic apostrophe
      {"requiring a bachelor's degree", Level::bachelor, {}},
      {"at least an associate degree", Level::associate, {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.query);
    Intents i = read_intents(c.query);
    CHECK(i.min_education == c.min);
    CHECK(i.max_education == c.max);
    CHECK(i.remaining == "");
  }
  // "degree" or "college" alone is ordinary text.
  CHECK(!read_intents("college").max_education);
  CHECK(!read_intents("degree programs").max_education);
  CHECK(!read_intents("associate").max_education);
}

TEST_CASE("intent: growth words set a growth floor") {
  for (const char* q : {"growing quickly", "fast growing", "fast-growing", "in demand", "in-demand",
                        "in high demand", "fastest growing"}) {
    CAPTURE(q);
    Intents i = read_intents(q);
    CHECK(i.min_growth == fast_growth_pct);
    CHECK(i.remaining == "");
  }
  CHECK(read_intents("growth over 10%").min_growth == 10);
  CHECK(read_intents("job growth of at least 7.5 percent").min_growth == 7.5);
  CHECK(!read_intents("growth").min_growth);
}

TEST_CASE("intent: a topic word beside other words is cut out and asks for its facts first") {
  Intents i = read_intents("EMT pay");
  CHECK(i.topic == Topic::salary);
  CHECK(i.remaining == "EMT");
  CHECK(i.understood.at(0).fields.empty());
  i = read_intents("phlebotomist duties");
  CHECK(i.topic == Topic::duties);
  CHECK(i.remaining == "phlebotomist");
  // Alone, the word is what is searched.
  i = read_intents("salary");
  CHECK(i.topic == Topic::none);
  CHECK(i.remaining == "salary");
}

TEST_CASE("intent: filler words go only once something was understood") {
  Intents i = read_intents("jobs that pay over 50k");
  CHECK(i.min_salary == 50000);
  CHECK(i.remaining == "");
  CHECK(i.dropped == std::vector<std::string>{"jobs", "that"});
  i = read_intents("nursing jobs without a college degree");
  CHECK(i.remaining == "nursing");
  CHECK(i.max_education == Level::some_college);
  i = read_intents("jobs in a lab");  // nothing understood: every word stays
  CHECK(i.remaining == "jobs in a lab");
  CHECK(i.dropped.empty());
}

TEST_CASE("intent: quoted, excluded and scoped words are never read as filters") {
  for (const char* q : {"\"no degree\"", "-\"over 50k\"", "-over 50k", "sections:salary",
                        "\"pays more than $60k\" nurse", "NOT degree"}) {
    CAPTURE(q);
    Intents i = read_intents(q);
    CHECK(i.understood.empty());
    CHECK(i.remaining == q);
  }
  // Outside the quotes the words still count; the quoted part is passed on intact.
  Intents i = read_intents("\"vital signs\" under 40k");
  CHECK(i.max_salary == 40000);
  CHECK(i.remaining == "\"vital signs\"");
  i = read_intents("duties:blood over 50k -nurse");
  CHECK(i.remaining == "duties:blood -nurse");
}

TEST_CASE("intent: several phrases in one query, the rest kept in order") {
  Intents i = read_intents("sterile processing over $40k without a degree fast growing");
  CHECK(i.min_salary == 40000);
  CHECK(i.max_education == Level::some_college);
  CHECK(i.min_growth == fast_growth_pct);
  CHECK(i.remaining == "sterile processing");
  REQUIRE(i.understood.size() == 3);
  CHECK(i.understood[0].phrase == "over $40k");
  CHECK(i.understood[1].phrase == "without a degree");
  CHECK(i.understood[2].phrase == "fast growing");
}

TEST_CASE("intent: random input never throws, and without a match comes back unchanged") {
  const std::vector<std::string> pieces = {
      "over",   "under",   "$",      "60k", "k",    "+",     "-",       "\"",     "no",
      "degree", "without", "a",      "two", "year", "-year", "pay",     "salary", "jobs",
      "/hour",  "an",      "hour",   " ",   "  ",   "é",     "\xff",    ":",      "growing",
      "fast",   "in",      "demand", "%",   "10",   "OR",    "between", "and"};
  std::mt19937 rng(4242);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 2000; ++round) {
    std::string q;
    for (int k = 0; k < 8; ++k) q += pieces[pick(rng)];
    CAPTURE(q);
    Intents i;
    CHECK_NOTHROW(i = read_intents(q));
    if (i.understood.empty()) CHECK(i.remaining == q);
    CHECK(i.remaining.size() <= q.size());
  }
}

TEST_CASE("filter values: growth percentages and number formatting") {
  CHECK(parse_growth_pct("5") == 5);
  CHECK(parse_growth_pct("5%") == 5);
  CHECK(parse_growth_pct(" 7.5 % ") == 7.5);
  CHECK(parse_growth_pct("-2") == -2);
  for (const char* bad : {"", "%", "five", "5x", "1e3", ".5.", "--5"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_growth_pct(bad), std::invalid_argument);
  }
  CHECK(format_number(60000) == "60000");
  CHECK(format_number(41600) == "41600");
  CHECK(format_number(7.5) == "7.5");
}
