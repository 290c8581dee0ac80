// careerkb: parse arguments, run one subcommand, map the outcome to an exit code.
// 0 = results / success, 1 = no results, 2 = error (as grep and ripgrep do).
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <map>

#include "cli/commands.hpp"

namespace careerkb::cli {
std::string resolve_db_path(const std::string& from_option) {
  if (!from_option.empty()) return from_option;
  if (const char* env = std::getenv("CAREERKB_DB"); env && *env) return env;
  return "db/careers.db";
}
}  // namespace careerkb::cli

int main(int argc, char** argv) {
  using namespace careerkb::cli;
  // A closed pipe (careerkb search x | head) is not an error: writes fail and we stop quietly.
  std::signal(SIGPIPE, SIG_IGN);

  CLI::App app{"careerkb: career guides in, an SQLite knowledge base with full-text search out"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "careerkb 0.1.0");
  std::map<CLI::App*, Runner> runners;
  for (auto setup : {setup_import, setup_export, setup_check, setup_search, setup_careers,
                     setup_show, setup_dump, setup_ship}) {
    Runner runner = setup(app);
    runners.emplace(app.get_subcommands([](CLI::App*) { return true; }).back(), runner);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  try {
    for (CLI::App* sub : app.get_subcommands()) {
      int code = runners.at(sub)();
      std::cout.flush();
      return code;
    }
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << "careerkb: " << e.what() << "\n";
    return 2;
  }
  return 2;
}
