// The stock sqlite3 references: what plain FTS5 costs on the same text, built by the sqlite3
// CLI alone (fsdir/readfile from its shell extensions), so nothing of ours is in the loop.
#include <filesystem>

#include "builds.hpp"

namespace fs = std::filesystem;

namespace careerkb::bench {
namespace {

std::string sql_literal(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += (c == '\'') ? std::string("''") : std::string(1, c);
  return out + "'";
}

// fsdir() lists the folder recursively; the condition (mode & 0xF000 == 0x8000) keeps regular
// files.
std::string corpus_files(const CorpusInfo& corpus) {
  return "fsdir(" + sql_literal(corpus.path) + ") AS f";
}
constexpr const char* is_regular_file = "f.mode & 61440 = 32768";

BuildResult run_sqlite3_build(const BuildContext& ctx, const std::string& key,
                              const std::string& label, const std::string& how,
                              const std::string& db, const std::string& sql,
                              const std::string& table) {
  BuildResult build;
  build.key = key;
  build.label = label;
  build.how = how;
  remove_database(db);
  build.ran = run_step(ctx, build, "sqlite3", {ctx.sqlite3, db, sql}, key);
  build.db_bytes = file_bytes(db);
  build.rows = count_rows(db, table);
  return build;
}

}  // namespace

std::string stock_per_guide_db(const BuildContext& ctx) {
  return (fs::path(ctx.work_dir) / "stock-per-guide.db").string();
}

BuildResult build_stock_per_guide(const BuildContext& ctx, const CorpusInfo& corpus) {
  const std::string sql =
      "BEGIN;"
      "CREATE VIRTUAL TABLE guides USING fts5(path UNINDEXED, body, tokenize='porter unicode61');"
      "INSERT INTO guides(path, body) SELECT f.name, CAST(readfile(f.name) AS TEXT) FROM " +
      corpus_files(corpus) + " WHERE " + is_regular_file + ";COMMIT;";
  return run_sqlite3_build(ctx, "sqlite3_per_guide", "stock sqlite3, row per guide",
                           "sqlite3 CLI, one FTS5 row per guide read with fsdir()/readfile(), "
                           "tokenize='porter unicode61', one transaction",
                           stock_per_guide_db(ctx), sql, "guides");
}

BuildResult build_stock_per_line(const BuildContext& ctx, const CorpusInfo& corpus) {
  // json_quote escapes '\n' as the two characters \n, so replacing them with "," turns the whole
  // text into a JSON array of its lines for json_each. Backslashes are dropped first, so a
  // literal "\n" in a guide cannot split a line (none occur in the synthetic corpus).
  const std::string sql =
      "BEGIN;"
      "CREATE VIRTUAL TABLE lines USING fts5(path UNINDEXED, line UNINDEXED, text,"
      " tokenize='porter unicode61');"
      "INSERT INTO lines(path, line, text) SELECT f.name, j.key + 1, j.value FROM " +
      corpus_files(corpus) +
      ", json_each('[' || replace(json_quote(replace(CAST(readfile(f.name) AS TEXT), char(92),"
      " '')), '\\n', '\",\"') || ']') AS j WHERE " +
      is_regular_file + " AND j.value <> '';COMMIT;";
  return run_sqlite3_build(
      ctx, "sqlite3_per_line", "stock sqlite3, row per line",
      "sqlite3 CLI, one FTS5 row per non-empty line, each file split on newlines in SQL "
      "(json_quote + replace + json_each), tokenize='porter unicode61', one transaction",
      (fs::path(ctx.work_dir) / "stock-per-line.db").string(), sql, "lines");
}

}  // namespace careerkb::bench
