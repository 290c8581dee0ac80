// Shared filter options of `search` and `careers`.
#include "cli/filter_options.hpp"

#include <algorithm>
#include <cctype>

namespace careerkb::cli {
namespace {

// A text filter of nothing but spaces would match every career; it is an error instead.
std::string text_filter(const std::string& value, const char* option) {
  if (!value.empty() &&
      std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isspace(c) != 0; }))
    throw std::invalid_argument(std::string(option) + " needs some text to look for");
  auto first = value.find_first_not_of(" \t");
  auto last = value.find_last_not_of(" \t");
  return first == std::string::npos ? "" : value.substr(first, last - first + 1);
}

}  // namespace

void add_filter_options(CLI::App* cmd, FilterOptions& o) {
  cmd->add_option("--db", o.db, "Database file (default: $CAREERKB_DB, else db/careers.db)");
  cmd->add_option(search::option_name(search::FilterField::min_education), o.min_education,
                  "Careers whose typical education is at least LEVEL (none, high_school, "
                  "postsecondary_nondegree, some_college, associate, bachelor, master, doctoral)");
  cmd->add_option(search::option_name(search::FilterField::max_education), o.max_education,
                  "Careers whose typical education is at most LEVEL");
  cmd->add_option(search::option_name(search::FilterField::min_salary), o.min_salary,
                  "Careers whose median pay is at least N annual USD (45000, 45k, $45,000, or "
                  "hourly 20/h)");
  cmd->add_option(search::option_name(search::FilterField::max_salary), o.max_salary,
                  "Careers whose median pay is at most N");
  cmd->add_option(search::option_name(search::FilterField::min_growth), o.min_growth,
                  "Careers whose projected job growth is at least PCT percent (5, 5%, 7.5)");
  cmd->add_option(search::option_name(search::FilterField::certification), o.certification,
                  "Careers with a certification whose name or issuing body contains TEXT "
                  "(case-insensitive, e.g. ASCP, NREMT)");
  cmd->add_option(search::option_name(search::FilterField::tier), o.tier,
                  "Careers with a career tier whose name contains TEXT (case-insensitive, e.g. "
                  "senior, entry)");
  cmd->add_option("--format", o.format, "Output format: table (default), json, csv, ndjson")
      ->check(CLI::IsMember({"table", "json", "csv", "ndjson"}));
}

search::Filters to_filters(const FilterOptions& o) {
  search::Filters f;
  if (!o.min_education.empty()) f.min_education = search::parse_education_level(o.min_education);
  if (!o.max_education.empty()) f.max_education = search::parse_education_level(o.max_education);
  if (!o.min_salary.empty()) f.min_salary = search::parse_salary_amount(o.min_salary);
  if (!o.max_salary.empty()) f.max_salary = search::parse_salary_amount(o.max_salary);
  if (!o.min_growth.empty()) f.min_growth = search::parse_growth_pct(o.min_growth);
  f.certification =
      text_filter(o.certification, search::option_name(search::FilterField::certification));
  f.tier = text_filter(o.tier, search::option_name(search::FilterField::tier));
  return f;
}

}  // namespace careerkb::cli
