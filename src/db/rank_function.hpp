// careerkb_rank(): the FTS5 ranking function careerkb's searches order by, registered on every
// connection careerkb opens. bm25() reads each matching row's length from the <table>_docsize
// B-tree, about 2 µs a row: on 10,000 guides a common word matches 100,000 section rows and
// that lookup alone took 250 ms. So careerkb_rank is bm25 (k1 = 1.2, b = 0.75, same IDF) while
// a table is small, and beyond `length_free_rows` rows it drops the length normalisation (term
// frequency still saturates), which costs only the row's position lists: about 9x faster.
//
//   ORDER BY careerkb_rank(duties_fts)            -- lower is better, like bm25()
//   ORDER BY careerkb_rank(sections_fts, 2.0, 1.0) -- optional per-column weights
//
// careerkb_relative_rank() orders the rows of one statement exactly as careerkb_rank does, but
// its scores may differ from careerkb_rank's by a factor that is the same for every row of the
// statement: with a one-phrase expression it leaves out the IDF, whose count reads every row
// holding the phrase. Use it when rows are only compared with the best row of the same
// statement, never across statements.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>

namespace careerkb::db {

// bm25's constants. Tables with more rows than `length_free_rows` are ranked without length
// normalisation.
struct Bm25Params {
  double k1 = 1.2;  // how fast a word's repeats stop adding to a row's score
  double b = 0.75;  // how much a long row is penalised, 0 (not at all) to 1
  std::int64_t length_free_rows = 20000;
};

// The constants careerkb_rank uses for statements stepped on this thread while it lives (then
// the ones before it again; `params` must outlive it); without one, Bm25Params{}. Thread-local, not
// per connection: FTS5 gives a ranking function no handle of the connection's own data, and SQLite
// runs it on the thread that steps the statement.
class Bm25Scope {
 public:
  explicit Bm25Scope(const Bm25Params& params);
  ~Bm25Scope();
  Bm25Scope(const Bm25Scope&) = delete;
  Bm25Scope& operator=(const Bm25Scope&) = delete;

 private:
  const Bm25Params* previous_;
};

// Registers careerkb_rank and careerkb_relative_rank on the connection (through the fts5_api
// pointer).
void register_rank_function(SQLite::Database& db);

}  // namespace careerkb::db
