// Query latency: the 40 queries through search::search in this process (the database opened
// once, as `careerkb search` opens it), and as whole processes: `careerkb search`, stock sqlite3
// and sqlite-utils search, each started fresh per run.
#pragma once

#include <string>
#include <vector>

#include "results.hpp"

namespace careerkb::bench {

// Opens `db_path` read-only with db::Database, runs every query once untimed (noting hits or
// its error), then `runs` timed rounds over all queries (round robin); wall clock and this
// thread's CPU time per search.
std::vector<QueryTiming> time_in_process(const std::string& db_path, int runs);

// `careerkb search --db DB --format json [options] -- QUERY` > /dev/null, `runs` times per
// query. A query using --by is skipped when the binary's help does not mention --by (the help is
// captured in work_dir).
void time_careerkb_processes(const std::string& careerkb, const std::string& db_path, int runs,
                             const std::string& work_dir, std::vector<QueryTiming>& queries);

// `sqlite3 DB "SELECT path FROM guides WHERE guides MATCH '...' ORDER BY bm25(guides) LIMIT 20"`
// for every query with a stock_match of the given kinds.
std::vector<StockQueryTiming> time_stock_sqlite3(const std::string& sqlite3,
                                                 const std::string& db_path, int runs,
                                                 const std::string& work_dir,
                                                 const std::vector<std::string>& kinds);

// `sqlite-utils search DB guides WORD --limit 20 -c path` for the common words.
std::vector<StockQueryTiming> time_sqlite_utils_search(const std::string& sqlite_utils,
                                                       const std::string& db_path, int runs,
                                                       const std::string& work_dir);

}  // namespace careerkb::bench
