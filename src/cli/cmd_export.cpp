// `careerkb export`: every guide's profile as JSON (one array) or NDJSON (one per line),
// read through a read-only connection, ordered by source path.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "db/database.hpp"
#include "db/profile.hpp"
#include "report/profile.hpp"

namespace careerkb::cli {
namespace {

struct ExportCliOptions {
  std::string db;
  std::string format = "json";
};

int run_export(const ExportCliOptions& o) {
  db::Database database(resolve_db_path(o.db), db::OpenMode::read_only);
  report::print_export(std::cout, db::read_guide_profiles(database.sql()), o.format == "ndjson");
  return 0;
}

}  // namespace

Runner setup_export(CLI::App& app) {
  auto o = std::make_shared<ExportCliOptions>();
  CLI::App* sub = app.add_subcommand("export", "Print every guide's profile as JSON");
  sub->add_option("--db", o->db, "database file (default: $CAREERKB_DB, else db/careers.db)");
  sub->add_option("--format", o->format, "json (one array, default) or ndjson (one per line)")
      ->check(CLI::IsMember({"json", "ndjson"}));
  sub->footer("Exit status: 0 on success, 2 on error (no database, not a careerkb database).");
  return [o] { return run_export(*o); };
}

}  // namespace careerkb::cli
