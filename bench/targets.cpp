// Issue #6's targets: import time against stock sqlite3 and sqlite-utils, the process p50 of a
// common word against stock sqlite3's bm25 query, in-process p50/p99 and the import's peak RSS.
#include "targets.hpp"

#include <cstdio>

namespace careerkb::bench {
namespace {

std::string ratio_note(const char* label, double ratio) {
  char text[96];
  std::snprintf(text, sizeof text, "%s %.2fx", label, ratio);
  return text;
}

TargetCheck at_most(std::string key, std::string what, double value, double limit, std::string unit,
                    std::string target) {
  return {std::move(key),
          std::move(what),
          value,
          std::move(unit),
          std::move(target),
          value <= limit ? "PASS" : "MISS",
          ""};
}

TargetCheck not_available(std::string key, std::string what, std::string unit, std::string target,
                          std::string why) {
  return {std::move(key), std::move(what), 0, std::move(unit), std::move(target),
          "n/a",          std::move(why)};
}

}  // namespace

const BuildResult* find_build(const SizeResult& result, const std::string& key) {
  if (result.import.key == key) return &result.import;
  for (const BuildResult& b : result.references) {
    if (b.key == key) return &b;
  }
  return nullptr;
}

Samples pooled_in_process(const SizeResult& result, const std::string& kind) {
  Samples pooled;
  for (const QueryTiming& q : result.queries) {
    if (kind.empty() || q.kind == kind) pooled.append(q.in_process);
  }
  return pooled;
}

Samples pooled_process(const SizeResult& result, const std::string& kind) {
  Samples pooled;
  for (const QueryTiming& q : result.queries) {
    if (kind.empty() || q.kind == kind) pooled.append(q.process);
  }
  return pooled;
}

Samples pooled_stock(const SizeResult& result, const std::string& tool, const std::string& kind) {
  Samples pooled;
  for (const StockQueryTiming& q : result.stock_queries) {
    if (q.tool == tool && (kind.empty() || q.kind == kind)) pooled.append(q.process);
  }
  return pooled;
}

std::vector<TargetCheck> check_targets(const SizeResult& result) {
  std::vector<TargetCheck> checks;
  const BuildResult& import = result.import;
  const bool import_ok = import.ran && import.wall_s() > 0;

  const BuildResult* per_line = find_build(result, "sqlite3_per_line");
  const char* what = "import time / stock sqlite3 row-per-line build";
  if (import_ok && per_line && per_line->ran) {
    checks.push_back(at_most("import_vs_sqlite3_per_line", what,
                             import.wall_s() / per_line->wall_s(), 1.5, "x", "<= 1.5x"));
    checks.back().note = ratio_note("cpu time", import.cpu_s() / per_line->cpu_s());
  } else {
    checks.push_back(not_available(
        "import_vs_sqlite3_per_line", what, "x", "<= 1.5x",
        import_ok ? "stock sqlite3 per-line build did not run" : "careerkb import failed"));
  }

  const BuildResult* peer = find_build(result, "sqlite_utils_per_line");
  what = "sqlite-utils row-per-line pipeline / import time";
  if (import_ok && peer && peer->ran) {
    const double speedup = peer->wall_s() / import.wall_s();
    checks.push_back({"sqlite_utils_per_line_vs_import", what, speedup, "x", ">= 3x",
                      speedup >= 3 ? "PASS" : "MISS",
                      ratio_note("cpu time", peer->cpu_s() / import.cpu_s())});
  } else {
    checks.push_back(not_available(
        "sqlite_utils_per_line_vs_import", what, "x", ">= 3x",
        import_ok ? "sqlite-utils per-line pipeline did not run" : "careerkb import failed"));
  }

  const LatencyStats ours = latency_stats(pooled_process(result, "common word"));
  const LatencyStats stock = latency_stats(pooled_stock(result, "sqlite3", "common word"));
  what = "careerkb search process p50 / sqlite3 bm25 process p50 (common words)";
  if (ours.samples && stock.samples) {
    checks.push_back(
        at_most("search_process_vs_sqlite3", what, ours.p50_ms / stock.p50_ms, 1.0, "x", "<= 1x"));
    char note[128];
    std::snprintf(note, sizeof note, "%.1f vs %.1f ms; cpu %.1f vs %.1f ms", ours.p50_ms,
                  stock.p50_ms, ours.cpu_p50_ms, stock.cpu_p50_ms);
    checks.back().note = note;
  } else {
    checks.push_back(
        not_available("search_process_vs_sqlite3", what, "x", "<= 1x",
                      import_ok ? "a process timing is missing" : "careerkb import failed"));
  }

  const LatencyStats in_process = latency_stats(pooled_in_process(result));
  if (in_process.samples) {
    char note[64];
    checks.push_back(at_most("in_process_p50", "in-process p50, 40 queries", in_process.p50_ms, 15,
                             "ms", "<= 15 ms"));
    std::snprintf(note, sizeof note, "cpu p50 %.2f ms", in_process.cpu_p50_ms);
    checks.back().note = note;
    checks.push_back(at_most("in_process_p99", "in-process p99, 40 queries", in_process.p99_ms, 60,
                             "ms", "<= 60 ms"));
  }
  if (import.ran) {
    checks.push_back(at_most("import_peak_rss", "import peak RSS", import.peak_rss_kb() / 1024.0,
                             150, "MB", "<= 150 MB"));
    if (import.peak_rss_kb() <= result.bench_rss_before_import_kb) {
      checks.back().note = "at or below the benchmark's own RSS: a floor, not the import's";
    }
  }
  return checks;
}

}  // namespace careerkb::bench
