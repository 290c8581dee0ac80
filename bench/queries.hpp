// The 40 benchmark queries, by kind, with their options written as `careerkb search` takes them,
// so the in-process and the whole-process timings run exactly the same searches.
#pragma once

#include <string>
#include <vector>

#include "search/search.hpp"

namespace careerkb::bench {

struct BenchQuery {
  const char* kind;         // common word, rare word, phrase, prefix, synonym, ...
  const char* query;        // the query text, one argument
  const char* options;      // `careerkb search` options, space separated ("" for none)
  const char* stock_match;  // the same search as a plain FTS5 MATCH for stock sqlite3, or ""
};

// The words were picked from the synthetic corpus (make_corpus.py): every one occurs there.
const std::vector<BenchQuery>& bench_queries();

// The options as search::Filters (limit 20, the CLI's defaults otherwise). Throws
// std::invalid_argument for an option this benchmark does not know.
search::Filters to_filters(const BenchQuery& q);

// The options as command-line arguments, split on spaces.
std::vector<std::string> option_args(const BenchQuery& q);

}  // namespace careerkb::bench
