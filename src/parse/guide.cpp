// The Guide's headline figures: which of its many facts a reader means by "the median",
// "the range", "the growth" and "the typical education" of the guide's own occupation.
#include <algorithm>

#include "parse/guide.hpp"

namespace careerkb::parse {
namespace {

// The first USD figure of `kind` that is about the guide's own occupation.
std::optional<double> first_own(const std::vector<SalaryFact>& facts, std::string_view kind) {
  for (const SalaryFact& fact : facts) {
    if (fact.kind == kind && fact.occupation.empty() && fact.label.empty() &&
        fact.amount_annual_usd) {
      return fact.amount_annual_usd;
    }
  }
  return std::nullopt;
}

std::optional<double> first_percentile(const std::vector<SalaryFact>& facts,
                                       std::string_view label) {
  for (const SalaryFact& fact : facts) {
    if (fact.kind == "percentile" && fact.label == label && fact.occupation.empty() &&
        fact.amount_annual_usd) {
      return fact.amount_annual_usd;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<double> Guide::median_salary() const {
  return first_own(salary_facts, "median");
}
std::optional<double> Guide::average_salary() const {
  return first_own(salary_facts, "average");
}
// The 10th and 90th percentiles are the range a careful reader quotes when the page states no
// range of its own (the BLS convention); both are needed, or neither is used.
std::optional<double> Guide::salary_min() const {
  if (auto low = first_own(salary_facts, "range_low")) return low;
  if (!first_percentile(salary_facts, "p90")) return std::nullopt;
  return first_percentile(salary_facts, "p10");
}
std::optional<double> Guide::salary_max() const {
  if (auto high = first_own(salary_facts, "range_high")) return high;
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
