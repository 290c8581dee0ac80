// What every build shares: running a step with its logs, counting rows, and careerkb import.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <filesystem>

#include "builds.hpp"
#include "process.hpp"

namespace fs = std::filesystem;

namespace careerkb::bench {

bool run_step(const BuildContext& ctx, BuildResult& build, const std::string& what,
              const std::vector<std::string>& argv, const std::string& log_name) {
  const fs::path logs = fs::path(ctx.work_dir) / "logs";
  fs::create_directories(logs);
  const std::string out = (logs / (log_name + ".out")).string();
  const std::string err = (logs / (log_name + ".err")).string();
  ProcessResult r = run_process(argv, {out, err});
  build.steps.push_back({what, r.wall_s, r.cpu_s, r.peak_rss_kb});
  if (!r.error.empty()) {
    build.error = r.error + " (see " + err + ")";
    return false;
  }
  if (r.exit_code != 0) {
    build.error = what + ": exit " + std::to_string(r.exit_code) + " (see " + err + ")";
    return false;
  }
  return true;
}

std::int64_t count_rows(const std::string& db_path, const std::string& table) {
  try {
    SQLite::Database db(db_path, SQLite::OPEN_READONLY);
    SQLite::Statement count(db, "SELECT count(*) FROM \"" + table + "\"");
    return count.executeStep() ? count.getColumn(0).getInt64() : -1;
  } catch (const std::exception&) {
    return -1;
  }
}

BuildResult build_careerkb_import(const BuildContext& ctx, const CorpusInfo& corpus) {
  BuildResult build;
  build.key = "careerkb_import";
  build.label = "careerkb import";
  build.how = "`careerkb import CORPUS --db WORK/careerkb.db`, one process, fresh database";
  const std::string db = (fs::path(ctx.work_dir) / "careerkb.db").string();
  remove_database(db);
  build.ran = run_step(ctx, build, "careerkb import",
                       {ctx.careerkb, "import", corpus.path, "--db", db}, "careerkb-import");
  build.db_bytes = file_bytes(db);
  build.rows = count_rows(db, "guides");
  return build;
}

}  // namespace careerkb::bench
