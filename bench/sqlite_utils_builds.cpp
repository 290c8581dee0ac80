// The sqlite-utils peer: the pipeline a Python user would run. The NDJSON is written by the
// benchmark in C++ (timed as its own step, so the figure is a lower bound of a Python pipeline),
// then loaded with `sqlite-utils insert --nl` and indexed with `enable-fts --tokenize porter`.
#include <time.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "builds.hpp"

namespace fs = std::filesystem;

namespace careerkb::bench {
namespace {

double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string json_line(const nlohmann::json& row) {
  return row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// Writes one NDJSON row per guide (path, body) or per non-empty line (path, line, text).
void write_ndjson(const CorpusInfo& corpus, bool per_line, const std::string& out_path) {
  std::ofstream out(out_path, std::ios::binary);
  for (const auto& entry : fs::recursive_directory_iterator(corpus.path)) {
    if (!entry.is_regular_file()) continue;
    const std::string path = entry.path().string();
    const std::string text = read_file(entry.path());
    if (!per_line) {
      out << json_line({{"path", path}, {"body", text}});
      continue;
    }
    std::size_t start = 0, line = 1;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      if (end > start) {
        out << json_line(
            {{"path", path}, {"line", line}, {"text", text.substr(start, end - start)}});
      }
      start = end + 1;
      ++line;
    }
  }
  if (!out.flush()) throw std::runtime_error(out_path + ": cannot write");
}

BuildResult build_sqlite_utils(const BuildContext& ctx, const CorpusInfo& corpus, bool per_line) {
  const std::string table = per_line ? "lines" : "guides";
  const std::string column = per_line ? "text" : "body";
  const std::string name = per_line ? "sqlite-utils-per-line" : "sqlite-utils-per-guide";
  BuildResult build;
  build.key = per_line ? "sqlite_utils_per_line" : "sqlite_utils_per_guide";
  build.label = per_line ? "sqlite-utils, row per line" : "sqlite-utils, row per guide";
  build.how = std::string("NDJSON of one row per ") + (per_line ? "non-empty line" : "guide") +
              " written by the benchmark (C++, timed), `sqlite-utils insert DB " + table +
              " FILE --nl`, `sqlite-utils enable-fts DB " + table + " " + column +
              " --tokenize porter`";
  const std::string db = (fs::path(ctx.work_dir) / (name + ".db")).string();
  const std::string ndjson = (fs::path(ctx.work_dir) / (name + ".ndjson")).string();
  remove_database(db);

  const auto start = std::chrono::steady_clock::now();
  const double cpu_start = process_cpu_seconds();
  try {
    write_ndjson(corpus, per_line, ndjson);
  } catch (const std::exception& e) {
    build.error = e.what();
    return build;
  }
  build.steps.push_back(
      {"write NDJSON (in the benchmark)",
       std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
       process_cpu_seconds() - cpu_start, 0});

  build.ran = run_step(ctx, build, "sqlite-utils insert",
                       {ctx.sqlite_utils, "insert", db, table, ndjson, "--nl"}, name + "-insert") &&
              run_step(ctx, build, "sqlite-utils enable-fts",
                       {ctx.sqlite_utils, "enable-fts", db, table, column, "--tokenize", "porter"},
                       name + "-enable-fts");
  fs::remove(ndjson);  // hundreds of MB at 10,000 guides
  build.db_bytes = file_bytes(db);
  build.rows = count_rows(db, table);
  return build;
}

}  // namespace

BuildResult build_sqlite_utils_per_line(const BuildContext& ctx, const CorpusInfo& corpus) {
  return build_sqlite_utils(ctx, corpus, true);
}

BuildResult build_sqlite_utils_per_guide(const BuildContext& ctx, const CorpusInfo& corpus) {
  return build_sqlite_utils(ctx, corpus, false);
}

std::string sqlite_utils_per_guide_db(const BuildContext& ctx) {
  return (fs::path(ctx.work_dir) / "sqlite-utils-per-guide.db").string();
}

}  // namespace careerkb::bench
