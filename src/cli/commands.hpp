// The CLI's subcommands. Each file src/cli/cmd_<name>.cpp registers one subcommand on the app:
// it parses options into a struct and calls the core library; main.cpp only dispatches and
// turns exceptions into exit codes (grep style: 0 results, 1 none, 2 error).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace careerkb::cli {

// What a subcommand's run callback returns: the process exit code.
using Runner = std::function<int()>;

// Each setup_x adds its subcommand to `app` and returns the callback that runs it once parsed.
Runner setup_import(CLI::App& app);
Runner setup_export(CLI::App& app);
Runner setup_check(CLI::App& app);
Runner setup_search(CLI::App& app);
Runner setup_careers(CLI::App& app);
Runner setup_show(CLI::App& app);
Runner setup_dump(CLI::App& app);
Runner setup_ship(CLI::App& app);

// The database path: --db FILE, else $CAREERKB_DB, else db/careers.db.
std::string resolve_db_path(const std::string& from_option);

}  // namespace careerkb::cli
