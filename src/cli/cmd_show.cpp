// `careerkb show CAREER`: everything the knowledge base holds about one career, each fact with
// the file and line it came from. Glue only: search::career_profile -> the profile printer.
// A name matching no career, or several, is an error (exit 2) that lists candidates.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "db/database.hpp"
#include "report/printers.hpp"
#include "search/search.hpp"

namespace careerkb::cli {
namespace {

struct ShowOptions {
  std::vector<std::string> words;  // `show medical assistant` needs no quotes
  std::string db;
  std::string format = "table";
};

}  // namespace

Runner setup_show(CLI::App& app) {
  auto o = std::make_shared<ShowOptions>();
  CLI::App* cmd = app.add_subcommand("show", "Show one career's full profile with its sources");
  cmd->footer("CAREER is matched case-insensitively; a unique prefix or part of a name is enough.");
  cmd->add_option("career", o->words, "Career name, or a unique part of it")->required();
  cmd->add_option("--db", o->db, "Database file (default: $CAREERKB_DB, else db/careers.db)");
  cmd->add_option("--format", o->format, "Output format: table (default) or json")
      ->check(CLI::IsMember({"table", "json"}));

  return [o]() -> int {
    std::string name;
    for (const std::string& w : o->words) name += (name.empty() ? "" : " ") + w;
    report::Format format = report::parse_format(o->format);
    db::Database database(resolve_db_path(o->db), db::OpenMode::read_only);
    db::CareerProfile profile = search::career_profile(database.sql(), name);
    report::print_profile(std::cout, profile, format, report::stdout_supports_color());
    return 0;
  };
}

}  // namespace careerkb::cli
