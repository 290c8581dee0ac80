// `careerkb careers`: every career with its median pay, range, growth and typical education,
// filtered like search and ordered by name. Glue only: options -> search::list_careers -> a
// printer. Exit 0 with careers, 1 with none, 2 on error.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "db/database.hpp"
#include "report/printers.hpp"
#include "search/search.hpp"

namespace careerkb::cli {
namespace {

struct CareersOptions {
  std::string db;
  std::string min_education, max_education, min_salary, max_salary;
  int limit = 0;  // a listing shows every career unless asked otherwise
  std::string format = "table";
};

search::Filters to_filters(const CareersOptions& o) {
  search::Filters f;
  if (!o.min_education.empty()) f.min_education = search::parse_education_level(o.min_education);
  if (!o.max_education.empty()) f.max_education = search::parse_education_level(o.max_education);
  if (!o.min_salary.empty()) f.min_salary = search::parse_salary_amount(o.min_salary);
  if (!o.max_salary.empty()) f.max_salary = search::parse_salary_amount(o.max_salary);
  f.limit = o.limit;
  return f;
}

}  // namespace

Runner setup_careers(CLI::App& app) {
  auto o = std::make_shared<CareersOptions>();
  CLI::App* cmd =
      app.add_subcommand("careers", "List careers with pay, growth and typical education");
  cmd->footer("Exit status: 0 with careers listed, 1 with none, 2 on error.");
  cmd->add_option("--db", o->db, "Database file (default: $CAREERKB_DB, else db/careers.db)");
  cmd->add_option("--min-education", o->min_education,
                  "Careers whose typical education is at least LEVEL (none, high_school, "
                  "postsecondary_nondegree, some_college, associate, bachelor, master, doctoral)");
  cmd->add_option("--max-education", o->max_education,
                  "Careers whose typical education is at most LEVEL");
  cmd->add_option("--min-salary", o->min_salary,
                  "Careers whose median pay is at least N annual USD (45000, 45k, $45,000)");
  cmd->add_option("--max-salary", o->max_salary, "Careers whose median pay is at most N");
  cmd->add_option("--limit", o->limit, "Show at most N careers (default: all)")
      ->check(CLI::Range(0, 1000000000));
  cmd->add_option("--format", o->format, "Output format: table (default), json, csv, ndjson")
      ->check(CLI::IsMember({"table", "json", "csv", "ndjson"}));

  return [o]() -> int {
    search::Filters filters = to_filters(*o);
    report::Format format = report::parse_format(o->format);
    db::Database database(resolve_db_path(o->db), db::OpenMode::read_only);
    std::vector<search::CareerRow> rows = search::list_careers(database.sql(), filters);
    report::print_careers(std::cout, rows, format, report::stdout_supports_color());
    return rows.empty() ? 1 : 0;
  };
}

}  // namespace careerkb::cli
