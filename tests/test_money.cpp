// Unit tests for parse/money.hpp: every written form of pay, ranges, annualisation, and the
// outlook and tier figures (percent, projection period, openings, years of experience).
// Sentences are written for these tests, in the styles the guides use.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "parse/money.hpp"

using namespace careerkb::parse;

namespace {

MoneyAmount only_money(std::string_view text, bool bare = false) {
  std::vector<MoneyAmount> found = find_money(text, bare);
  REQUIRE(found.size() == 1);
  return found[0];
}

MoneyRange range_of(std::string_view text, bool bare = false) {
  std::optional<MoneyRange> r = find_money_range(text, bare);
  REQUIRE(r.has_value());
  return *r;
}

}  // namespace

TEST_CASE("a dollar figure is USD with its byte span") {
  MoneyAmount m = only_money("Median pay: $47,400 in May");
  CHECK(m.amount == 47400);
  CHECK(m.currency == "USD");
  CHECK(m.period == "");
  CHECK_FALSE(m.open_top);
  CHECK(m.begin == 12);
  CHECK(m.end == 19);
}

TEST_CASE("a trailing USD code belongs to the figure") {
  MoneyAmount m = only_money("$47,400 USD");
  CHECK(m.amount == 47400);
  CHECK(m.currency == "USD");
  CHECK(m.end == 11);
}

TEST_CASE("k expands to thousands and + marks an open top") {
  CHECK(only_money("about $30k").amount == 30000);
  CHECK(only_money("$36K USD").amount == 36000);
  MoneyAmount top = only_money("up to $70k+");
  CHECK(top.amount == 70000);
  CHECK(top.open_top);
  CHECK(only_money("$65,000+ per year").open_top);
}

TEST_CASE("million and M suffixes") {
  CHECK(only_money("$1.2 million").amount == 1200000);
  CHECK(only_money("$2M budget").amount == 2000000);
}

TEST_CASE("hourly pay in every spelling") {
  for (const char* text : {"$16.44 median hourly pay", "$19.38 per hour", "$19/hr", "$25 an hour",
                           "about $19 hourly", "$22 / hour", "$20 per hr"}) {
    CAPTURE(text);
    CHECK(only_money(text).period == "hourly");
  }
  CHECK(only_money("$16.44 median hourly pay").amount == doctest::Approx(16.44));
  CHECK(only_money("$19.38 per hour").amount == doctest::Approx(19.38));
}

TEST_CASE("pay per session or per shift has no period of time and no annual figure") {
  for (const char* text : {"$30 per session", "$1,400 a shift", "$85 per visit", "$40 a class"}) {
    CAPTURE(text);
    CHECK(only_money(text).period == "per_unit");
    CHECK_FALSE(annual_usd(only_money(text)));
  }
}

TEST_CASE("annual pay in every spelling") {
  for (const char* text :
       {"$39,000 annually", "$45,000 a year", "$50,000 per year", "$52,000/yr", "$41,810 per year",
        "$60,000 yearly", "$48,000 annual salary", "$50,000 p.a."}) {
    CAPTURE(text);
    CHECK(only_money(text).period == "annual");
  }
}

TEST_CASE("monthly pay and subscription prices") {
  MoneyAmount m = only_money("USD $8/month");
  CHECK(m.amount == 8);
  CHECK(m.currency == "USD");
  CHECK(m.period == "monthly");
  CHECK(m.begin == 0);
  CHECK(only_money("$9 / month").period == "monthly");
  CHECK(only_money("$3,000 a month").period == "monthly");
  CHECK(only_money("$7.99/month").amount == doctest::Approx(7.99));
}

TEST_CASE("an unrelated word after a figure is no period") {
  CHECK(only_money("$5,000 in tuition").period == "");
  CHECK(only_money("$5,000 per student").period == "");
}

TEST_CASE("currency codes and signs") {
  MoneyAmount cad = only_money("CAD 40,000");
  CHECK(cad.currency == "CAD");
  CHECK(cad.amount == 40000);
  CHECK(cad.begin == 0);
  CHECK(only_money("C$40,000").currency == "CAD");
  CHECK(only_money("A$55,000").currency == "AUD");
  CHECK(only_money("NZ$50,000").currency == "NZD");
  CHECK(only_money("US$50,000").currency == "USD");
  CHECK(only_money("\xE2\x82\xAC"
                   "28,000")
            .currency == "EUR");
  CHECK(only_money("\xC2\xA3"
                   "25,000")
            .currency == "GBP");
  CHECK(only_money("\xC2\xA5"
                   "4,000,000")
            .currency == "JPY");
  CHECK(only_money("AUD 50,000").currency == "AUD");
  CHECK(only_money("40,000 EUR").currency == "EUR");
  CHECK(only_money("USD $36,000").currency == "USD");
  CHECK(only_money("28,000 \xE2\x82\xAC").currency == "EUR");
}

TEST_CASE("a currency code before the dollar sign wins") {
  MoneyAmount m = only_money("Singapore: SGD $40,000");
  CHECK(m.currency == "SGD");
  CHECK(m.amount == 40000);
  CHECK(m.begin == 11);
  CHECK(only_money("CAD$50,000").currency == "CAD");
}

TEST_CASE("a word ending in letters before $ is not a currency prefix") {
  std::vector<MoneyAmount> found = find_money("Junior Technician$36k USD$38k USD");
  REQUIRE(found.size() == 2);
  CHECK(found[0].currency == "USD");
  CHECK(found[0].amount == 36000);
  CHECK(found[1].amount == 38000);
}

TEST_CASE("bare numbers are money only when the caller says so") {
  CHECK(find_money("35,000 workers").empty());
  MoneyAmount m = only_money("Salary 35,000", true);
  CHECK(m.amount == 35000);
  CHECK(m.currency == "USD");
  CHECK(find_money("grew 5 places", true).empty());  // under 1000, no separator
  CHECK(only_money("paid 1500", true).amount == 1500);
  CHECK(find_money("call 5551234567", true).empty());
}

TEST_CASE("years, percentages and durations are never money") {
  CHECK(find_money("in 2022 it rose 9%", true).empty());
  CHECK(find_money("13 percent", true).empty());
  CHECK(find_money("1,200 hours of training", true).empty());
  CHECK(find_money("\xE2\x89\x88"
                   "170k openings",
                   true)
            .empty());
  CHECK(only_money("$2022", true).amount == 2022);  // with a sign it is money
  CHECK(only_money("1,999 in 2022", true).amount == 1999);
}

TEST_CASE("several amounts come back in order") {
  std::vector<MoneyAmount> found =
      find_money("earn about $39,000 annually \xE2\x80\x93 about $19 hourly \xE2\x80\x93 median");
  REQUIRE(found.size() == 2);
  CHECK(found[0].amount == 39000);
  CHECK(found[0].period == "annual");
  CHECK(found[1].amount == 19);
  CHECK(found[1].period == "hourly");
}

TEST_CASE("ranges with k, plus and a trailing code") {
  MoneyRange r = range_of("Range: $30k - $70k+ USD");
  CHECK(r.low.amount == 30000);
  CHECK(r.high.amount == 70000);
  CHECK(r.high.open_top);
  CHECK(r.low.currency == "USD");
  CHECK(r.high.currency == "USD");
  MoneyRange d = range_of("$40k\xE2\x80\x93$60k");
  CHECK(d.low.amount == 40000);
  CHECK(d.high.amount == 60000);
}

TEST_CASE("a bare range under a salary heading") {
  MoneyRange r = range_of(
      "35,000\xE2\x80\x94"
      "65,000",
      true);
  CHECK(r.low.amount == 35000);
  CHECK(r.high.amount == 65000);
  CHECK_FALSE(find_money_range("35,000\xE2\x80\x94"
                               "65,000")
                  .has_value());
}

TEST_CASE("ranges joined by to, from-to and between-and") {
  MoneyRange a = range_of("typically $35,000 to $52,000 for new staff");
  CHECK(a.low.amount == 35000);
  CHECK(a.high.amount == 52000);
  MoneyRange b = range_of("costs ranging from $3,000 to $15,000");
  CHECK(b.low.amount == 3000);
  CHECK(b.high.amount == 15000);
  MoneyRange c = range_of("between $17 and $25 an hour");
  CHECK(c.low.amount == 17);
  CHECK(c.low.period == "hourly");
  CHECK(c.high.period == "hourly");
  MoneyRange d = range_of("between $35,000 and $45,000 annually");
  CHECK(d.low.period == "annual");
  CHECK_FALSE(find_money_range("$7.99/month and $59/year").has_value());
  CHECK_FALSE(find_money_range("$17 and $25").has_value());  // 'and' needs 'between'
}

TEST_CASE("a code on each end or once for both") {
  MoneyRange a = range_of("AUD 50,000-AUD 70,000");
  CHECK(a.low.currency == "AUD");
  CHECK(a.high.currency == "AUD");
  CHECK(a.high.amount == 70000);
  MoneyRange b = range_of("$30,000-$48,000 USD");
  CHECK(b.low.currency == "USD");
  MoneyRange c = range_of(
      "\xE2\x82\xAC"
      "30,000 to \xE2\x82\xAC"
      "45,000");
  CHECK(c.low.currency == "EUR");
  CHECK(c.high.currency == "EUR");
  MoneyRange d = range_of(
      "EUR \xE2\x82\xAC"
      "30,000 to 45,000");
  CHECK(d.high.currency == "EUR");
  CHECK(d.high.amount == 45000);
  MoneyRange e = range_of("Canada: CAD $50,000 to $75,000");
  CHECK(e.high.currency == "CAD");
  MoneyRange f = range_of("SEK 350,000 to 500,000");
  CHECK(f.high.currency == "SEK");
  MoneyRange g = range_of("from 48,000 to 86,000 dollars");
  CHECK(g.low.amount == 48000);
  CHECK(g.low.currency == "USD");
}

TEST_CASE("the range ends must agree") {
  CHECK_FALSE(find_money_range("$39,000 annually \xE2\x80\x93 $19 hourly").has_value());
  CHECK_FALSE(find_money_range("earn $39,000 annually \xE2\x80\x93 about $19 hourly").has_value());
  CHECK_FALSE(find_money_range("EUR 30,000 to GBP 45,000").has_value());
  CHECK_FALSE(find_money_range("$70k - $30k").has_value());
  CHECK_FALSE(find_money_range("from 2016 to 2026", true).has_value());
  CHECK_FALSE(find_money_range("takes 6 to 18 months").has_value());
}

TEST_CASE("the first range is returned and its ends are not reused") {
  MoneyRange r = range_of(
      "\xE2\x82\xAC"
      "28,000 to \xE2\x82\xAC"
      "45,000 (approximately $30,000-$48,000 USD)");
  CHECK(r.low.currency == "EUR");
  std::vector<MoneyAmount> all = find_money("$10-$20-$30");
  CHECK(all.size() == 3);
}

TEST_CASE("a suffix written once applies to the low end") {
  MoneyRange r = range_of("$40-60k");
  CHECK(r.low.amount == 40000);
  CHECK(r.high.amount == 60000);
}

TEST_CASE("a range end in find_money takes the shared period and currency") {
  std::vector<MoneyAmount> found = find_money("Most earn $16 to $26 an hour.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].period == "hourly");
  std::vector<MoneyAmount> sek = find_money("SEK 350,000 to 500,000");
  REQUIRE(sek.size() == 2);
  CHECK(sek[1].currency == "SEK");
}

TEST_CASE("hourly pay is annualised at 2080 h") {
  MoneyAmount m;
  m.amount = 20;
  m.period = "hourly";
  CHECK(*annual_usd(m) == 41600);
  m.period = "monthly";
  m.amount = 3000;
  CHECK(*annual_usd(m) == 36000);
  m.period = "annual";
  m.amount = 45000;
  CHECK(*annual_usd(m) == 45000);
  m.period = "";
  m.amount = 19;
  CHECK(*annual_usd(m) == 19 * 2080);
  m.amount = 50000;
  CHECK(*annual_usd(m) == 50000);
  m.currency = "EUR";
  CHECK_FALSE(annual_usd(m).has_value());
}

TEST_CASE("percentages") {
  CHECK(*find_percent("9%") == 9);
  CHECK(*find_percent("a number expected to rise by 13 percent through 2026") == 13);
  CHECK(*find_percent("Growth: 24 %") == 24);
  CHECK(*find_percent("11% growth") == 11);
  CHECK(*find_percent("grow 3.5 per cent") == doctest::Approx(3.5));
  CHECK(*find_percent("projected (-3%)") == -3);
  CHECK(*find_percent("10-15% faster") == 10);
  CHECK(*find_percent("In 2022, 7% more") == 7);
  CHECK_FALSE(find_percent("the 90th percentile").has_value());
  CHECK_FALSE(find_percent("13 percentage points").has_value());
  CHECK_FALSE(find_percent("COVID19%").has_value());
  CHECK_FALSE(find_percent("no figure").has_value());
}

TEST_CASE("projection periods") {
  CHECK(*find_year_period("2022-2032") == "2022-2032");
  CHECK(*find_year_period("Growth 5% (2022-2032)") == "2022-2032");
  CHECK(*find_year_period("2022\xE2\x80\x93"
                          "2032") == "2022-2032");
  CHECK(*find_year_period("between 2012 and 2022") == "2012-2022");
  CHECK(*find_year_period("from 2016 to 2026") == "2016-2026");
  CHECK(*find_year_period("over 2023-33") == "2023-2033");
  CHECK(*find_year_period("In 2016 there were 200,000 jobs, rising by 13 percent through 2026") ==
        "2016-2026");
  CHECK_FALSE(find_year_period("2032-2022").has_value());
  CHECK_FALSE(find_year_period("in 2016 and 2026").has_value());
  CHECK_FALSE(find_year_period("through 2026").has_value());
  CHECK_FALSE(find_year_period("$2022-$2032").has_value());
  CHECK_FALSE(find_year_period("1800-1850").has_value());
}

TEST_CASE("annual openings counts") {
  CHECK(*find_count("\xE2\x89\x88"
                    "170k") == 170000);
  CHECK(*find_count("\xE2\x89\x88"
                    "17,400") == 17400);
  CHECK(*find_count("17,400 openings each year") == 17400);
  CHECK(*find_count("about 2,300 openings") == 2300);
  CHECK(*find_count("In 2016, 9% of $40,000 jobs: 200,000 jobs") == 200000);
  CHECK(*find_count("Openings (2022-32): 1,500") == 1500);
  CHECK(*find_count("over the next 10 years, 3,100 openings") == 3100);
  CHECK(*find_count("\xE2\x89\x88"
                    "1.2 million") == 1200000);
  CHECK_FALSE(find_count("$45,000 and 9%").has_value());
  CHECK_FALSE(find_count("SEK 350,000 to 500,000").has_value());
  CHECK_FALSE(find_count("open 24/7").has_value());
}

TEST_CASE("years of experience in tier lines") {
  auto check = [](std::string_view text, std::optional<int> lo, std::optional<int> hi) {
    CAPTURE(text);
    std::optional<YearsRange> r = find_years_of_experience(text);
    REQUIRE(r.has_value());
    CHECK(r->min == lo);
    CHECK(r->max == hi);
  };
  check("0-2 years", 0, 2);
  check("2-5 years", 2, 5);
  check("8+ years total experience, 2+ years in senior role", 8, std::nullopt);
  check("Experience: 3-5 years", 3, 5);
  check("6+ years", 6, std::nullopt);
  check("10+ years total experience, with significant time in senior roles", 10, std::nullopt);
  check("0-2 yearsPerforms routine tests under supervision", 0, 2);
  check("10+ years total experience, with significant time in senior rolesPerforms", 10,
        std::nullopt);
  check("2 to 4 years", 2, 4);
  check("less than 2 years", 0, 2);
  check("1 year", 1, 1);
  check("5 years or more", 5, std::nullopt);
  check("6 to 18 months", 0, 2);
  check(
      "0\xE2\x80\x93"
      "3 yrs",
      0, 3);
  check("Experience: 0 to 2 years.", 0, 2);
  check("at least 3 years", 3, std::nullopt);
  check("two to four years", 2, 4);
  check("3 years' experience", 3, 3);
  check("between 2 and 4 years", 2, 4);
  check("<1 year", 0, 1);
  check("< 2 years", 0, 2);
  check(
      "\xe2\x89\xa4"
      "3 years",
      0, 3);
  CHECK_FALSE(find_years_of_experience("a yearly review").has_value());
  CHECK_FALSE(find_years_of_experience("0-2").has_value());
  CHECK_FALSE(find_years_of_experience("someone with 5 yearly reviews").has_value());
  CHECK_FALSE(find_years_of_experience("Yearly pay").has_value());
}

TEST_CASE("random figure soup never crashes and ranges keep low <= high") {
  const std::vector<std::string> pieces = {"$",    "k",        "+",
                                           "0",    "1",        "2",
                                           "5",    "9",        ",",
                                           ".",    "-",        "\xE2\x80\x94",
                                           " to ", "per hour", "\xE2\x82\xAC",
                                           "CAD ", " ",        "000",
                                           "%",    "between ", " and ",
                                           "2022", "years",    "\xE2\x89\x88",
                                           "USD",  "/month",   "\xE2\x80\x93",
                                           "M",    " million", "\xE2\x80\x99"};
  std::mt19937 rng(20240611);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 24);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int n = length(rng); n > 0; --n) text += pieces[pick(rng)];
    CAPTURE(text);
    for (bool bare : {false, true}) {
      for (const MoneyAmount& m : find_money(text, bare)) {
        CHECK(m.begin < m.end);
        CHECK(m.end <= text.size());
      }
      if (auto r = find_money_range(text, bare)) {
        CHECK(r->low.amount <= r->high.amount);
        CHECK(r->low.currency == r->high.currency);
        CHECK(r->low.period == r->high.period);
      }
    }
    (void)find_percent(text);
    (void)find_year_period(text);
    (void)find_count(text);
    if (auto y = find_years_of_experience(text); y && y->max) CHECK(*y->min <= *y->max);
    // Cutting a text anywhere, even inside a UTF-8 sequence, must be safe too.
    if (!text.empty()) (void)find_money(std::string_view(text).substr(0, text.size() / 2), true);
  }
}

TEST_CASE("earner shares are read however the side and the share are written") {
  CHECK(find_earner_share("The lowest-paid 10 percent made less than").label == "p10");
  CHECK(find_earner_share("while the top 10% earned more than").label == "p90");
  CHECK(find_earner_share("the bottom tenth of earners").label == "p10");
  CHECK(find_earner_share("and the best-paid tenth more than").label == "p90");
  CHECK(find_earner_share("the highest-paid quarter").label == "p75");
  CHECK(find_earner_share("the lowest 25 per cent").label == "p25");
  CHECK(find_earner_share("10th-90th percentile").label == "p90");
  CHECK(find_earner_share("at the 25th percentile").label == "p25");
  // A share with no side, or a side with no share, names no percentile.
  CHECK(find_earner_share("about 10 percent of technicians work nights").label.empty());
  CHECK(find_earner_share("the top hospitals pay more").label.empty());
  // The last phrase wins: "the lowest 10 percent ... and the top 10 percent".
  EarnerShare last = find_earner_share("lowest 10 percent earned $30k and the top 10 percent");
  CHECK(last.label == "p90");
  CHECK(last.at == std::string_view("lowest 10 percent earned $30k and the ").size());
}
