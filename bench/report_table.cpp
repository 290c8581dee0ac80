// The human-readable report: one block per corpus size, then the scale table.
#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <map>

#include "report.hpp"
#include "targets.hpp"

namespace careerkb::bench {
namespace {

double mb(std::int64_t bytes) {
  return bytes / (1024.0 * 1024.0);
}

void print_builds(std::ostream& out, const SizeResult& r) {
  out << format("\n%-30s %8s %8s %9s %8s %9s %10s\n", "index build", "wall s", "cpu s", "peak RSS",
                "db MB", "db/corpus", "rows");
  std::vector<const BuildResult*> builds = {&r.import};
  for (const BuildResult& b : r.references) builds.push_back(&b);
  for (const BuildResult* b : builds) {
    if (!b->ran && b->steps.empty()) {
      out << format("%-30s %s\n", b->label.c_str(), b->error.c_str());
      continue;
    }
    out << format("%-30s %8.2f %8.2f %6.0f MB %8.1f %9.2f %10lld%s\n", b->label.c_str(),
                  b->wall_s(), b->cpu_s(), b->peak_rss_kb() / 1024.0, mb(b->db_bytes),
                  r.corpus.bytes ? static_cast<double>(b->db_bytes) / r.corpus.bytes : 0.0,
                  static_cast<long long>(b->rows), b->error.empty() ? "" : "  FAILED");
  }
  for (const BuildResult* b : builds) {
    out << "  " << b->label << ": " << b->how << "\n";
    if (b->steps.size() > 1) {
      for (const Step& s : b->steps) {
        out << format("      %-34s %7.2f s wall %7.2f s cpu\n", s.what.c_str(), s.wall_s, s.cpu_s);
      }
    }
    if (!b->error.empty()) out << "      error: " << b->error << "\n";
  }
}

void print_queries(std::ostream& out, const SizeResult& r) {
  out << format("\nqueries in process (db opened once, %d timed runs each after one untimed)\n",
                r.runs);
  if (!r.query_error.empty()) out << "  queries not run: " << r.query_error << "\n";
  out << format("%-16s %7s %8s %8s %8s %8s  %12s %9s\n", "kind", "queries", "p50 ms", "p99 ms",
                "max ms", "cpu p50", "process p50", "cpu p50");
  std::vector<std::string> kinds;
  std::map<std::string, int> counts;
  for (const QueryTiming& q : r.queries) {
    if (counts[q.kind]++ == 0) kinds.push_back(q.kind);
  }
  kinds.insert(kinds.begin(), "");
  for (const std::string& kind : kinds) {
    LatencyStats s = latency_stats(pooled_in_process(r, kind));
    LatencyStats p = latency_stats(pooled_process(r, kind));
    out << format("%-16s %7d %8.2f %8.2f %8.2f %8.2f  %9.1f ms %9.1f\n",
                  kind.empty() ? "all" : kind.c_str(),
                  kind.empty() ? static_cast<int>(r.queries.size()) : counts[kind], s.p50_ms,
                  s.p99_ms, s.max_ms, s.cpu_p50_ms, p.p50_ms, p.cpu_p50_ms);
  }
  out << "  cpu p50 = CPU time of the search thread / of the child process; process = `careerkb "
         "search --format json ... > /dev/null`, "
      << r.process_runs << " runs per query\n";

  std::vector<const QueryTiming*> slowest;
  for (const QueryTiming& q : r.queries) slowest.push_back(&q);
  std::sort(slowest.begin(), slowest.end(), [](const QueryTiming* a, const QueryTiming* b) {
    return latency_stats(a->in_process).p50_ms > latency_stats(b->in_process).p50_ms;
  });
  out << "slowest queries in process (p50 / max ms, hits):\n";
  for (std::size_t i = 0; i < slowest.size() && i < 5; ++i) {
    const QueryTiming& q = *slowest[i];
    const LatencyStats s = latency_stats(q.in_process);
    out << format("  %7.2f / %7.2f  %3zu  %s %s\n", s.p50_ms, s.max_ms, q.hits, q.query.c_str(),
                  q.options.c_str());
  }
  for (const QueryTiming& q : r.queries) {
    if (!q.error.empty())
      out << "  error: " << q.query << " " << q.options << ": " << q.error << "\n";
    if (q.hits == 0 && q.error.empty()) out << "  no hits: " << q.query << " " << q.options << "\n";
    if (!q.process_note.empty()) out << "  process: " << q.query << ": " << q.process_note << "\n";
  }

  out << "\nstock tools as processes, p50 wall (cpu) ms, against careerkb search on the same "
         "words\n";
  for (const char* tool : {"sqlite3", "sqlite-utils"}) {
    for (const std::string& kind : kinds) {
      LatencyStats s = latency_stats(pooled_stock(r, tool, kind));
      if (kind.empty() || !s.samples) continue;
      LatencyStats ours = latency_stats(pooled_process(r, kind));
      out << format("  %-13s %-12s %7.1f (%5.1f)   careerkb search %7.1f (%5.1f)\n", tool,
                    kind.c_str(), s.p50_ms, s.cpu_p50_ms, ours.p50_ms, ours.cpu_p50_ms);
    }
  }
  for (const StockQueryTiming& q : r.stock_queries) {
    if (!q.error.empty()) out << "  " << q.tool << " " << q.query << ": " << q.error << "\n";
  }
}

void print_targets(std::ostream& out, const SizeResult& r) {
  out << "\nissue #6 targets (set for 10,000 guides; this corpus has " << r.corpus.files
      << " files)\n";
  for (const TargetCheck& t : check_targets(r)) {
    const std::string value = t.status == "n/a" ? "-" : format("%.2f %s", t.value, t.unit.c_str());
    out << format("  %-72s %10s  %-10s %-4s  %s\n", t.what.c_str(), value.c_str(), t.target.c_str(),
                  t.status.c_str(), t.note.c_str());
  }
}

void print_scale(std::ostream& out, const std::vector<SizeResult>& sizes) {
  out << "\nscale\n"
      << format("%8s %10s %9s %9s %8s %9s %8s %8s %8s %10s\n", "guides", "corpus MB", "import s",
                "MB/s", "db MB", "db/corpus", "RSS MB", "p50 ms", "p99 ms", "proc p50");
  for (const SizeResult& r : sizes) {
    const LatencyStats q = latency_stats(pooled_in_process(r));
    const LatencyStats p = latency_stats(pooled_process(r, "common word"));
    const double wall = r.import.wall_s();
    out << format("%8lld %10.1f %9.2f %9.1f %8.1f %9.2f %8.0f %8.2f %8.2f %7.1f ms\n",
                  static_cast<long long>(r.corpus.files), mb(r.corpus.bytes), wall,
                  wall > 0 ? mb(r.corpus.bytes) / wall : 0.0, mb(r.import.db_bytes),
                  r.corpus.bytes ? static_cast<double>(r.import.db_bytes) / r.corpus.bytes : 0.0,
                  r.import.peak_rss_kb() / 1024.0, q.p50_ms, q.p99_ms, p.p50_ms);
  }
  out << "  (proc p50: careerkb search of a common word as a whole process)\n";
}

}  // namespace

std::string format(const char* pattern, ...) {
  char buffer[1024];
  va_list args;
  va_start(args, pattern);
  std::vsnprintf(buffer, sizeof buffer, pattern, args);
  va_end(args);
  return buffer;
}

void print_table(std::ostream& out, const RunInfo& info, const std::vector<SizeResult>& sizes) {
  out << "careerkb benchmark: " << info.careerkb << "\n"
      << "  sqlite3 " << info.sqlite3_version << "; "
      << (info.sqlite_utils_version.empty() ? "sqlite-utils not run" : info.sqlite_utils_version)
      << "\n"
      << format("  %u CPUs, load average %.2f at start; work dir %s\n", info.cpus,
                info.load_average, info.work_dir.c_str());
  for (const SizeResult& r : sizes) {
    out << "\n=== corpus " << r.corpus.path
        << format(": %lld files, %.1f MB, %lld non-empty lines",
                  static_cast<long long>(r.corpus.files), mb(r.corpus.bytes),
                  static_cast<long long>(r.corpus.nonempty_lines))
        << (r.corpus.reused ? " (reused)" : "") << "\n";
    print_builds(out, r);
    print_queries(out, r);
    print_targets(out, r);
  }
  if (sizes.size() > 1) print_scale(out, sizes);
}

}  // namespace careerkb::bench
