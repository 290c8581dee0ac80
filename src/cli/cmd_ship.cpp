// `careerkb ship OUT.db`: a compact, single-file copy of the knowledge base to hand to other
// tools (Datasette, BI tools, another machine). The source database is opened read-only.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "db/ship.hpp"

namespace careerkb::cli {

Runner setup_ship(CLI::App& app) {
  struct Options {
    std::string db, out;
    bool force = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "ship", "Write a compact, read-only-ready copy of the database (VACUUM INTO)");
  sub->add_option("OUT", o->out, "file to write, e.g. dist/careers.db")->required();
  sub->add_option("--db", o->db, "database file (default: $CAREERKB_DB, else db/careers.db)");
  sub->add_flag("--force", o->force, "replace OUT if it exists");
  sub->footer("Exit status: 0 when the copy was written and checked, 2 on error.");
  return [o] {
    db::ShipReport r = db::ship_database(resolve_db_path(o->db), o->out, o->force);
    std::cout << "shipped " << o->out << ": " << r.shipped_bytes << " bytes (source "
              << r.source_bytes << " bytes)\n";
    return 0;
  };
}

}  // namespace careerkb::cli
