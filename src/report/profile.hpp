// Profiles as JSON: a guide as `careerkb export` writes it (the shape the seeds acceptance test
// compares), a career as `careerkb show --format json` writes it. Only formats; the figures come
// from db::read_guide_profile and db::read_career_profile.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "db/profile.hpp"

namespace careerkb::report {

// Keys: source (file name), path, career, title, summary, the headline figures
// (median/average/min/max annual USD, growth_pct, growth_period), typical_education (level
// name), duties, technical_skills, soft_skills, tools, certifications, pros, cons,
// related_careers (arrays of strings), tiers, salary_facts, education, outlook,
// specializations, faqs, warnings (arrays of objects with their source line).
// A number the guide does not state is null; an empty list is []. Whole amounts are integers.
nlohmann::json guide_profile_json(const db::GuideProfile& guide);

// {career, median_salary_annual_usd, salary_min_annual_usd, salary_max_annual_usd, growth_pct,
// typical_education, source_count, guides: [guide_profile_json...]}. The career's figures are
// averages and print as doubles (41810.0), unknown ones as null.
nlohmann::json career_profile_json(const db::CareerProfile& career);

// `careerkb export`: one pretty JSON array, or with `ndjson` one compact profile per line.
nlohmann::json export_json(const std::vector<db::GuideProfile>& guides);
void print_export(std::ostream& out, const std::vector<db::GuideProfile>& guides, bool ndjson);

}  // namespace careerkb::report
