// Shared filter options of `search` and `careers`.
#include "cli/filter_options.hpp"

namespace careerkb::cli {

void add_filter_options(CLI::App* cmd, FilterOptions& o) {
  cmd->add_option("--db", o.db, "Database file (default: $CAREERKB_DB, else db/careers.db)");
  cmd->add_option("--min-education", o.min_education,
                  "Careers whose typical education is at least LEVEL (none, high_school, "
                  "postsecondary_nondegree, some_college, associate, bachelor, master, doctoral)");
  cmd->add_option("--max-education", o.max_education,
                  "Careers whose typical education is at most LEVEL");
  cmd->add_option("--min-salary", o.min_salary,
                  "Careers whose median pay is at least N annual USD (45000, 45k, $45,000, or "
                  "hourly 20/h)");
  cmd->add_option("--max-salary", o.max_salary, "Careers whose median pay is at most N");
  cmd->add_option("--format", o.format, "Output format: table (default), json, csv, ndjson")
      ->check(CLI::IsMember({"table", "json", "csv", "ndjson"}));
}

search::Filters to_filters(const FilterOptions& o) {
  search::Filters f;
  if (!o.min_education.empty()) f.min_education = search::parse_education_level(o.min_education);
  if (!o.max_education.empty()) f.max_education = search::parse_education_level(o.max_education);
  if (!o.min_salary.empty()) f.min_salary = search::parse_salary_amount(o.min_salary);
  if (!o.max_salary.empty()) f.max_salary = search::parse_salary_amount(o.max_salary);
  return f;
}

}  // namespace careerkb::cli
