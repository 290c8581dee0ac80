// Building an index over the corpus, timed: careerkb import and the references it is compared
// with (stock sqlite3 per guide and per line, sqlite-utils per line and per guide).
#pragma once

#include <string>

#include "corpus.hpp"
#include "results.hpp"

namespace careerkb::bench {

// Where builds put their databases and logs, and which programs they run.
struct BuildContext {
  std::string work_dir;  // databases and logs go here
  std::string careerkb;  // the careerkb binary
  std::string sqlite3 = "sqlite3";
  std::string sqlite_utils = "sqlite-utils";
};

// `careerkb import CORPUS --db WORK/careerkb.db` into a fresh file.
BuildResult build_careerkb_import(const BuildContext& ctx, const CorpusInfo& corpus);

// Stock sqlite3 CLI, one FTS5 row per guide (porter unicode61) read with fsdir()/readfile(), one
// transaction. Its database (WORK/stock-per-guide.db, table guides(path, body)) is also the
// reference for the stock query timings.
BuildResult build_stock_per_guide(const BuildContext& ctx, const CorpusInfo& corpus);
std::string stock_per_guide_db(const BuildContext& ctx);

// Stock sqlite3 CLI, one FTS5 row per non-empty line: each file is split on '\n' in SQL
// (json_quote + replace + json_each), one transaction.
BuildResult build_stock_per_line(const BuildContext& ctx, const CorpusInfo& corpus);

// sqlite-utils: NDJSON written by the benchmark (timed), `sqlite-utils insert --nl`, then
// `sqlite-utils enable-fts --tokenize porter`; one row per non-empty line, or per guide.
BuildResult build_sqlite_utils_per_line(const BuildContext& ctx, const CorpusInfo& corpus);
BuildResult build_sqlite_utils_per_guide(const BuildContext& ctx, const CorpusInfo& corpus);
std::string sqlite_utils_per_guide_db(const BuildContext& ctx);

// Runs one build step as a child process and appends it to `build`; false (with build.error
// set) when it failed. Logs go to WORK/logs/<log_name>.out/.err.
bool run_step(const BuildContext& ctx, BuildResult& build, const std::string& what,
              const std::vector<std::string>& argv, const std::string& log_name);

// SELECT count(*) FROM table, -1 when it cannot be read.
std::int64_t count_rows(const std::string& db_path, const std::string& table);

}  // namespace careerkb::bench
