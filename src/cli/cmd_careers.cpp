// `careerkb careers`: every career with its median pay, range, growth and typical education,
// filtered like search (pay, education, growth, certification, tier) and ordered by name. Glue
// only: options -> search::list_careers -> a printer. Exit 0 with careers, 1 with none, 2 on error.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "db/database.hpp"
#include "report/printers.hpp"
#include "search/search.hpp"

namespace careerkb::cli {
namespace {

struct CareersOptions {
  FilterOptions filters;
  int limit = 0;  // a listing shows every career unless asked otherwise
};

}  // namespace

Runner setup_careers(CLI::App& app) {
  auto o = std::make_shared<CareersOptions>();
  CLI::App* cmd =
      app.add_subcommand("careers", "List careers with pay, growth and typical education");
  cmd->footer("Exit status: 0 with careers listed, 1 with none, 2 on error.");
  add_filter_options(cmd, o->filters);
  cmd->add_option("--limit", o->limit, "Show at most N careers (default: all)")
      ->check(CLI::Range(0, 1000000000));

  return [o]() -> int {
    search::Filters filters = to_filters(o->filters);
    filters.limit = o->limit;
    report::Format format = report::parse_format(o->filters.format);
    db::Database database(resolve_db_path(o->filters.db), db::OpenMode::read_only);
    std::vector<search::CareerRow> rows = search::list_careers(database.sql(), filters);
    report::print_careers(std::cout, rows, format, report::stdout_supports_color());
    return rows.empty() ? 1 : 0;
  };
}

}  // namespace careerkb::cli
