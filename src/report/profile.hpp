// A guide read back from the database as one JSON object (the `careerkb export` format and the
// shape the seeds acceptance test compares). Only reads: works on a read-only connection.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <nlohmann/json.hpp>

namespace careerkb::report {

// The profile of one guide. Keys: source (file name), path, career, title, the headline
// figures (median/average/min/max annual USD, growth_pct, growth_period), typical_education
// (level name), duties, technical_skills, soft_skills, tools, certifications, pros, cons,
// related_careers (arrays of strings), tiers, salary_facts, education, outlook,
// specializations, faqs, warnings (arrays of objects with their source line).
// A number the guide does not state is null; an empty list is []. Whole amounts are integers.
// Throws std::out_of_range when no guide has that id.
nlohmann::json guide_profile(SQLite::Database& db, std::int64_t guide_id);

// Every guide's profile, ordered by source path.
nlohmann::json export_guides(SQLite::Database& db);

}  // namespace careerkb::report
