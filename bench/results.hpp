// The figures one benchmark run collects, shared by the measuring code and the report, so the
// table and the JSON print the same numbers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "corpus.hpp"

namespace careerkb::bench {

// One timed step of a build: a child process, or work done in the benchmark itself.
struct Step {
  std::string what;
  double wall_s = 0;
  double cpu_s = 0;
  long peak_rss_kb = 0;  // 0 for work done in process
};

// Building one index over the corpus: careerkb import, or a reference.
struct BuildResult {
  std::string key;    // stable id for --json: careerkb_import, sqlite3_per_line, ...
  std::string label;  // short name for the table
  std::string how;    // what exactly was measured, printed under the table
  bool ran = false;
  std::string error;  // why it failed or was skipped; empty when it ran fine
  std::vector<Step> steps;
  std::int64_t db_bytes = 0;
  std::int64_t rows = 0;  // rows indexed (guides or lines), -1 when not counted

  double wall_s() const;
  double cpu_s() const;
  long peak_rss_kb() const;  // the largest of the steps
};

// Latency samples of one or more queries: wall clock and the CPU time spent on them (this
// thread's in process, the child's for a process), in ms, one pair per run.
struct Samples {
  std::vector<double> wall_ms, cpu_ms;
  void add(double wall, double cpu);
  void append(const Samples& other);
};

struct LatencyStats {
  std::size_t samples = 0;
  double p50_ms = 0, p99_ms = 0, max_ms = 0;  // wall clock
  double cpu_p50_ms = 0;
};

// Nearest-rank percentiles; all zero when there are no samples.
LatencyStats latency_stats(const Samples& samples);

// One of the 40 queries, timed in process and as whole processes.
struct QueryTiming {
  std::string kind, query, options;
  std::size_t hits = 0;  // rows of the first run: facts, or careers for --by career
  std::string error;     // search error, empty when it ran
  Samples in_process;
  Samples process;           // careerkb search as a process, empty when not run
  std::string process_note;  // why process runs were skipped, or a failure
};

// The same query through a stock tool as a whole process (sqlite3, sqlite-utils search).
struct StockQueryTiming {
  std::string tool, kind, query;
  Samples process;
  std::string error;
};

struct SizeResult {
  CorpusInfo corpus;
  BuildResult import;
  std::vector<BuildResult> references;
  std::vector<QueryTiming> queries;
  std::vector<StockQueryTiming> stock_queries;
  long bench_rss_before_import_kb =
      0;  // floor of the import's measurable peak RSS (see process.hpp)
  int runs = 0, process_runs = 0;
  std::string query_error;  // why the queries could not run at all, empty otherwise
};

}  // namespace careerkb::bench
