// libFuzzer target: arbitrary user query text through the query parser. Every expression it
// builds must be accepted by a real FTS5 table; a query it rejects must say so in one line.
#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "search/query.hpp"

namespace {

sqlite3* fts_table() {
  static sqlite3* db = [] {
    sqlite3* handle = nullptr;
    sqlite3_open(":memory:", &handle);
    sqlite3_exec(handle,
                 "CREATE VIRTUAL TABLE t USING fts5(x, tokenize=\"porter unicode61 "
                 "remove_diacritics 2\"); INSERT INTO t VALUES ('draw blood by venipuncture')",
                 nullptr, nullptr, nullptr);
    return handle;
  }();
  return db;
}

void check_expression(const std::string& expression) {
  if (expression.empty()) return;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(fts_table(), "SELECT count(*) FROM t WHERE t MATCH ?", -1, &st, nullptr);
  sqlite3_bind_text(st, 1, expression.c_str(), -1, SQLITE_TRANSIENT);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_ROW) std::abort();  // the parser produced an expression FTS5 refuses
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerkb::search;
  std::string input(reinterpret_cast<const char*>(data), size);
  try {
    Query query = parse_query(input);
    check_expression(to_fts5(query));
    for (Scope scope : {Scope::duties, Scope::skills, Scope::tools, Scope::certifications,
                        Scope::sections, Scope::faqs}) {
      check_expression(to_fts5(query, scope));
    }
    (void)describe(query);
  } catch (const QueryError& e) {
    if (std::string(e.what()).find('\n') != std::string::npos) std::abort();
  }
  return 0;
}
