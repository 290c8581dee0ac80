// A guide, and a career with all its guides, read back from the database as plain structs: what
// `careerkb show` and `careerkb export` print (src/report turns them into text and JSON). Only
// reads, so it works on a read-only connection.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parse/kinds.hpp"

namespace careerkb::db {

// Amounts are annual USD unless a field says otherwise; std::nullopt is a value the guide does
// not state (a NULL column). Each `line` is the fact's 1-based line in its source file.
struct ProfileTier {
  std::string name;
  std::optional<double> years_min, years_max;
  int line = 0;
};

struct ProfileSalaryFact {
  parse::SalaryKind kind = parse::SalaryKind::other;
  std::optional<std::string> label, occupation;
  double amount = 0;     // as the guide stated it, in `currency` per `period`
  std::string currency;  // USD, CAD, EUR...
  std::string period;    // annual, hourly, monthly
  std::optional<double> amount_annual_usd;
  std::string original_text;
  int line = 0;
};

struct ProfileEducation {
  std::string level;  // education_levels.name
  bool typical = false;
  std::string text;
  int line = 0;
};

struct ProfileOutlook {
  std::optional<std::string> occupation;
  std::optional<double> growth_pct;
  std::optional<std::string> period;
  std::optional<double> annual_openings;
  std::string original_text;
  int line = 0;
};

struct ProfileSpecialization {
  std::string name;
  std::optional<double> median_salary_annual_usd, growth_pct;
  int line = 0;
};

struct ProfileFaq {
  std::string question, answer;
  int line = 0;
};

struct ProfileWarning {
  std::optional<int> line;  // std::nullopt: about the whole file
  std::string message;
};

// One guide as stored: its headline figures, every fact in import order, and the import
// warnings of its source file.
struct GuideProfile {
  std::string source;  // file name of `path`
  std::string path;    // as imported
  std::string career, title;
  std::optional<std::string> summary;
  std::optional<double> median_salary_annual_usd, average_salary_annual_usd;
  std::optional<double> salary_min_annual_usd, salary_max_annual_usd;
  std::optional<double> growth_pct;  // percent
  std::optional<std::string> growth_period;
  std::optional<std::string> typical_education;  // level name
  std::vector<std::string> duties, technical_skills, soft_skills, tools, certifications;
  std::vector<ProfileTier> tiers;
  std::vector<ProfileSalaryFact> salary_facts;
  std::vector<ProfileEducation> education;
  std::vector<ProfileOutlook> outlook;
  std::vector<ProfileSpecialization> specializations;
  std::vector<ProfileFaq> faqs;
  std::vector<std::string> pros, cons, related_careers;
  std::vector<ProfileWarning> warnings;
};

// One career with the figures of career_summary over all its guides (the mean median and
// growth, the widest range, the lowest typical education) and its guides by id.
struct CareerProfile {
  std::string career;
  std::optional<double> median_salary_annual_usd, salary_min_annual_usd, salary_max_annual_usd;
  std::optional<double> growth_pct;
  std::optional<std::string> typical_education;  // level name
  int source_count = 0;                          // 0 for a career without guides
  std::vector<GuideProfile> guides;
};

// Throws std::out_of_range when no guide has that id.
GuideProfile read_guide_profile(SQLite::Database& db, std::int64_t guide_id);

// Every guide's profile, ordered by source path; prepares its statements once for all guides.
std::vector<GuideProfile> read_guide_profiles(SQLite::Database& db);

// Throws std::out_of_range when no career has that id.
CareerProfile read_career_profile(SQLite::Database& db, std::int64_t career_id);

}  // namespace careerkb::db
