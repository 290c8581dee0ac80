// In-process and whole-process query timings.
#include "query_timing.hpp"

#include <time.h>
#include <algorithm>

#include <chrono>
#include <fstream>
#include <iterator>

#include "db/database.hpp"
#include "process.hpp"
#include "queries.hpp"
#include "search/search.hpp"

namespace careerkb::bench {
namespace {

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

std::string first_line_of(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

// True when `careerkb search --help` lists `option` as an option (a line starting with it), not
// merely mentions it in a sentence.
bool search_has_option(const std::string& careerkb, const std::string& option,
                       const std::string& work_dir) {
  const std::string help_path = work_dir + "/careerkb-search-help.txt";
  run_process({careerkb, "search", "--help"}, {help_path, ""});
  std::ifstream in(help_path);
  for (std::string line; std::getline(in, line);) {
    const std::size_t start = line.find_first_not_of(' ');
    if (start == std::string::npos || line.compare(start, option.size(), option) != 0) continue;
    const std::size_t after = start + option.size();
    if (after == line.size() || line[after] == ' ' || line[after] == ',') return true;
  }
  return false;
}

std::string sql_string(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += (c == '\'') ? std::string("''") : std::string(1, c);
  return out + "'";
}

// Runs argv `runs` times, stdout to /dev/null; stops at the first failure with its stderr's first
// line in `error`. Exit code 1 ("no results") is a normal outcome for a search.
Samples time_runs(const std::vector<std::string>& argv, int runs, const std::string& work_dir,
                  std::string& error) {
  const std::string stderr_path = work_dir + "/query-process.err";
  Samples samples;
  for (int i = 0; i < runs; ++i) {
    ProcessResult r = run_process(argv, {"", stderr_path});
    if (!r.error.empty() || (r.exit_code != 0 && r.exit_code != 1)) {
      error = r.error.empty()
                  ? "exit " + std::to_string(r.exit_code) + ": " + first_line_of(stderr_path)
                  : r.error;
      return samples;
    }
    samples.add(r.wall_s * 1000, r.cpu_s * 1000);
  }
  return samples;
}

}  // namespace

std::vector<QueryTiming> time_in_process(const std::string& db_path, int runs) {
  db::Database database(db_path, db::OpenMode::read_only);
  std::vector<QueryTiming> timings;
  std::vector<search::Filters> filters;
  for (const BenchQuery& q : bench_queries()) {
    QueryTiming t;
    t.kind = q.kind;
    t.query = q.query;
    t.options = q.options;
    filters.push_back(to_filters(q));
    try {
      search::SearchResult result = search::search(database.sql(), q.query, filters.back());
      // Rows shown: matching facts, or careers for --by career (only one of the two is filled).
      t.hits = result.hits.size() + result.careers.size();
    } catch (const std::exception& e) {
      t.error = e.what();
    }
    timings.push_back(std::move(t));
  }
  for (int run = 0; run < runs; ++run) {
    for (std::size_t i = 0; i < timings.size(); ++i) {
      if (!timings[i].error.empty()) continue;
      const auto start = std::chrono::steady_clock::now();
      const double cpu_start = thread_cpu_ms();
      try {
        search::search(database.sql(), timings[i].query, filters[i]);
      } catch (const std::exception& e) {
        timings[i].error = e.what();  // e.g. over the time budget on a later run
        continue;
      }
      const double wall =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count();
      timings[i].in_process.add(wall, thread_cpu_ms() - cpu_start);
    }
  }
  return timings;
}

void time_careerkb_processes(const std::string& careerkb, const std::string& db_path, int runs,
                             const std::string& work_dir, std::vector<QueryTiming>& queries) {
  const bool has_by = search_has_option(careerkb, "--by", work_dir);
  const std::vector<BenchQuery>& table = bench_queries();
  for (std::size_t i = 0; i < queries.size() && i < table.size(); ++i) {
    std::vector<std::string> options = option_args(table[i]);
    if (!has_by && std::find(options.begin(), options.end(), "--by") != options.end()) {
      queries[i].process_note = "skipped: this careerkb has no --by option yet";
      continue;
    }
    std::vector<std::string> argv = {careerkb, "search", "--db", db_path, "--format", "json"};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.insert(argv.end(), {"--", table[i].query});
    queries[i].process = time_runs(argv, runs, work_dir, queries[i].process_note);
  }
}

std::vector<StockQueryTiming> time_stock_sqlite3(const std::string& sqlite3,
                                                 const std::string& db_path, int runs,
                                                 const std::string& work_dir,
                                                 const std::vector<std::string>& kinds) {
  std::vector<StockQueryTiming> timings;
  for (const BenchQuery& q : bench_queries()) {
    if (!*q.stock_match || std::find(kinds.begin(), kinds.end(), q.kind) == kinds.end()) continue;
    StockQueryTiming t;
    t.tool = "sqlite3";
    t.kind = q.kind;
    t.query = q.stock_match;
    const std::string sql = "SELECT path FROM guides WHERE guides MATCH " +
                            sql_string(q.stock_match) + " ORDER BY bm25(guides) LIMIT 20";
    t.process = time_runs({sqlite3, db_path, sql}, runs, work_dir, t.error);
    timings.push_back(std::move(t));
  }
  return timings;
}

std::vector<StockQueryTiming> time_sqlite_utils_search(const std::string& sqlite_utils,
                                                       const std::string& db_path, int runs,
                                                       const std::string& work_dir) {
  std::vector<StockQueryTiming> timings;
  for (const BenchQuery& q : bench_queries()) {
    if (std::string(q.kind) != "common word") continue;
    StockQueryTiming t;
    t.tool = "sqlite-utils";
    t.kind = q.kind;
    t.query = q.query;
    t.process = time_runs(
        {sqlite_utils, "search", db_path, "guides", q.query, "--limit", "20", "-c", "path"}, runs,
        work_dir, t.error);
    timings.push_back(std::move(t));
  }
  return timings;
}

}  // namespace careerkb::bench
