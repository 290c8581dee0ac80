// The Guide's headline figures: which of its many facts a reader means by "the median",
// "the range", "the growth" and "the typical education" of the guide's own occupation.
#include <algorithm>
#include <cmath>

#include "parse/guide.hpp"

namespace careerkb::parse {
namespace {

// The first USD figure of `kind` (and `label`) about the guide's own occupation. A table that
// gives each figure hourly and then annually ("Hourly $54.62" over "Annual $113,610") states
// the annual one: the page's own rounding beats 2,080 hours times the hourly rate.
std::optional<double> first_own(const std::vector<SalaryFact>& facts, SalaryKind kind,
                                std::string_view label = {}) {
  auto matches = [&](const SalaryFact& f) {
    return f.kind == kind && f.label == label && f.occupation.empty() && f.amount_annual_usd;
  };
  auto first = std::find_if(facts.begin(), facts.end(), matches);
  if (first == facts.end()) return std::nullopt;
  if (first->period == "hourly") {
    for (auto next = first + 1; next != facts.end() && next->line <= first->line + 2; ++next) {
      if (next->line == first->line) continue;  // "$21.03 an hour (about $43,700)"
      if (matches(*next) && next->period == "annual" &&
          std::abs(*next->amount_annual_usd - *first->amount_annual_usd) <=
              0.005 * *first->amount_annual_usd) {
        return next->amount_annual_usd;
      }
    }
  }
  return first->amount_annual_usd;
}

std::optional<double> first_percentile(const std::vector<SalaryFact>& facts,
                                       std::string_view label) {
  return first_own(facts, SalaryKind::percentile, label);
}

}  // namespace

// A stated median before a bound on it ("Median wage tops $72,000", label "at least").
std::optional<double> Guide::median_salary() const {
  if (auto median = first_own(salary_facts, SalaryKind::median)) return median;
  return first_own(salary_facts, SalaryKind::median, "at least");
}
std::optional<double> Guide::average_salary() const {
  return first_own(salary_facts, SalaryKind::average);
}
// The 10th and 90th percentiles are the range a careful reader quotes when the page states no
// range of its own (the BLS convention); both are needed, or neither is used.
std::optional<double> Guide::salary_min() const {
  if (auto low = first_own(salary_facts, SalaryKind::range_low)) return low;
  if (!first_percentile(salary_facts, "p90")) return std::nullopt;
  return first_percentile(salary_facts, "p10");
}
std::optional<double> Guide::salary_max() const {
  if (auto high = first_own(salary_facts, SalaryKind::range_high)) return high;
  if (!first_percentile(salary_facts, "p10")) return std::nullopt;
  return first_percentile(salary_facts, "p90");
}

const OutlookFact* Guide::growth() const {
  for (const OutlookFact& fact : outlook) {
    if (fact.occupation.empty() && fact.growth_pct) return &fact;
  }
  return nullptr;
}

std::optional<EducationLevel> Guide::typical_education() const {
  for (const EducationFact& fact : education) {
    if (fact.typical) return fact.level;
  }
  return std::nullopt;
}

}  // namespace careerkb::parse
