// The machine-readable report (--json): the same figures as the table, times in seconds for
// builds and milliseconds for queries, sizes in bytes, RSS in KB.
#include "report.hpp"
#include "targets.hpp"

namespace careerkb::bench {
namespace {

using nlohmann::json;

json stats_json(const Samples& samples) {
  const LatencyStats s = latency_stats(samples);
  return {{"samples", s.samples},
          {"p50_ms", s.p50_ms},
          {"p99_ms", s.p99_ms},
          {"max_ms", s.max_ms},
          {"cpu_p50_ms", s.cpu_p50_ms}};
}

json build_json(const BuildResult& b, const CorpusInfo& corpus) {
  json steps = json::array();
  for (const Step& s : b.steps) {
    steps.push_back({{"what", s.what},
                     {"wall_s", s.wall_s},
                     {"cpu_s", s.cpu_s},
                     {"peak_rss_kb", s.peak_rss_kb}});
  }
  return {{"key", b.key},
          {"label", b.label},
          {"how", b.how},
          {"ran", b.ran},
          {"error", b.error},
          {"wall_s", b.wall_s()},
          {"cpu_s", b.cpu_s()},
          {"peak_rss_kb", b.peak_rss_kb()},
          {"db_bytes", b.db_bytes},
          {"db_to_corpus", corpus.bytes ? static_cast<double>(b.db_bytes) / corpus.bytes : 0.0},
          {"rows", b.rows},
          {"steps", steps}};
}

json size_json(const SizeResult& r) {
  json out;
  out["corpus"] = {{"path", r.corpus.path},
                   {"generated_n", r.corpus.generated_n},
                   {"reused", r.corpus.reused},
                   {"generate_s", r.corpus.generate_s},
                   {"files", r.corpus.files},
                   {"bytes", r.corpus.bytes},
                   {"nonempty_lines", r.corpus.nonempty_lines}};
  out["import"] = build_json(r.import, r.corpus);
  out["bench_rss_before_import_kb"] = r.bench_rss_before_import_kb;
  out["references"] = json::array();
  for (const BuildResult& b : r.references) out["references"].push_back(build_json(b, r.corpus));

  json queries = json::array();
  json by_kind = json::object();
  for (const QueryTiming& q : r.queries) {
    queries.push_back({{"kind", q.kind},
                       {"query", q.query},
                       {"options", q.options},
                       {"hits", q.hits},
                       {"error", q.error},
                       {"in_process", stats_json(q.in_process)},
                       {"process", stats_json(q.process)},
                       {"process_note", q.process_note}});
    if (!by_kind.contains(q.kind)) {
      by_kind[q.kind] = {{"in_process", stats_json(pooled_in_process(r, q.kind))},
                         {"process", stats_json(pooled_process(r, q.kind))}};
    }
  }
  json stock = json::array();
  for (const StockQueryTiming& q : r.stock_queries) {
    stock.push_back({{"tool", q.tool},
                     {"kind", q.kind},
                     {"query", q.query},
                     {"process", stats_json(q.process)},
                     {"error", q.error}});
  }
  out["queries"] = {{"error", r.query_error},
                    {"runs", r.runs},
                    {"process_runs", r.process_runs},
                    {"in_process_all", stats_json(pooled_in_process(r))},
                    {"process_all", stats_json(pooled_process(r))},
                    {"by_kind", by_kind},
                    {"queries", queries},
                    {"stock", stock}};

  out["targets"] = json::array();
  for (const TargetCheck& t : check_targets(r)) {
    out["targets"].push_back({{"key", t.key},
                              {"what", t.what},
                              {"value", t.value},
                              {"unit", t.unit},
                              {"target", t.target},
                              {"status", t.status},
                              {"note", t.note}});
  }
  return out;
}

}  // namespace

json to_json(const RunInfo& info, const std::vector<SizeResult>& sizes) {
  json out = {{"benchmark", "careerkb_bench"},
              {"careerkb", info.careerkb},
              {"sqlite3_version", info.sqlite3_version},
              {"sqlite_utils_version", info.sqlite_utils_version},
              {"cpus", info.cpus},
              {"load_average_at_start", info.load_average},
              {"work_dir", info.work_dir},
              {"sizes", json::array()}};
  for (const SizeResult& r : sizes) out["sizes"].push_back(size_json(r));
  return out;
}

}  // namespace careerkb::bench
