// careerkb_bench: issue #6's benchmark. In one run on one corpus it times `careerkb import`
// against stock sqlite3 (one FTS5 row per guide and per line) and sqlite-utils, times 40 queries
// in process and as whole processes, and reports peak RSS, database size and the targets.
//
//   careerkb_bench --n 1000                       generate (or reuse) 1,000 guides and run
//   careerkb_bench --n 1000,10000,30000 --work /tmp/ckb-bench   one block per size + scale table
//   careerkb_bench --corpus ~/guides --json       an existing folder; JSON on stdout
//   options: --runs K (in-process runs per query, 20), --process-runs K (5), --skip-reference,
//            --skip-sqlite-utils, --careerkb PATH, --sqlite3 PATH, --work DIR (default: a temp
//            dir, removed at the end). See bench/README.md for what each figure means.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <thread>

#include "builds.hpp"
#include "process.hpp"
#include "query_timing.hpp"
#include "report.hpp"

namespace fs = std::filesystem;
using namespace careerkb::bench;

namespace {

struct Options {
  std::string corpus, sizes, work, careerkb = CAREERKB_BINARY, sqlite3 = "sqlite3";
  std::string make_corpus = CAREERKB_SHARED_DIR "/bench/make_corpus.py";
  int runs = 20, process_runs = 5;
  bool json = false, skip_reference = false, skip_sqlite_utils = false;
};

void progress(const std::string& message) {
  std::cerr << "careerkb_bench: " << message << "\n";
}

// The first line a program prints for --version, "" when it cannot run.
std::string version_of(const std::string& program, const std::string& work_dir) {
  const std::string path = work_dir + "/version.txt";
  ProcessResult r = run_process({program, "--version"}, {path, ""});
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  fs::remove(path);
  return r.exit_code == 0 ? line : "";
}

std::vector<int> parse_sizes(const std::string& list) {
  std::vector<int> sizes;
  std::stringstream items(list);
  for (std::string item; std::getline(items, item, ',');) {
    int n = std::atoi(item.c_str());
    if (n <= 0) throw std::invalid_argument("--n: not a positive count: '" + item + "'");
    sizes.push_back(n);
  }
  return sizes;
}

SizeResult run_one_size(const Options& o, const BuildContext& base, CorpusInfo corpus,
                        bool with_sqlite_utils) {
  SizeResult r;
  r.corpus = std::move(corpus);
  r.runs = o.runs;
  r.process_runs = o.process_runs;
  BuildContext ctx = base;
  ctx.work_dir = base.work_dir + "/run-" + std::to_string(r.corpus.files);
  fs::create_directories(ctx.work_dir);

  // First, while this process is small: a child's peak RSS never reads below ours.
  r.bench_rss_before_import_kb = own_peak_rss_kb();
  progress("careerkb import of " + std::to_string(r.corpus.files) + " files");
  r.import = build_careerkb_import(ctx, r.corpus);
  if (!o.skip_reference) {
    progress("stock sqlite3, one row per guide");
    r.references.push_back(build_stock_per_guide(ctx, r.corpus));
    progress("stock sqlite3, one row per line");
    r.references.push_back(build_stock_per_line(ctx, r.corpus));
  }
  if (with_sqlite_utils) {
    progress("sqlite-utils, one row per line");
    r.references.push_back(build_sqlite_utils_per_line(ctx, r.corpus));
    progress("sqlite-utils, one row per guide");
    r.references.push_back(build_sqlite_utils_per_guide(ctx, r.corpus));
  }
  if (!r.import.ran) return r;

  const std::string db = ctx.work_dir + "/careerkb.db";
  progress("queries in process");
  try {
    r.queries = time_in_process(db, o.runs);
  } catch (const std::exception& e) {  // the database cannot be opened by this build's core
    r.query_error = e.what();
    return r;
  }
  progress("queries as processes");
  time_careerkb_processes(ctx.careerkb, db, o.process_runs, ctx.work_dir, r.queries);
  if (!o.skip_reference && r.references.front().ran) {
    r.stock_queries =
        time_stock_sqlite3(ctx.sqlite3, stock_per_guide_db(ctx), o.process_runs, ctx.work_dir,
                           {"common word", "rare word", "phrase", "prefix"});
  }
  if (with_sqlite_utils && r.references.back().ran) {
    std::vector<StockQueryTiming> su = time_sqlite_utils_search(
        ctx.sqlite_utils, sqlite_utils_per_guide_db(ctx), o.process_runs, ctx.work_dir);
    r.stock_queries.insert(r.stock_queries.end(), su.begin(), su.end());
  }
  return r;
}

int run(const Options& o) {
  bool temporary_work = o.work.empty();
  std::string work = o.work;
  if (temporary_work) {
    std::string pattern = (fs::temp_directory_path() / "careerkb-bench-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make a temporary folder");
    work = pattern;
  }
  fs::create_directories(work);
  work = fs::absolute(work).lexically_normal().string();

  RunInfo info;
  info.careerkb = fs::absolute(o.careerkb).string();
  info.work_dir = work;
  info.cpus = std::thread::hardware_concurrency();
  double load[1] = {0};
  if (getloadavg(load, 1) == 1) info.load_average = load[0];
  if (!program_exists(o.careerkb)) throw std::runtime_error(o.careerkb + ": no such program");
  info.sqlite3_version = version_of(o.sqlite3, work);
  if (info.sqlite3_version.empty() && !o.skip_reference) {
    throw std::runtime_error(o.sqlite3 + ": cannot run (use --skip-reference)");
  }
  const bool with_sqlite_utils = !o.skip_sqlite_utils && program_exists("sqlite-utils");
  if (with_sqlite_utils) info.sqlite_utils_version = version_of("sqlite-utils", work);

  BuildContext ctx{work, info.careerkb, o.sqlite3};
  std::vector<SizeResult> results;
  if (!o.corpus.empty()) {
    progress("reading " + o.corpus);
    results.push_back(run_one_size(o, ctx, scan_corpus(o.corpus), with_sqlite_utils));
  } else {
    for (int n : parse_sizes(o.sizes.empty() ? "1000" : o.sizes)) {
      progress("corpus of " + std::to_string(n) + " guides");
      results.push_back(
          run_one_size(o, ctx, generate_corpus(o.make_corpus, work, n), with_sqlite_utils));
    }
  }
  if (o.json) {
    std::cout << to_json(info, results).dump(2) << "\n";
  } else {
    print_table(std::cout, info, results);
  }
  if (temporary_work) fs::remove_all(work);
  for (const SizeResult& r : results) {
    if (!r.import.ran) return 2;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{
      "careerkb_bench: times careerkb import and search against stock sqlite3 and "
      "sqlite-utils (issue #6)"};
  app.add_option("--corpus", o.corpus, "A folder of guides to use as is")
      ->check(CLI::ExistingDirectory);
  app.add_option("--n", o.sizes,
                 "Generate N guides (a list such as 1000,10000 gives a scale "
                 "table); default 1000")
      ->excludes("--corpus");
  app.add_option("--work", o.work, "Where corpora, databases and logs go (kept; corpora reused)");
  app.add_flag("--json", o.json, "Print JSON instead of the table");
  app.add_option("--runs", o.runs, "In-process timed runs per query (default 20)")
      ->check(CLI::Range(1, 100000));
  app.add_option("--process-runs", o.process_runs, "Process runs per query (default 5)")
      ->check(CLI::Range(1, 1000));
  app.add_flag("--skip-reference", o.skip_reference, "Do not build the stock sqlite3 references");
  app.add_flag("--skip-sqlite-utils", o.skip_sqlite_utils, "Do not run sqlite-utils");
  app.add_option("--careerkb", o.careerkb, "The careerkb binary (default: the one built beside)");
  app.add_option("--sqlite3", o.sqlite3, "The stock sqlite3 CLI (default: sqlite3 on PATH)");
  app.add_option("--make-corpus", o.make_corpus, "make_corpus.py (default: ../shared/bench/)");
  CLI11_PARSE(app, argc, argv);
  try {
    return run(o);
  } catch (const std::exception& e) {
    std::cerr << "careerkb_bench: " << e.what() << "\n";
    return 2;
  }
}
