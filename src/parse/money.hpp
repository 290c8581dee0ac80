// Money and other figures as people write them in career guides, normalized to numbers.
// Pure functions over one line or sentence of text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careerkb::parse {

constexpr double hours_per_year = 2080;

struct MoneyAmount {
  double amount = 0;             // as written, 'k' expanded: '$30k' -> 30000
  std::string currency = "USD";  // ISO code; '$' alone is USD, 'CAD 40,000' is CAD
  std::string period;            // 'hourly', 'annual', 'monthly', 'per_unit' ('per session',
                                 // 'a shift': no period of time) or '' when the text is silent
  bool open_top = false;         // '$70k+'
  size_t begin = 0, end = 0;     // byte span of the figure in the text
};

// Every money amount in a text: '$47,400', '$30k', '35,000' next to a salary word, '€28,000',
// 'CAD 40,000', 'SGD $40,000', '$16.44 median hourly pay', '$19.38 per hour', 'USD $8/month'.
// Bare numbers without a currency sign count only when `bare_numbers_are_money` is set (for
// lines already known to be about pay, such as '35,000—65,000' under a salary heading).
std::vector<MoneyAmount> find_money(std::string_view text, bool bare_numbers_are_money = false);

struct MoneyRange {
  MoneyAmount low;
  MoneyAmount high;
};

// A range written as '$30k - $70k+', '35,000—65,000', '$35,000 to $52,000',
// 'between $17 and $25 an hour', 'AUD 50,000-AUD 70,000'. Empty if the text holds none.
std::optional<MoneyRange> find_money_range(std::string_view text,
                                           bool bare_numbers_are_money = false);

// Annual US dollars for an amount, or empty when it is not in USD. Hourly pay is multiplied by
// 2080 hours; monthly by 12; a figure with no stated period under 500 is taken as hourly.
std::optional<double> annual_usd(const MoneyAmount& money);

// A percentage: '9%', '13 percent', '24 %'. Empty if none.
std::optional<double> find_percent(std::string_view text);

// The last share of earners named in a text, as a percentile: "lowest-paid 10 percent",
// "bottom tenth", "top 10%", "best-paid quarter", "10th percentile" -> p10, p90, p75, p10.
// `at` is where the phrase starts; the label is empty when the text names none.
struct EarnerShare {
  std::string label;  // p10, p25, p75, p90
  size_t at = 0;
};
EarnerShare find_earner_share(std::string_view text);

// A period of years: '2022-2032', '2012 and 2022', 'through 2026' (with `since_year`), as
// 'YYYY-YYYY'. Empty if none.
std::optional<std::string> find_year_period(std::string_view text);

// A count such as '≈170k', '17,400', 'about 2,300' (annual openings). Empty if none.
std::optional<long> find_count(std::string_view text);

struct YearsRange {
  std::optional<int> min;
  std::optional<int> max;  // empty for an open top
};

// Experience as written in career tiers: '0-2 years', '8+ years total experience',
// 'Experience: 3-5 years', '10+ years', '2 to 4 years', 'less than 2 years'.
std::optional<YearsRange> find_years_of_experience(std::string_view text);

}  // namespace careerkb::parse
