// `careerkb check`: verifies the database file, one line per check (`ok   NAME` or
// `FAIL NAME: detail`): schema version, integrity_check, foreign_key_check and each FTS5
// index's integrity-check, as db::check returns them. Exit 0 when all pass, 2 when any fails.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "db/check.hpp"

namespace careerkb::cli {
namespace {

struct CheckCliOptions {
  std::string db;
};

int run_check(const CheckCliOptions& o) {
  bool all_ok = true;
  for (const db::CheckRow& row : db::check(resolve_db_path(o.db))) {
    if (row.ok) {
      std::cout << "ok   " << row.name << "\n";
    } else {
      all_ok = false;
      std::cout << "FAIL " << row.name << ": " << row.detail << "\n";
    }
  }
  return all_ok ? 0 : 2;
}

}  // namespace

Runner setup_check(CLI::App& app) {
  auto o = std::make_shared<CheckCliOptions>();
  CLI::App* sub = app.add_subcommand(
      "check", "Verify the database: schema version, integrity, foreign keys, FTS indexes");
  sub->add_option("--db", o->db, "database file (default: $CAREERKB_DB, else db/careers.db)");
  sub->footer(
      "Prints `ok   NAME` or `FAIL NAME: detail` per check. Exit status: 0 when every "
      "check passes, 2 when any fails.");
  return [o] { return run_check(*o); };
}

}  // namespace careerkb::cli
